/** Splits lesson Markdown at `##`/`###` headings; each piece carries the anchor the lesson page gives it. */
import { lessonSections } from "../content/markdown-anchors";

export interface LessonSection {
  anchor: string | null;
  title: string;
  depth: number;
  markdown: string;
}

export function splitSections(body: string, lessonTitle: string): LessonSection[] {
  // Headings are found in the same order and with the same fence rule as lessonSections, so anchors line up.
  const anchors = lessonSections(body);
  const sections: LessonSection[] = [{ anchor: null, title: lessonTitle, depth: 1, markdown: "" }];
  let heading = 0;
  let inFence = false;
  for (const line of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) {
      const info = anchors[heading++]!;
      if (info.depth === 2 || info.depth === 3) {
        sections.push({ anchor: info.anchor, title: info.title, depth: info.depth, markdown: "" });
        continue;
      }
    }
    sections.at(-1)!.markdown += line + "\n";
  }
  // A heading right above its subsections has no text of its own, but stays: the podcast folds them into it.
  return sections.filter((s) => s.anchor !== null || s.markdown.trim() !== "");
}
