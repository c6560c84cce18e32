/** Per-item upserts for the seed: examples, questions (with options) and flashcards. */
import type { CourseContent, QuestionContent, FlashcardContent } from "../content/schema";
import { recordSeedRevision, seedMayArchive, seedVerdict } from "../authoring/seed-rule";
import {
  exampleSnapshot,
  flashcardRowSnapshot,
  flashcardSnapshot,
  questionRowSnapshot,
  questionSnapshot,
  sameSnapshot,
  type EntityType,
} from "../authoring/snapshot";
import type { Tx } from "../db";
import { syncOptions } from "../authoring/items/options";

export interface SeedStats {
  created: number;
  updated: number;
  archived: number;
  unchanged: number;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function syncExamples(
  tx: Tx,
  courseId: string,
  examples: CourseContent["examples"],
  stats: SeedStats,
) {
  const existing = new Map(
    (await tx.example.findMany({ where: { courseId }, include: { files: true } })).map((e) => [
      e.id,
      e,
    ]),
  );
  for (const [position, ex] of examples.entries()) {
    const scenario = JSON.stringify(ex.scenario);
    const row = existing.get(ex.id);
    existing.delete(ex.id);
    const files = Object.entries(ex.files).map(([name, content]) => ({ name, content }));
    const data = { title: ex.title, scenario, position, archivedAt: null, courseId };
    const fileSnapshot = exampleSnapshot(ex);
    if (!row) {
      stats.created++;
      await tx.example.create({ data: { id: ex.id, ...data, files: { create: files } } });
      await recordSeedRevision(tx, "example", ex.id, 1, fileSnapshot);
      continue;
    }
    const oldFiles = Object.fromEntries(row.files.map((f) => [f.name, f.content]));
    const filesSame = sameJson(Object.entries(oldFiles).sort(), Object.entries(ex.files).sort());
    if (
      filesSame &&
      row.title === ex.title &&
      row.scenario === scenario &&
      row.position === position &&
      !row.archivedAt &&
      row.courseId === courseId
    ) {
      stats.unchanged++;
      continue;
    }
    if ((await seedVerdict(tx, "example", ex.id, fileSnapshot)) === "keep") {
      stats.unchanged++;
      continue;
    }
    stats.updated++;
    const rowSnapshot = exampleSnapshot({
      id: row.id,
      title: row.title,
      files: oldFiles,
      scenario: JSON.parse(row.scenario),
    });
    const version = await bumpIfChanged(
      tx,
      "example",
      ex.id,
      row.version,
      rowSnapshot,
      fileSnapshot,
    );
    await tx.example.update({ where: { id: ex.id }, data: { ...data, version } });
    if (!filesSame) {
      await tx.exampleFile.deleteMany({ where: { exampleId: ex.id } });
      await tx.exampleFile.createMany({ data: files.map((f) => ({ ...f, exampleId: ex.id })) });
    }
  }
  await archiveRest(tx, "example", stats, [...existing.values()], (id) =>
    tx.example.update({ where: { id }, data: { archivedAt: new Date() } }),
  );
}

/** A content change bumps the version and records a "seed" revision; a move or un-archive alone does not. */
export async function bumpIfChanged(
  tx: Tx,
  type: EntityType,
  id: string,
  version: number,
  rowSnapshot: unknown,
  fileSnapshot: unknown,
) {
  if (sameSnapshot(rowSnapshot, fileSnapshot)) return version;
  await recordSeedRevision(tx, type, id, version + 1, fileSnapshot);
  return version + 1;
}

type Item =
  { kind: "question"; value: QuestionContent } | { kind: "flashcard"; value: FlashcardContent };

function itemsOf(course: CourseContent, kind: Item["kind"]) {
  return course.lessons.flatMap((lesson) =>
    (kind === "question" ? lesson.questions : lesson.flashcards).map((value, position) => ({
      lesson: lesson.slug,
      value,
      position,
    })),
  );
}

export async function syncQuestions(
  tx: Tx,
  course: CourseContent,
  lessonIds: Map<string, string>,
  stats: SeedStats,
) {
  const ids = [...lessonIds.values()];
  const existing = new Map(
    (
      await tx.question.findMany({
        where: { lessonId: { in: ids } },
        include: { options: { orderBy: { position: "asc" } }, examples: true },
      })
    ).map((q) => [q.id, q]),
  );
  for (const { lesson, value: q, position } of itemsOf(course, "question") as Array<{
    lesson: string;
    value: QuestionContent;
    position: number;
  }>) {
    const lessonId = lessonIds.get(lesson)!;
    const data = {
      lessonId,
      type: q.type,
      prompt: q.prompt,
      explanation: q.explanation,
      section: q.section ?? null,
      authored: q.authored,
      position,
      archivedAt: null,
    };
    const row =
      existing.get(q.id) ??
      (await tx.question.findUnique({
        where: { id: q.id },
        include: { options: { orderBy: { position: "asc" } }, examples: true },
      }));
    existing.delete(q.id);
    const options = q.options.map((o, i) => ({ position: i, text: o.text, correct: o.correct }));
    const fileSnapshot = questionSnapshot(q);
    if (!row) {
      stats.created++;
      await tx.question.create({
        data: {
          id: q.id,
          ...data,
          options: { create: options },
          examples: { create: q.examples.map((exampleId) => ({ exampleId })) },
        },
      });
      await recordSeedRevision(tx, "question", q.id, 1, fileSnapshot);
      continue;
    }
    const optionsSame = sameJson(
      row.options.map((o) => ({ position: o.position, text: o.text, correct: o.correct })),
      options,
    );
    const examplesSame = sameJson(
      row.examples.map((e) => e.exampleId).sort(),
      [...q.examples].sort(),
    );
    const fieldsSame = (Object.keys(data) as Array<keyof typeof data>).every(
      (k) => row[k] === data[k],
    );
    if (optionsSame && examplesSame && fieldsSame) {
      stats.unchanged++;
      continue;
    }
    if ((await seedVerdict(tx, "question", q.id, fileSnapshot)) === "keep") {
      stats.unchanged++;
      continue;
    }
    stats.updated++;
    const rowSnapshot = questionRowSnapshot(row);
    const version = await bumpIfChanged(
      tx,
      "question",
      q.id,
      row.version,
      rowSnapshot,
      fileSnapshot,
    );
    await tx.question.update({ where: { id: q.id }, data: { ...data, version } });
    if (!optionsSame) await syncOptions(tx, q.id, row.options, options);
    if (!examplesSame) {
      await tx.questionExample.deleteMany({ where: { questionId: q.id } });
      await tx.questionExample.createMany({
        data: q.examples.map((exampleId) => ({ questionId: q.id, exampleId })),
      });
    }
  }
  await archiveRest(tx, "question", stats, [...existing.values()], (id) =>
    tx.question.update({ where: { id }, data: { archivedAt: new Date() } }),
  );
}

/** Options keep their row (and so quiz answers keep their link) by position. */

export async function syncFlashcards(
  tx: Tx,
  course: CourseContent,
  lessonIds: Map<string, string>,
  stats: SeedStats,
) {
  const ids = [...lessonIds.values()];
  const existing = new Map(
    (
      await tx.flashcard.findMany({ where: { lessonId: { in: ids } }, include: { examples: true } })
    ).map((c) => [c.id, c]),
  );
  for (const { lesson, value: c, position } of itemsOf(course, "flashcard") as Array<{
    lesson: string;
    value: FlashcardContent;
    position: number;
  }>) {
    const lessonId = lessonIds.get(lesson)!;
    const data = {
      lessonId,
      front: c.front,
      back: c.back,
      kind: c.kind,
      section: c.section ?? null,
      position,
      archivedAt: null,
    };
    const row =
      existing.get(c.id) ??
      (await tx.flashcard.findUnique({ where: { id: c.id }, include: { examples: true } }));
    existing.delete(c.id);
    const fileSnapshot = flashcardSnapshot(c);
    if (!row) {
      stats.created++;
      await tx.flashcard.create({
        data: {
          id: c.id,
          ...data,
          examples: { create: c.examples.map((exampleId) => ({ exampleId })) },
        },
      });
      await recordSeedRevision(tx, "flashcard", c.id, 1, fileSnapshot);
      continue;
    }
    const examplesSame = sameJson(
      row.examples.map((e) => e.exampleId).sort(),
      [...c.examples].sort(),
    );
    const fieldsSame = (Object.keys(data) as Array<keyof typeof data>).every(
      (k) => row[k] === data[k],
    );
    if (examplesSame && fieldsSame) {
      stats.unchanged++;
      continue;
    }
    if ((await seedVerdict(tx, "flashcard", c.id, fileSnapshot)) === "keep") {
      stats.unchanged++;
      continue;
    }
    stats.updated++;
    const rowSnapshot = flashcardRowSnapshot(row);
    const version = await bumpIfChanged(
      tx,
      "flashcard",
      c.id,
      row.version,
      rowSnapshot,
      fileSnapshot,
    );
    await tx.flashcard.update({ where: { id: c.id }, data: { ...data, version } });
    if (!examplesSame) {
      await tx.flashcardExample.deleteMany({ where: { flashcardId: c.id } });
      await tx.flashcardExample.createMany({
        data: c.examples.map((exampleId) => ({ flashcardId: c.id, exampleId })),
      });
    }
  }
  await archiveRest(tx, "flashcard", stats, [...existing.values()], (id) =>
    tx.flashcard.update({ where: { id }, data: { archivedAt: new Date() } }),
  );
}

export async function archiveRest(
  tx: Tx,
  type: EntityType,
  stats: SeedStats,
  rows: Array<{ id: string; archivedAt: Date | null }>,
  archive: (id: string) => Promise<unknown>,
) {
  for (const row of rows) {
    if (row.archivedAt || !(await seedMayArchive(tx, type, row.id))) continue;
    stats.archived++;
    await archive(row.id);
  }
}
