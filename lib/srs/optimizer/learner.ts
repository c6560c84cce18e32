/**
 * Fits one learner's FSRS parameters to their own review history (fsrs-rs in a child process) and
 * stores them with the log loss / RMSE(bins) before and after on that history. Too little data is
 * refused before anything is written; a failed run records why and keeps the parameters in force.
 */
import type { PrismaClient } from "../../generated/prisma/client";
import { loadStudySettings } from "../settings";
import { parseWeights } from "../params";
import { evaluationItems, fsrsItems, RATING_SOURCES } from "./items";
import { learnerClock, learnerLogs } from "./logs";
import {
  MIN_TRAIN_ITEMS,
  oneAtATime,
  stillRunning,
  tooLittle,
  busy,
  type FitOutcome,
} from "./outcome";
import { OptimizerError, runFit, type Runner } from "./run";

export interface FitOptions {
  run?: Runner;
  timeoutMs?: number;
  now?: Date;
}

export function fitLearnerParameters(
  db: PrismaClient,
  userId: string,
  options: FitOptions = {},
): Promise<FitOutcome> {
  return oneAtATime(`learner:${userId}`, () => fitNow(db, userId, options));
}

async function fitNow(db: PrismaClient, userId: string, options: FitOptions): Promise<FitOutcome> {
  const now = options.now ?? new Date();
  const existing = await db.learnerParameters.findUnique({ where: { userId } });
  if (stillRunning(existing, now)) return busy;
  // Read the history and check it is enough before writing anything.
  const [logs, clock] = await Promise.all([learnerLogs(db, userId), learnerClock(db, userId)]);
  const items = fsrsItems(logs, clock);
  if (items.length < MIN_TRAIN_ITEMS || evaluationItems(items).length === 0)
    return tooLittle(items.length);
  const settings = await loadStudySettings(db, userId);
  const reviewCount = logs.filter((l) =>
    (RATING_SOURCES as readonly string[]).includes(l.source),
  ).length;
  const baseline = parseWeights((settings as { fsrsWeights?: string | null }).fsrsWeights);
  const mark = { status: "running", message: "", startedAt: now };
  await db.learnerParameters.upsert({
    where: { userId },
    create: { userId, ...mark },
    update: mark,
  });
  try {
    const fit = await (options.run ?? runFit)(
      { train: items, baseline },
      { timeoutMs: options.timeoutMs },
    );
    const stored = {
      weights: JSON.stringify(fit.weights),
      reviewCount,
      itemCount: items.length,
      fittedAt: new Date(),
      logLossBefore: fit.before?.logLoss ?? null,
      rmseBefore: fit.before?.rmseBins ?? null,
      logLossAfter: fit.after?.logLoss ?? null,
      rmseAfter: fit.after?.rmseBins ?? null,
      status: "idle",
      message: "",
    };
    await db.learnerParameters.update({ where: { userId }, data: stored });
    return { ok: true, reviewCount, itemCount: items.length, ...fit };
  } catch (e) {
    const message = `The optimizer failed, so your schedule keeps its current parameters: ${
      e instanceof OptimizerError ? e.message : "an unexpected error"
    }.`;
    if (!(e instanceof OptimizerError)) console.warn("fitLearnerParameters:", e);
    await db.learnerParameters.update({
      where: { userId },
      data: { status: "failed", message },
    });
    return { ok: false, reason: "failed", message };
  }
}
