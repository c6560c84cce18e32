/** The questions a quiz may draw from, and the sibling answers that fill in missing wrong options. */
import "server-only";
import { db } from "../db";
import type { ChoiceQuestion, SiblingAnswer } from "./distractors";

// Learners see published, non-archived items only.
const live = { archivedAt: null, status: "published" };

/** Published questions of a lesson, or of every lesson of a course when no lesson is given. */
export async function quizQuestions(
  courseSlug: string,
  lessonSlug?: string,
): Promise<ChoiceQuestion[]> {
  return db.question.findMany({
    where: {
      ...live,
      lesson: {
        ...live,
        ...(lessonSlug ? { slug: lessonSlug } : {}),
        course: { ...live, slug: courseSlug },
      },
    },
    orderBy: [{ lesson: { position: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      lessonId: true,
      type: true,
      options: { orderBy: { position: "asc" }, select: { id: true, text: true, correct: true } },
    },
  });
}

/** Every correct option of these questions, usable as another question's wrong option. */
export function siblingAnswers(questions: readonly ChoiceQuestion[]): SiblingAnswer[] {
  return questions.flatMap((q) =>
    q.options
      .filter((o) => o.correct)
      .map((o) => ({
        id: o.id,
        text: o.text,
        questionId: q.id,
        lessonId: q.lessonId,
        type: q.type,
      })),
  );
}
