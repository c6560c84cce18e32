/** Splits lesson Markdown at `##`/`###` headings; each piece carries the anchor the lesson page gives it. */
import { lessonSections } from "../content/markdown-anchors";
import type { SectionChat } from "../content/schema";
import { withoutSectionChat } from "../content/section-chat";

export interface LessonSection {
  anchor: string | null;
  title: string;
  depth: number;
  /** The section's Markdown without its `<!-- chat … -->` notes. */
  markdown: string;
  /** What students ask that this section answers, with the plain-words answers (the chat notes). */
  chat: SectionChat;
}

// Parsed once per lesson text: the chat index is rebuilt on every content change, the podcast per lesson.
const cache = new Map<string, readonly LessonSection[]>();

/** The lesson's sections (cached by text; treat the result as read-only). */
export function splitSections(body: string, lessonTitle: string): LessonSection[] {
  const key = `${lessonTitle}\n${body}`;
  const hit = cache.get(key);
  if (hit) return [...hit];
  const sections = parseSections(body, lessonTitle);
  if (cache.size >= 200) cache.clear();
  cache.set(key, sections);
  return [...sections];
}

function parseSections(body: string, lessonTitle: string): LessonSection[] {
  // Cut at the `##`/`###` headings of the rendered tree: same headings, same anchors as the page.
  const cuts = lessonSections(body).filter((s) => s.depth === 2 || s.depth === 3);
  const sections: LessonSection[] = [
    {
      anchor: null,
      title: lessonTitle,
      depth: 1,
      ...notes(textBetween(body, 0, cuts[0]?.source.start)),
    },
  ];
  cuts.forEach((cut, i) =>
    sections.push({
      anchor: cut.anchor,
      title: cut.title,
      depth: cut.depth,
      ...notes(textBetween(body, cut.source.end, cuts[i + 1]?.source.start)),
    }),
  );
  // A heading right above its subsections has no text of its own, but stays: the podcast folds them into it.
  return sections.filter((s) => s.anchor !== null || s.markdown.trim() !== "");
}

function notes(markdown: string): Pick<LessonSection, "markdown" | "chat"> {
  const { markdown: rest, notes } = withoutSectionChat(markdown);
  return { markdown: rest.replace(/^\r?\n/, ""), chat: notes };
}

/** The Markdown between two offsets, without the line break that ends a heading. */
function textBetween(body: string, from: number, to = body.length): string {
  return body.slice(from, to).replace(/^\r?\n/, "");
}
