/**
 * The learner's cards with a flag (suspended, buried, leech), for /review/cards. One read, newest
 * change first; `filter` narrows it (the later Browse page adds text search, sorting and more filters).
 */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { flagsOf, isBuried, isSuspended } from "./flags";

export const CARD_FILTERS = ["all", "suspended", "buried", "leech"] as const;
export type CardFilter = (typeof CARD_FILTERS)[number];

export interface ListedCard {
  reviewItemId: string;
  kind: "flashcard" | "question";
  text: string;
  lessonTitle: string;
  suspended: boolean;
  buriedUntil: Date | null;
  leech: boolean;
  lapses: number;
  due: Date;
}

const LIST_LIMIT = 500;

export async function flaggedCards(
  user: CurrentUser,
  filter: CardFilter = "all",
  now = new Date(),
): Promise<ListedCard[]> {
  const suspended = { suspendedAt: { not: null } };
  const buried = { buriedUntil: { gt: now } };
  const leech = { leech: true };
  const where =
    filter === "suspended"
      ? suspended
      : filter === "buried"
        ? buried
        : filter === "leech"
          ? leech
          : { OR: [suspended, buried, leech] };
  const items = await db.reviewItem.findMany({
    where: { userId: user.id, ...where },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    include: {
      flashcard: { select: { front: true, lesson: { select: { title: true } } } },
      question: { select: { prompt: true, lesson: { select: { title: true } } } },
    },
  });
  return items.map((i) => {
    const flags = flagsOf(i);
    return {
      reviewItemId: i.id,
      kind: i.flashcard ? "flashcard" : "question",
      text: i.flashcard?.front ?? i.question?.prompt ?? "",
      lessonTitle: (i.flashcard ?? i.question)?.lesson.title ?? "",
      suspended: isSuspended(flags),
      buriedUntil: isBuried(flags, now) ? flags.buriedUntil : null,
      leech: flags.leech,
      lapses: i.lapses,
      due: i.due,
    };
  });
}
