/**
 * `npm run srs:optimize [-- --course <slug>] [--learners]`: fits each course's FSRS parameters (or
 * one course's) to all its learners' review logs with fsrs-rs, and with --learners also each
 * learner's own whose refit is due (500+ ratings, grown by half since their last fit). Prints the
 * log loss and RMSE(bins) before and after.
 */
import "./local-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrisma } from "../lib/db";
import { fitCourseParameters } from "../lib/srs/optimizer/course";
import type { FitOutcome } from "../lib/srs/optimizer/outcome";
import { refitIfDue } from "../lib/srs/optimizer/trigger";
import { runIfEntry } from "./entry";
import { plainIssue } from "../lib/format/zod-issue";

const argsSchema = z.object({
  course: z
    .string()
    .regex(/^[a-z0-9-]+$/, "a course slug: lowercase letters, digits and dashes")
    .optional(),
  learners: z.boolean().default(false),
});

const figures = (o: FitOutcome) =>
  o.ok
    ? `${o.reviewCount} reviews, ${o.itemCount} items; log loss ${o.before?.logLoss.toFixed(4) ?? "—"} → ${o.after?.logLoss.toFixed(4) ?? "—"}, RMSE(bins) ${o.before?.rmseBins.toFixed(4) ?? "—"} → ${o.after?.rmseBins.toFixed(4) ?? "—"}`
    : o.message;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { course: { type: "string" }, learners: { type: "boolean" } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`--${issue.path.join(".")}: ${plainIssue(issue, values)}`);
    console.error("Usage: npm run srs:optimize -- [--course <slug>] [--learners]");
    return 2;
  }
  const prisma = createPrisma();
  try {
    const courses = await prisma.course.findMany({
      where: parsed.data.course ? { slug: parsed.data.course } : { archivedAt: null },
      orderBy: { position: "asc" },
    });
    if (parsed.data.course && courses.length === 0) {
      console.error(`--course: there is no course "${parsed.data.course}".`);
      return 2;
    }
    let failed = 0;
    for (const course of courses) {
      const outcome = await fitCourseParameters(prisma, course.id);
      if (!outcome.ok && outcome.reason === "failed") failed++;
      console.log(`${course.slug}: ${figures(outcome)}`);
    }
    if (parsed.data.learners) {
      const users = await prisma.user.findMany({ select: { id: true, email: true } });
      for (const user of users) {
        const outcome = await refitIfDue(prisma, user.id, { force: true });
        if (outcome) console.log(`${user.email}: ${figures(outcome)}`);
        if (outcome && !outcome.ok && outcome.reason === "failed") failed++;
      }
    }
    return failed ? 1 : 0;
  } finally {
    await prisma.$disconnect();
  }
}

runIfEntry(import.meta.url, main);
