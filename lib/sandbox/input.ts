/** Writes one run's input to a fresh host temp dir that the sandbox sees read-only at /sbx. */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SandboxLimits } from "./limits";
import type { ScenarioFiles } from "./scenario";

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

let supervisorSource: Promise<string> | undefined;

/** Resolved from the project root: bundlers move compiled modules, not this .py file. */
export function supervisorPath(): string {
  return path.join(process.cwd(), "lib", "sandbox", "supervisor.py");
}

export async function prepareInput(input: ScenarioFiles, limits: SandboxLimits): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  supervisorSource ??= readFile(supervisorPath(), "utf8");
  const dir = await mkdtemp(path.join(tmpdir(), "recall-sandbox-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    await Promise.all(["files", "etc"].map((d) => mkdir(path.join(dir, d))));
    const config = { processes: input.scenario.processes, limits };
    const writes: Array<[string, string]> = [
      ["supervisor.py", await supervisorSource],
      ["config.json", JSON.stringify(config)],
      ...Object.entries(etcFiles).map(([name, text]): [string, string] => [path.join("etc", name), text]),
      ...Object.entries(input.files).map(([name, text]): [string, string] => [path.join("files", name), text]),
    ];
    // Read-only for everyone: the sandbox's uid can read the input but never change it.
    await Promise.all(writes.map(([name, text]) => writeFile(path.join(dir, name), text, { mode: 0o444 })));
    await Promise.all([chmod(path.join(dir, "files"), 0o555), chmod(path.join(dir, "etc"), 0o555), chmod(dir, 0o555)]);
    return { dir, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
