import { describe, expect, it } from "vitest";
import { renderSectionHtml } from "../../lib/content/section-html";
import { readingSections, sectionOf } from "../../lib/learner/sections";

const body = [
  "Some words before any section.",
  "## Example",
  "First.",
  "### Details",
  "More.",
  "## Example",
  "Second, with the same title.",
  "```python",
  "## not a heading, code",
  "```",
  "## Last *one*",
  "End.",
].join("\n\n");

describe("a lesson's reading sections", () => {
  it("are its ## headings with the ids of the whole rendered lesson; ### anchors and the intro belong to their section", () => {
    const sections = readingSections(body);
    expect(sections.map((s) => [s.anchor, s.title, s.anchors])).toEqual([
      ["example", "Example", ["example", "details"]],
      ["example-1", "Example", ["example-1"]],
      ["last-one", "Last one", ["last-one"]],
    ]);
    expect(sectionOf(sections, "details")?.anchor).toBe("example");
    expect(sectionOf(sections, "nope")).toBeUndefined();
  });

  it("cuts the rendered HTML at each ## heading: every section alone, nothing lost, ids unchanged", async () => {
    const html = await renderSectionHtml(body);
    expect([...html.keys()]).toEqual(["example", "example-1", "last-one"]);
    expect(html.get("example")).toContain("Some words before any section.");
    expect(html.get("example")).toContain('<h3 id="details">');
    expect(html.get("example")).not.toContain("Second");
    expect(html.get("example-1")).toMatch(/^<h2 id="example-1">/);
    expect(html.get("example-1")).toContain("## not a heading, code");
    expect(html.get("last-one")).toMatch(/^<h2 id="last-one">Last <em>one<\/em><\/h2>/);
  });

  it("a lesson without ## headings is one piece", async () => {
    expect(readingSections("Just text.\n\n### A minor heading")).toEqual([]);
    expect([...(await renderSectionHtml("Just text.")).keys()]).toEqual([""]);
  });
});
