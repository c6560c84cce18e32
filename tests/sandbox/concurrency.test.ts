/** Attack suite, part 4: runs are independent of each other, in parallel and through the queue. */
import { afterAll, expect, it } from "vitest";
import { checkScenarioFiles, RunQueue, runScenario, SandboxPool } from "../../lib/sandbox";
import {
  describeSandbox,
  perRunHostDirs,
  sandboxProcesses,
  waitForNoSandboxProcesses,
} from "./helpers";

const server =
  "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 12000))\ns.listen()\nc, _ = s.accept()\nc.sendall(c.recv(100).upper())\n";
const client =
  "import socket\nc = socket.create_connection(('localhost', 12000))\nc.sendall(input().encode())\nprint(c.recv(100).decode())\n";

function pair(word: string) {
  const scenario = {
    title: "port 12000",
    processes: [
      { name: "server", run: "server.py", ready: { port: 12000, protocol: "tcp" } },
      { name: "client", run: "client.py", stdin: `${word}\n` },
    ],
    expect: { client: word.toUpperCase() },
  };
  return checkScenarioFiles(scenario, { "server.py": server, "client.py": client });
}

describeSandbox("parallel runs", () => {
  // After the leak check (describeSandbox's): runs wrote nothing on the host.
  afterAll(() => expect(perRunHostDirs()).toEqual([]));

  it("lets two runs bind port 12000 at once", async () => {
    const [a, b] = await Promise.all([runScenario(pair("first")), runScenario(pair("second"))]);
    expect(a?.processes[1]?.stdout).toBe("FIRST\n");
    expect(b?.processes[1]?.stdout).toBe("SECOND\n");
  });

  it("runs 20 scenarios in parallel, each with its own answer", async () => {
    const words = Array.from({ length: 20 }, (_, i) => `run${i}`);
    const results = await Promise.all(words.map((w) => runScenario(pair(w))));
    results.forEach((r, i) => {
      expect(r.status, JSON.stringify(r.processes)).toBe("ok");
      expect(r.processes[1]?.stdout).toBe(`RUN${i}\n`);
    });
  });

  it("queues runs beyond its concurrency and reports queue positions", async () => {
    const queue = new RunQueue(2);
    const positions: number[][] = Array.from({ length: 5 }, () => []);
    let maxInFlight = 0;
    const runs = positions.map((seen, i) =>
      queue.run(pair(`q${i}`), {
        onQueuePosition: (p) => {
          seen.push(p);
          maxInFlight = Math.max(maxInFlight, queue.inFlight);
        },
      }),
    );
    const results = await Promise.all(runs);
    expect(results.every((r) => r.status === "ok")).toBe(true);
    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(positions[0]).toEqual([0]);
    expect(positions[4]).toEqual([3, 2, 1, 0]);
    expect(queue.inFlight).toBe(0);
  });

  it("kills a run whose signal was aborted while it waited in the queue", async () => {
    const queue = new RunQueue(1);
    const sleeper = checkScenarioFiles(
      { title: "t", processes: [{ name: "main", run: "main.py" }] },
      { "main.py": "import time\nprint('started', flush=True)\ntime.sleep(60)\n" },
    );
    const limits = { wallSeconds: 20 };
    const first = new AbortController();
    const waiting = new AbortController();
    const positions: number[] = [];
    const holder = queue.run(sleeper, { limits, signal: first.signal });
    const queued = queue.run(sleeper, {
      limits,
      signal: waiting.signal,
      onQueuePosition: (p) => positions.push(p),
    });
    while (positions.at(-1) !== 1) await new Promise((r) => setTimeout(r, 10));
    waiting.abort();
    first.abort();
    const [a, b] = await Promise.all([holder, queued]);
    expect(a.status).not.toBe("timeout");
    expect(b.status).not.toBe("timeout");
    expect(b.durationMs).toBeLessThan(20_000);
  });

  it("ends spares that were still starting when the pool closed", async () => {
    const pool = new SandboxPool(2);
    const starting = pool.refill();
    while (sandboxProcesses().length === 0) await new Promise((r) => setTimeout(r, 5));
    pool.close();
    await starting;
    expect(await waitForNoSandboxProcesses()).toEqual([]);
  });

  it("runs in warm spare sandboxes from a pool, which close cleanly", async () => {
    const pool = new SandboxPool(2);
    await pool.refill();
    const results = await Promise.all([
      runScenario(pair("warm1"), { pool }),
      runScenario(pair("warm2"), { pool }),
      runScenario(pair("cold"), { pool }),
    ]);
    expect(results.map((r) => r.processes[1]?.stdout)).toEqual(["WARM1\n", "WARM2\n", "COLD\n"]);
    // A spare keeps the default tmpfs sizes; other limits still apply per run.
    const limited = await runScenario(
      checkScenarioFiles(
        { title: "t", processes: [{ name: "main", run: "main.py" }] },
        { "main.py": "while True: pass\n" },
      ),
      { pool, limits: { cpuSeconds: 1 } },
    );
    expect(limited.status).toBe("limit");
    await pool.refill();
    pool.close();
  });
});
