/**
 * `npm run content:import -- deck.apkg [--course <slug>] [--sections] [--publish] [--dry-run]`:
 * an Anki package goes straight into the database (its media has nowhere else to live), through the
 * same plan and write as the browser. Prints the plan, then what was written.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { slugSchema } from "../../../content/schema";
import { pluralize } from "../../../format/plural";
import { plainIssue } from "../../../format/zod-issue";
import type { AnkiPlan } from "./instructor";
import { importPackage, previewPackage } from "./service";

export const ANKI_USAGE = `Usage: npm run content:import -- <deck.apkg | collection.colpkg> [options]

  --course <slug>     import into this existing course (default: the package's own, created if new)
  --sections          one lesson with a section per deck (default: a lesson per deck)
  --publish           publish what is imported (default: drafts)
  --dry-run           read and plan, print what would change, write nothing`;

const argsSchema = z.strictObject({
  files: z.array(z.string()).length(1, "give exactly one package"),
  course: slugSchema.optional(),
  sections: z.boolean().default(false),
  publish: z.boolean().default(false),
  "dry-run": z.boolean().default(false),
});

export function describePlan(plan: AnkiPlan): string {
  const c = plan.counts;
  return [
    `${plan.course.isNew ? "New course" : "Course"} ${plan.course.slug} ("${plan.course.title}"): ${pluralize(plan.notes, "note")}, ${pluralize(plan.cards, "card")}, ${pluralize(plan.media.files, "media file")}, ${pluralize(plan.reviews, "review")} in the package`,
    ...plan.lessons.map(
      (l) =>
        `  ${l.isNew ? "new lesson" : "lesson"} ${l.slug} ("${l.title}"): ${pluralize(l.items.length, "item")}`,
    ),
    `  ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged${c.conflict ? `, ${c.conflict} left alone (id used by another kind)` : ""}`,
    ...plan.warnings.map((w) => `warning: ${w}`),
  ].join("\n");
}

export async function runAnkiCli(
  argv: string[],
  out: { log: (line: string) => void; error: (line: string) => void },
  base: string,
): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    out.log(ANKI_USAGE);
    return 0;
  }
  let raw: ReturnType<typeof parseArgs>;
  try {
    raw = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        course: { type: "string" },
        sections: { type: "boolean" },
        publish: { type: "boolean" },
        "dry-run": { type: "boolean" },
      },
    });
  } catch (error) {
    out.error(`content:import: ${(error as Error).message}\n\n${ANKI_USAGE}`);
    return 1;
  }
  const given = { ...raw.values, files: raw.positionals };
  const args = argsSchema.safeParse(given);
  if (!args.success) {
    const issue = args.error.issues[0]!;
    out.error(
      `content:import: ${issue.path.join(".") === "files" ? "file" : `--${issue.path.join(".")}`}: ${plainIssue(issue, given)}\n\n${ANKI_USAGE}`,
    );
    return 1;
  }
  const file = path.resolve(base, args.data.files[0]!);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    out.error(
      `content:import: cannot read ${file} (${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message})`,
    );
    return 1;
  }
  const request = {
    courseSlug: args.data.course,
    mode: args.data.sections ? ("sections" as const) : ("decks" as const),
    publishNow: args.data.publish,
    fileName: path.basename(file),
  };
  // Loaded here, not at the top: the text formats' CLI needs no database.
  const { createPrisma } = await import("../../../db");
  const client = createPrisma();
  const fail = (error: string) => {
    out.error(`content:import: ${path.basename(file)}: ${error}; nothing was written`);
    return 1;
  };
  if (args.data["dry-run"]) {
    const preview = await previewPackage(client, bytes, request).finally(() =>
      client.$disconnect(),
    );
    if (!preview.ok) return fail(preview.error);
    out.log(describePlan(preview.plan));
    out.log("Dry run: nothing was written.");
    return 0;
  }
  const run = await importPackage(client, bytes, request, null, null).finally(() =>
    client.$disconnect(),
  );
  if (!run.ok) return fail(run.error);
  const s = run.stats;
  out.log(describePlan(run.plan));
  out.log(
    `Wrote ${pluralize(s.created, "new item")}, updated ${s.updated}, left ${s.unchanged} unchanged; ${pluralize(s.lessonsCreated, "new lesson")}, ${pluralize(s.mediaStored, "media file")} stored.`,
  );
  return 0;
}
