/**
 * Fits a course's FSRS parameters to every learner's review logs on its cards and questions (each
 * learner's elapsed days in their own study days). They schedule learners without their own.
 */
import type { PrismaClient } from "../../generated/prisma/client";
import { parseWeights } from "../params";
import { fsrsItems } from "./items";
import { courseLogs } from "./logs";
import type { FitOutcome } from "./outcome";
import { fitParameters, type FitOptions } from "./fit";

export function fitCourseParameters(
  db: PrismaClient,
  courseId: string,
  options: FitOptions = {},
): Promise<FitOutcome> {
  const where = { courseId };
  return fitParameters(
    `course:${courseId}`,
    {
      find: () => db.courseParameters.findUnique({ where }),
      upsert: (mark) =>
        db.courseParameters.upsert({ where, create: { courseId, ...mark }, update: mark }),
      update: (data) => db.courseParameters.update({ where, data }),
    },
    async () => {
      const learners = await courseLogs(db, courseId);
      return {
        // Every learner's items, in time order.
        items: learners.flatMap((l) => fsrsItems(l.logs, l.clock)).sort((a, b) => a.at - b.at),
        logs: learners.flatMap((l) => l.logs),
        // The course's last fit, if any.
        baseline: async (existing) => parseWeights(existing?.weights),
        stored: { learnerCount: learners.length },
      };
    },
    options,
    { keeps: "the course keeps", label: "fitCourseParameters" },
  );
}
