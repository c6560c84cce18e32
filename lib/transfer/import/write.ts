/**
 * Writes an import plan: a new lesson if asked for, created and updated questions and cards
 * (status draft unless "publish now"), and one Revision per created or updated item, its snapshot
 * normalised as the editor's (lib/authoring/snapshot.ts) so history and restore read it alike.
 * Runs inside the caller's transaction, so a failure leaves nothing behind.
 */
import { flashcardSnapshot, lessonSnapshot, questionSnapshot } from "../../authoring/snapshot";
import { renderBody } from "./lesson-body";
import {
  lessonFrontMatterSchema,
  type FlashcardContent,
  type QuestionContent,
} from "../../content/schema";
import type { Tx } from "../../db";
import type { PlannedItem } from "./match";
import type { ImportPlan } from "./plan";
import type { ParsedUpload } from "./types";

export interface WriteOptions {
  authorId: string;
  publishNow: boolean;
  fileName?: string;
}
export interface WriteStats {
  created: number;
  updated: number;
  skipped: number;
}

const snapshot = (value: unknown) => JSON.stringify(value);

async function revision(
  tx: Tx,
  entityType: string,
  entityId: string,
  version: number,
  authorId: string | null,
  value: unknown,
) {
  await tx.revision.create({
    data: { entityType, entityId, version, authorId, reason: "import", snapshot: snapshot(value) },
  });
}

async function createLesson(
  tx: Tx,
  plan: ImportPlan,
  upload: ParsedUpload,
  opts: WriteOptions,
  status: string,
): Promise<string> {
  const front = lessonFrontMatterSchema.parse({
    slug: plan.lesson.slug,
    title: plan.lesson.title,
    summary: upload.summary,
    sources: opts.fileName ? [opts.fileName] : [],
  });
  const last = await tx.lesson.findFirst({
    where: { courseId: plan.course.id },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const body = renderBody(upload.sections);
  const row = await tx.lesson.create({
    data: {
      ...front,
      sources: front.sources.join(","),
      body,
      courseId: plan.course.id,
      position: (last?.position ?? -1) + 1,
      status,
    },
  });
  await revision(tx, "lesson", row.id, 1, opts.authorId, lessonSnapshot({ ...front, body }));
  return row.id;
}

export async function writeQuestion(
  tx: Tx,
  lessonId: string,
  item: PlannedItem<QuestionContent>,
  position: number,
  status: string,
  authorId: string | null,
) {
  const q = item.value;
  const fields = {
    type: q.type,
    prompt: q.prompt,
    explanation: q.explanation,
    section: q.section ?? null,
    status,
  };
  const options = q.options.map((o, i) => ({ position: i, text: o.text, correct: o.correct }));
  if (item.status === "new") {
    await tx.question.create({
      data: {
        id: q.id,
        lessonId,
        position,
        authored: q.authored,
        ...fields,
        options: { create: options },
        examples: { create: q.examples.map((exampleId) => ({ exampleId })) },
      },
    });
    return revision(tx, "question", q.id, 1, authorId, questionSnapshot(q));
  }
  const row = await tx.question.update({
    where: { id: q.id },
    data: { ...fields, archivedAt: null, version: { increment: 1 } },
    include: { options: true },
  });
  // Options keep their rows by position, so past quiz answers stay linked to them.
  for (const option of options) {
    const old = row.options.find((o) => o.position === option.position);
    if (old)
      await tx.questionOption.update({
        where: { id: old.id },
        data: { text: option.text, correct: option.correct },
      });
    else await tx.questionOption.create({ data: { questionId: q.id, ...option } });
  }
  await tx.questionOption.deleteMany({
    where: { questionId: q.id, position: { gte: options.length } },
  });
  return revision(tx, "question", q.id, row.version, authorId, questionSnapshot(q));
}

export async function writeCard(
  tx: Tx,
  lessonId: string,
  item: PlannedItem<FlashcardContent>,
  position: number,
  status: string,
  authorId: string | null,
) {
  const c = item.value;
  const fields = { front: c.front, back: c.back, kind: c.kind, section: c.section ?? null, status };
  if (item.status === "new") {
    await tx.flashcard.create({
      data: {
        id: c.id,
        lessonId,
        position,
        ...fields,
        examples: { create: c.examples.map((exampleId) => ({ exampleId })) },
      },
    });
    return revision(tx, "flashcard", c.id, 1, authorId, flashcardSnapshot(c));
  }
  const row = await tx.flashcard.update({
    where: { id: c.id },
    data: { ...fields, archivedAt: null, version: { increment: 1 } },
  });
  return revision(tx, "flashcard", c.id, row.version, authorId, flashcardSnapshot(c));
}

export async function writePlan(
  tx: Tx,
  plan: ImportPlan,
  upload: ParsedUpload,
  opts: WriteOptions,
): Promise<WriteStats> {
  const status = opts.publishNow ? "published" : "draft";
  const lessonId = plan.lesson.id ?? (await createLesson(tx, plan, upload, opts, status));
  const stats: WriteStats = { created: 0, updated: 0, skipped: 0 };
  const count = (s: string) =>
    s === "new" ? stats.created++ : s === "changed" ? stats.updated++ : stats.skipped++;
  // New items go after the lesson's last one.
  let qPos =
    ((await tx.question.aggregate({ where: { lessonId }, _max: { position: true } }))._max
      .position ?? -1) + 1;
  for (const item of plan.questions) {
    count(item.status);
    if (item.status === "new" || item.status === "changed")
      await writeQuestion(
        tx,
        lessonId,
        item,
        item.status === "new" ? qPos++ : 0,
        status,
        opts.authorId,
      );
  }
  let cPos =
    ((await tx.flashcard.aggregate({ where: { lessonId }, _max: { position: true } }))._max
      .position ?? -1) + 1;
  for (const item of plan.flashcards) {
    count(item.status);
    if (item.status === "new" || item.status === "changed")
      await writeCard(
        tx,
        lessonId,
        item,
        item.status === "new" ? cPos++ : 0,
        status,
        opts.authorId,
      );
  }
  return stats;
}
