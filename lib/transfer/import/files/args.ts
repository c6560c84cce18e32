/**
 * Command-line arguments of `npm run content:import`, parsed with node:util and checked with zod,
 * returned as a value so the CLI can print the problem and the usage instead of a stack trace.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { slugSchema } from "../../../content/schema";
import { plainIssue } from "../../../format/zod-issue";
import type { ImportOptions } from "./index";
import { termLayouts } from "../sources/terms";
import { uploadFormats } from "../types";

export const USAGE = `Usage: npm run content:import -- <file> [options]

  --out <dir>         lessons folder to write into (default content/courses/<course>/lessons)
  --course <slug>     course to import into (default socket-programming)
  --slug <slug>       lesson slug, optionally numbered like 07-timeouts (default from the file name)
  --prefix <prefix>   id prefix, e.g. csm for csm-q01 (default the slug's initials)
  --format <format>   quizgecko, terms, anki (plain-text export) or csv (default detected)
  --layout <layout>   term list: ${termLayouts.join(", ")} (default detected)
  --term-sep <text>   term list: between term and definition (default tab or comma; \\t and \\n allowed)
  --card-sep <text>   term list: between cards (default newline or semicolon)
  --dry-run           parse and validate, print the summary, write nothing
  --force             replace the lesson folder if it exists

An Anki package (.apkg, .colpkg) goes into the database instead: run it with --help beside the file.`;

/** Lets a shell user type `--term-sep '\t'` for a tab. */
const separator = z
  .string()
  .min(1, "a separator cannot be empty")
  .transform((s) => s.replace(/\\t/g, "\t").replace(/\\n/g, "\n"));

const argsSchema = z.strictObject({
  files: z.array(z.string()).length(1, "give exactly one input file"),
  out: z.string().min(1).optional(),
  course: slugSchema.default("socket-programming"),
  slug: z
    .string()
    .regex(
      /^(\d+-)?[a-z0-9][a-z0-9-]*$/,
      "use lower-case letters, digits and dashes, e.g. timeouts or 07-timeouts",
    )
    .optional(),
  prefix: slugSchema.optional(),
  format: z.enum(uploadFormats).exclude(["auto"]).optional(),
  layout: z.enum(termLayouts).optional(),
  "term-sep": separator.optional(),
  "card-sep": separator.optional(),
  "dry-run": z.boolean().default(false),
  force: z.boolean().default(false),
});

export type ParsedArgs = { ok: true; options: ImportOptions } | { ok: false; error: string };

/** `base` resolves relative paths: npm runs scripts from the repo root but keeps the caller's directory in INIT_CWD. */
export function parseImportArgs(argv: string[], repoRoot: string, base: string): ParsedArgs {
  let raw: ReturnType<typeof parseArgs>;
  try {
    raw = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        course: { type: "string" },
        slug: { type: "string" },
        prefix: { type: "string" },
        format: { type: "string" },
        layout: { type: "string" },
        "term-sep": { type: "string" },
        "card-sep": { type: "string" },
        "dry-run": { type: "boolean" },
        force: { type: "boolean" },
      },
    });
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const given = { ...raw.values, files: raw.positionals };
  const args = argsSchema.safeParse(given);
  if (!args.success) {
    const issue = args.error.issues[0]!;
    return {
      ok: false,
      error: `${issue.path.join(".") === "files" ? "file" : `--${issue.path.join(".")}`}: ${plainIssue(issue, given)}`,
    };
  }
  const a = args.data;
  return {
    ok: true,
    options: {
      file: path.resolve(base, a.files[0]!),
      lessonsDir: a.out
        ? path.resolve(base, a.out)
        : path.join(repoRoot, "content", "courses", a.course, "lessons"),
      slug: a.slug,
      prefix: a.prefix,
      format: a.format,
      layout: a.layout,
      separators: { term: a["term-sep"], card: a["card-sep"] },
      dryRun: a["dry-run"],
      force: a.force,
    },
  };
}
