/**
 * A real `next start` of the production build on this file's SQLite database (decision 0018):
 * a second server on the same file exits at once saying SQLite serves one process; on SIGTERM the
 * process answers new requests 503 (readiness: "draining") while a sandbox run already in flight
 * finishes with its 200 and result, then exits 0; one that outlasts the time-out makes it exit 1.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerOf } from "../../lib/db/client";
import { hashPassword } from "../../lib/auth/passwords";
import { unavailable } from "../sandbox/helpers";
import { serveBuild, signIn, startProcess, type AppProcess } from "./app-processes";

const url = process.env.DATABASE_URL!;
// The SQLite pass only: the serving lock is SQLite's, and shutdown is the same on both databases.
const skip = providerOf(url) === "postgresql" || (unavailable !== null && !process.env.CI);

describe.skipIf(skip)("one app process: the SQLite lock and a graceful shutdown", () => {
  let app: AppProcess;
  let dist = "";
  let cookie = "";

  beforeAll(async () => {
    dist = await serveBuild();
    // The real course (its sandbox examples) in this file's database.
    const { prisma } = await import("../chat/seeded");
    await prisma.user.create({
      data: { email: "shutdown@test.local", passwordHash: await hashPassword("drain-me-gently") },
    });
    app = await startProcess(dist, { DATABASE_URL: url, SANDBOX_QUEUE: "in-process" });
    const signedIn = await signIn(app.base, "shutdown@test.local", "drain-me-gently");
    if (!("cookie" in signedIn)) throw new Error(`sign-in failed: ${signedIn.error}`);
    cookie = signedIn.cookie;
  }, 1_800_000);
  afterAll(() => app?.stop());

  it("a second server on the same SQLite file exits at once, saying to use PostgreSQL for several", async () => {
    const second = await startProcess(dist, { DATABASE_URL: url }, { wait: false });
    const code = await second.exited;
    expect(code).toBe(1);
    expect(second.log()).toMatch(
      /Another Recall Lab server is already running on .*\. SQLite serves one app process: stop that one, or use PostgreSQL/,
    );
    // The first one never noticed.
    expect((await fetch(`${app.base}/api/ready`)).status).toBe(200);
  }, 120_000);

  it("SIGTERM: the run in flight completes with 200, new requests get 503 at once, exit code 0", async () => {
    const { reader, decoder, first } = await startSlowRun(app, cookie, 3);
    let text = first;
    process.kill(app.child.pid!, "SIGTERM");

    // At once: readiness says draining, pages are refused, nobody waits for the run.
    const waitFor = async (fn: () => Promise<boolean>) => {
      const deadline = Date.now() + 5_000;
      // A keep-alive connection the draining server closed fails the fetch: ask again on a new one.
      while (!(await fn().catch(() => false))) {
        if (Date.now() > deadline) throw new Error("not draining within 5 s");
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await waitFor(async () => (await fetch(`${app.base}/api/ready`)).status === 503);
    const ready = await fetch(`${app.base}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, status: "draining" });
    const page = await fetch(`${app.base}/signin`);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("1");
    expect(app.child.exitCode).toBeNull();

    // The run in flight finishes with its result.
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    const result = JSON.parse(text.trim().split("\n").at(-1)!) as {
      type: string;
      result: { processes: { stdout: string }[] };
    };
    expect(result.type).toBe("result");
    expect(result.result.processes.map((p) => p.stdout).join("")).toContain(
      "slept through the shutdown",
    );

    expect(await app.exited).toBe(0);
    expect(app.log()).toMatch(/SIGTERM: draining/);
    expect(app.log()).toMatch(/Drained in \d+ ms/);
    // Gone: nothing listens any more.
    await expect(fetch(`${app.base}/api/health`)).rejects.toThrow();
  }, 120_000);

  it("a request that outlasts SHUTDOWN_TIMEOUT_SECONDS: the process exits 1 saying what was left", async () => {
    const impatient = await startProcess(dist, {
      DATABASE_URL: url,
      SANDBOX_QUEUE: "in-process",
      SHUTDOWN_TIMEOUT_SECONDS: "1",
    });
    try {
      const { reader } = await startSlowRun(impatient, cookie, 8);
      process.kill(impatient.child.pid!, "SIGTERM");
      expect(await impatient.exited).toBe(1);
      expect(impatient.log()).toMatch(
        /Shutdown timed out after 1 s with 1 request and 1 sandbox run still running/,
      );
      await reader.cancel().catch(() => {});
    } finally {
      await impatient.stop();
    }
  }, 120_000);
});

/** Starts a sandbox run whose client sleeps `seconds`; resolves once the run has begun (its first streamed line). */
async function startSlowRun(app: AppProcess, cookie: string, seconds: number) {
  const response = await fetch(`${app.base}/api/sandbox/run`, {
    method: "POST",
    headers: {
      cookie,
      origin: app.base,
      "content-type": "application/json",
      accept: "application/x-ndjson",
    },
    body: JSON.stringify({
      exampleId: "tcp-uppercase",
      files: {
        "client.py": `import time\ntime.sleep(${seconds})\nprint("slept through the shutdown")\n`,
      },
    }),
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let first = "";
  while (!first.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) break;
    first += decoder.decode(value, { stream: true });
  }
  expect(first).toMatch(/"type":"(started|queued)"/);
  return { reader, decoder, first };
}
