/**
 * The import preview of a pasted term page: a page laid out so two readings fit is flagged as
 * unsure, the instructor picks the layout, the preview is read again at once, and the import
 * writes the cards of the chosen reading.
 */
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { seriousViolations, signIn } from "./session";

const app = inject("e2e");

describe.skipIf(app.skip)("importing a pasted term page", () => {
  const b = fileBrowser();

  it("asks for the layout when unsure, re-previews with the chosen one, and imports those cards", async () => {
    const { page, errors } = await b.open();
    await signIn(page, "instructor@recall-lab.local", "teach-sockets-1");
    await page.goto("/teach/import");
    await page.getByRole("heading", { level: 1, name: "Import" }).waitFor();

    const stamp = Date.now();
    // "x - y" on some lines, alternating lines elsewhere: both readings are plausible.
    const text = `alpha-${stamp} - first letter\nbeta - second letter\nGamma\nthird letter - Greek\nDelta\nfourth letter\n`;
    await page.getByLabel("…or paste text").fill(text);
    await page.getByLabel("New lesson title").fill(`Greek ${stamp}`);
    await page.getByTestId("import-form").getByRole("button", { name: "Preview" }).click();
    await page.getByText("Not sure how this page is laid out.").waitFor();
    const layout = page.getByLabel("Layout", { exact: true });
    expect(await layout.inputValue()).toBe("");
    expect(await seriousViolations(page)).toEqual([]);

    await layout.selectOption("lines");
    await page.getByText("Read as: term and definition on alternating lines.").waitFor();
    await page.getByText("Flashcards: 3 new").waitFor();
    await page.getByText("Gamma — third letter - Greek").waitFor();
    expect(await page.getByText("Not sure how this page is laid out.").count()).toBe(0);

    await page.getByRole("button", { name: "Import 3 items as drafts" }).click();
    await page.getByText(/3 created, 0 updated, 0 skipped/).waitFor();
    expect(errors).toEqual([]);
  });
});
