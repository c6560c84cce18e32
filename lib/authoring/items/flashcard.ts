import { flashcardSchema } from "../../content/schema";
import { flashcardRowSnapshot, flashcardSnapshot } from "../snapshot";
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
    return itemState(row, row.lessonId, flashcardRowSnapshot(row));
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
