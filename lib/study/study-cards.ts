/** The published cards Learn, Match and Test draw from: a lesson's, or every lesson's of a course. */
import "server-only";
import { db } from "../db";
import type { StudyScope } from "../validations/study-modes";
import type { LearnCard } from "./learn-round";

// Learners see published, non-archived items only.
const live = { archivedAt: null, status: "published" };

/** Null when the course or lesson is not visible to learners. */
export async function studyCards(scope: StudyScope): Promise<LearnCard[] | null> {
  const lessons = await db.lesson.findMany({
    where: {
      ...live,
      ...(scope.lessonSlug ? { slug: scope.lessonSlug } : {}),
      course: { ...live, slug: scope.courseSlug },
    },
    orderBy: { position: "asc" },
    select: {
      id: true,
      flashcards: {
        where: live,
        orderBy: { position: "asc" },
        select: { id: true, lessonId: true, front: true, back: true },
      },
    },
  });
  if (lessons.length === 0) return null;
  return lessons.flatMap((l) => l.flashcards);
}
