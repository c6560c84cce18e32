/**
 * Fits a course's FSRS parameters to every learner's review logs on its cards and questions (each
 * learner's elapsed days in their own study days). They schedule learners without their own.
 */
import type { PrismaClient } from "../../generated/prisma/client";
import { parseWeights } from "../params";
import { evaluationItems, fsrsItems, RATING_SOURCES, type WireItem } from "./items";
import { courseLogs } from "./logs";
import {
  MIN_TRAIN_ITEMS,
  oneAtATime,
  stillRunning,
  tooLittle,
  busy,
  type FitOutcome,
} from "./outcome";
import { OptimizerError, runFit } from "./run";
import type { FitOptions } from "./learner";

export function fitCourseParameters(
  db: PrismaClient,
  courseId: string,
  options: FitOptions = {},
): Promise<FitOutcome> {
  return oneAtATime(`course:${courseId}`, () => fitNow(db, courseId, options));
}

async function fitNow(
  db: PrismaClient,
  courseId: string,
  options: FitOptions,
): Promise<FitOutcome> {
  const now = options.now ?? new Date();
  const existing = await db.courseParameters.findUnique({ where: { courseId } });
  if (stillRunning(existing, now)) return busy;
  const learners = await courseLogs(db, courseId);
  const items: WireItem[] = learners.flatMap((l) => fsrsItems(l.logs, l.clock));
  if (items.length < MIN_TRAIN_ITEMS || evaluationItems(items).length === 0)
    return tooLittle(items.length);
  const isRating = (s: string) => (RATING_SOURCES as readonly string[]).includes(s);
  const reviewCount = learners.reduce(
    (n, l) => n + l.logs.filter((g) => isRating(g.source)).length,
    0,
  );
  const mark = { status: "running", message: "", startedAt: now };
  await db.courseParameters.upsert({
    where: { courseId },
    create: { courseId, ...mark },
    update: mark,
  });
  try {
    const fit = await (options.run ?? runFit)(
      { train: items.sort((a, b) => a.at - b.at), baseline: parseWeights(existing?.weights) },
      { timeoutMs: options.timeoutMs },
    );
    await db.courseParameters.update({
      where: { courseId },
      data: {
        weights: JSON.stringify(fit.weights),
        reviewCount,
        itemCount: items.length,
        learnerCount: learners.length,
        fittedAt: new Date(),
        logLossBefore: fit.before?.logLoss ?? null,
        rmseBefore: fit.before?.rmseBins ?? null,
        logLossAfter: fit.after?.logLoss ?? null,
        rmseAfter: fit.after?.rmseBins ?? null,
        status: "idle",
        message: "",
      },
    });
    return { ok: true, reviewCount, itemCount: items.length, ...fit };
  } catch (e) {
    const message = `The optimizer failed, so the course keeps its current parameters: ${
      e instanceof OptimizerError ? e.message : "an unexpected error"
    }.`;
    if (!(e instanceof OptimizerError)) console.warn("fitCourseParameters:", e);
    await db.courseParameters.update({ where: { courseId }, data: { status: "failed", message } });
    return { ok: false, reason: "failed", message };
  }
}
