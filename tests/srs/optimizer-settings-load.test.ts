/**
 * Settings' "Optimize my schedule" on load, for a learner with 20,000 reviews on 2,000 cards: how
 * many rows the section's reads return (tallied on every Prisma query; a count counts as the rows
 * it counted). Before: every review counted and every card read for the workload simulation, 24,000
 * rows; now 1,000 at most (the ratings counted up to RATINGS_COUNTED), and the workload is
 * simulated only when the learner asks for it.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { asCurrent, makeCourse, makeUser } from "./helpers";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";
import { initialFormState } from "../../lib/validations/form-state";
import { Prisma } from "../../lib/generated/prisma/client";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const tally = { rows: 0, byModel: new Map<string, number>() };
vi.mock("../../lib/db", async (original) => {
  const real = await original<typeof import("../../lib/db")>();
  const counted = real.db.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const result: unknown = await query(args);
          const rows = Array.isArray(result)
            ? result.length
            : typeof result === "number"
              ? result
              : result
                ? 1
                : 0;
          tally.rows += rows;
          tally.byModel.set(
            `${model}.${operation}`,
            (tally.byModel.get(`${model}.${operation}`) ?? 0) + rows,
          );
          return result;
        },
      },
    },
  });
  return { ...real, db: counted };
});
const { OptimizeSchedule } = await import("../../app/(learn)/settings/optimize-schedule");
const { showWorkload } = await import("../../app/(learn)/settings/optimize-actions");
const prisma = await testPrisma();

const REVIEWS = 20_000;
const CARDS = 2_000;

describe("Optimize my schedule on load", () => {
  it(`reads a bounded number of rows for a learner with ${REVIEWS} reviews`, async () => {
    const { course } = await makeCourse(prisma, { lessons: 1, cards: 0 });
    const lesson = await prisma.lesson.findFirstOrThrow({ where: { courseId: course.id } });
    const flashcardIds = Array.from({ length: CARDS }, (_, i) => `load-card-${i}`);
    await prisma.flashcard.createMany({
      data: flashcardIds.map((id, position) => ({
        id,
        lessonId: lesson.id,
        front: `Front ${position}`,
        back: "Back",
        position,
      })),
    });
    const me = await makeUser(prisma);
    const day = 86_400_000;
    await prisma.reviewItem.createMany({
      data: flashcardIds.map((flashcardId, i) => ({
        id: `load-item-${i}`,
        userId: me.id,
        flashcardId,
        due: new Date(Date.now() + (i % 30) * day),
        stability: 10,
        difficulty: 5,
        state: 2,
        reps: 10,
        lastReview: new Date(Date.now() - 5 * day),
      })),
    });
    // 20,000 logs in one statement (createMany took ~30 s on a busy machine): the same SQL on
    // SQLite and PostgreSQL, a counter from a recursive CTE.
    const at = new Date(Date.now() - 30 * day);
    await prisma.$executeRaw`
      INSERT INTO "ReviewLog" ("id", "reviewItemId", "userId", "rating", "stateBefore", "dueBefore",
        "elapsedDays", "scheduledDays", "durationMs", "source", "previous", "reviewedAt")
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${Prisma.raw(String(REVIEWS - 1))})
      SELECT 'load-log-' || i, 'load-item-' || (i % ${Prisma.raw(String(CARDS))}), ${me.id}, 3,
        CASE WHEN i < ${Prisma.raw(String(CARDS))} THEN 0 ELSE 2 END, ${at}, 0, 0, 4000, 'review', '{}', ${at}
      FROM n`;
    expect(await prisma.reviewLog.count({ where: { userId: me.id } })).toBe(REVIEWS);
    session.current = { user: { id: me.id, role: me.role } };
    tally.rows = 0;
    tally.byModel.clear();
    const html = renderToStaticMarkup(
      await OptimizeSchedule({ user: asCurrent(me), desiredRetention: 0.9 }),
    );
    // Before: ReviewLog.count 20,000 + ReviewItem.findMany 2,000 + Flashcard.count 2,000 = 24,000.
    // Now: the ratings counted up to 1,000, the parameters' row; no card, no workload.
    expect(Object.fromEntries(tally.byModel)).toEqual({
      "ReviewLog.count": 1_000,
      "LearnerParameters.findUnique": 0,
    });
    expect(tally.rows).toBeLessThanOrEqual(1_001);
    expect(html).toContain("You have at least 1000 reviews.");
    expect(html).toContain("Show expected workload");
    expect(html).not.toContain("Workload by desired retention");

    // Asked for, the workload reads the learner's cards (and counts the content) once.
    tally.rows = 0;
    tally.byModel.clear();
    const shown = await showWorkload(initialFormState, new FormData());
    expect(shown.ok).toBe(true);
    expect(shown.rows!.map((r) => r.retention)).toEqual([0.8, 0.85, 0.9, 0.95]);
    expect(shown.rows!.every((r) => r.reviewsPerDay > 0)).toBe(true);
    expect(tally.byModel.get("ReviewItem.findMany")).toBe(CARDS);
    expect(tally.byModel.has("ReviewLog.count")).toBe(false);
  }, 120_000);
});
