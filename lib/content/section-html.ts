/**
 * A lesson's rendered HTML cut at its top-level `##` headings, so a page can show one section at a
 * time with the ids (and duplicate-heading suffixes) of the whole rendered lesson. The rendered tree
 * is split, not the HTML string, so a `##` inside a quote or list never cuts it in two. Text before
 * the first `##` goes with the first section.
 */
import "server-only";
import { renderSections } from "./render";

/** Section HTML by the `##` heading's anchor; "" holds the whole lesson when it has no `##`. */
export async function renderSectionHtml(markdown: string): Promise<Map<string, string>> {
  return new Map(await renderSections(markdown));
}
