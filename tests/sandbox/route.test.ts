/** POST /api/sandbox/run against this file's real SQLite copy; only the signed session is faked. */
import { afterAll, beforeEach, expect, it } from "vitest";
import { checkScenarioFiles, RunQueue, runQueue, SandboxUnavailableError } from "../../lib/sandbox";
import { checkSandbox } from "../../lib/sandbox/bwrap";
import type { RunStreamLine } from "../../lib/sandbox/result-schema";
import { respondToRun } from "../../lib/sandbox/run-response";
import type { SandboxRunner } from "../../lib/sandbox/runs";

import { testPrisma } from "../helpers/db";
import { makeUser } from "../srs/helpers";
import { workerWhenOnPostgres } from "./queue-helpers";
import { describeSandbox, makeExample } from "./helpers";
import { session, signIn } from "../helpers/session";

const { POST } = await import("../../app/api/sandbox/run/route");
// On PostgreSQL the route's runs are jobs: one worker serves this whole file.
workerWhenOnPostgres();

const prisma = await testPrisma();
const post = (body: unknown) =>
  POST(
    new Request("http://localhost/api/sandbox/run", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
const streamRequest = (body: unknown) =>
  new Request("http://localhost/api/sandbox/run", {
    method: "POST",
    headers: { accept: "application/x-ndjson" },
    body: JSON.stringify(body),
  });
const errorOf = async (res: Response) => ((await res.json()) as { error: string }).error;

describeSandbox("POST /api/sandbox/run", { leakCheck: false }, () => {
  beforeEach(() => {
    session.current = null;
  });
  // The app-wide queue keeps warm spares; end them so no sandbox outlives this file.
  afterAll(() => runQueue.pool?.close());

  it("signed out → 401", async () => {
    expect((await post({ exampleId: "tcp-uppercase" })).status).toBe(401);
  });

  it("runs an example, stores the unedited run, and runs edited code as edited", async () => {
    const { id, files } = await makeExample(prisma);
    const user = await makeUser(prisma);
    signIn(user);
    const res = await post({ exampleId: id });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      result: { status: string; expect: { matched: boolean } };
    };
    expect(body.result).toMatchObject({ status: "ok", expect: { matched: true } });
    const edited = await post({
      exampleId: id,
      files: {
        "client.py": (files["client.py"] ?? "").replace("modifiedSentence.decode()", "'edited'"),
      },
    });
    expect(
      ((await edited.json()) as { result: { processes: Array<{ stdout: string }> } }).result
        .processes[1]?.stdout,
    ).toContain("From Server: edited");
    const runs = await prisma.sandboxRun.findMany({
      where: { exampleId: id },
      orderBy: { ranAt: "asc" },
    });
    expect(runs.map((r) => [r.status, r.edited])).toEqual([
      ["ok", false],
      ["ok", true],
    ]);
  });

  it("bad JSON, unknown or draft examples, extra, path-like or oversized files → 4xx with a message", async () => {
    const { id } = await makeExample(prisma);
    const draft = await makeExample(prisma, "draft");
    signIn(await makeUser(prisma));
    const cases: Array<[unknown, number]> = [
      ["{not json", 400],
      [{ exampleId: "no-such-example" }, 404],
      [{ exampleId: draft.id }, 404],
      [{ exampleId: id, files: { "extra.py": "print(1)" } }, 400],
      [{ exampleId: id, files: { "../x.py": "print(1)" } }, 400],
      [{ exampleId: id, files: { "client.py": "x".repeat(70 * 1024) } }, 400],
      [{ exampleId: id, extra: true }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(await errorOf(res)).toMatch(/\w+/);
    }
  });

  it("allows 10 runs a minute per user, then 429", async () => {
    const { id } = await makeExample(prisma);
    const user = await makeUser(prisma);
    signIn(user);
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () => post({ exampleId: id }).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
  });
});

/** Reads an ndjson response line by line; `until` resolves once a line matching it has arrived. */
function lineReader(res: Response) {
  const lines: RunStreamLine[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const done = (async () => {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
        lines.push(JSON.parse(buffer.slice(0, i)) as RunStreamLine);
        buffer = buffer.slice(i + 1);
      }
    }
    return lines;
  })();
  const until = (match: (line: RunStreamLine) => boolean) =>
    expect.poll(() => lines.some(match), { timeout: 15_000, interval: 10 }).toBe(true);
  return { lines, done, until };
}

describeSandbox(
  "POST /api/sandbox/run, streamed and with the runner injected",
  { leakCheck: false },
  () => {
    it("streams queue places while a concurrency-1 queue is full, then each result", async () => {
      const { id } = await makeExample(prisma);
      signIn(await makeUser(prisma));
      const queue = new RunQueue(1);
      const runner: SandboxRunner = {
        ready: checkSandbox,
        run: (input, options) => queue.run(input, options),
      };
      // Hold the only slot with a run that sleeps until we abort it.
      const hold = new AbortController();
      const sleeper = checkScenarioFiles(
        { title: "sleeper", processes: [{ name: "main", run: "main.py" }] },
        { "main.py": "import time\ntime.sleep(60)\n" },
      );
      const held = queue.run(sleeper, { signal: hold.signal }).catch(() => null);
      const first = await respondToRun(streamRequest({ exampleId: id }), runner);
      expect(first.status).toBe(200);
      expect(first.headers.get("content-type")).toContain("application/x-ndjson");
      const a = lineReader(first);
      await a.until((l) => l.type === "queued" && l.position === 1);
      const b = lineReader(await respondToRun(streamRequest({ exampleId: id }), runner));
      await b.until((l) => l.type === "queued" && l.position === 2);
      hold.abort();
      await held;
      const [linesA, linesB] = await Promise.all([a.done, b.done]);
      expect(linesA.map((l) => l.type)).toEqual(["queued", "started", "result"]);
      expect(linesB.map((l) => (l.type === "queued" ? `queued ${l.position}` : l.type))).toEqual([
        "queued 2",
        "queued 1",
        "started",
        "result",
      ]);
      const result = linesB.at(-1);
      expect(result?.type === "result" && result.result.processes[1]?.stdout).toContain(
        "HELLO FROM THE CLIENT",
      );
    });

    it("plain JSON stays the default for callers that do not ask for a stream", async () => {
      const { id } = await makeExample(prisma);
      signIn(await makeUser(prisma));
      const res = await respondToRun(
        new Request("http://localhost/api/sandbox/run", {
          method: "POST",
          body: JSON.stringify({ exampleId: id }),
        }),
      );
      expect(res.headers.get("content-type")).toContain("application/json");
      expect(((await res.json()) as { result: { status: string } }).result.status).toBe("ok");
    });

    it("answers 503 with what to install when bubblewrap is missing, JSON or stream, and uses up no run", async () => {
      const { id } = await makeExample(prisma);
      const user = await makeUser(prisma);
      signIn(user);
      const missing = () =>
        new SandboxUnavailableError("bubblewrap is not installed", "apt-get install bubblewrap");
      const runner: SandboxRunner = {
        ready: async () => {
          throw missing();
        },
        run: async () => {
          throw missing();
        },
      };
      for (const request of [
        new Request("http://localhost/api/sandbox/run", {
          method: "POST",
          body: JSON.stringify({ exampleId: id }),
        }),
        streamRequest({ exampleId: id }),
      ]) {
        const res = await respondToRun(request, runner);
        expect(res.status).toBe(503);
        expect(await errorOf(res)).toBe("bubblewrap is not installed (apt-get install bubblewrap)");
      }
      expect(await prisma.sandboxRun.count({ where: { userId: user.id } })).toBe(0);
      // Gone between the check and the run: the stream already said 200, so the 503 arrives as its last line.
      const late: SandboxRunner = {
        ready: async () => undefined,
        run: async () => {
          throw missing();
        },
      };
      const { done } = lineReader(await respondToRun(streamRequest({ exampleId: id }), late));
      expect(await done).toEqual([
        {
          type: "error",
          status: 503,
          error: "bubblewrap is not installed (apt-get install bubblewrap)",
        },
      ]);
    });
  },
);
