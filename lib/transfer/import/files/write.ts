/**
 * Puts a lesson folder on disk all at once: files go to a hidden temporary folder that is
 * renamed into place, so a failed import leaves nothing half-written. Existing lessons are
 * kept unless the user passed --force, and ids or slugs already used elsewhere in the course
 * are refused because the loader rejects duplicates across all content.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";
import { ImportError } from "./errors";

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** A sibling lesson with broken YAML is the loader's business, not a reason to refuse an import. */
function parseYaml(text: string): unknown {
  try {
    return YAML.parse(text);
  } catch {
    return null;
  }
}

async function lessonFolders(lessonsDir: string): Promise<string[]> {
  const entries = await readdir(lessonsDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort();
}

/** The number for a lesson whose file name has none: one past the highest in the folder. */
export async function nextLessonNumber(lessonsDir: string): Promise<number> {
  const numbers = (await lessonFolders(lessonsDir)).map((name) =>
    Number(/^(\d+)-/.exec(name)?.[1] ?? 0),
  );
  return Math.max(0, ...numbers) + 1;
}

/** Slugs and item ids of the other lessons, each with the folder that uses it. */
async function usedNames(lessonsDir: string, skip: string): Promise<Map<string, string>> {
  const used = new Map<string, string>();
  for (const folder of (await lessonFolders(lessonsDir)).filter((f) => f !== skip)) {
    const read = (name: string) =>
      readFile(path.join(lessonsDir, folder, name), "utf8").catch(() => "");
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(await read("lesson.md"))?.[1];
    const slug: unknown = front ? (parseYaml(front) as { slug?: unknown } | null)?.slug : undefined;
    if (typeof slug === "string") used.set(`lesson slug "${slug}"`, folder);
    for (const file of ["questions.yaml", "flashcards.yaml"]) {
      const items = parseYaml(await read(file));
      if (!Array.isArray(items)) continue;
      for (const item of items as Array<{ id?: unknown }>)
        if (typeof item?.id === "string") used.set(`id "${item.id}"`, folder);
    }
  }
  return used;
}

export interface LessonTarget {
  lessonsDir: string;
  folder: string;
  slug: string;
  ids: string[];
  force: boolean;
}

/** Throws when writing would overwrite a lesson or duplicate a slug or id; writes nothing. */
export async function checkTarget(target: LessonTarget): Promise<void> {
  const dir = path.join(target.lessonsDir, target.folder);
  if (!target.force && (await exists(dir))) {
    throw new ImportError(
      `${dir} already exists; pass --force to replace it, or --slug to import under another name`,
    );
  }
  const used = await usedNames(target.lessonsDir, target.folder);
  const clashes = [`lesson slug "${target.slug}"`, ...target.ids.map((id) => `id "${id}"`)].filter(
    (name) => used.has(name),
  );
  if (clashes.length > 0) {
    const shown = clashes
      .slice(0, 3)
      .map((name) => `${name} (in ${used.get(name)})`)
      .join(", ");
    throw new ImportError(
      `already used in ${target.lessonsDir}: ${shown}${clashes.length > 3 ? ` and ${clashes.length - 3} more` : ""}; pass --slug or --prefix`,
    );
  }
}

export async function writeLesson(
  target: LessonTarget,
  files: Record<string, string>,
): Promise<string> {
  await checkTarget(target);
  const dir = path.join(target.lessonsDir, target.folder);
  const staging = path.join(target.lessonsDir, `.${target.folder}.importing-${process.pid}`);
  await mkdir(staging, { recursive: true });
  try {
    for (const [name, text] of Object.entries(files))
      await writeFile(path.join(staging, name), text, "utf8");
    if (target.force) await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return dir;
}
