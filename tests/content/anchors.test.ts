import { describe, expect, it } from "vitest";
import { lessonSections } from "../../lib/content/markdown-anchors";
import { renderMarkdown } from "../../lib/content/render";

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
});
