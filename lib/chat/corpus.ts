/**
 * Reads what a learner may search in a course (published, non-archived items only) and keeps one
 * index per course, rebuilt when any of its content changes (newest updatedAt + item counts).
 */
import "server-only";
import { db } from "../db";
import { exampleSelect, flashcardSelect, live } from "../courses/lesson-items";
import { scenarioSummary } from "./scenario-text";
import { coursePassages } from "./passages";
import { buildPassageIndex, type PassageIndex } from "./search-index";
import { denseIndex } from "./sentence-model";
import type { CourseCorpus } from "./types";

const cache = new Map<string, { stamp: string; index: PassageIndex }>();

/** Changes whenever an item of the course is added, edited, archived or removed. */
async function contentStamp(courseId: string): Promise<string> {
  const stat = { _max: { updatedAt: true }, _count: true } as const;
  const parts = await Promise.all([
    db.course.aggregate({ where: { id: courseId }, ...stat }),
    db.lesson.aggregate({ where: { courseId }, ...stat }),
    db.question.aggregate({ where: { lesson: { courseId } }, ...stat }),
    db.flashcard.aggregate({ where: { lesson: { courseId } }, ...stat }),
    db.example.aggregate({ where: { courseId }, ...stat }),
  ]);
  return parts.map((p) => `${p._count}@${p._max.updatedAt?.getTime() ?? 0}`).join("|");
}

async function loadCorpus(courseId: string): Promise<CourseCorpus> {
  const course = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      slug: true,
      title: true,
      lessons: {
        where: live,
        orderBy: { position: "asc" },
        select: {
          slug: true,
          title: true,
          body: true,
          questions: {
            where: live,
            orderBy: { position: "asc" },
            select: {
              id: true,
              type: true,
              prompt: true,
              explanation: true,
              section: true,
              options: {
                where: { correct: true },
                orderBy: { position: "asc" },
                select: { text: true },
              },
              examples: { select: { exampleId: true } },
            },
          },
          flashcards: { where: live, orderBy: { position: "asc" }, select: flashcardSelect },
        },
      },
      examples: { where: live, orderBy: { position: "asc" }, select: exampleSelect },
    },
  });
  return {
    slug: course.slug,
    title: course.title,
    lessons: course.lessons.map((l) => ({
      slug: l.slug,
      title: l.title,
      body: l.body,
      questions: l.questions.map((q) => ({
        id: q.id,
        type: q.type,
        prompt: q.prompt,
        explanation: q.explanation,
        correct: q.options.map((o) => o.text),
        section: q.section,
      })),
      flashcards: l.flashcards.map((c) => ({
        id: c.id,
        front: c.front,
        back: c.back,
        kind: c.kind,
        section: c.section,
      })),
      exampleIds: [
        ...new Set(
          [...l.questions, ...l.flashcards].flatMap((i) => i.examples.map((e) => e.exampleId)),
        ),
      ],
    })),
    examples: course.examples.map((e) => ({
      id: e.id,
      title: e.title,
      files: e.files,
      ...scenarioSummary(e.scenario),
    })),
  };
}

/** The course's passage index, built once per content version. */
export async function coursePassageIndex(courseId: string): Promise<PassageIndex> {
  const stamp = await contentStamp(courseId);
  const hit = cache.get(courseId);
  if (hit?.stamp === stamp) return hit.index;
  const index = buildPassageIndex(coursePassages(await loadCorpus(courseId)));
  cache.set(courseId, { stamp, index });
  // The sentence model embeds the passages in the background; asks use BM25 alone until it is done.
  const started = performance.now();
  void denseIndex(index).then(
    (dense) =>
      dense &&
      console.info(
        `Chat to Lesson: ${dense.units.length} texts embedded in ${((performance.now() - started) / 1000).toFixed(1)} s (sentence model, worker thread).`,
      ),
    (error: unknown) => console.error("Chat to Lesson: embedding the passages failed.", error),
  );
  return index;
}
