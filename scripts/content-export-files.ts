/** `npm run content:export-files -- <dir> [--force]`: writes the database back out as content files. */
import "./local-env";
import path from "node:path";
import { parseArgs } from "node:util";
import { exportContent } from "../lib/content/export";
import { createPrisma } from "../lib/db";
import { writeContentFiles } from "../lib/transfer/write-files";
import { runIfEntry } from "./entry";

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { force: { type: "boolean", default: false } },
  });
  if (positionals.length !== 1) {
    console.error(
      "Usage: npm run content:export-files -- <dir> [--force]   (e.g. content, to commit edits made in the browser)",
    );
    return 2;
  }
  const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  const prisma = createPrisma();
  const result = await writeContentFiles(
    await exportContent(prisma),
    dir,
    values.force ?? false,
  ).finally(() => prisma.$disconnect());
  if (!result.ok) {
    console.error(`content:export-files: ${result.error}`);
    return 1;
  }
  console.log(
    `Wrote ${result.files} files under ${path.join(dir, "courses")}. Check them with: npm run content:check`,
  );
  return 0;
}

runIfEntry(import.meta.url, main);
