/**
 * Reads a published lesson into a podcast input: its cards and one worked example, with the output of
 * the example's latest successful sandbox run, or else the output its scenario expects.
 */
import { createHash } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { scenarioSummary } from "../chat/scenario-text";
import { linkedExampleIds, live } from "../courses/lesson-items";
import type { PodcastInput } from "./types";

export interface LoadedLesson {
  input: PodcastInput;
  version: string;
}

/** The stdout of a stored run's processes, in order, from its result JSON. */
function runOutput(resultJson: string): string {
  const result = JSON.parse(resultJson) as { processes?: Array<{ name: string; stdout?: string }> };
  return (result.processes ?? [])
    .map((p) => p.stdout?.trim() ?? "")
    .filter(Boolean)
    .join("\n");
}

export async function loadPodcastLesson(
  prisma: PrismaClient,
  lessonSlug: string,
): Promise<LoadedLesson | null> {
  const lesson = await prisma.lesson.findFirst({
    where: { slug: lessonSlug, ...live, course: live },
    select: {
      slug: true,
      title: true,
      summary: true,
      body: true,
      version: true,
      flashcards: {
        where: live,
        orderBy: { position: "asc" },
        select: {
          id: true,
          front: true,
          back: true,
          section: true,
          examples: { select: { exampleId: true } },
        },
      },
      questions: {
        where: live,
        orderBy: { position: "asc" },
        select: { examples: { select: { exampleId: true } } },
      },
    },
  });
  if (!lesson) return null;
  const ids = linkedExampleIds([...lesson.questions, ...lesson.flashcards]);
  const examples = await prisma.example.findMany({
    where: { id: { in: ids }, ...live },
    orderBy: { position: "asc" },
    select: {
      id: true,
      title: true,
      scenario: true,
      runs: {
        where: { status: "ok", edited: false },
        orderBy: { ranAt: "desc" },
        take: 1,
        select: { id: true, result: true },
      },
    },
  });
  // Prefer an example with a real recorded run; otherwise the first one, with its expected output.
  const chosen =
    examples.find((e) => e.runs[0] && runOutput(e.runs[0].result)) ??
    examples.find((e) => scenarioSummary(e.scenario).expected);
  const summary = chosen && scenarioSummary(chosen.scenario);
  const run = chosen?.runs[0];
  const example =
    chosen && summary
      ? {
          id: chosen.id,
          title: chosen.title,
          description: summary.description,
          ...(run && runOutput(run.result)
            ? { output: runOutput(run.result), outputFrom: "sandbox run" as const }
            : { output: summary.expected, outputFrom: "scenario expectation" as const }),
        }
      : null;
  const cards = lesson.flashcards.map(({ examples: _e, ...c }) => c);
  const input: PodcastInput = {
    lessonSlug: lesson.slug,
    title: lesson.title,
    summary: lesson.summary,
    body: lesson.body,
    cards,
    example,
  };
  // Keyed by the lesson's version plus everything the script is made from, so any edit rebuilds it.
  const version = `v${lesson.version}-${createHash("sha256").update(JSON.stringify(input)).digest("hex").slice(0, 12)}`;
  return { input, version };
}
