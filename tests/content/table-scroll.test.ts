import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../lib/content/render";

describe("Markdown tables on a phone", () => {
  it("sit in a focusable, named region that scrolls sideways", async () => {
    const html = await renderMarkdown("| Protocol | Port |\n| --- | --- |\n| HTTP | 80 |\n");
    expect(html).toMatch(
      /^<div class="table-scroll" role="region" aria-label="Table" tabindex="0"><table>/,
    );
    expect(html).toContain("<td>HTTP</td>");
  });

  it("an author can't smuggle the wrapper's attributes onto other elements", async () => {
    const html = await renderMarkdown('<div role="region" tabindex="0">x</div>');
    expect(html).not.toContain("tabindex");
  });
});
