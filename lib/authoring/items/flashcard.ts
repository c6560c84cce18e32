import { flashcardSchema, type FlashcardContent } from "../../content/schema";
import { flashcardSnapshot } from "../snapshot";
import { checkExampleLinks, checkNewId } from "./links";
import { bumpVersion } from "./rows";
import { parseWith, type ItemAdapter, itemState } from "./types";
import type { Tx } from "../../db";

type FlashcardSnapshot = ReturnType<typeof flashcardSnapshot>;

const fields = (s: FlashcardSnapshot) => ({
  front: s.front,
  back: s.back,
  kind: s.kind,
  section: s.section ?? null,
});

async function linkExamples(tx: Tx, flashcardId: string, examples: string[]) {
  await tx.flashcardExample.deleteMany({ where: { flashcardId } });
  await tx.flashcardExample.createMany({
    data: examples.map((exampleId) => ({ flashcardId, exampleId })),
  });
}

export const flashcardItem: ItemAdapter<FlashcardSnapshot> = {
  type: "flashcard",
  parse: (content) => parseWith(flashcardSchema, content, flashcardSnapshot),
  parseSnapshot: (snapshot) => parseWith(flashcardSchema, snapshot, flashcardSnapshot),
  async read(tx, id) {
    const row = await tx.flashcard.findUnique({ where: { id }, include: { examples: true } });
    if (!row) return null;
    const snapshot = flashcardSnapshot({
      ...row,
      kind: row.kind as FlashcardContent["kind"],
      section: row.section ?? undefined,
      examples: row.examples.map((e) => e.exampleId),
    });
    return itemState(row, row.lessonId, snapshot);
  },
  async checkRefs(tx, lessonId, snapshot, id) {
    return {
      ...(await checkNewId(tx, "flashcard", snapshot.id, id)),
      ...(await checkExampleLinks(tx, lessonId, snapshot.examples)),
    };
  },
  async create(tx, lessonId, snapshot, position) {
    await tx.flashcard.create({
      data: { id: snapshot.id, lessonId, position, status: "draft", ...fields(snapshot) },
    });
    await linkExamples(tx, snapshot.id, snapshot.examples);
    return snapshot.id;
  },
  async update(tx, id, expected, snapshot) {
    if (!(await bumpVersion(tx, "flashcard", id, expected))) return false;
    await tx.flashcard.update({ where: { id }, data: fields(snapshot) });
    await linkExamples(tx, id, snapshot.examples);
    return true;
  },
};
