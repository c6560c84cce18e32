/** What most browser tests do first (sign up or in) and last (ask axe-core for serious problems). */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { createPrisma } from "../../lib/db";
import { hashPassword } from "../../lib/auth/passwords";

const PASSWORD = "sockets-are-fun";
const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

/** Signs up a brand-new learner through the sign-up page and returns the email. */
export async function signUp(page: Page, prefix = "learner"): Promise<string> {
  const email = uniqueEmail(prefix);
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByTestId("current-user").waitFor();
  return email;
}

/**
 * A brand-new learner (so tests never share data) made straight in the app's database, as
 * epic-stack's fixture does, then signed in; only the sign-up tests go through the sign-up page.
 */
export async function createLearner(page: Page, prefix = "learner"): Promise<string> {
  const email = uniqueEmail(prefix);
  const prisma = createPrisma(inject("e2e").databaseUrl);
  try {
    await prisma.user.create({ data: { email, passwordHash: await hashPassword(PASSWORD) } });
  } finally {
    await prisma.$disconnect();
  }
  await signIn(page, email, PASSWORD);
  return email;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("current-user").waitFor();
}

/**
 * Serious and critical axe-core violations on the page as it is, at each width given
 * (none given: the current viewport only), as readable lines for an assertion message.
 */
export async function seriousViolations(page: Page, widths: number[] = []): Promise<string[]> {
  const found: string[] = [];
  const check = async (label: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations.filter((x) => x.impact === "serious" || x.impact === "critical"))
      found.push(`${label}${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  };
  if (widths.length === 0) await check("");
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await check(`${width}px `);
  }
  if (widths.length > 0) await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}
