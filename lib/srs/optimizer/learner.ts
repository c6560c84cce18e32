/**
 * Fits one learner's FSRS parameters to their own review history (fsrs-rs in a child process) and
 * stores them with the log loss / RMSE(bins) before and after on that history. Too little data is
 * refused before anything is written; a failed run records why and keeps the parameters in force.
 */
import type { PrismaClient } from "../../generated/prisma/client";
import { loadStudySettings } from "../settings";
import { parseWeights } from "../params";
import { fsrsItems } from "./items";
import { learnerClock, learnerLogs } from "./logs";
import type { FitOutcome } from "./outcome";
import { fitParameters, type FitOptions } from "./fit";

export type { FitOptions } from "./fit";

export function fitLearnerParameters(
  db: PrismaClient,
  userId: string,
  options: FitOptions = {},
): Promise<FitOutcome> {
  const where = { userId };
  return fitParameters(
    `learner:${userId}`,
    {
      find: () => db.learnerParameters.findUnique({ where }),
      upsert: (mark) =>
        db.learnerParameters.upsert({ where, create: { userId, ...mark }, update: mark }),
      update: (data) => db.learnerParameters.update({ where, data }),
    },
    async () => {
      const [logs, clock] = await Promise.all([learnerLogs(db, userId), learnerClock(db, userId)]);
      return {
        items: fsrsItems(logs, clock),
        logs,
        // The parameters in force: their own, else their course's.
        baseline: async () =>
          parseWeights(
            ((await loadStudySettings(db, userId)) as { fsrsWeights?: string | null }).fsrsWeights,
          ),
      };
    },
    options,
    { keeps: "your schedule keeps", label: "fitLearnerParameters" },
  );
}
