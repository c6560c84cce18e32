/** Checks shared by questions and cards: linked examples belong to the lesson's course; ids are new. */
import type { EntityType } from "../snapshot";
import type { Tx } from "../../db";
import type { FieldErrors } from "./types";

export async function checkExampleLinks(
  tx: Tx,
  lessonId: string | null,
  examples: string[],
): Promise<FieldErrors> {
  if (!lessonId) return { form: ["choose a lesson for this item"] };
  const lesson = await tx.lesson.findUnique({
    where: { id: lessonId },
    select: { courseId: true },
  });
  if (!lesson) return { form: ["that lesson no longer exists"] };
  const found = await tx.example.findMany({
    where: { id: { in: examples }, courseId: lesson.courseId },
    select: { id: true },
  });
  const missing = examples.filter((id) => !found.some((f) => f.id === id));
  return missing.length
    ? { examples: [`no example named ${missing.join(", ")} in this course`] }
    : {};
}

/** Content ids are permanent (learners' history hangs on them): a new item needs an unused one. */
export async function checkNewId(
  tx: Tx,
  type: EntityType,
  id: string,
  existingId?: string,
): Promise<FieldErrors> {
  if (existingId)
    return existingId === id
      ? {}
      : { id: ["the id can't change: learners' history is attached to it"] };
  const where = { where: { id }, select: { id: true } };
  const taken =
    type === "question"
      ? await tx.question.findUnique(where)
      : type === "flashcard"
        ? await tx.flashcard.findUnique(where)
        : await tx.example.findUnique(where);
  return taken ? { id: ["this id is already used; pick another"] } : {};
}
