/** Version, status, archive and position writes that look the same for every authored kind. */
import type { EntityType } from "../snapshot";
import type { Tx } from "../../db";

export interface StateChange {
  status?: "draft" | "published";
  archivedAt?: Date | null;
  position?: number;
}

/** Optimistic concurrency: only a row still at `expected` is changed, and its version goes up by one. */
export async function bumpVersion(
  tx: Tx,
  type: EntityType,
  id: string,
  expected: number,
  data: StateChange = {},
): Promise<boolean> {
  const args = { where: { id, version: expected }, data: { ...data, version: { increment: 1 } } };
  const result = await {
    course: () => tx.course.updateMany(args),
    lesson: () => tx.lesson.updateMany(args),
    question: () => tx.question.updateMany(args),
    flashcard: () => tx.flashcard.updateMany(args),
    example: () => tx.example.updateMany(args),
  }[type]();
  return result.count === 1;
}

export interface Sibling {
  id: string;
  position: number;
}

/** The items sharing a list with this one (same course or lesson), in order. */
export async function siblingsOf(
  tx: Tx,
  type: EntityType,
  parentId: string | null,
): Promise<Sibling[]> {
  const select = { id: true, position: true };
  const orderBy = [{ position: "asc" as const }, { createdAt: "asc" as const }];
  if (type === "course") return tx.course.findMany({ select, orderBy });
  if (!parentId) return [];
  if (type === "lesson")
    return tx.lesson.findMany({ where: { courseId: parentId }, select, orderBy });
  if (type === "example")
    return tx.example.findMany({ where: { courseId: parentId }, select, orderBy });
  if (type === "question")
    return tx.question.findMany({ where: { lessonId: parentId }, select, orderBy });
  return tx.flashcard.findMany({ where: { lessonId: parentId }, select, orderBy });
}

export async function setPosition(tx: Tx, type: EntityType, id: string, position: number) {
  const args = { where: { id }, data: { position } };
  await {
    course: () => tx.course.update(args),
    lesson: () => tx.lesson.update(args),
    question: () => tx.question.update(args),
    flashcard: () => tx.flashcard.update(args),
    example: () => tx.example.update(args),
  }[type]();
}

export async function nextPosition(tx: Tx, type: EntityType, parentId: string | null) {
  const siblings = await siblingsOf(tx, type, parentId);
  return siblings.reduce((max, s) => Math.max(max, s.position + 1), 0);
}
