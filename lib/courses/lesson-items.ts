/**
 * How a lesson's items are read to show them: one select for the learner lesson page, the
 * instructor's preview of it and the chat corpus, so the three can't drift apart.
 */
import type { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

/** What learners see: published and not archived. */
export const live = { archivedAt: null, status: "published" };

export const questionSelect = {
  id: true,
  type: true,
  prompt: true,
  explanation: true,
  section: true,
  authored: true,
  options: { orderBy: { position: "asc" }, select: { text: true, correct: true } },
  examples: { select: { exampleId: true } },
} satisfies Prisma.QuestionSelect;

export const flashcardSelect = {
  id: true,
  front: true,
  back: true,
  kind: true,
  section: true,
  examples: { select: { exampleId: true } },
} satisfies Prisma.FlashcardSelect;

export const exampleSelect = {
  id: true,
  title: true,
  scenario: true,
  files: { orderBy: { name: "asc" }, select: { name: true, content: true } },
} satisfies Prisma.ExampleSelect;

type Shown = Prisma.QuestionWhereInput & Prisma.FlashcardWhereInput;

/** A lesson's questions and flashcards that match `where`, in their order (spread into a select). */
export const lessonItems = (where: Shown) =>
  ({
    questions: { where, orderBy: { position: "asc" }, select: questionSelect },
    flashcards: { where, orderBy: { position: "asc" }, select: flashcardSelect },
  }) satisfies Prisma.LessonSelect;

/** The ids of the examples these items link to, each once. */
export const linkedExampleIds = (items: Array<{ examples: Array<{ exampleId: string }> }>) => [
  ...new Set(items.flatMap((i) => i.examples.map((e) => e.exampleId))),
];

/** The examples a lesson's questions and flashcards link to, in the course's order. */
export function linkedExamples(
  client: { example: (typeof db)["example"] },
  lesson: Record<"questions" | "flashcards", Array<{ examples: Array<{ exampleId: string }> }>>,
  where: Prisma.ExampleWhereInput,
) {
  return client.example.findMany({
    where: { id: { in: linkedExampleIds([...lesson.questions, ...lesson.flashcards]) }, ...where },
    orderBy: { position: "asc" },
    select: exampleSelect,
  });
}
