/** Running the repo's scripts as real processes, the way an operator does. */
import { spawn } from "node:child_process";
import path from "node:path";

export const repo = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(repo, "node_modules", ".bin", "tsx");

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `tsx <script>` with the test's environment plus `env`; `done` settles when it exits. */
export function runScript(
  script: string,
  env: Record<string, string | undefined>,
  cwd = repo,
): { done: Promise<Finished>; exited: () => boolean } {
  const child = spawn(tsx, [path.join(repo, script)], {
    cwd,
    env: { ...process.env, NODE_ENV: "test", SEED_DEMO_USERS: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "",
    stderr = "",
    over = false;
  child.stdout.on("data", (d: Buffer) => (stdout += d));
  child.stderr.on("data", (d: Buffer) => (stderr += d));
  const done = new Promise<Finished>((resolve) =>
    child.on("close", (code) => {
      over = true;
      resolve({ code, stdout, stderr });
    }),
  );
  return { done, exited: () => over };
}

/** Non-empty output lines. */
export const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");
