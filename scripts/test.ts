/**
 * `npm test`: the type check and the linters (at once), then vitest in two processes at once: every
 * project but the browser tests, and the browser tests (project `e2e`, one file at a time).
 *
 * Why two processes (decision 0020): vitest runs a project without file parallelism as its own
 * group after all the others, so in one process the browser files ran alone for about 8 minutes,
 * one core mostly idle (a browser test waits on renders, not on CPU). As a second process they run
 * beside the integration files; their app builds beside them as before. The integration output is
 * shown as it comes; the browser tests' is held until the integration run ends, then shown as it
 * comes, so the two never interleave. The exit code is the first non-zero one.
 *
 * Extra arguments go to both vitest runs (e.g. `npm test -- tests/srs`); `vitest run` alone still
 * runs every project in one process.
 */
import { spawn, type ChildProcess } from "node:child_process";

const bin = (name: string) => `node_modules/.bin/${name}`;
// Named files or folders may all belong to one of the two runs: the other then has none, and passes.
const extra = process.argv.length > 2 ? [...process.argv.slice(2), "--passWithNoTests"] : [];
const children = new Set<ChildProcess>();

function run(
  label: string,
  command: string,
  args: string[],
  out: (chunk: Buffer) => void = (c) => process.stdout.write(c),
): Promise<number> {
  const started = Date.now();
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
  children.add(child);
  child.stdout!.on("data", out);
  child.stderr!.on("data", out);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      children.delete(child);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      out(Buffer.from(`\n[npm test] ${label}: ${signal ?? `exit ${code}`} after ${seconds} s\n`));
      resolve(code ?? 1);
    });
  });
}

/** Output held while `held` is true, then written in order and passed through. */
function heldOutput() {
  const chunks: Buffer[] = [];
  let held = true;
  return {
    write: (chunk: Buffer) => (held ? chunks.push(chunk) : process.stdout.write(chunk)),
    release() {
      held = false;
      for (const chunk of chunks.splice(0)) process.stdout.write(chunk);
    },
  };
}

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(130);
  });

async function main() {
  const checks = heldOutput();
  const [types, lint] = await Promise.all([
    run("typecheck", process.execPath, ["node_modules/typescript-native/bin/tsc", "--noEmit"]),
    run("lint", "npm", ["run", "--silent", "lint"], checks.write),
  ]);
  checks.release();
  if (types !== 0 || lint !== 0) return 1;

  const browser = heldOutput();
  const [rest, e2e] = await Promise.all([
    run("vitest (unit, integration, integration-pg)", bin("vitest"), [
      "run",
      "--project",
      "!e2e",
      ...extra,
    ]).finally(() => browser.release()),
    run("vitest (e2e)", bin("vitest"), ["run", "--project", "e2e", ...extra], browser.write),
  ]);
  return rest !== 0 ? rest : e2e;
}

process.exitCode = await main();
