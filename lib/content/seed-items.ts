/** Per-item upserts for the seed: examples, questions (with options) and flashcards. */
import type { Prisma } from "../generated/prisma/client";
import type { CourseContent, QuestionContent, FlashcardContent } from "./schema";

export type Tx = Prisma.TransactionClient;
export interface SeedStats { created: number; updated: number; archived: number; unchanged: number }

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function syncExamples(tx: Tx, courseId: string, examples: CourseContent["examples"], stats: SeedStats) {
  const existing = new Map(
    (await tx.example.findMany({ where: { courseId }, include: { files: true } })).map((e) => [e.id, e]),
  );
  for (const [position, ex] of examples.entries()) {
    const scenario = JSON.stringify(ex.scenario);
    const row = existing.get(ex.id);
    existing.delete(ex.id);
    const files = Object.entries(ex.files).map(([name, content]) => ({ name, content }));
    const data = { title: ex.title, scenario, position, archivedAt: null, courseId };
    if (!row) {
      stats.created++;
      await tx.example.create({ data: { id: ex.id, ...data, files: { create: files } } });
      continue;
    }
    const oldFiles = Object.fromEntries(row.files.map((f) => [f.name, f.content]));
    const filesSame = sameJson(Object.entries(oldFiles).sort(), Object.entries(ex.files).sort());
    if (filesSame && row.title === ex.title && row.scenario === scenario && row.position === position && !row.archivedAt && row.courseId === courseId) {
      stats.unchanged++;
      continue;
    }
    stats.updated++;
    await tx.example.update({ where: { id: ex.id }, data });
    if (!filesSame) {
      await tx.exampleFile.deleteMany({ where: { exampleId: ex.id } });
      await tx.exampleFile.createMany({ data: files.map((f) => ({ ...f, exampleId: ex.id })) });
    }
  }
  for (const gone of existing.values()) {
    if (gone.archivedAt) continue;
    stats.archived++;
    await tx.example.update({ where: { id: gone.id }, data: { archivedAt: new Date() } });
  }
}

type Item = { kind: "question"; value: QuestionContent } | { kind: "flashcard"; value: FlashcardContent };

function itemsOf(course: CourseContent, kind: Item["kind"]) {
  return course.lessons.flatMap((lesson) =>
    (kind === "question" ? lesson.questions : lesson.flashcards).map((value, position) => ({ lesson: lesson.slug, value, position })),
  );
}

export async function syncQuestions(tx: Tx, course: CourseContent, lessonIds: Map<string, string>, stats: SeedStats) {
  const ids = [...lessonIds.values()];
  const existing = new Map(
    (await tx.question.findMany({ where: { lessonId: { in: ids } }, include: { options: { orderBy: { position: "asc" } }, examples: true } })).map((q) => [q.id, q]),
  );
  for (const { lesson, value: q, position } of itemsOf(course, "question") as Array<{ lesson: string; value: QuestionContent; position: number }>) {
    const lessonId = lessonIds.get(lesson)!;
    const data = { lessonId, type: q.type, prompt: q.prompt, explanation: q.explanation, section: q.section ?? null, authored: q.authored, position, archivedAt: null };
    const row = existing.get(q.id) ?? (await tx.question.findUnique({ where: { id: q.id }, include: { options: { orderBy: { position: "asc" } }, examples: true } }));
    existing.delete(q.id);
    const options = q.options.map((o, i) => ({ position: i, text: o.text, correct: o.correct }));
    if (!row) {
      stats.created++;
      await tx.question.create({ data: { id: q.id, ...data, options: { create: options }, examples: { create: q.examples.map((exampleId) => ({ exampleId })) } } });
      continue;
    }
    const optionsSame = sameJson(row.options.map((o) => ({ position: o.position, text: o.text, correct: o.correct })), options);
    const examplesSame = sameJson(row.examples.map((e) => e.exampleId).sort(), [...q.examples].sort());
    const fieldsSame = (Object.keys(data) as Array<keyof typeof data>).every((k) => row[k] === data[k]);
    if (optionsSame && examplesSame && fieldsSame) { stats.unchanged++; continue; }
    stats.updated++;
    if (!fieldsSame) await tx.question.update({ where: { id: q.id }, data });
    if (!optionsSame) await syncOptions(tx, q.id, row.options, options);
    if (!examplesSame) {
      await tx.questionExample.deleteMany({ where: { questionId: q.id } });
      await tx.questionExample.createMany({ data: q.examples.map((exampleId) => ({ questionId: q.id, exampleId })) });
    }
  }
  await archiveRest(stats, [...existing.values()], (id) => tx.question.update({ where: { id }, data: { archivedAt: new Date() } }));
}

/** Options keep their row (and so quiz answers keep their link) by position. */
async function syncOptions(tx: Tx, questionId: string, old: Array<{ id: string; position: number }>, next: Array<{ position: number; text: string; correct: boolean }>) {
  for (const option of next) {
    const row = old.find((o) => o.position === option.position);
    if (row) await tx.questionOption.update({ where: { id: row.id }, data: { text: option.text, correct: option.correct } });
    else await tx.questionOption.create({ data: { questionId, ...option } });
  }
  await tx.questionOption.deleteMany({ where: { questionId, position: { gte: next.length } } });
}

export async function syncFlashcards(tx: Tx, course: CourseContent, lessonIds: Map<string, string>, stats: SeedStats) {
  const ids = [...lessonIds.values()];
  const existing = new Map((await tx.flashcard.findMany({ where: { lessonId: { in: ids } }, include: { examples: true } })).map((c) => [c.id, c]));
  for (const { lesson, value: c, position } of itemsOf(course, "flashcard") as Array<{ lesson: string; value: FlashcardContent; position: number }>) {
    const lessonId = lessonIds.get(lesson)!;
    const data = { lessonId, front: c.front, back: c.back, kind: c.kind, section: c.section ?? null, position, archivedAt: null };
    const row = existing.get(c.id) ?? (await tx.flashcard.findUnique({ where: { id: c.id }, include: { examples: true } }));
    existing.delete(c.id);
    if (!row) {
      stats.created++;
      await tx.flashcard.create({ data: { id: c.id, ...data, examples: { create: c.examples.map((exampleId) => ({ exampleId })) } } });
      continue;
    }
    const examplesSame = sameJson(row.examples.map((e) => e.exampleId).sort(), [...c.examples].sort());
    const fieldsSame = (Object.keys(data) as Array<keyof typeof data>).every((k) => row[k] === data[k]);
    if (examplesSame && fieldsSame) { stats.unchanged++; continue; }
    stats.updated++;
    if (!fieldsSame) await tx.flashcard.update({ where: { id: c.id }, data });
    if (!examplesSame) {
      await tx.flashcardExample.deleteMany({ where: { flashcardId: c.id } });
      await tx.flashcardExample.createMany({ data: c.examples.map((exampleId) => ({ flashcardId: c.id, exampleId })) });
    }
  }
  await archiveRest(stats, [...existing.values()], (id) => tx.flashcard.update({ where: { id }, data: { archivedAt: new Date() } }));
}

async function archiveRest(stats: SeedStats, rows: Array<{ id: string; archivedAt: Date | null }>, archive: (id: string) => Promise<unknown>) {
  for (const row of rows) {
    if (row.archivedAt) continue;
    stats.archived++;
    await archive(row.id);
  }
}
