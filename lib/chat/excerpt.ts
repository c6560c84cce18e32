/** Cuts a long passage to a window around its key sentence, keeping whole lines and code offsets. */
import type { CodeSpan } from "./types";

export interface Excerpt {
  text: string;
  highlight: { start: number; end: number } | null;
  code: CodeSpan[];
}

const MAX_EXCERPT = 900;

export function excerpt(
  text: string,
  code: CodeSpan[],
  key: { start: number; end: number } | null,
): Excerpt {
  if (text.length <= MAX_EXCERPT) return { text, highlight: key, code };
  const [ks, ke] = key ? [key.start, key.end] : [0, 0];
  const start = Math.max(0, Math.min(ks - 200, ke - MAX_EXCERPT));
  const from = start === 0 ? 0 : text.lastIndexOf("\n", start) + 1;
  const lineEnd = text.indexOf("\n", Math.max(from + MAX_EXCERPT, ke));
  const to = lineEnd === -1 ? text.length : lineEnd;
  const lead = from > 0 ? "…\n" : "";
  const shift = lead.length - from;
  const cut = lead + text.slice(from, to) + (to < text.length ? "\n…" : "");
  const kept = code
    .filter((c) => c.end > from && c.start < to)
    .map((c) => ({
      ...c,
      start: Math.max(c.start, from) + shift,
      end: Math.min(c.end, to) + shift,
    }));
  return { text: cut, highlight: key && { start: ks + shift, end: ke + shift }, code: kept };
}
