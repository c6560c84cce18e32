/**
 * npm run ops:check-actions: the deployment of decision 0018 (each machine builds the same commit;
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is shared) checked end to end. The commit (HEAD, or
 * OPS_COMMIT) is exported into a scratch folder (node_modules and the generated Prisma clients
 * hard-linked from this checkout), and built three times into separate folders, one after another
 * (minutes each): A and B with one key, C with another. A `next start` of each on one PostgreSQL
 * database; the sign-up form of a page served by A is posted to B (accepted, the account exists)
 * and to C (refused: its Server Action ids differ), and B's form to A. Needs OPS_POSTGRES_URL (or
 * TEST_POSTGRES_URL): a server URL whose role may CREATE DATABASE. OPS_KEEP_BUILDS=1 keeps the
 * scratch folder. Exit 0 when every check held, 1 otherwise.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrisma } from "../lib/db";
import { createMigratedDatabase, dropDatabase } from "../lib/db/postgres-admin";
import { runIfEntry } from "./entry";
import { freePort } from "./serve-build";

const repo = path.resolve(import.meta.dirname, "..");
const SECRET = "ops-check-actions-secret-0123456789abcdef";

/** The commit's files in a scratch folder, with this checkout's installed and generated parts. */
function exportCommit(commit: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "recall-ops-check-actions-"));
  execFileSync("bash", [
    "-c",
    `git -C "$1" archive "$2" | tar -x -C "$3" && cp -al "$1/node_modules" "$3/node_modules" && cp -al "$1/lib/generated" "$3/lib/generated"`,
    "export",
    repo,
    commit,
    dir,
  ]);
  return dir;
}

interface AppProcess {
  base: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `next start` of the build in `dist`, on a free loopback port, once /api/health answers. */
async function startProcess(
  src: string,
  dist: string,
  env: Record<string, string>,
): Promise<AppProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    path.join(src, "node_modules", ".bin", "next"),
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: src,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXTAUTH_SECRET: SECRET,
        NEXTAUTH_URL: base,
        ...env,
        NEXT_DIST_DIR: dist,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let log = "";
  child.stdout!.on("data", (d: Buffer) => (log += d));
  child.stderr!.on("data", (d: Buffer) => (log += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const app: AppProcess = {
    base,
    port,
    child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, "SIGTERM");
      const stubborn = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 15_000);
      await exited;
      clearTimeout(stubborn);
    },
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return app;
    if (Date.now() > deadline) {
      await app.stop();
      throw new Error(`next start did not answer within 120 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface Build {
  name: string;
  dist: string;
  key: string;
  seconds: number;
}

function build(src: string, name: string, key: string): Build {
  const dist = `.next-${name}`;
  const t0 = performance.now();
  const built = spawnSync(path.join(src, "node_modules", ".bin", "next"), ["build"], {
    cwd: src,
    encoding: "utf8",
    stdio: "pipe",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: dist,
      NEXT_SKIP_TYPECHECK: "1",
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key,
    },
  });
  if (built.status !== 0)
    throw new Error(`next build ${name} failed:\n${built.stdout}\n${built.stderr}`);
  return { name, dist, key, seconds: (performance.now() - t0) / 1000 };
}

/** The sign-up form's hidden fields (Server Action id and state) as served by `app`. */
async function signupForm(app: AppProcess): Promise<{ fields: [string, string][]; id: string }> {
  const html = await (await fetch(`${app.base}/signup`)).text();
  const attr = (tag: string, name: string) =>
    (new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? "").replace(/&quot;/g, '"');
  const fields = [...html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)]
    .map((m) => [attr(m[0], "name"), attr(m[0], "value")] as [string, string])
    .filter(([name]) => name.startsWith("$ACTION_"));
  // A form of useActionState names its action in `$ACTION_<n>:0` = {"id":"…","bound":…}; a plain
  // one in the name `$ACTION_ID_<id>`.
  const idOf = ([name, value]: [string, string]) => {
    const plain = /^\$ACTION_ID_(\w+)/.exec(name)?.[1];
    if (plain) return plain;
    try {
      return (JSON.parse(value) as { id?: unknown }).id;
    } catch {
      return undefined;
    }
  };
  const id = fields.map(idOf).find((v): v is string => typeof v === "string" && v.length > 0);
  if (!id) throw new Error(`no Server Action in ${app.base}/signup`);
  return { fields, id };
}

/** Posts `from`'s sign-up form to `to`, as a browser without JavaScript would. */
async function postAcross(from: AppProcess, to: AppProcess, email: string) {
  const { fields } = await signupForm(from);
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append("email", email);
  form.append("password", "a-form-from-another-build");
  const res = await fetch(`${to.base}/signup`, {
    method: "POST",
    body: form,
    headers: { origin: to.base, "x-forwarded-for": `198.51.100.${to.port % 200}` },
    redirect: "manual",
  });
  await res.arrayBuffer();
  return res.status;
}

export async function main(): Promise<number> {
  const server = process.env.OPS_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
  if (!server) {
    console.error(
      "ops:check-actions needs PostgreSQL: OPS_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run ops:check-actions",
    );
    return 2;
  }
  const t0 = performance.now();
  const shared = randomBytes(32).toString("base64");
  const other = randomBytes(32).toString("base64");
  const commit = execFileSync("git", ["-C", repo, "rev-parse", process.env.OPS_COMMIT ?? "HEAD"], {
    encoding: "utf8",
  }).trim();
  const src = exportCommit(commit);
  console.log(`commit ${commit.slice(0, 12)} exported to ${src}`);
  const builds: Build[] = [];
  let made: { name: string; url: string } | undefined;
  const apps: AppProcess[] = [];
  try {
    for (const [name, key] of [
      ["a", shared],
      ["b", shared],
      ["c", other],
    ] as const) {
      builds.push(build(src, name, key));
      console.log(
        `build ${name} (${name === "c" ? "other key" : "shared key"}): ${builds.at(-1)!.seconds.toFixed(0)} s`,
      );
    }
    made = await createMigratedDatabase(server, "ops_check_actions_");
    const env = { DATABASE_URL: made.url, SANDBOX_QUEUE: "in-process" };
    apps.push(
      ...(await Promise.all(
        builds.map((b) =>
          startProcess(src, b.dist, { ...env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: b.key }),
        ),
      )),
    );
    const [a, b, c] = apps as [AppProcess, AppProcess, AppProcess];
    const prisma = createPrisma(made.url);
    const ids = await Promise.all(apps.map(async (app) => (await signupForm(app)).id));
    const cases = [
      { from: a, to: b, label: "A's form posted to B (same key)", accepted: true },
      { from: b, to: a, label: "B's form posted to A (same key)", accepted: true },
      { from: a, to: c, label: "A's form posted to C (other key)", accepted: false },
    ];
    let ok = ids[0] === ids[1] && ids[0] !== ids[2];
    console.log(
      `sign-up Server Action id: A ${ids[0]}, B ${ids[1]}, C ${ids[2]} — A = B: ${ids[0] === ids[1]}, A = C: ${ids[0] === ids[2]}`,
    );
    for (const { from, to, label, accepted } of cases) {
      const email = `ops-actions-${randomUUID().slice(0, 8)}@check.test`;
      const status = await postAcross(from, to, email);
      const created = (await prisma.user.count({ where: { email } })) === 1;
      const held = accepted ? status < 400 && created : status >= 400 && !created;
      ok &&= held;
      console.log(
        `${label}: HTTP ${status}, account ${created ? "created" : "not created"} — ${held ? "as expected" : "UNEXPECTED"}`,
      );
    }
    await prisma.$disconnect();
    console.log(
      `ops:check-actions: ${ok ? "every check held" : "FAILED"} (${((performance.now() - t0) / 1000).toFixed(0)} s in all, load average ${os.loadavg()[0]!.toFixed(1)})`,
    );
    return ok ? 0 : 1;
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
    if (made) await dropDatabase(server, made.name);
    if (process.env.OPS_KEEP_BUILDS !== "1") rmSync(src, { recursive: true, force: true });
  }
}

runIfEntry(import.meta.url, main);
