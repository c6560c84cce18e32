/**
 * Two app processes of one production build on one PostgreSQL database (issue 16 §2, decision
 * 0018), as a load balancer would spread a learner over them:
 * - a form rendered by process A and posted to process B is accepted (Server Actions shared), and
 *   a process without the shared Actions key refuses to start;
 * - 10 sandbox runs a minute per user across both, not 10 per process;
 * - five wrong passwords per account across both, not five per process;
 * - a learner alternating between them sees one review queue: rate on A, B shows the next card.
 * The PostgreSQL pass only (its database is this file's own); skipped without PostgreSQL as the
 * other PostgreSQL tests are (never under CI=true, vitest.config.ts).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { providerOf } from "../../lib/db/client";
import { hashPassword } from "../../lib/auth/passwords";
import { unavailable as sandboxUnavailable } from "../sandbox/helpers";
import { serveBuild, signIn, startProcess, type AppProcess } from "./app-processes";

const url = process.env.DATABASE_URL!;
const onPostgres = providerOf(url) === "postgresql";
const PASSWORD = "two-processes-one-db";

describe.skipIf(!onPostgres)("two app processes on one PostgreSQL database", () => {
  let prisma: PrismaClient;
  let a: AppProcess;
  let b: AppProcess;
  const user = async (prefix: string) => {
    const email = `${prefix}-${randomUUID().slice(0, 8)}@two.test`;
    await prisma.user.create({ data: { email, passwordHash: await hashPassword(PASSWORD) } });
    return email;
  };
  const cookieFor = async (app: AppProcess, email: string) => {
    const signedIn = await signIn(app.base, email, PASSWORD, `198.51.100.${app.port % 200}`);
    if (!("cookie" in signedIn)) throw new Error(`sign-in on ${app.base}: ${signedIn.error}`);
    return signedIn.cookie;
  };

  let dist = "";
  beforeAll(async () => {
    dist = await serveBuild();
    // The real course (cards to review, sandbox examples) in this file's database.
    ({ prisma } = await import("../chat/seeded"));
    // What a deployment shares: the database, the secret, the Actions key, the public URL.
    const env = {
      DATABASE_URL: url,
      SANDBOX_QUEUE: "in-process",
      NEXTAUTH_URL: "http://localhost:3999",
    };
    [a, b] = await Promise.all([startProcess(dist, env), startProcess(dist, env)]);
  }, 1_800_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it("a form rendered by A and posted to B is accepted (same Server Action ids, same key)", async () => {
    const html = await (await fetch(`${a.base}/signup`)).text();
    const hidden = [...html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map((m) => m[0]);
    expect(hidden.some((tag) => /name="\$ACTION_/.test(tag))).toBe(true);
    const attr = (tag: string, name: string) =>
      (new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? "").replace(/&quot;/g, '"');
    const form = new FormData();
    for (const tag of hidden) form.append(attr(tag, "name"), attr(tag, "value"));
    const email = `cross-${randomUUID().slice(0, 8)}@two.test`;
    form.append("email", email);
    form.append("password", "a-form-from-the-other-process");
    const res = await fetch(`${b.base}/signup`, {
      method: "POST",
      body: form,
      headers: { origin: b.base, "x-forwarded-for": "198.51.100.77" },
      redirect: "manual",
    });
    expect(res.status, await res.clone().text()).toBeLessThan(400);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  }, 120_000);

  it("a process missing a shared setting refuses to serve, naming it and how to make it", async () => {
    const lone = await startProcess(
      dist,
      { DATABASE_URL: url, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: undefined },
      { wait: false },
    );
    expect(await lone.exited).toBe(1);
    expect(lone.log()).toContain(
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: make one with `openssl rand -base64 32`",
    );
    expect(lone.log()).not.toMatch(/NEXTAUTH_SECRET:|NEXTAUTH_URL:/);
  }, 120_000);

  it("five wrong passwords per account across both processes, not five per process", async () => {
    const email = await user("guessed");
    const outcomes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const app = i % 2 === 0 ? a : b;
      const result = await signIn(app.base, email, `wrong-${i}`, `198.51.100.${10 + i}`);
      outcomes.push("error" in result ? result.error.split(":")[0]! : "signed in");
    }
    expect(outcomes).toEqual([...Array(5).fill("invalid"), ...Array(3).fill("throttled")]);
  }, 120_000);

  it.skipIf(sandboxUnavailable !== null && !process.env.CI)(
    "10 sandbox runs a minute per user across both processes, not 10 per process",
    async () => {
      const email = await user("runner");
      const cookie = await cookieFor(a, email);
      const run = (app: AppProcess) =>
        fetch(`${app.base}/api/sandbox/run`, {
          method: "POST",
          headers: { cookie, origin: app.base, "content-type": "application/json" },
          body: JSON.stringify({ exampleId: "tcp-uppercase" }),
        }).then(async (res) => ({ status: res.status, body: await res.text() }));
      // 14 at once, half on each process.
      const results = await Promise.all(
        Array.from({ length: 14 }, (_, i) => run(i % 2 === 0 ? a : b)),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses, results.map((r) => r.body.slice(0, 200)).join("\n")).toEqual([
        ...Array(10).fill(200),
        ...Array(4).fill(429),
      ]);
      const { id } = await prisma.user.findUniqueOrThrow({ where: { email } });
      expect(await prisma.sandboxRun.count({ where: { userId: id } })).toBe(10);
    },
    180_000,
  );

  it("a learner alternating between the processes sees one review queue", async () => {
    const email = await user("alternating");
    const cookie = await cookieFor(b, email);
    type Card = { ref: Record<string, string>; contentId: string };
    const state = async (app: AppProcess) => {
      const res = await fetch(`${app.base}/api/review`, { headers: { cookie } });
      expect(res.status).toBe(200);
      return ((await res.json()) as { review: { card: Card | null } }).review.card;
    };
    const rate = async (app: AppProcess, card: Card) => {
      const res = await fetch(`${app.base}/api/review`, {
        method: "POST",
        headers: { cookie, origin: app.base, "content-type": "application/json" },
        body: JSON.stringify({
          itemRef: card.ref,
          rating: 3,
          requestId: randomUUID(),
          durationMs: 4000,
        }),
      });
      expect(res.status, await res.clone().text()).toBe(200);
      return ((await res.json()) as { review: { card: Card | null } }).review.card;
    };
    let on = a;
    let card = await state(on);
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      expect(card, `step ${i}: a card to rate`).not.toBeNull();
      seen.push(card!.contentId);
      const next = await rate(on, card!);
      on = on === a ? b : a;
      // The other process shows exactly what the rating process said comes next.
      const shown = await state(on);
      expect(shown?.contentId, `step ${i}`).toBe(next?.contentId);
      card = shown;
    }
    // Each rating moved the queue on: no card was shown twice.
    expect(new Set(seen).size).toBe(seen.length);
    const { id } = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await prisma.reviewLog.count({ where: { userId: id } })).toBe(6);
  }, 120_000);
});
