/**
 * New cards for a learner: live flashcards and questions they have never rated (or reset), in
 * course → lesson → position order, flashcards before questions within a lesson.
 */
import type { Prisma } from "../generated/prisma/client";
import { State } from "ts-fsrs";

type Tx = Prisma.TransactionClient;
const live = { status: "published", archivedAt: null };

export type NewCandidate = { reviewItemId: string | null; flashcardId: string | null; questionId: string | null };
type Ordered = NewCandidate & { key: [number, number, number, number] };

const lessonOrder = [{ lesson: { course: { position: "asc" as const } } }, { lesson: { position: "asc" as const } }, { position: "asc" as const }];
const orderSelect = { position: true, lesson: { select: { position: true, course: { select: { position: true } } } } } as const;

export async function newCandidates(tx: Tx, userId: string, limit: number, courseSlug?: string): Promise<NewCandidate[]> {
  const lesson = { ...live, course: { ...live, ...(courseSlug ? { slug: courseSlug } : {}) } };
  // "New" = never rated, or rated then reset (a ReviewItem back in state New).
  const unseen = { ...live, lesson, OR: [{ reviewItems: { none: { userId } } }, { reviewItems: { some: { userId, state: State.New } } }] };
  const [cards, questions] = await Promise.all([
    tx.flashcard.findMany({ where: unseen, orderBy: lessonOrder, take: limit, select: { id: true, ...orderSelect, reviewItems: { where: { userId }, select: { id: true } } } }),
    tx.question.findMany({ where: unseen, orderBy: lessonOrder, take: limit, select: { id: true, ...orderSelect, reviewItems: { where: { userId }, select: { id: true } } } }),
  ]);
  const keyOf = (x: { position: number; lesson: { position: number; course: { position: number } } }, kind: number): Ordered["key"] => [x.lesson.course.position, x.lesson.position, kind, x.position];
  const merged: Ordered[] = [
    ...cards.map((c) => ({ reviewItemId: c.reviewItems[0]?.id ?? null, flashcardId: c.id, questionId: null, key: keyOf(c, 0) })),
    ...questions.map((q) => ({ reviewItemId: q.reviewItems[0]?.id ?? null, flashcardId: null, questionId: q.id, key: keyOf(q, 1) })),
  ];
  merged.sort((a, b) => cmp(a.key, b.key));
  return merged.slice(0, limit).map(({ key: _key, ...entry }) => entry);
}

function cmp(a: number[], b: number[]): number {
  const i = a.findIndex((v, j) => v !== b[j]);
  return i === -1 ? 0 : (a[i] ?? 0) - (b[i] ?? 0);
}
