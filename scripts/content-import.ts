/** `npm run content:import -- <file> [options]`: see lib/content/import/args.ts for the options. */
import { runImportCli } from "../lib/content/import/cli";

process.exitCode = await runImportCli(process.argv.slice(2), {
  log: console.log,
  error: console.error,
});
