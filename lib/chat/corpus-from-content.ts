/** The same corpus the database gives, read from content files (for the bench and tests). */
import type { CourseContent } from "../content/schema";
import { scenarioSummary } from "./scenario-text";
import type { CourseCorpus } from "./types";

export function corpusFromContent(course: CourseContent): CourseCorpus {
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
        correct: q.options.filter((o) => o.correct).map((o) => o.text),
        section: q.section ?? null,
      })),
      flashcards: l.flashcards.map((c) => ({
        id: c.id,
        front: c.front,
        back: c.back,
        kind: c.kind,
        section: c.section ?? null,
      })),
      exampleIds: [...new Set([...l.questions, ...l.flashcards].flatMap((i) => i.examples))],
    })),
    examples: course.examples.map((e) => ({
      id: e.id,
      title: e.title,
      files: Object.entries(e.files)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, content]) => ({ name, content })),
      ...scenarioSummary(JSON.stringify(e.scenario)),
    })),
  };
}
