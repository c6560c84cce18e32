/** The card a learner sees in a review: front, back (Markdown → safe HTML), examples, next intervals. */
import "server-only";
import { renderMarkdown } from "../content/render";
import { newItemState, stateOf, type ItemState } from "./card";
import { fuzzSeed } from "./schedule";
import { nextIntervals, type Intervals } from "./intervals";
import type { QueueEntry } from "./queue";
import { Prisma, type StudySettings } from "../generated/prisma/client";
import { asSql, type Db, type Sql } from "../db-raw";
import { itemColumns, type ItemRow } from "./sql";
import { typeableAnswer } from "./type-answer";

export interface ReviewCard {
  ref: { reviewItemId: string } | { flashcardId: string } | { questionId: string };
  kind: "flashcard" | "question";
  contentId: string;
  state: number;
  frontHtml: string;
  backHtml: string;
  courseSlug: string;
  lessonSlug: string;
  lessonTitle: string;
  examples: { id: string; title: string }[];
  intervals: Intervals;
  /** The text to type before the answer shows: the learner's "type the answer" is on and the back is short. */
  typeAnswer?: string;
}

type Where = { courseSlug: string; lessonSlug: string; lessonTitle: string };
type Linked = { exampleId: string | null; exampleTitle: string | null };
const linked = (rows: Linked[]) =>
  rows.flatMap((r) => (r.exampleId ? [{ id: r.exampleId, title: r.exampleTitle ?? "" }] : []));

// Raw reads (see lib/srs/sql.ts); rendering is cached by source text in lib/content/render.ts.
async function currentState(sql: Sql, entry: QueueEntry, now: Date): Promise<ItemState> {
  if (entry.state) return entry.state;
  if (!entry.reviewItemId) return newItemState(now);
  const [row] = await sql.rows<ItemRow>(
    Prisma.sql`SELECT ${itemColumns} FROM "ReviewItem" r WHERE r."id" = ${entry.reviewItemId}`,
  );
  return row ? stateOf(row) : newItemState(now);
}

export async function reviewCard(
  db: Db,
  settings: StudySettings,
  entry: QueueEntry,
  now: Date,
): Promise<ReviewCard | null> {
  const sql = asSql(db);
  const state = await currentState(sql, entry, now);
  const ref = entry.reviewItemId
    ? { reviewItemId: entry.reviewItemId }
    : entry.flashcardId
      ? { flashcardId: entry.flashcardId }
      : { questionId: entry.questionId ?? "" };
  const content = entry.flashcardId
    ? { flashcardId: entry.flashcardId }
    : { questionId: entry.questionId ?? "" };
  const intervals = nextIntervals(settings, state, now, {
    seed: fuzzSeed(settings.userId, content, state),
  });
  const base = { ref, state: state.state, intervals };
  if (entry.flashcardId) {
    const id = entry.flashcardId;
    // One row per linked example (or one with no example): content and examples in one read.
    const rows = await sql.rows<
      { front: string; back: string } & Where & Linked
    >(Prisma.sql`SELECT x."front", x."back", l."slug" AS "lessonSlug", l."title" AS "lessonTitle", c."slug" AS "courseSlug",
        e."id" AS "exampleId", e."title" AS "exampleTitle"
      FROM "Flashcard" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      LEFT JOIN "FlashcardExample" j ON j."flashcardId" = x."id" LEFT JOIN "Example" e ON e."id" = j."exampleId" WHERE x."id" = ${id} ORDER BY e."position", e."id"`);
    const [card] = rows,
      examples = linked(rows);
    if (!card) return null;
    const [frontHtml, backHtml] = await Promise.all([
      renderMarkdown(card.front),
      renderMarkdown(card.back),
    ]);
    const typed = settings.typeAnswer ? typeableAnswer(card.back) : null;
    return {
      ...base,
      kind: "flashcard",
      contentId: id,
      frontHtml,
      backHtml,
      ...where(card),
      examples,
      ...(typed ? { typeAnswer: typed } : {}),
    };
  }
  const id = entry.questionId;
  if (!id) return null;
  const [rows, options] = await Promise.all([
    sql.rows<
      { prompt: string; explanation: string } & Where & Linked
    >(Prisma.sql`SELECT x."prompt", x."explanation", l."slug" AS "lessonSlug", l."title" AS "lessonTitle", c."slug" AS "courseSlug",
        e."id" AS "exampleId", e."title" AS "exampleTitle"
      FROM "Question" x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
      LEFT JOIN "QuestionExample" j ON j."questionId" = x."id" LEFT JOIN "Example" e ON e."id" = j."exampleId" WHERE x."id" = ${id} ORDER BY e."position", e."id"`),
    sql.rows<{ text: string }>(
      Prisma.sql`SELECT o."text" FROM "QuestionOption" o WHERE o."questionId" = ${id} AND o."correct" = ${true} ORDER BY o."position"`,
    ),
  ]);
  const [question] = rows,
    examples = linked(rows);
  if (!question) return null;
  // The back of a question: its correct answer(s), then why.
  const answer = options.map((o) => o.text).join(" · ");
  const [frontHtml, backHtml] = await Promise.all([
    renderMarkdown(question.prompt),
    renderMarkdown(`**Answer:** ${answer}\n\n${question.explanation}`),
  ]);
  // One correct option: its text is the answer to type.
  const typed =
    settings.typeAnswer && options.length === 1 ? typeableAnswer(options[0]!.text) : null;
  return {
    ...base,
    kind: "question",
    contentId: id,
    frontHtml,
    backHtml,
    ...where(question),
    examples,
    ...(typed ? { typeAnswer: typed } : {}),
  };
}

const where = (w: Where): Where => ({
  courseSlug: w.courseSlug,
  lessonSlug: w.lessonSlug,
  lessonTitle: w.lessonTitle,
});
