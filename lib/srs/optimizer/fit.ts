/**
 * One optimizer run, for a learner or a course alike: refuse while a run is going, gather the
 * items and check there are enough before anything is written, mark the row running, fit in the
 * child process (run.ts), then store the weights with the figures before and after, or record why
 * it failed and keep the parameters in force. course.ts and learner.ts say only what differs: the
 * row, the logs, the baseline and the words of the failure message.
 */
import { evaluationItems, RATING_SOURCES, type RatingLog, type WireItem } from "./items";
import {
  busy,
  MIN_TRAIN_ITEMS,
  oneAtATime,
  stillRunning,
  tooLittle,
  type FitOutcome,
} from "./outcome";
import { OptimizerError, runFit, type Runner } from "./run";

export interface FitOptions {
  run?: Runner;
  timeoutMs?: number;
  now?: Date;
}

/** A parameters row (LearnerParameters or CourseParameters) as the run reads and writes it. */
export interface StoredRun {
  status: string;
  startedAt: Date | null;
  weights: string | null;
}
export interface ParametersRow {
  find: () => Promise<StoredRun | null>;
  /** Creates the row, or updates it, with these fields. */
  upsert: (data: { status: string; message: string; startedAt: Date }) => Promise<unknown>;
  update: (data: Record<string, unknown>) => Promise<unknown>;
}

export interface FitInput {
  items: WireItem[];
  /** The logs the items came from: the ratings among them are the run's review count. */
  logs: RatingLog[];
  /** The parameters in use before the fit (null: FSRS-6's defaults). */
  baseline: (existing: StoredRun | null) => Promise<number[] | null>;
  /** More fields stored with a successful fit (the course's learner count). */
  stored?: Record<string, unknown>;
}

const isRating = (source: string) => (RATING_SOURCES as readonly string[]).includes(source);

export function fitParameters(
  key: string,
  row: ParametersRow,
  gather: () => Promise<FitInput>,
  options: FitOptions,
  failure: { keeps: string; label: string },
): Promise<FitOutcome> {
  return oneAtATime(key, async () => {
    const now = options.now ?? new Date();
    const existing = await row.find();
    if (stillRunning(existing, now)) return busy;
    // Read the history and check it is enough before writing anything.
    const { items, logs, baseline, stored } = await gather();
    if (items.length < MIN_TRAIN_ITEMS || evaluationItems(items).length === 0)
      return tooLittle(items.length);
    const reviewCount = logs.filter((l) => isRating(l.source)).length;
    const before = await baseline(existing);
    await row.upsert({ status: "running", message: "", startedAt: now });
    try {
      const fit = await (options.run ?? runFit)(
        { train: items, baseline: before },
        { timeoutMs: options.timeoutMs },
      );
      await row.update({
        weights: JSON.stringify(fit.weights),
        reviewCount,
        itemCount: items.length,
        ...stored,
        fittedAt: new Date(),
        logLossBefore: fit.before?.logLoss ?? null,
        rmseBefore: fit.before?.rmseBins ?? null,
        logLossAfter: fit.after?.logLoss ?? null,
        rmseAfter: fit.after?.rmseBins ?? null,
        status: "idle",
        message: "",
      });
      return { ok: true, reviewCount, itemCount: items.length, ...fit };
    } catch (e) {
      const message = `The optimizer failed, so ${failure.keeps} its current parameters: ${
        e instanceof OptimizerError ? e.message : "an unexpected error"
      }.`;
      if (!(e instanceof OptimizerError)) console.warn(`${failure.label}:`, e);
      await row.update({ status: "failed", message });
      return { ok: false, reason: "failed", message };
    }
  });
}
