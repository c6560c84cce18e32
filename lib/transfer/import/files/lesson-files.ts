/**
 * The three files of a lesson folder, built from a parsed upload and validated with the content
 * schemas before anything touches the disk, so an import never leaves a file the loader rejects.
 */
import YAML from "yaml";
import type { z } from "zod";
import {
  flashcardsFileSchema,
  lessonFrontMatterSchema,
  questionsFileSchema,
  type FlashcardContent,
  type LessonFrontMatter,
  type QuestionContent,
} from "../../../content/schema";
import { plainIssue } from "../../../format/zod-issue";
import { ImportError } from "./errors";
import { itemId } from "../questions";
import { renderBody } from "../lesson-body";
import type { ParsedUpload } from "../types";

export interface LessonFiles {
  frontMatter: LessonFrontMatter;
  questions: QuestionContent[];
  flashcards: FlashcardContent[];
  /** File name → contents. */
  files: Record<"lesson.md" | "questions.yaml" | "flashcards.yaml", string>;
}

const yaml = (value: unknown) => YAML.stringify(value, { lineWidth: 0 });

function validate<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // A list's item by its id (item "csm-q04", field "prompt"), as the content loader names it.
  const [index, ...field] = issue.path;
  const item =
    typeof index === "number" && Array.isArray(value)
      ? (value[index] as { id?: unknown } | undefined)?.id
      : undefined;
  const where = item
    ? `item "${String(item)}"${field.length ? `, field "${field.join(".")}"` : ""}`
    : `field "${issue.path.join(".") || "(the file)"}"`;
  throw new ImportError(
    `the generated ${file} would be invalid (${where}: ${plainIssue(issue, value)}); nothing was written`,
  );
}

export function buildLessonFiles(
  parsed: ParsedUpload,
  meta: { slug: string; title: string; prefix: string; source: string },
): LessonFiles {
  const frontMatter: LessonFrontMatter = {
    slug: meta.slug,
    title: meta.title,
    summary: parsed.summary,
    sources: [meta.source],
  };
  // Items keep an id the file gave them (a CSV id column); the rest are numbered in the lesson.
  const questions: QuestionContent[] = parsed.questions.map(({ where: _w, id, ...q }, i) => ({
    ...q,
    id: id ?? itemId(meta.prefix, "q", i, parsed.questions.length),
    source: meta.source,
  }));
  const flashcards: FlashcardContent[] = parsed.cards.map(({ where: _w, id, ...card }, i) => ({
    ...card,
    id: id ?? itemId(meta.prefix, "c", i, parsed.cards.length),
    source: meta.source,
  }));
  // `examples: []` is the schema default; leaving it out keeps the files as authors write them.
  const omitExamples = <T extends { examples: string[] }>({ examples: _e, ...rest }: T) => rest;
  const files = {
    "lesson.md": `---\n${yaml(frontMatter)}---\n\n${renderBody(parsed.sections)}\n`,
    "questions.yaml": yaml(questions.map(omitExamples)),
    "flashcards.yaml": yaml(flashcards.map(omitExamples)),
  };
  // Validate the text as it will be read back, not just the objects it came from.
  validate(lessonFrontMatterSchema, YAML.parse(yaml(frontMatter)), "lesson.md front matter");
  validate(questionsFileSchema, YAML.parse(files["questions.yaml"]), "questions.yaml");
  validate(flashcardsFileSchema, YAML.parse(files["flashcards.yaml"]), "flashcards.yaml");
  return { frontMatter, questions, flashcards, files };
}
