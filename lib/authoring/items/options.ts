/** A question's options rewritten in place by position: rows kept (and their pick history), extras removed. */
import type { Tx } from "../../db";

export async function syncOptions(
  tx: Tx,
  questionId: string,
  old: Array<{ id: string; position: number }>,
  next: Array<{ position: number; text: string; correct: boolean }>,
) {
  for (const option of next) {
    const row = old.find((o) => o.position === option.position);
    if (row)
      await tx.questionOption.update({
        where: { id: row.id },
        data: { text: option.text, correct: option.correct },
      });
    else await tx.questionOption.create({ data: { questionId, ...option } });
  }
  await tx.questionOption.deleteMany({ where: { questionId, position: { gte: next.length } } });
}
