/** Section anchors of a lesson: the `##`/`###` headings slugged the way rehype-slug does on the page. */
import GithubSlugger from "github-slugger";

export interface Section {
  anchor: string;
  title: string;
  depth: number;
}

export function lessonSections(markdown: string): Section[] {
  const slugger = new GithubSlugger();
  const sections: Section[] = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const title = m[2]!.replace(/`([^`]*)`/g, "$1").replace(/\*\*/g, "");
    sections.push({ anchor: slugger.slug(title), title, depth: m[1]!.length });
  }
  return sections;
}
