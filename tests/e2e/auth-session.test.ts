import { describe, expect, inject, it } from "vitest";
import { newPage } from "./browser";
import { fileBrowser } from "./file-browser";
import { signIn } from "./session";

const app = inject("e2e");
if (app.skip) console.warn(`Skipping browser tests: ${app.skip}`);

describe.skipIf(app.skip)("signing in and out", () => {
  const b = fileBrowser();

  it("sign-out ends the session: the cookie copied before it no longer signs anyone in", async () => {
    const { context, page, errors } = await b.open();
    await signIn(page, "learner@recall-lab.local", "learn-sockets-1");
    const copied = (await context.cookies()).filter((c) => c.name.includes("session-token"));
    expect(copied.length).toBeGreaterThan(0);
    expect(await (await page.request.get("/api/auth/session")).json()).toMatchObject({
      user: { email: "learner@recall-lab.local", role: "LEARNER" },
    });
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect
      .poll(async () => (await context.cookies()).some((c) => c.name.includes("session-token")))
      .toBe(false);

    // Someone who kept the cookie: the session is gone, the learner pages send them to sign in.
    const thief = await b.newContext();
    await thief.addCookies(copied);
    const { page: stolen } = await newPage(thief);
    expect(await (await stolen.request.get("/api/auth/session")).json()).toEqual({});
    await stolen.goto("/courses/socket-programming");
    await expect.poll(() => stolen.url()).toContain("/signin?callbackUrl=");
    expect(errors).toEqual([]);
    await thief.close();
  });

  it("an empty or malformed form shows its field errors, marks the fields and focuses the first", async () => {
    const { page, errors } = await b.open();
    await page.goto("/signin");
    const email = page.getByLabel("Email");
    const password = page.getByLabel("Password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => email.getAttribute("aria-invalid")).toBe("true");
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    await page.getByText("enter your email address").waitFor();
    await page.getByText("enter your password").waitFor();
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await email.getAttribute("aria-describedby")).toBe("email-error");

    // A malformed email with a password: only the email is marked, it keeps what was typed.
    await email.fill("learner.recall-lab.local");
    await password.fill("learn-sockets-1");
    await password.press("Enter");
    await page.getByText("enter a valid email address").waitFor();
    expect(await password.getAttribute("aria-invalid")).toBeNull();
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect(await email.inputValue()).toBe("learner.recall-lab.local");
    await expect.poll(() => email.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(
      await page.getByRole("status").filter({ hasText: "Check the highlighted fields." }).count(),
    ).toBe(1);

    await email.fill("learner@recall-lab.local");
    await password.fill("learn-sockets-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("current-user").waitFor();
    expect(errors).toEqual([]);
  });

  it("after sign-in, a callbackUrl that points off the site lands on the home page", async () => {
    for (const callbackUrl of [
      "/\\evil.example/x",
      "/%09/evil.example/x",
      "/%5C%5Cevil.example/x",
    ]) {
      const { context, page } = await b.open();
      // Any request to another host would be a way out: refuse them all.
      await context.route(
        (url) => !url.href.startsWith(app.baseURL),
        (route) => route.abort(),
      );
      await page.goto(
        `/signin?callbackUrl=${encodeURIComponent(callbackUrl).replace(/%25/g, "%")}`,
      );
      await page.getByLabel("Email").fill("learner@recall-lab.local");
      await page.getByLabel("Password").fill("learn-sockets-1");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByTestId("current-user").waitFor();
      expect(new URL(page.url()).origin, callbackUrl).toBe(new URL(app.baseURL).origin);
    }
  });
});
