/**
 * The code editor (CodeMirror, components/editor/code-field.tsx) follows the app's theme: the
 * system preference, and the class the root layout (or the toggle) puts on <html>, at once and
 * without reloading; axe finds nothing serious in either theme.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { seriousViolations } from "./session";
import { emulateColorScheme } from "./themes";

const app = inject("e2e");
const lesson = "/courses/socket-programming/lessons/tcp-udp-socket-programming";

/** What the editor shows: its colour scheme, the gutter's background and a keyword's colour. */
const editorLook = (page: Page) =>
  page
    .locator("#example-tcp-uppercase .cm-editor")
    .first()
    .evaluate((editor) => {
      const keyword = [...editor.querySelectorAll(".cm-line span")].find(
        (s) => s.textContent === "import",
      );
      return {
        scheme: getComputedStyle(editor).colorScheme,
        gutter: getComputedStyle(editor.querySelector(".cm-gutters")!).backgroundColor,
        keyword: keyword ? getComputedStyle(keyword).color : "no keyword",
      };
    });

const DARK = { scheme: "dark", gutter: "rgb(11, 18, 34)", keyword: "rgb(255, 155, 210)" };
const LIGHT = { gutter: "rgb(245, 245, 245)", keyword: "rgb(119, 0, 136)" };

describe.skipIf(app.skip)("the code editor's theme", () => {
  const b = fileBrowser();

  it("is dark in the dark theme and light in the light one, switching with <html>'s class", async () => {
    const { page, errors } = await b.learner("editor-theme", {
      viewport: { width: 1280, height: 900 },
    });
    await emulateColorScheme(page, "dark");
    await page.goto(`${lesson}?section=socket-interaction-over-tcp`);
    const panel = page.locator('#example-tcp-uppercase [data-testid="example-panel"]').first();
    await panel.waitFor();
    await page.locator("[data-keys-ready=true]").first().waitFor();
    await panel.getByRole("button", { name: /^Edit/ }).click();
    await panel.locator(".cm-editor .cm-line").first().waitFor();

    expect(await editorLook(page)).toEqual(DARK);
    expect(await seriousViolations(page)).toEqual([]);

    // The system turns light: the editor follows without a reload.
    await emulateColorScheme(page, "light");
    expect(await editorLook(page)).toMatchObject(LIGHT);
    expect((await editorLook(page)).scheme).not.toBe("dark");
    expect(await seriousViolations(page)).toEqual([]);

    // The learner's own choice (the class the root layout and the toggle set) wins over the system.
    await page.evaluate(() => document.documentElement.classList.add("dark"));
    expect(await editorLook(page)).toEqual(DARK);
    await emulateColorScheme(page, "dark");
    await page.evaluate(() => {
      document.documentElement.classList.remove("dark");
      document.documentElement.classList.add("light");
    });
    expect(await editorLook(page)).toMatchObject(LIGHT);
    await emulateColorScheme(page, null);
    expect(errors).toEqual([]);
  });
});
