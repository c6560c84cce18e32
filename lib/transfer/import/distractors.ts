/**
 * Wrong options for questions the page showed with only the correct answer. Deterministic (no
 * randomness, no network) so re-importing a page yields the same file: first sibling API names
 * swapped into the correct answer, then other correct answers from the same page that look alike.
 */
import {
  findSiblingNames,
  inSameCase,
  PORT_RANGES,
  WELL_KNOWN_PORTS,
  type NameMatch,
} from "./siblings";

/** Same answer for our purposes: case, spacing and backticks do not make an option different. */
export function sameAnswer(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/`/g, "").replace(/\s+/g, " ").trim().toLowerCase();
  return norm(a) === norm(b);
}

function replaceMatches(answer: string, matches: NameMatch[], picks: string[]): string {
  let out = answer;
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i]!;
    out =
      out.slice(0, m.index) + inSameCase(picks[i]!, m.text) + out.slice(m.index + m.text.length);
  }
  return out;
}

/**
 * Variants that change names of one group only (changing two can turn a wrong statement right
 * again), never making two different names the same ("send … send"), swaps first.
 */
function groupVariants(answer: string, matches: NameMatch[]): string[] {
  const original = matches.map((m) => m.name);
  let picks: string[][] = [[]];
  for (const m of matches) picks = picks.flatMap((p) => m.group.names.map((name) => [...p, name]));
  const distinctBefore = new Set(original).size;
  return picks
    .filter((p) => p.some((name, i) => name !== original[i]) && new Set(p).size === distinctBefore)
    .map((p) => ({
      p,
      swap: [...p].sort().join() === [...original].sort().join(),
      changes: p.filter((n, i) => n !== original[i]).length,
    }))
    .sort((a, b) => Number(b.swap) - Number(a.swap) || a.changes - b.changes)
    .map(({ p }) => replaceMatches(answer, matches, p));
}

/** One variant per group in turn, so two swaps of the same name do not crowd out the rest. */
function siblingVariants(answer: string): string[] {
  const all = findSiblingNames(answer);
  const groups = [...new Set(all.map((m) => m.group))].slice(0, 4);
  const lists = groups.map((g) =>
    groupVariants(answer, all.filter((m) => m.group === g).slice(0, 4)),
  );
  const out: string[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++)
    for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

/** A bare well-known port gets its neighbours; a port range ("1 to 65535") gets the IANA ranges. */
function portVariants(answer: string): string[] {
  const text = answer.trim();
  const range = /^(\d+) to (\d+)$/.exec(text);
  if (range && Number(range[2]) <= 65535) return PORT_RANGES.filter((r) => r !== text);
  const port = Number(text);
  if (!(WELL_KNOWN_PORTS as readonly number[]).includes(port)) return [];
  return [...WELL_KNOWN_PORTS]
    .filter((p) => p !== port)
    .sort((a, b) => Math.abs(a - port) - Math.abs(b - port))
    .map(String);
}

type Shape = "code" | "number" | "sentence" | "phrase";
function shape(text: string): Shape {
  const t = text.trim();
  if (/^`?[A-Za-z_][\w.]*\(.*\)`?$/.test(t) || /^`[^`]+`$/.test(t)) return "code";
  if (/^[\d\s,.–-]+(to[\d\s,.]+)?$/i.test(t)) return "number";
  return /[.!?]$/.test(t) ? "sentence" : "phrase";
}

/** Other answers on the page, most alike first: same shape, then closest length, then page order. */
function lookalikes(answer: string, pool: string[]): string[] {
  const s = shape(answer);
  return pool
    .map((text, order) => ({
      text,
      order,
      shapeMiss: shape(text) === s ? 0 : 1,
      lengthGap: Math.abs(text.length - answer.length),
    }))
    .sort((a, b) => a.shapeMiss - b.shapeMiss || a.lengthGap - b.lengthGap || a.order - b.order)
    .map((c) => c.text);
}

/**
 * Up to `count` distinct wrong options for `answer`; `pool` holds the page's other correct answers.
 * For a "Which is NOT …" prompt the wrong options must be true statements, which a swapped name
 * is not, so only the page's other (true) answers are used.
 */
export function generateDistractors(
  answer: string,
  pool: string[],
  count: number,
  prompt = "",
): string[] {
  const negated = /\bNOT\b/.test(prompt);
  const variants = negated ? [] : [...siblingVariants(answer), ...portVariants(answer)];
  const chosen: string[] = [];
  for (const candidate of [...variants, ...lookalikes(answer, pool)]) {
    if (chosen.length === count) break;
    if (sameAnswer(candidate, answer) || chosen.some((c) => sameAnswer(c, candidate))) continue;
    chosen.push(candidate);
  }
  return chosen;
}
