/**
 * `npm run content:import` as a function returning the exit code, so tests run it in-process
 * and the script stays one line. Prints what was (or would be) written, or why nothing was.
 */
import path from "node:path";
import { parseImportArgs, USAGE } from "./args";
import { ImportError, importLesson, type ImportResult } from "./index";
import { pluralize } from "../../../format/plural";

export interface CliOutput {
  log: (line: string) => void;
  error: (line: string) => void;
}

export function summarize(result: ImportResult, repoRoot: string): string {
  const relative = path.relative(repoRoot, result.dir);
  const where = relative && !relative.startsWith("..") ? relative : result.dir;
  const generated = result.generatedDistractors
    ? ` (${result.generatedDistractors} with generated distractors)`
    : "";
  return [
    `${result.written ? "Wrote" : "Dry run, would write"} ${where}/ from a ${result.format} file${result.layout ? ` (read as ${result.layout})` : ""}:`,
    `  lesson.md        ${pluralize(result.sections, "note section")}`,
    `  questions.yaml   ${pluralize(result.questions, "question")}${generated}`,
    `  flashcards.yaml  ${pluralize(result.flashcards, "card")}`,
  ].join("\n");
}

export async function runImportCli(
  argv: string[],
  out: CliOutput,
  repoRoot = process.cwd(),
  base = process.env.INIT_CWD ?? repoRoot,
): Promise<number> {
  // An Anki package goes into the database, not a lesson folder (lib/transfer/import/anki-package/cli.ts).
  if (argv.some((a) => !a.startsWith("-") && /\.(apkg|colpkg)$/i.test(a))) {
    const { runAnkiCli } = await import("../anki-package/cli");
    return runAnkiCli(argv, out, base);
  }
  if (argv.includes("--help") || argv.includes("-h")) {
    out.log(USAGE);
    return 0;
  }
  const args = parseImportArgs(argv, repoRoot, base);
  if (!args.ok) {
    out.error(`content:import: ${args.error}\n\n${USAGE}`);
    return 1;
  }
  try {
    const result = await importLesson(args.options);
    for (const warning of result.warnings) out.error(`warning: ${warning}`);
    out.log(summarize(result, repoRoot));
    return 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    out.error(`content:import: ${error.message}`);
    return 1;
  }
}
