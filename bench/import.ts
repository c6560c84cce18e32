/**
 * `npm run bench:import`: precision and recall of the term-list importer over the pasted pages in
 * tests/fixtures/term-pages (a pair counts only when term and definition match exactly), for the
 * pages we tuned on and the held-out ones apart, beside a naive reader (split each line at its
 * first tab or comma) measured in the same run, and the ratio.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseTermList } from "../lib/transfer/import/sources/terms";

const DIR = path.resolve(import.meta.dirname, "../tests/fixtures/term-pages");

type Pair = { term: string; definition: string };
interface Page {
  name: string;
  text: string;
  heldOut: boolean;
  pairs: Pair[];
}

export function loadTermPages(): Page[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, "");
      const doc = JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as Omit<
        Page,
        "name" | "text"
      >;
      return { name, text: readFileSync(path.join(DIR, `${name}.txt`), "utf8"), ...doc };
    });
}

/** The floor: every line with a tab or a comma is a card, split at the first one. */
function naive(text: string): Pair[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const at = line.search(/[\t,]/);
    return at > 0
      ? [{ term: line.slice(0, at).trim(), definition: line.slice(at + 1).trim() }]
      : [];
  });
}

function ours(text: string): Pair[] {
  return parseTermList(text).cards.map((c) => ({ term: c.front, definition: c.back }));
}

const key = (p: Pair) => `${p.term}\u0000${p.definition}`;

function score(pages: Page[], read: (text: string) => Pair[]) {
  let found = 0;
  let right = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const page of pages) {
    const got = read(page.text);
    const want = new Set(page.pairs.map(key));
    const hits = got.filter((p) => want.has(key(p))).length;
    found += got.length;
    right += hits;
    expected += want.size;
    if (hits !== want.size || got.length !== hits)
      misses.push(`${page.name} (${hits}/${want.size}, ${got.length - hits} junk)`);
  }
  return { precision: found ? right / found : 0, recall: expected ? right / expected : 0, misses };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function main() {
  const pages = loadTermPages();
  const sets = [
    ["tuned", pages.filter((p) => !p.heldOut)],
    ["held-out", pages.filter((p) => p.heldOut)],
    ["all", pages],
  ] as const;
  for (const [label, set] of sets) {
    const us = score(set, ours);
    const floor = score(set, naive);
    const pairs = set.reduce((n, p) => n + p.pairs.length, 0);
    console.log(`${label}: ${set.length} pages, ${pairs} pairs`);
    console.log(`  importer  precision ${pct(us.precision)}  recall ${pct(us.recall)}`);
    console.log(`  naive     precision ${pct(floor.precision)}  recall ${pct(floor.recall)}`);
    const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : "∞ (naive 0)");
    console.log(
      `  ratio     precision ${ratio(us.precision, floor.precision)}  recall ${ratio(us.recall, floor.recall)}`,
    );
    if (us.misses.length) console.log(`  pages not exact: ${us.misses.join(", ")}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
