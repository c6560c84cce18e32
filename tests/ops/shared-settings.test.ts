/**
 * Several app processes (decision 0018), what `npm start` checks before anything else:
 * - with PostgreSQL it generates nothing and refuses to run without the settings every process
 *   must share, naming each missing one and how to make it;
 * - on SQLite a second server on the same file stops at once (the first holds the serving lock),
 *   while seed, backup and import still run beside it; the lock goes with its process, however it dies.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { providerOf } from "../../lib/db/client";
import { servingLockProblem } from "../../lib/db/serving-lock";
import { EnvError, parseEnv, sharedSettingsProblem } from "../../lib/env";
import { freePort } from "../../scripts/serve-build";
import { lines, repo, runScript } from "./helpers";

// Nothing here uses the test file's own database: once, in the SQLite pass.
const pgPass = providerOf(process.env.DATABASE_URL ?? "") === "postgresql";
const PG = "postgresql://recall:secret@127.0.0.1:1/recall_lab";
const unset = {
  NEXTAUTH_SECRET: undefined,
  NEXTAUTH_URL: undefined,
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: undefined,
};

describe.skipIf(pgPass)("npm start with PostgreSQL", () => {
  it("refuses without the shared settings, naming each and how to make it, and writes nothing", async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), "recall-shared-"));
    const { code, stdout, stderr } = await runScript(
      "scripts/start.ts",
      { ...unset, DATABASE_URL: PG, PORT: String(await freePort()) },
      cwd,
    ).done;
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const said = lines(stderr);
    expect(said[0]).toMatch(/^With PostgreSQL .* every app process must share these settings/);
    expect(said).toContain("  NEXTAUTH_SECRET: make one with `openssl rand -base64 32`");
    expect(said).toContain(
      "  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: make one with `openssl rand -base64 32`",
    );
    expect(said.some((l) => l.startsWith("  NEXTAUTH_URL: the public address"))).toBe(true);
    // Nothing generated per checkout: another process would get another secret.
    expect(existsSync(path.join(cwd, ".env.local"))).toBe(false);
  });

  it("names only what is missing; SQLite needs none of them (npm start generates them)", () => {
    const problem = sharedSettingsProblem({
      DATABASE_URL: PG,
      NEXTAUTH_SECRET: "x".repeat(40),
      NEXTAUTH_URL: "https://recall.example.org",
    });
    expect(problem).toMatch(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/);
    expect(problem).not.toMatch(/NEXTAUTH_SECRET:|NEXTAUTH_URL:/);
    expect(sharedSettingsProblem({ DATABASE_URL: "file:./data/x.db" })).toBeNull();
    expect(sharedSettingsProblem({})).toBeNull();
  });

  it("takes a Server Actions key of 16, 24 or 32 bytes in base64 and refuses anything else", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(
      parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
    ).toBe(key);
    for (const bad of ["short", Buffer.alloc(20).toString("base64"), "not base64 at all!!"])
      expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: bad }), bad).toThrow(EnvError);
    expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "short" })).toThrow(
      /openssl rand -base64 32/,
    );
  });
});

describe.skipIf(pgPass)("one server per SQLite file", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-serving-"));
  const url = `file:${path.join(dir, "app.db")}`;
  // Stands in for the running app: it takes the lock as instrumentation.ts does at server start.
  // node itself with tsx's loader (the tsx command would be a parent we'd kill instead).
  const server = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "-e",
      `import("${path.join(repo, "lib/db/serving-lock.ts")}").then((m) => { m.holdServingLock(${JSON.stringify(url)}); console.log("serving"); setInterval(() => {}, 1000); })`,
    ],
    { cwd: repo, stdio: ["ignore", "pipe", "inherit"] },
  );
  const serving = new Promise<void>((resolve) =>
    server.stdout.on("data", (d: Buffer) => d.toString().includes("serving") && resolve()),
  );
  afterAll(() => {
    server.kill("SIGKILL");
  });

  it("seed, backup and an import run beside the server", async () => {
    await serving;
    const env = { DATABASE_URL: url };
    const seed = await runScript("scripts/seed.ts", env).done;
    expect(seed.stderr).toBe("");
    expect(seed.code).toBe(0);
    const backup = await runScriptWithArgs("scripts/db-backup.ts", env, [
      path.join(dir, "backup.db"),
    ]);
    expect(backup.code, backup.stderr).toBe(0);
    const imported = await runScriptWithArgs("scripts/content-import.ts", env, [
      path.join(repo, "tests/fixtures/anki/networking-zstd.apkg"),
    ]);
    expect(imported.code, imported.stderr).toBe(0);
  }, 180_000);

  it("a second npm start on the same file stops at once, saying SQLite serves one process", async () => {
    await serving;
    const { code, stdout, stderr } = await runScript("scripts/start.ts", {
      DATABASE_URL: url,
      PORT: String(await freePort()),
      NEXTAUTH_URL: undefined,
    }).done;
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/Seeded|Building/);
    expect(lines(stderr)).toEqual([
      `Another Recall Lab server is already running on ${path.join(dir, "app.db")}. SQLite serves one app process: stop that one, or use PostgreSQL (DATABASE_URL=postgresql://…) for several processes (deploy/README.md).`,
    ]);
  });

  it("the lock goes with its process, even killed with SIGKILL", async () => {
    await serving;
    expect(servingLockProblem(url)).toMatch(/already running/);
    const gone = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGKILL");
    await gone;
    expect(servingLockProblem(url)).toBeNull();
  });
});

/** runScript with arguments (helpers.ts's takes none). */
function runScriptWithArgs(script: string, env: Record<string, string>, args: string[]) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(path.join(repo, "node_modules", ".bin", "tsx"), [script, ...args], {
      cwd: repo,
      env: { ...process.env, NODE_ENV: "test", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}
