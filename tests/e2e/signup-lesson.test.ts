import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { seriousViolations } from "./session";

const app = inject("e2e");
if (app.skip) console.warn(`Skipping browser tests: ${app.skip}`);

describe.skipIf(app.skip)("a new learner", () => {
  const b = fileBrowser();

  it("signs up, opens the course and reads a lesson with highlighted code", async () => {
    const { page, errors } = await b.open();
    await page.goto("/courses/socket-programming");
    await expect.poll(() => page.url()).toContain("/signin?callbackUrl=");

    await page.goto("/signup");
    await page.getByLabel("Email").fill(`new-${Date.now()}@example.com`);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect.poll(() => page.getByText("use at least 8 characters").count()).toBe(1);
    // The refused field has focus and names its error (decision 0014).
    await page.waitForFunction(() => document.activeElement?.id === "password");
    expect(await page.getByLabel("Password").getAttribute("aria-describedby")).toContain(
      "password-error",
    );

    await page.getByLabel("Password").fill("sockets-are-fun");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.getByTestId("current-user").waitFor();
    expect(await page.getByTestId("current-user").textContent()).toContain("learner");

    await page.getByRole("link", { name: "Socket Programming" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Socket Programming" }).waitFor();
    await page
      .getByRole("link", { name: /Client-Server Model/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: /Client.Server Model/i }).waitFor();
    expect(await page.title()).toMatch(/Client.Server Model · Recall Lab$/);
    expect(await page.locator("pre.shiki").count()).toBeGreaterThan(0);
    // One section at a time (decision 0015): the first, with the lesson's 15 in its contents; opened,
    // not read yet.
    expect(await page.getByTestId("reading-progress").textContent()).toBe("Read 0 of 15 sections");
    expect(
      await page.getByRole("navigation", { name: "Lesson sections" }).getByRole("link").count(),
    ).toBe(15);
    // Phone width: nothing scrolls sideways, and no serious accessibility problem.
    for (const url of [
      "/",
      "/courses/socket-programming",
      "/courses/socket-programming/lessons/client-server-model",
    ]) {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(url);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        url,
      ).toBeLessThanOrEqual(375);
      expect(await seriousViolations(page, [1280, 375]), url).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it("refuses a wrong password with a generic message", async () => {
    const { page } = await b.open();
    await page.goto("/signin");
    await page.getByLabel("Email").fill("learner@recall-lab.local");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("That email and password don't match an account.").waitFor();
    await page.getByLabel("Password").fill("learn-sockets-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("current-user").waitFor();
  });
});
