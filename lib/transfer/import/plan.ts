/**
 * The import preview: the target course and lesson, and per item what would happen. The write
 * recomputes it inside its transaction and refuses when it differs from what was previewed.
 */
import { createHash } from "node:crypto";
import { defaultPrefix } from "./naming";
import type { FlashcardContent, QuestionContent } from "../../content/schema";
import type { Tx } from "../../db";
import { knownCards, knownQuestions, usedIds } from "./known";
import {
  cardKind,
  idMaker,
  planItems,
  questionKind,
  type ItemStatus,
  type PlannedItem,
} from "./match";
import type { ImportRequest } from "./target";
import type { ParsedUpload } from "./types";

export interface ImportPlan {
  course: { id: string; slug: string; title: string };
  lesson: { id: string | null; slug: string; title: string; isNew: boolean };
  questions: Array<PlannedItem<QuestionContent>>;
  flashcards: Array<PlannedItem<FlashcardContent>>;
  /** Fingerprint of the plan: the write goes ahead only if it still matches the preview. */
  hash: string;
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; error: string };

export async function planImport(
  tx: Tx,
  request: ImportRequest,
  upload: ParsedUpload,
): Promise<PlanResult> {
  const course = await tx.course.findFirst({
    where: { slug: request.courseSlug, archivedAt: null },
    select: { id: true, slug: true, title: true },
  });
  if (!course) return { ok: false, error: `no course "${request.courseSlug}"` };
  const lessonRow = await tx.lesson.findUnique({
    where: { slug: request.lesson.slug },
    select: { id: true, slug: true, title: true, courseId: true, archivedAt: true },
  });
  if (request.lesson.mode === "new" && lessonRow)
    return {
      ok: false,
      error: `a lesson "${request.lesson.slug}" already exists; pick it as an existing lesson or choose another slug`,
    };
  if (
    request.lesson.mode === "existing" &&
    (!lessonRow || lessonRow.courseId !== course.id || lessonRow.archivedAt)
  ) {
    return { ok: false, error: `course "${course.slug}" has no lesson "${request.lesson.slug}"` };
  }
  const lesson = lessonRow
    ? { id: lessonRow.id, slug: lessonRow.slug, title: lessonRow.title, isNew: false }
    : {
        id: null,
        slug: request.lesson.slug,
        title: request.lesson.mode === "new" ? request.lesson.title : "",
        isNew: true,
      };
  const prefix = defaultPrefix(lesson.slug);
  const used = await usedIds(tx, prefix);
  for (const item of [...upload.questions, ...upload.cards]) if (item.id) used.add(item.id);
  const questions = planItems(
    upload.questions,
    await knownQuestions(tx, lesson.id, upload.questions),
    questionKind,
    idMaker(prefix, "q", used),
  );
  const flashcards = planItems(
    upload.cards,
    await knownCards(tx, lesson.id, upload.cards),
    cardKind,
    idMaker(prefix, "c", used),
  );
  const hash = createHash("sha256")
    .update(JSON.stringify({ course, lesson, questions, flashcards, publish: request.publishNow }))
    .digest("hex");
  return { ok: true, plan: { course, lesson, questions, flashcards, hash } };
}

export function countByStatus(items: Array<{ status: ItemStatus }>): Record<ItemStatus, number> {
  const counts: Record<ItemStatus, number> = { new: 0, changed: 0, unchanged: 0, duplicate: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}
