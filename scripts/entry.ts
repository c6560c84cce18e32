/**
 * Runs a CLI's `main` when its file is the script node was started with, and not when a test
 * imports it to call `main` in-process (spawning `npx tsx` costs seconds per call). An exit code
 * returned by main becomes the process's; a thrown error prints its message and exits 1.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";

export type CliMain = (argv: string[]) => Promise<number | void>;

export function runIfEntry(moduleUrl: string, main: CliMain): void {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(path.resolve(entry)).href !== moduleUrl) return;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
