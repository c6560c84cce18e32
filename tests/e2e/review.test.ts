import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { signUp, seriousViolations } from "./session";

const app = inject("e2e");

const text = async (page: Page, id: string) => (await page.getByTestId(id).textContent())?.trim();
/** The rated count moves when the server has answered: seconds on a loaded machine (expect.poll's default is 1 s). */
const ANSWERED = { timeout: 15_000 };

describe.skipIf(app.skip)("review session", () => {
  const b = fileBrowser();

  it("a new learner reviews ten cards with the keyboard only and undoes one", async () => {
    const { page, errors } = await b.learner();
    await page.goto("/review");
    // Keys work once the page is hydrated and listening.
    await page.locator('[data-keys-ready="true"]').waitFor();
    expect(await text(page, "count-new")).toBe("20");
    for (let i = 1; i <= 10; i++) {
      await page.keyboard.press("Space");
      await page.getByTestId("card-back").waitFor();
      await page.keyboard.press(i % 4 === 0 ? "4" : "3");
      await expect.poll(() => text(page, "reviewed-count"), ANSWERED).toBe(String(i));
    }
    expect(await text(page, "count-new")).toBe("10");
    await page.keyboard.press("z");
    await expect.poll(() => text(page, "reviewed-count"), ANSWERED).toBe("9");
    expect(await text(page, "count-new")).toBe("11");
    await page.getByText("Undone. The card is back.").waitFor();
    expect(errors).toEqual([]);
  });

  it("reset asks first; Z then undoes the reset, not the card rated before it, and then each rating", async () => {
    const { page, errors } = await b.open({ timezoneId: "America/Los_Angeles" });
    await signUp(page);
    // The account took the browser's time zone on sign-up.
    await page.goto("/settings");
    expect(await page.getByLabel("Time zone").inputValue()).toBe("America/Los_Angeles");
    // Two new cards a day: once both are rated, the learning card due first comes straight back (learn-ahead).
    await page.getByLabel("New cards per day").fill("2");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved.").waitFor();
    await page.goto("/review");
    await page.locator('[data-keys-ready="true"]').waitFor();
    const fronts: string[] = [];
    for (const [i, key] of ["3", "1"].entries()) {
      fronts.push((await text(page, "card-front")) ?? "");
      await page.keyboard.press("Space");
      await page.getByTestId("card-back").waitFor();
      await page.keyboard.press(key);
      await expect.poll(() => text(page, "reviewed-count"), ANSWERED).toBe(String(i + 1));
    }
    // The second card (Again, due in 1 minute) is back: it has a schedule, so it can be reset.
    expect(await text(page, "card-front")).toBe(fronts[1]);
    await page.getByRole("button", { name: "Reset this card" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Reset this card?" });
    await confirm.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Cancel is the default; Escape or Cancel leaves the card as it was.
    await page.keyboard.press("Escape");
    await confirm.waitFor({ state: "hidden" });
    await page.getByRole("button", { name: "Reset this card" }).click();
    await confirm.getByRole("button", { name: "Reset card" }).click();
    await page.getByText("The card is new again.").waitFor();

    await page.keyboard.press("z");
    await page.getByText("Reset undone. The card has its schedule back.").waitFor();
    expect(await text(page, "card-front")).toBe(fronts[1]);
    expect(await text(page, "reviewed-count")).toBe("2");
    await page.keyboard.press("z");
    await expect.poll(() => text(page, "reviewed-count"), ANSWERED).toBe("1");
    expect(await text(page, "card-front")).toBe(fronts[1]);
    await page.keyboard.press("z");
    await expect.poll(() => text(page, "reviewed-count"), ANSWERED).toBe("0");
    expect(await text(page, "card-front")).toBe(fronts[0]);
    await page.keyboard.press("z");
    await page.getByText("There is nothing to undo.").waitFor();
    expect(errors).toEqual([]);
  });

  it("has no serious or critical axe violations on /review and /settings at desktop and phone widths", async () => {
    const { page } = await b.learner();
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/review");
      await page.getByTestId("card-front").waitFor();
      expect(await seriousViolations(page), `/review at ${width}px`).toEqual([]);
      await page.keyboard.press("Space");
      await page.getByTestId("card-back").waitFor();
      expect(await seriousViolations(page), `/review (answer shown) at ${width}px`).toEqual([]);
      await page.goto("/settings");
      await page.getByRole("heading", { name: "Study settings" }).waitFor();
      expect(await seriousViolations(page), `/settings at ${width}px`).toEqual([]);
    }
    // A bad value is refused with a message on the field; a good one is saved.
    await page.getByLabel("Desired retention (0.70–0.97)").fill("0.5");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("use at least 0.70").waitFor();
    // Focus moves to the refused field, which names its error (decision 0014).
    await page.waitForFunction(() => document.activeElement?.id === "desiredRetention");
    expect(
      await page.getByLabel("Desired retention (0.70–0.97)").getAttribute("aria-describedby"),
    ).toContain("desiredRetention-error");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Desired retention (0.70–0.97)").fill("0.85");
    await page.getByLabel("Time zone").fill("Asia/Tokyo");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved.").waitFor();
  });
});
