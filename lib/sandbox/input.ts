/**
 * The read-only host folder every sandbox sees at /sbx: the supervisor and generated /etc files. Written once per
 * server process to a fresh temp dir; a run's own files and config travel over the supervisor's stdin instead.
 */
import { existsSync, rmSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
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
  root = root?.then((dir) => (existsSync(path.join(dir, "supervisor.py")) ? dir : createRoot())) ?? createRoot();
  root.catch(() => (root = undefined));
  return root;
}

async function createRoot(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "recall-sandbox-root-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  await mkdir(path.join(dir, "etc"));
  const writes: Array<[string, string]> = [
    ["supervisor.py", await readFile(supervisorPath(), "utf8")],
    ...Object.entries(etcFiles).map(([name, text]): [string, string] => [path.join("etc", name), text]),
  ];
  // Read-only for everyone: the sandbox's uid can read these but never change them.
  await Promise.all(writes.map(([name, text]) => writeFile(path.join(dir, name), text, { mode: 0o444 })));
  await chmod(path.join(dir, "etc"), 0o555);
  await chmod(dir, 0o555);
  return dir;
}
