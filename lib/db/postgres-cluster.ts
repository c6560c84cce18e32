/**
 * A throwaway PostgreSQL cluster from the server binaries on this machine (Debian's `postgresql`
 * package): initdb into a temp dir, started on 127.0.0.1 at a free port, trust auth, durability off.
 * For tools and tests only (scripts/new-migration.ts diffing the PostgreSQL schema, tests without
 * TEST_POSTGRES_URL, benchmarks); never for data anyone keeps. As root it runs as the `postgres`
 * user (PostgreSQL refuses to run as root).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export interface Cluster {
  url: string;
  stop(): void;
}

/** The server binaries' directory (pg_config, else the newest /usr/lib/postgresql/N/bin), or null. */
export function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], "bin");
  }
  const found = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  const dir = found.status === 0 ? found.stdout.trim() : "";
  return dir && existsSync(path.join(dir, "initdb")) ? dir : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function uidOf(user: string): { uid: number; gid: number } | null {
  const r = spawnSync("id", ["-u", user], { encoding: "utf8" });
  const g = spawnSync("id", ["-g", user], { encoding: "utf8" });
  return r.status === 0 && g.status === 0
    ? { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) }
    : null;
}

/** Starts a cluster; throws with what is missing when the binaries (or, as root, the postgres user) aren't there. */
export async function startCluster(): Promise<Cluster> {
  const bin = postgresBinDir();
  if (!bin)
    throw new Error(
      "no PostgreSQL server binaries (initdb) found: apt-get install postgresql, or set TEST_POSTGRES_URL",
    );
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-lab-pg-"));
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? uidOf("postgres") : null;
  if (asRoot && !owner)
    throw new Error("running as root and there is no postgres user to run the server as");
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const run = (tool: string, args: string[]) => {
    const cmd = path.join(bin, tool);
    if (owner) execFileSync("runuser", ["-u", "postgres", "--", cmd, ...args], { stdio: "pipe" });
    else execFileSync(cmd, args, { stdio: "pipe" });
  };
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=300",
  ].join(" ");
  run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-o", options, "-w", "start"]);
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
