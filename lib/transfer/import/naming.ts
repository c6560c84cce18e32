/**
 * Where an import goes and what its items are called: lesson slug and folder number from the
 * file name (`01-client-server-model.quizgecko.txt` → `01-client-server-model`), id prefix from
 * the slug's initials (`csm-q01`), so ids stay short yet distinct per lesson.
 */
import path from "node:path";

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `01-client-server-model.quizgecko.txt` → { number: 1, slug: "client-server-model" }. */
export function lessonNameFrom(fileOrSlug: string): { number: number | null; slug: string } {
  const stem = slugify(path.basename(fileOrSlug).split(".")[0] ?? "");
  const numbered = /^(\d+)-(.+)$/.exec(stem);
  return numbered
    ? { number: Number(numbered[1]), slug: numbered[2]! }
    : { number: null, slug: stem };
}

export function defaultPrefix(slug: string): string {
  const initials = slug
    .split("-")
    .filter((word) => /^[a-z]/.test(word))
    .map((word) => word[0])
    .join("");
  return initials || "l";
}

export function lessonFolder(number: number, slug: string): string {
  return `${String(number).padStart(2, "0")}-${slug}`;
}

/** A title for sources that have none: `cis345-socket-quiz` → "Cis345 socket quiz". */
export function titleFromSlug(slug: string): string {
  const words = slug.split("-").join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
