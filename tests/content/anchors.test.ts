import { describe, expect, it } from "vitest";
import { lessonSections } from "../../lib/content/markdown-anchors";
import { renderMarkdown } from "../../lib/content/render";
import { renderSectionHtml } from "../../lib/content/section-html";

const tricky = [
  "# Lesson title",
  "## [Sockets](https://example.com/sockets) and *you*",
  "## Ports &amp; hosts",
  "Setext heading with `code`\n--------------------------",
  "## `recv()` returns b''",
  "```python",
  "## not a heading: a comment in code",
  "```",
  "## Closing hashes ##",
  "## Closing hashes ##",
  "### **Bold** _and_ ~~struck~~ text",
  "## Ünïcode – dashes — and “quotes”",
  "Body text.",
].join("\n\n");

const renderedIds = (html: string) =>
  [...html.matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)].map((m) => m[1]);

describe("lesson section anchors", () => {
  it("are exactly the ids the rendered page gives its headings", async () => {
    const sections = lessonSections(tricky);
    expect(sections.map((s) => s.anchor)).toEqual(renderedIds(await renderMarkdown(tricky)));
  });

  it("read titles as the page shows them: link text, entities decoded, markup dropped", () => {
    const sections = lessonSections(tricky);
    expect(sections.map((s) => [s.depth, s.title])).toEqual([
      [1, "Lesson title"],
      [2, "Sockets and you"],
      [2, "Ports & hosts"],
      [2, "Setext heading with code"],
      [2, "recv() returns b''"],
      [2, "Closing hashes"],
      [2, "Closing hashes"],
      [3, "Bold and struck text"],
      [2, "Ünïcode – dashes — and “quotes”"],
    ]);
    expect(sections[6]!.anchor).toBe(`${sections[5]!.anchor}-1`);
  });

  it("match the page for a heading holding an image from a host we don't show", async () => {
    const md =
      "## Image ![diagram](https://evil.example/x.png) here\n\ntext\n\n## Local ![d](/api/media/a.png) one";
    const anchors = lessonSections(md).map((s) => s.anchor);
    expect(anchors).toEqual(renderedIds(await renderMarkdown(md)));
    expect(anchors[0]).toMatch(/^image-diagram-.*evil.*-here$/);
  });

  it("come from top-level headings only: a ## inside a quote stays in its section, whole", async () => {
    const md = [
      "Intro.",
      "## First",
      "text a",
      "> ## Quoted heading\n> quoted body",
      "after the quote",
      "## Second",
      "text b",
    ].join("\n\n");
    expect(lessonSections(md).map((s) => s.anchor)).toEqual(["first", "second"]);
    const sections = await renderSectionHtml(md);
    expect([...sections.keys()]).toEqual(["first", "second"]);
    const first = sections.get("first")!;
    expect(first).toMatch(/^<p>Intro\.<\/p>\s*<h2 id="first">/);
    expect(first).toMatch(
      /<blockquote>[\s\S]*quoted body[\s\S]*<\/blockquote>[\s\S]*after the quote/,
    );
    expect(sections.get("second")).toMatch(/^<h2 id="second">Second<\/h2>\s*<p>text b<\/p>\s*$/);
    expect([...sections.values()].join("")).toBe(await renderMarkdown(md));
  });
});
