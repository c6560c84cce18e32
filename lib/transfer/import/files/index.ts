/**
 * Imports one study-notes file as a lesson folder (lesson.md, questions.yaml, flashcards.yaml).
 * The CLI (scripts/content-import.ts) and tests call `importLesson`; it throws ImportError with
 * a message naming the file and what was expected, and writes nothing when anything is wrong.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pluralize } from "../../../format/plural";
import { parseUpload } from "../parse";
import { EXPECTED_FORMATS } from "../sources/detect";
import { ImportError } from "./errors";
import { buildLessonFiles } from "./lesson-files";
import { defaultPrefix, lessonFolder, lessonNameFrom, titleFromSlug } from "../naming";
import { EXPLANATION_GENERATED } from "../questions";
import type { TermLayout, TermSeparators } from "../sources/terms";
import type { UploadFormat } from "../types";
import { checkTarget, nextLessonNumber, writeLesson } from "./write";

export { ImportError } from "./errors";

export interface ImportOptions {
  file: string;
  /** The course's lessons folder to write into. */
  lessonsDir: string;
  /** Lesson slug, optionally numbered (`07-timeouts`); defaults from the file name. */
  slug?: string;
  prefix?: string;
  format?: Exclude<UploadFormat, "auto">;
  separators?: TermSeparators;
  layout?: TermLayout;
  dryRun?: boolean;
  force?: boolean;
}

export interface ImportResult {
  dir: string;
  written: boolean;
  format: Exclude<UploadFormat, "auto">;
  /** Term lists: the layout the text was read in. */
  layout?: string;
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
  const read = parseUpload({
    text,
    format: options.format ?? "auto",
    separators: options.separators,
    layout: options.layout,
  });
  if (!read.ok) throw new ImportError(`${options.file}: ${read.error}`);
  const parsed = read.upload;
  const warnings = [...parsed.warnings];
  if (parsed.layout && !parsed.layout.confident) {
    const others = parsed.layout.candidates.filter((c) => c.layout !== parsed.layout!.layout);
    warnings.push(
      `not sure of the layout; read as ${parsed.layout.layout}` +
        (others.length
          ? ` (also possible: ${others.map((c) => `${c.layout}, ${pluralize(c.cards, "card")}`).join("; ")}); pass --layout to choose`
          : ""),
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
    ...(parsed.layout ? { layout: parsed.layout.layout } : {}),
    questions: lesson.questions.length,
    generatedDistractors: lesson.questions.filter((q) => q.explanation === EXPLANATION_GENERATED)
      .length,
    flashcards: lesson.flashcards.length,
    sections: parsed.sections.length,
    warnings,
  };
}
