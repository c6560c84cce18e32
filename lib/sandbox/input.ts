/**
 * The read-only host folder every sandbox sees at /sbx: the supervisor and generated /etc files. Written once per
 * server process to a fresh temp dir; a run's own files and config travel over the supervisor's stdin instead.
 */
import { existsSync, rmSync } from "node:fs";
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export const SANDBOX_HOSTNAME = "sandbox";
export const SANDBOX_UID = 1000;

/** The /etc files Python needs, generated so nothing of the host's /etc is visible. */
const etcFiles: Record<string, string> = {
  passwd: `learner:x:${SANDBOX_UID}:${SANDBOX_UID}:learner:/work:/usr/sbin/nologin\n`,
  group: `learner:x:${SANDBOX_UID}:\n`,
  hostname: `${SANDBOX_HOSTNAME}\n`,
  hosts: `127.0.0.1 localhost ${SANDBOX_HOSTNAME}\n::1 localhost ip6-localhost ip6-loopback\n`,
  // Without this, glibc would try DNS first for gethostbyname(gethostname()).
  "nsswitch.conf": "passwd: files\ngroup: files\nhosts: files\n",
};
export const etcFileNames = Object.keys(etcFiles);

/** Resolved from the project root: bundlers move compiled modules, not this .py file. */
export function supervisorPath(): string {
  return path.join(process.cwd(), "lib", "sandbox", "supervisor.py");
}

let root: Promise<string> | undefined;

/** The shared /sbx folder, created on first use (and again if a temp cleaner removed it). */
export function sandboxRoot(): Promise<string> {
  root =
    root?.then((dir) => (existsSync(path.join(dir, "supervisor.py")) ? dir : createRoot())) ??
    createRoot();
  root.catch(() => (root = undefined));
  return root;
}

const ROOT_PREFIX = "recall-sandbox-root-";

/** What every bwrap command line of the sandboxes started by server process `pid` contains (its /sbx dir). */
export function sandboxRootMarker(pid: number): string {
  return `${ROOT_PREFIX}${pid}-`;
}

async function createRoot(): Promise<string> {
  await removeStaleRoots();
  const dir = await mkdtemp(path.join(tmpdir(), sandboxRootMarker(process.pid)));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  await mkdir(path.join(dir, "etc"));
  const writes: Array<[string, string]> = [
    ["supervisor.py", await readFile(supervisorPath(), "utf8")],
    ...Object.entries(etcFiles).map(([name, text]): [string, string] => [
      path.join("etc", name),
      text,
    ]),
  ];
  // Read-only for everyone: the sandbox's uid can read these but never change them.
  await Promise.all(
    writes.map(([name, text]) => writeFile(path.join(dir, name), text, { mode: 0o444 })),
  );
  await chmod(path.join(dir, "etc"), 0o555);
  await chmod(dir, 0o555);
  return dir;
}

/** A killed server process never runs its exit hook: remove our roots whose creating process is gone. */
async function removeStaleRoots(): Promise<void> {
  for (const name of await readdir(tmpdir()).catch(() => [])) {
    const pid = Number(/^recall-sandbox-root-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    const dir = path.join(tmpdir(), name);
    const stat = await lstat(dir).catch(() => null);
    // Only plain dirs we own: never follow a link someone else put in /tmp.
    if (stat?.isDirectory() && stat.uid === process.getuid?.())
      await rm(dir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
