/**
 * A lesson's rendered HTML cut at its `##` headings, so a page can show one section at a time with
 * the ids (and duplicate-heading suffixes) of the whole rendered lesson. Text before the first `##`
 * goes with the first section.
 */
import "server-only";
import { renderMarkdown } from "./render";

const H2 = /^<h2 id="([^"]+)"/gm;

/** Section HTML by the `##` heading's anchor; "" holds the whole lesson when it has no `##`. */
export async function renderSectionHtml(markdown: string): Promise<Map<string, string>> {
  const html = await renderMarkdown(markdown);
  const starts = [...html.matchAll(H2)].map((m) => ({ anchor: m[1]!, at: m.index }));
  if (starts.length === 0) return new Map([["", html]]);
  return new Map(
    starts.map((s, i) => [
      s.anchor,
      html.slice(i === 0 ? 0 : s.at, starts[i + 1]?.at ?? html.length),
    ]),
  );
}
