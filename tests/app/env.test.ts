import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../../lib/env";
import { ensureSecrets } from "../../scripts/ensure-secrets";
import { bin } from "../helpers/bin";

describe("environment", () => {
  it("fills defaults for a bare environment", () => {
    expect(parseEnv({})).toMatchObject({
      DATABASE_URL: "file:./data/recall-lab.db",
      PORT: 3000,
      NODE_ENV: "development",
    });
  });

  it("names every bad variable and how to fix it", () => {
    const error = (() => {
      try {
        parseEnv({ DATABASE_URL: "mysql://x", PORT: "http", NEXTAUTH_SECRET: "short" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toContain(
      'DATABASE_URL: must be a SQLite file URL like "file:./data/recall-lab.db" or a PostgreSQL URL',
    );
    expect(message).toContain("PORT:");
    expect(message).toContain("NEXTAUTH_SECRET: must be at least 32 characters");
    expect(message).toContain(".env.local");
  });

  it("takes a SQLite file or a PostgreSQL URL for DATABASE_URL", () => {
    for (const url of ["file:./data/x.db", "postgresql://u:p@db:5432/r", "postgres://u@db/r"])
      expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it("has the sandbox issue's limits by default and rejects impossible ones", () => {
    expect(parseEnv({})).toMatchObject({
      SANDBOX_WALL_SECONDS: 10,
      SANDBOX_CPU_SECONDS: 5,
      SANDBOX_MEMORY_MB: 256,
      SANDBOX_MAX_PROCESSES: 64,
      SANDBOX_RUNS_PER_MINUTE: 10,
    });
    expect(() => parseEnv({ SANDBOX_WALL_SECONDS: "0", SANDBOX_MEMORY_MB: "lots" })).toThrow(
      /SANDBOX_WALL_SECONDS[\s\S]*SANDBOX_MEMORY_MB/,
    );
  });

  it("stops a script at start-up with that message", () => {
    const run = () =>
      execFileSync(bin("tsx"), ["scripts/content-export.ts", "--out", "/dev/null"], {
        env: { ...process.env, DATABASE_URL: "mysql://nope" },
        stdio: "pipe",
      });
    expect(run).toThrow(/DATABASE_URL: must be a SQLite file URL/);
  });
});

describe("first-start secrets", () => {
  it("writes NEXTAUTH_SECRET once, private, never overwrites, and never freezes NEXTAUTH_URL", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "envlocal-")), ".env.local");
    const saved = { secret: process.env.NEXTAUTH_SECRET, url: process.env.NEXTAUTH_URL };
    delete process.env.NEXTAUTH_SECRET;
    delete process.env.NEXTAUTH_URL;
    try {
      expect(ensureSecrets(file)).toEqual({ added: ["NEXTAUTH_SECRET"] });
      const first = readFileSync(file, "utf8");
      expect(first).toMatch(/^NEXTAUTH_SECRET=[\w-]{60,}$/m);
      expect(first).not.toContain("NEXTAUTH_URL");
      expect(statSync(file).mode & 0o077).toBe(0);
      expect(ensureSecrets(file)).toEqual({ added: [] });
      expect(readFileSync(file, "utf8")).toBe(first);
      // The line an earlier npm start wrote on its first port goes; the URL follows PORT from now on.
      writeFileSync(file, `${first}NEXTAUTH_URL=http://localhost:4123\n`);
      expect(ensureSecrets(file)).toEqual({
        added: [],
        removed: "NEXTAUTH_URL=http://localhost:4123",
      });
      expect(readFileSync(file, "utf8")).toBe(first);
      // One the person wrote stays.
      writeFileSync(file, "NEXTAUTH_URL=http://localhost:4123\n");
      expect(ensureSecrets(file)).toEqual({ added: ["NEXTAUTH_SECRET"] });
      expect(readFileSync(file, "utf8")).toContain("NEXTAUTH_URL=http://localhost:4123");
    } finally {
      process.env.NEXTAUTH_SECRET = saved.secret;
      if (saved.url) process.env.NEXTAUTH_URL = saved.url;
    }
  });
});
