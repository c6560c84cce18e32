/** Splits lesson Markdown at `##`/`###` headings; each piece carries the anchor the lesson page gives it. */
import { lessonSections } from "../content/markdown-anchors";

export interface LessonSection {
  anchor: string | null;
  title: string;
  depth: number;
  markdown: string;
}

export function splitSections(body: string, lessonTitle: string): LessonSection[] {
  // Cut at the `##`/`###` headings of the rendered tree: same headings, same anchors as the page.
  const cuts = lessonSections(body).filter((s) => s.depth === 2 || s.depth === 3);
  const sections: LessonSection[] = [
    {
      anchor: null,
      title: lessonTitle,
      depth: 1,
      markdown: textBetween(body, 0, cuts[0]?.source.start),
    },
  ];
  cuts.forEach((cut, i) =>
    sections.push({
      anchor: cut.anchor,
      title: cut.title,
      depth: cut.depth,
      markdown: textBetween(body, cut.source.end, cuts[i + 1]?.source.start),
    }),
  );
  // A heading right above its subsections has no text of its own, but stays: the podcast folds them into it.
  return sections.filter((s) => s.anchor !== null || s.markdown.trim() !== "");
}

/** The Markdown between two offsets, without the line break that ends a heading. */
function textBetween(body: string, from: number, to = body.length): string {
  return body.slice(from, to).replace(/^\r?\n/, "");
}
