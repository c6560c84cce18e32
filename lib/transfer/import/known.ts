/** Reads the items an upload could collide with: the target lesson's, and any with the same id or text. */
import type { Tx } from "../../db";
import type { FlashcardContent, QuestionContent } from "../../content/schema";
import type { KnownItem } from "./match";
import type { IncomingCard, IncomingQuestion } from "./types";

const questionInclude = {
  options: { orderBy: { position: "asc" } },
  examples: true,
  lesson: { select: { slug: true } },
} as const;

export async function knownQuestions(
  tx: Tx,
  lessonId: string | null,
  incoming: IncomingQuestion[],
) {
  const rows = await tx.question.findMany({
    where: {
      OR: [
        ...(lessonId ? [{ lessonId, archivedAt: null }] : []),
        { id: { in: incoming.flatMap((q) => (q.id ? [q.id] : [])) } },
        { prompt: { in: incoming.map((q) => q.prompt) }, archivedAt: null },
      ],
    },
    include: questionInclude,
  });
  return new Map(
    rows.map((q): [string, KnownItem<QuestionContent>] => [
      q.id,
      {
        lessonSlug: q.lesson.slug,
        inTarget: q.lessonId === lessonId,
        value: {
          id: q.id,
          type: q.type as QuestionContent["type"],
          prompt: q.prompt,
          options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
          explanation: q.explanation,
          ...(q.section ? { section: q.section } : {}),
          examples: q.examples.map((e) => e.exampleId).sort(),
          authored: q.authored,
        },
      },
    ]),
  );
}

export async function knownCards(tx: Tx, lessonId: string | null, incoming: IncomingCard[]) {
  const rows = await tx.flashcard.findMany({
    where: {
      OR: [
        ...(lessonId ? [{ lessonId, archivedAt: null }] : []),
        { id: { in: incoming.flatMap((c) => (c.id ? [c.id] : [])) } },
        { front: { in: incoming.map((c) => c.front) }, archivedAt: null },
      ],
    },
    include: { examples: true, lesson: { select: { slug: true } } },
  });
  return new Map(
    rows.map((c): [string, KnownItem<FlashcardContent>] => [
      c.id,
      {
        lessonSlug: c.lesson.slug,
        inTarget: c.lessonId === lessonId,
        value: {
          id: c.id,
          front: c.front,
          back: c.back,
          kind: c.kind as FlashcardContent["kind"],
          ...(c.section ? { section: c.section } : {}),
          examples: c.examples.map((e) => e.exampleId).sort(),
        },
      },
    ]),
  );
}

/** Ids taken under a prefix, so fresh ids never collide with any lesson's (ids are global). */
export async function usedIds(tx: Tx, prefix: string): Promise<Set<string>> {
  const where = { id: { startsWith: `${prefix}-` } };
  const [questions, cards] = await Promise.all([
    tx.question.findMany({ where, select: { id: true } }),
    tx.flashcard.findMany({ where, select: { id: true } }),
  ]);
  return new Set([...questions, ...cards].map((r) => r.id));
}
