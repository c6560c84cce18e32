/** "Reset its schedule for everyone": review items go back to new; their logs stay as history. */
import type { EntityType } from "./snapshot";
import type { Tx } from "../db";

export async function resetSchedules(tx: Tx, type: EntityType, id: string): Promise<number> {
  if (type !== "question" && type !== "flashcard") return 0;
  const where = type === "question" ? { questionId: id } : { flashcardId: id };
  const fresh = {
    state: 0,
    due: new Date(),
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
  };
  return (await tx.reviewItem.updateMany({ where, data: fresh })).count;
}
