/**
 * Items in the content-file shape, normalised so two snapshots of the same content are the same JSON.
 * Revisions store these; the seed compares them with the files. Pure: used by scripts and the app.
 */
import type {
  CourseContent,
  CourseFile,
  FlashcardContent,
  QuestionContent,
} from "../content/schema";

// The kinds of item an instructor edits are part of the editor's wire format (lib/validations).
export { entityTypes, type EntityType } from "../validations/authoring";

type LessonContent = Omit<CourseContent["lessons"][number], "questions" | "flashcards">;
type ExampleContent = CourseContent["examples"][number];

export function courseSnapshot(c: CourseFile) {
  return { slug: c.slug, title: c.title, description: c.description };
}

export function lessonSnapshot(l: LessonContent) {
  return {
    slug: l.slug,
    title: l.title,
    summary: l.summary,
    sources: [...l.sources],
    body: l.body,
  };
}

export function questionSnapshot(q: Omit<QuestionContent, "source">) {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
    explanation: q.explanation,
    ...(q.section ? { section: q.section } : {}),
    examples: [...q.examples].sort(),
    authored: q.authored,
  };
}

export function flashcardSnapshot(c: Omit<FlashcardContent, "source">) {
  return {
    id: c.id,
    front: c.front,
    back: c.back,
    kind: c.kind,
    ...(c.section ? { section: c.section } : {}),
    examples: [...c.examples].sort(),
  };
}

/** A stored row's columns where they differ from the file's: kind or type as text, no section as null, linked examples as rows. */
type StoredRow<T, K extends string> = Omit<T, "source" | K | "section" | "examples"> & {
  [key in K]: string;
} & { section: string | null; examples: { exampleId: string }[] };

/** A question's stored row (with its options and linked examples) as a snapshot. */
export const questionRowSnapshot = (row: StoredRow<QuestionContent, "type">) =>
  questionSnapshot({
    ...row,
    type: row.type as QuestionContent["type"],
    section: row.section ?? undefined,
    examples: row.examples.map((e) => e.exampleId),
  });

/** A flashcard's stored row (with its linked examples) as a snapshot. */
export const flashcardRowSnapshot = (row: StoredRow<FlashcardContent, "kind">) =>
  flashcardSnapshot({
    ...row,
    kind: row.kind as FlashcardContent["kind"],
    section: row.section ?? undefined,
    examples: row.examples.map((e) => e.exampleId),
  });

export function exampleSnapshot(e: ExampleContent) {
  const files = Object.fromEntries(Object.entries(e.files).sort(([a], [b]) => a.localeCompare(b)));
  return { id: e.id, title: e.scenario.title, files, scenario: e.scenario };
}

export const sameSnapshot = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
