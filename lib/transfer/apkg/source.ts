/**
 * What an Anki export holds, read from the database: live (non-archived) courses, and of their lessons,
 * questions and flashcards only the published ones (drafts stay out of Anki); each example with its
 * latest stored sandbox run of exactly its current files.
 */
import "server-only";
import { db } from "../../db";
import { exampleInput, inputHashOf } from "../../sandbox/example-input";
import { lastRunOf } from "../../sandbox/last-run";
import type { RunResult } from "../../sandbox/types";

const shown = { archivedAt: null, status: "published" };
const byPosition = { position: "asc" } as const;

export interface DeckExample {
  id: string;
  title: string;
  files: Array<{ name: string; content: string }>;
  /** What it printed in its latest stored run, else what its scenario expects. */
  output: Array<{ process: string; text: string }>;
}

export interface DeckItem {
  /** flashcard or question id */
  id: string;
  kind: "card" | "multiple_choice" | "true_false" | "typed" | "output";
  front: string;
  back: string;
  options: Array<{ text: string; correct: boolean }>;
  explanation: string;
  section: string | null;
  examples: DeckExample[];
}

export interface DeckLesson {
  slug: string;
  title: string;
  items: DeckItem[];
}

export interface DeckCourse {
  slug: string;
  title: string;
  lessons: DeckLesson[];
}

function runOutput(result: RunResult) {
  return result.processes
    .map((p) => ({ process: p.name, text: [p.stdout, p.stderr].filter(Boolean).join("\n") }))
    .filter((p) => p.text);
}

function expectedOutput(scenario: { expect?: Record<string, unknown> }) {
  return Object.entries(scenario.expect ?? {}).map(([process, e]) => ({
    process,
    text:
      typeof e === "string"
        ? e
        : [(e as { stdout?: string }).stdout, (e as { stderr?: string }).stderr]
            .filter(Boolean)
            .join("\n"),
  }));
}

async function exampleOf(example: {
  id: string;
  title: string;
  scenario: string;
  files: Array<{ name: string; content: string }>;
}): Promise<DeckExample> {
  let run = null;
  try {
    run = await lastRunOf(example.id, inputHashOf(exampleInput(example)));
  } catch {
    // A broken stored example has no run; its expected output still says what it should print.
  }
  const output = run ? runOutput(run.result) : expectedOutput(JSON.parse(example.scenario));
  return { id: example.id, title: example.title, files: example.files, output };
}

/** The courses to export: one by slug, or every live one; learners (`publishedOnly`) never see draft courses. */
export async function deckCourses(
  options: { course?: string; publishedOnly?: boolean } = {},
): Promise<DeckCourse[]> {
  const courses = await db.course.findMany({
    where: {
      archivedAt: null,
      ...(options.course ? { slug: options.course } : {}),
      ...(options.publishedOnly ? { status: "published" } : {}),
    },
    orderBy: [byPosition, { slug: "asc" }],
    include: {
      lessons: {
        where: shown,
        orderBy: byPosition,
        include: {
          questions: {
            where: shown,
            orderBy: byPosition,
            include: { options: { orderBy: byPosition }, examples: true },
          },
          flashcards: { where: shown, orderBy: byPosition, include: { examples: true } },
        },
      },
      examples: {
        where: shown,
        include: { files: { orderBy: { name: "asc" }, select: { name: true, content: true } } },
      },
    },
  });
  const out: DeckCourse[] = [];
  for (const c of courses) {
    const examples = new Map<string, DeckExample>();
    for (const e of c.examples) examples.set(e.id, await exampleOf(e));
    const examplesOf = (links: Array<{ exampleId: string }>) =>
      links
        .map((l) => examples.get(l.exampleId))
        .filter((e): e is DeckExample => Boolean(e))
        .sort((a, b) => a.id.localeCompare(b.id));
    out.push({
      slug: c.slug,
      title: c.title,
      lessons: c.lessons.map((l) => ({
        slug: l.slug,
        title: l.title,
        items: [
          ...l.flashcards.map((f) => ({
            id: f.id,
            kind: "card" as const,
            front: f.front,
            back: f.back,
            options: [],
            explanation: "",
            section: f.section,
            examples: examplesOf(f.examples),
          })),
          ...l.questions.map((q) => ({
            id: q.id,
            kind: q.type as DeckItem["kind"],
            front: q.prompt,
            back: "",
            options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
            explanation: q.explanation,
            section: q.section,
            examples: examplesOf(q.examples),
          })),
        ],
      })),
    });
  }
  return out;
}
