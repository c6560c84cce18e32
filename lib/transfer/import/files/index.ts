/**
 * Imports one study-notes file as a lesson folder (lesson.md, questions.yaml, flashcards.yaml).
 * The CLI (scripts/content-import.ts) and tests call `importLesson`; it throws ImportError with
 * a message naming the file and what was expected, and writes nothing when anything is wrong.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { EXPECTED_FORMATS, parseSource } from "../sources/detect";
import { ImportError } from "./errors";
import { buildLessonFiles } from "./lesson-files";
import { defaultPrefix, lessonFolder, lessonNameFrom, titleFromSlug } from "../naming";
import { EXPLANATION_GENERATED } from "../questions";
import type { TermSeparators } from "../sources/terms";
import type { SourceFormat } from "../sources/types";
import { checkTarget, nextLessonNumber, writeLesson } from "./write";

export { ImportError } from "./errors";

export interface ImportOptions {
  file: string;
  /** The course's lessons folder to write into. */
  lessonsDir: string;
  /** Lesson slug, optionally numbered (`07-timeouts`); defaults from the file name. */
  slug?: string;
  prefix?: string;
  format?: SourceFormat;
  separators?: TermSeparators;
  dryRun?: boolean;
  force?: boolean;
}

export interface ImportResult {
  dir: string;
  written: boolean;
  format: SourceFormat;
  questions: number;
  generatedDistractors: number;
  flashcards: number;
  sections: number;
  warnings: string[];
}

async function readSource(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "no such file"
        : (error as Error).message;
    throw new ImportError(`cannot read ${file} (${reason}); expected ${EXPECTED_FORMATS}`);
  }
}

export async function importLesson(options: ImportOptions): Promise<ImportResult> {
  const text = await readSource(options.file);
  const parsed = parseSource(text, options.format, options.separators ?? {});
  if (!parsed)
    throw new ImportError(`${options.file}: unknown format; expected ${EXPECTED_FORMATS}`);
  if (parsed.questions.length + parsed.cards.length === 0) {
    throw new ImportError(
      `${options.file}: no questions or flashcards found when read as ${parsed.format}; expected ${EXPECTED_FORMATS}`,
    );
  }
  // Name the lesson: slug and number from --slug or the file name, else the next free number.
  const name = lessonNameFrom(options.slug ?? options.file);
  if (!name.slug)
    throw new ImportError(
      `cannot make a lesson slug from "${options.slug ?? options.file}"; pass --slug`,
    );
  const folder = lessonFolder(
    name.number ?? (await nextLessonNumber(options.lessonsDir)),
    name.slug,
  );
  const source = path.basename(options.file);
  const lesson = buildLessonFiles(parsed, {
    slug: name.slug,
    title: parsed.title || titleFromSlug(name.slug),
    prefix: options.prefix ?? defaultPrefix(name.slug),
    source,
  });
  const target = {
    lessonsDir: options.lessonsDir,
    folder,
    slug: name.slug,
    ids: [...lesson.questions, ...lesson.flashcards].map((item) => item.id),
    force: options.force ?? false,
  };
  if (options.dryRun) await checkTarget(target);
  const dir = options.dryRun
    ? path.join(options.lessonsDir, folder)
    : await writeLesson(target, lesson.files);
  return {
    dir,
    written: !options.dryRun,
    format: parsed.format,
    questions: lesson.questions.length,
    generatedDistractors: lesson.questions.filter((q) => q.explanation === EXPLANATION_GENERATED)
      .length,
    flashcards: lesson.flashcards.length,
    sections: parsed.sections.length,
    warnings: parsed.warnings,
  };
}
