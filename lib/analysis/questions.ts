/**
 * Per-question aggregates for one course, computed in SQL: attempts and correct answers
 * (groupBy), the median time to answer (window functions, valid in SQLite and PostgreSQL),
 * and how often each option was picked (by option id, or by the verbatim response when the
 * option row is gone).
 */
import { confusion, questionFlags, type QuestionFlag } from "./flags";
import { wilson, type Interval } from "./wilson";
import { rowsOf } from "../db-raw";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

export interface OptionStat {
  text: string;
  correct: boolean;
  picks: number;
  rate: number | null;
  /** 95 % Wilson interval of the share of attempts that picked it. */
  interval: Interval | null;
}
export interface QuestionStat {
  id: string;
  lesson: { slug: string; title: string };
  type: string;
  prompt: string;
  status: string;
  attempts: number;
  correctRate: number | null;
  /** 95 % Wilson interval of the correct rate. */
  correctInterval: Interval | null;
  /** How clearly a wrong option beats the right one (> 0 flags "confusing"); see flags.ts. */
  confusion: number | null;
  medianMs: number | null;
  options: OptionStat[];
  flags: QuestionFlag[];
}

const inCourse = (courseId: string) => ({ question: { lesson: { courseId }, archivedAt: null } });

async function medians(db: PrismaClient, courseId: string): Promise<Map<string, number>> {
  const rows = await rowsOf<{ questionId: string; median: number | bigint }>(
    db,
    Prisma.sql`
    SELECT t."questionId" AS "questionId", AVG(t."timeMs") AS "median" FROM (
      SELECT a."questionId", a."timeMs",
        ROW_NUMBER() OVER (PARTITION BY a."questionId" ORDER BY a."timeMs") AS "rn",
        COUNT(*) OVER (PARTITION BY a."questionId") AS "n"
      FROM "QuizAnswer" a JOIN "Question" q ON q."id" = a."questionId" JOIN "Lesson" l ON l."id" = q."lessonId"
      WHERE l."courseId" = ${courseId}
    ) t WHERE t."rn" IN ((t."n" + 1) / 2, (t."n" + 2) / 2) GROUP BY t."questionId"`,
  );
  return new Map(rows.map((r) => [r.questionId, Number(r.median)]));
}

export async function questionStats(db: PrismaClient, courseId: string): Promise<QuestionStat[]> {
  const [questions, byCorrect, byOption, byResponse, median] = await Promise.all([
    db.question.findMany({
      where: { lesson: { courseId, archivedAt: null }, archivedAt: null },
      orderBy: [{ lesson: { position: "asc" } }, { position: "asc" }],
      select: {
        id: true,
        type: true,
        prompt: true,
        status: true,
        lesson: { select: { slug: true, title: true } },
        options: { orderBy: { position: "asc" }, select: { id: true, text: true, correct: true } },
      },
    }),
    db.quizAnswer.groupBy({
      by: ["questionId", "correct"],
      where: inCourse(courseId),
      _count: { _all: true },
    }),
    db.quizAnswer.groupBy({
      by: ["questionId", "optionId"],
      where: { ...inCourse(courseId), optionId: { not: null } },
      _count: { _all: true },
    }),
    db.quizAnswer.groupBy({
      by: ["questionId", "response"],
      where: { ...inCourse(courseId), optionId: null },
      _count: { _all: true },
    }),
    medians(db, courseId),
  ]);
  return questions.map((q) => {
    const answers = byCorrect.filter((r) => r.questionId === q.id);
    const attempts = answers.reduce((n, r) => n + r._count._all, 0);
    const correct = answers.filter((r) => r.correct).reduce((n, r) => n + r._count._all, 0);
    const options = q.options.map((o) => {
      const picked =
        byOption.find((r) => r.questionId === q.id && r.optionId === o.id)?._count._all ?? 0;
      const typed = byResponse
        .filter(
          (r) =>
            r.questionId === q.id &&
            r.response.trim().toLowerCase() === o.text.trim().toLowerCase(),
        )
        .reduce((n, r) => n + r._count._all, 0);
      const picks = picked + typed;
      return {
        text: o.text,
        correct: o.correct,
        picks,
        rate: attempts ? picks / attempts : null,
        interval: wilson(picks, attempts),
      };
    });
    const stat = { attempts, correctRate: attempts ? correct / attempts : null, options };
    const choice = q.type !== "typed";
    return {
      id: q.id,
      lesson: q.lesson,
      type: q.type,
      prompt: q.prompt,
      status: q.status,
      ...stat,
      correctInterval: wilson(correct, attempts),
      confusion: choice ? confusion(attempts, options) : null,
      medianMs: median.get(q.id) ?? null,
      flags: questionFlags(stat, choice),
    };
  });
}
