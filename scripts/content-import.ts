/** `npm run content:import -- <file> [options]`: see lib/transfer/import/files/args.ts for the options. */
import { runImportCli } from "../lib/transfer/import/files/cli";

process.exitCode = await runImportCli(process.argv.slice(2), {
  log: console.log,
  error: console.error,
});
