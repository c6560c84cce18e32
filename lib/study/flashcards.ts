/** A lesson's flashcard deck for one learner, with that learner's stars. */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { starSchema, type StarInput } from "../validations/study";
import { fail, type Result } from "./result";

// Learners see published, non-archived items only.
const live = { archivedAt: null, status: "published" };

export async function getFlashcardDeck(user: CurrentUser, courseSlug: string, lessonSlug: string) {
  const lesson = await db.lesson.findFirst({
    where: { slug: lessonSlug, ...live, course: { ...live, slug: courseSlug } },
    select: {
      title: true,
      course: { select: { title: true } },
      flashcards: {
        where: live,
        orderBy: { position: "asc" },
        select: {
          id: true,
          front: true,
          back: true,
          kind: true,
          stars: { where: { userId: user.id }, select: { userId: true } },
          examples: {
            where: { example: live },
            select: { example: { select: { id: true, title: true } } },
          },
        },
      },
    },
  });
  if (!lesson) return null;
  const cards = lesson.flashcards.map(({ stars, examples, ...card }) => ({
    ...card,
    starred: stars.length > 0,
    examples: examples.map((e) => e.example),
  }));
  return { title: lesson.title, courseTitle: lesson.course.title, cards };
}

/** Stars or unstars a published card for this learner; idempotent both ways. */
export async function setFlashcardStar(
  user: CurrentUser,
  raw: StarInput,
): Promise<Result<{ starred: boolean }>> {
  const parsed = starSchema.safeParse(raw);
  if (!parsed.success) return fail(400, "Invalid star request.");
  const { flashcardId, starred } = parsed.data;
  const card = await db.flashcard.findFirst({
    where: { id: flashcardId, ...live, lesson: { ...live, course: live } },
    select: { id: true },
  });
  if (!card) return fail(404, "No such flashcard.");
  const key = { userId_flashcardId: { userId: user.id, flashcardId } };
  if (starred)
    await db.flashcardStar.upsert({
      where: key,
      create: { userId: user.id, flashcardId },
      update: {},
    });
  else await db.flashcardStar.deleteMany({ where: { userId: user.id, flashcardId } });
  return { ok: true, starred };
}
