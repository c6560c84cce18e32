/** What most browser tests do first (sign up or in) and last (ask axe-core for serious problems). */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import { createPrisma } from "../../lib/db";
import { encode } from "next-auth/jwt";
import { hashPassword } from "../../lib/auth/passwords";
import { SESSION_MAX_AGE_SECONDS, startSession } from "../../lib/auth/signed-in";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { E2E_SECRET } from "./app-server";

const PASSWORD = "sockets-are-fun";
/** next-auth's session cookie over http (the app's NEXTAUTH_URL); https would add "__Secure-". */
const SESSION_COOKIE = "next-auth.session-token";
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

// One hash for every learner of this file: argon2id's 19 MiB and two passes once, not per learner.
let passwordHash: Promise<string> | undefined;

/**
 * A brand-new learner (so tests never share data) made straight in the app's database, as
 * epic-stack's fixture does, and signed in with a session cookie made here: a session row and
 * next-auth's JWT, what a sign-in through /signin leaves (its page, form and password check cost
 * about a second a learner). Only the sign-in and sign-up tests go through those pages. Ends on
 * the home page, signed in, as signIn() does.
 */
export async function createLearner(
  page: Page,
  prefix = "learner",
  /** The file's client (fileBrowser's), else one of its own for this call. */
  client?: PrismaClient,
): Promise<string> {
  const email = uniqueEmail(prefix);
  const { baseURL, databaseUrl } = inject("e2e");
  const prisma = client ?? createPrisma(databaseUrl);
  try {
    passwordHash ??= hashPassword(PASSWORD);
    const user = await prisma.user.create({ data: { email, passwordHash: await passwordHash } });
    const sid = await startSession(prisma, user.id);
    const token = { sub: user.id, email, name: user.name, id: user.id, role: user.role, sid };
    const value = await encode({ token, secret: E2E_SECRET, maxAge: SESSION_MAX_AGE_SECONDS });
    await page
      .context()
      .addCookies([{ name: SESSION_COOKIE, value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  } finally {
    if (!client) await prisma.$disconnect();
  }
  await page.goto("/");
  await page.getByTestId("current-user").waitFor();
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
