/**
 * Writes loaded content into the database in one transaction, upserting by stable ids.
 * It diffs before writing, so an unchanged re-seed writes nothing; content that vanished
 * from the files is archived (never deleted), so learners' history always has its item.
 */
import type { PrismaClient } from "../generated/prisma/client";
import type { CourseContent } from "../content/schema";
import {
  archiveRest,
  bumpIfChanged,
  syncExamples,
  syncFlashcards,
  syncQuestions,
  type SeedStats,
} from "./items";
import type { Tx } from "../db";
import { recordSeedRevision, seedVerdict } from "../authoring/seed-rule";
import { courseSnapshot, lessonSnapshot } from "../authoring/snapshot";

export type { SeedStats } from "./items";

function emptyStats(): SeedStats {
  return { created: 0, updated: 0, archived: 0, unchanged: 0 };
}

async function syncCourse(tx: Tx, course: CourseContent, position: number, stats: SeedStats) {
  const existing = await tx.course.findUnique({ where: { slug: course.slug } });
  const data = { title: course.title, description: course.description, position, archivedAt: null };
  const fileSnapshot = courseSnapshot(course);
  if (!existing) {
    stats.created++;
    const created = await tx.course.create({ data: { slug: course.slug, ...data } });
    await recordSeedRevision(tx, "course", created.id, 1, fileSnapshot);
    return created;
  }
  if (
    existing.title === data.title &&
    existing.description === data.description &&
    existing.position === position &&
    !existing.archivedAt
  ) {
    stats.unchanged++;
    return existing;
  }
  if ((await seedVerdict(tx, "course", existing.id, fileSnapshot)) === "keep") {
    stats.unchanged++;
    return existing;
  }
  stats.updated++;
  const version = await bumpIfChanged(
    tx,
    "course",
    existing.id,
    existing.version,
    courseSnapshot(existing),
    fileSnapshot,
  );
  return tx.course.update({ where: { id: existing.id }, data: { ...data, version } });
}

async function syncLessons(tx: Tx, courseId: string, course: CourseContent, stats: SeedStats) {
  const existing = new Map(
    (await tx.lesson.findMany({ where: { courseId } })).map((l) => [l.slug, l]),
  );
  const ids = new Map<string, string>();
  for (const [position, lesson] of course.lessons.entries()) {
    const data = {
      title: lesson.title,
      summary: lesson.summary,
      body: lesson.body,
      sources: lesson.sources.join(","),
      position,
      archivedAt: null,
      courseId,
    };
    const row =
      existing.get(lesson.slug) ?? (await tx.lesson.findUnique({ where: { slug: lesson.slug } }));
    const fileSnapshot = lessonSnapshot(lesson);
    if (!row) {
      stats.created++;
      const created = await tx.lesson.create({ data: { slug: lesson.slug, ...data } });
      await recordSeedRevision(tx, "lesson", created.id, 1, fileSnapshot);
      ids.set(lesson.slug, created.id);
      continue;
    }
    ids.set(lesson.slug, row.id);
    existing.delete(lesson.slug);
    const same =
      row.title === data.title &&
      row.summary === data.summary &&
      row.body === data.body &&
      row.sources === data.sources &&
      row.position === position &&
      !row.archivedAt &&
      row.courseId === courseId;
    if (same || (await seedVerdict(tx, "lesson", row.id, fileSnapshot)) === "keep")
      stats.unchanged++;
    else {
      stats.updated++;
      const rowSnapshot = lessonSnapshot({
        ...row,
        sources: row.sources ? row.sources.split(",") : [],
      });
      const version = await bumpIfChanged(
        tx,
        "lesson",
        row.id,
        row.version,
        rowSnapshot,
        fileSnapshot,
      );
      await tx.lesson.update({ where: { id: row.id }, data: { ...data, version } });
    }
  }
  await archiveRest(tx, "lesson", stats, [...existing.values()], (id) =>
    tx.lesson.update({ where: { id }, data: { archivedAt: new Date() } }),
  );
  return ids;
}

/** Seeds all courses; courses missing from `courses` are archived. Returns what changed. */
export async function seedContent(
  prisma: PrismaClient,
  courses: CourseContent[],
): Promise<SeedStats> {
  const stats = emptyStats();
  await prisma.$transaction(
    async (tx) => {
      for (const [position, course] of courses.entries()) {
        const row = await syncCourse(tx, course, position, stats);
        await syncExamples(tx, row.id, course.examples, stats);
        const lessonIds = await syncLessons(tx, row.id, course, stats);
        await syncQuestions(tx, course, lessonIds, stats);
        await syncFlashcards(tx, course, lessonIds, stats);
      }
      const gone = await tx.course.findMany({
        where: { slug: { notIn: courses.map((c) => c.slug) }, archivedAt: null },
      });
      await archiveRest(tx, "course", stats, gone, (id) =>
        tx.course.update({ where: { id }, data: { archivedAt: new Date() } }),
      );
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return stats;
}
