/** The card a learner sees in a review: front, back (Markdown → safe HTML), examples, next intervals. */
import "server-only";
import type { Prisma, StudySettings } from "../generated/prisma/client";
import { renderMarkdown } from "../content/render";
import { newItemState, schedulerFor, stateOf } from "./card";
import { nextIntervals, type Intervals } from "./intervals";
import type { QueueEntry } from "./queue";

type Tx = Prisma.TransactionClient;

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
}

const lessonSelect = { select: { slug: true, title: true, course: { select: { slug: true } } } } as const;
const exampleSelect = { select: { example: { select: { id: true, title: true } } } } as const;

export async function reviewCard(tx: Tx, settings: StudySettings, entry: QueueEntry, now: Date): Promise<ReviewCard | null> {
  const item = entry.reviewItemId ? await tx.reviewItem.findUnique({ where: { id: entry.reviewItemId } }) : null;
  const state = item ? stateOf(item) : newItemState(now);
  const ref = entry.reviewItemId ? { reviewItemId: entry.reviewItemId } : entry.flashcardId ? { flashcardId: entry.flashcardId } : { questionId: entry.questionId ?? "" };
  const intervals = nextIntervals(schedulerFor(settings), state, now);
  if (entry.flashcardId) {
    const card = await tx.flashcard.findUnique({ where: { id: entry.flashcardId }, select: { front: true, back: true, lesson: lessonSelect, examples: exampleSelect } });
    if (!card) return null;
    const [frontHtml, backHtml] = await Promise.all([renderMarkdown(card.front), renderMarkdown(card.back)]);
    return { ref, kind: "flashcard", contentId: entry.flashcardId, state: state.state, frontHtml, backHtml, ...where(card.lesson), examples: card.examples.map((e) => e.example), intervals };
  }
  const question = await tx.question.findUnique({
    where: { id: entry.questionId ?? "" },
    select: { prompt: true, explanation: true, lesson: lessonSelect, examples: exampleSelect, options: { where: { correct: true }, orderBy: { position: "asc" }, select: { text: true } } },
  });
  if (!question || !entry.questionId) return null;
  // The back of a question: its correct answer(s), then why.
  const answer = question.options.map((o) => o.text).join(" · ");
  const [frontHtml, backHtml] = await Promise.all([renderMarkdown(question.prompt), renderMarkdown(`**Answer:** ${answer}\n\n${question.explanation}`)]);
  return { ref, kind: "question", contentId: entry.questionId, state: state.state, frontHtml, backHtml, ...where(question.lesson), examples: question.examples.map((e) => e.example), intervals };
}

const where = (lesson: { slug: string; title: string; course: { slug: string } }) => ({ courseSlug: lesson.course.slug, lessonSlug: lesson.slug, lessonTitle: lesson.title });
