import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { signUp, seriousViolations } from "./session";

const app = inject("e2e");

const text = async (page: Page, id: string) => (await page.getByTestId(id).textContent())?.trim();

describe.skipIf(app.skip)("suspend, bury and the card list", () => {
  const b = fileBrowser();

  it("@ suspends and - buries from the keyboard, Z undoes, and the card list unsuspends (Z undoes that too)", async () => {
    const { page, errors } = await b.open();
    await signUp(page);
    await page.goto("/review");
    await page.locator('main [data-keys-ready="true"]').waitFor();
    // (The new count stays at the daily limit: the course has far more new cards than that.)
    const first = await text(page, "card-front");

    // @ suspends the card on screen: the next one comes.
    await page.keyboard.press("@");
    await page.getByText("Card suspended.").waitFor();
    expect(await text(page, "card-front")).not.toBe(first);
    const second = await text(page, "card-front");

    // - buries the next; Z brings it back (and only it: the first stays suspended).
    await page.keyboard.press("-");
    await page.getByText("Card buried until your next study day.").waitFor();
    expect(await text(page, "card-front")).not.toBe(second);
    await page.keyboard.press("z");
    await page.getByText("Bury undone. The card is back.").waitFor();
    expect(await text(page, "card-front")).toBe(second);
    // The button does the same as the key.
    await page.getByRole("button", { name: "Bury until tomorrow (-)" }).click();
    await page.getByText("Card buried until your next study day.").waitFor();
    const third = await text(page, "card-front");
    expect([first, second]).not.toContain(third);

    // The card list shows both, each with its own action.
    await page.getByRole("link", { name: "Suspended, buried and leech cards" }).click();
    await page.getByRole("heading", { name: "Browse cards" }).waitFor();
    const rows = page.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);
    await page.getByRole("link", { name: "Suspended", exact: true }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await page.locator('main [data-keys-ready="true"]').waitFor();
    await page.getByRole("button", { name: /^Unsuspend: / }).click();
    await page.getByText("No cards here.").waitFor();

    // Back in review: the unsuspended card is first in order again; the buried one still isn't shown.
    await page.goto("/review");
    await page.locator('main [data-keys-ready="true"]').waitFor();
    expect(await text(page, "card-front")).toBe(first);
    // Z takes back the last action, the unsuspend made on the card list: the queue's next card is shown.
    await page.keyboard.press("z");
    await page.getByText("Unsuspend undone. The card is suspended again.").waitFor();
    expect(await text(page, "card-front")).toBe(third);
    expect(errors).toEqual([]);
  });

  it("the new study settings: bury related and leeches, validated", async () => {
    const { page, errors } = await b.open();
    await signUp(page);
    await page.goto("/settings");
    expect(await page.getByLabel("Bury related cards until the next day").isChecked()).toBe(true);
    expect(await page.getByLabel("Leech after this many lapses (1–99)").inputValue()).toBe("8");
    await page.getByLabel("Leech after this many lapses (1–99)").fill("100");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("use 1–99").waitFor();
    await page.getByLabel("Leech after this many lapses (1–99)").fill("5");
    await page.getByLabel("Bury related cards until the next day").uncheck();
    await page.getByLabel("When a card becomes a leech").selectOption("tag");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved.").waitFor();
    await page.reload();
    expect(await page.getByLabel("Bury related cards until the next day").isChecked()).toBe(false);
    expect(await page.getByLabel("Leech after this many lapses (1–99)").inputValue()).toBe("5");
    expect(await page.getByLabel("When a card becomes a leech").inputValue()).toBe("tag");
    expect(errors).toEqual([]);
  });

  it("the lapse that makes a card a leech says so on the review screen, and the card list shows it suspended", async () => {
    const { page, errors } = await b.open();
    const email = await signUp(page, "leech");
    await page.goto("/review");
    await page.locator('main [data-keys-ready="true"]').waitFor();
    const front = await text(page, "card-front");
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await page.keyboard.press("4");
    await expect.poll(() => text(page, "reviewed-count")).toBe("1");
    // Seven lapses already, and due now (written straight into the app's database).
    const user = await b.prisma.user.findUniqueOrThrow({ where: { email } });
    await b.prisma.reviewItem.updateMany({
      where: { userId: user.id },
      data: { lapses: 7, due: new Date(Date.now() - 60_000) },
    });
    await page.goto("/review");
    await page.locator('main [data-keys-ready="true"]').waitFor();
    expect(await text(page, "card-front")).toBe(front);
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await page.keyboard.press("1");
    await page.getByText("That card just became a leech").waitFor();
    expect(await text(page, "card-front")).not.toBe(front);
    await page.goto("/review/cards?show=leech");
    await page.getByRole("cell", { name: /Suspended · Leech/ }).waitFor();
    expect(errors).toEqual([]);
  });
});
