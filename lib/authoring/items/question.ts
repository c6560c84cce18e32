import { syncOptions } from "./options";
import { questionSchema } from "../../content/schema";
import { questionRowSnapshot, questionSnapshot } from "../snapshot";
import { checkExampleLinks, checkNewId } from "./links";
import { bumpVersion } from "./rows";
import { parseWith, type ItemAdapter, itemState } from "./types";
import type { Tx } from "../../db";

type QuestionSnapshot = ReturnType<typeof questionSnapshot>;

const fields = (s: QuestionSnapshot) => ({
  type: s.type,
  prompt: s.prompt,
  explanation: s.explanation,
  section: s.section ?? null,
  authored: s.authored,
});
const options = (s: QuestionSnapshot) =>
  s.options.map((o, position) => ({ position, text: o.text, correct: o.correct }));

async function linkExamples(tx: Tx, questionId: string, examples: string[]) {
  await tx.questionExample.deleteMany({ where: { questionId } });
  await tx.questionExample.createMany({
    data: examples.map((exampleId) => ({ questionId, exampleId })),
  });
}

export const questionItem: ItemAdapter<QuestionSnapshot> = {
  type: "question",
  parse: (content) => parseWith(questionSchema, content, questionSnapshot),
  parseSnapshot: (snapshot) => parseWith(questionSchema, snapshot, questionSnapshot),
  async read(tx, id) {
    const row = await tx.question.findUnique({
      where: { id },
      include: { options: { orderBy: { position: "asc" } }, examples: true },
    });
    if (!row) return null;
    return itemState(row, row.lessonId, questionRowSnapshot(row));
  },
  async checkRefs(tx, lessonId, snapshot, id) {
    return {
      ...(await checkNewId(tx, "question", snapshot.id, id)),
      ...(await checkExampleLinks(tx, lessonId, snapshot.examples)),
    };
  },
  async create(tx, lessonId, snapshot, position) {
    await tx.question.create({
      data: {
        id: snapshot.id,
        lessonId,
        position,
        status: "draft",
        ...fields(snapshot),
        options: { create: options(snapshot) },
      },
    });
    await linkExamples(tx, snapshot.id, snapshot.examples);
    return snapshot.id;
  },
  async update(tx, id, expected, snapshot) {
    if (!(await bumpVersion(tx, "question", id, expected))) return false;
    await tx.question.update({ where: { id }, data: fields(snapshot) });
    const old = await tx.questionOption.findMany({
      where: { questionId: id },
      select: { id: true, position: true },
    });
    // Options keep their rows by position, so past quiz answers keep pointing at them.
    await syncOptions(tx, id, old, options(snapshot));
    await linkExamples(tx, id, snapshot.examples);
    return true;
  },
};
