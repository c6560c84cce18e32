/** `npm run content:export -- --out <file.json>`: writes what the database holds as JSON. */
import "./local-env";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exportContent } from "../lib/content/export";
import { createPrisma } from "../lib/db";
import { runIfEntry } from "./entry";
import { pluralize } from "../lib/format/plural";

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: "string" } } });
  if (!values.out) {
    console.error("Usage: npm run content:export -- --out <file.json>");
    return 2;
  }
  const prisma = createPrisma();
  try {
    const data = await exportContent(prisma);
    writeFileSync(values.out, `${JSON.stringify(data, null, 2)}\n`);
    const lessons = data.courses.flatMap((c) => c.lessons);
    const count = (key: "questions" | "flashcards") =>
      lessons.reduce((n, l) => n + l[key].length, 0);
    console.log(
      `Wrote ${values.out}: ${pluralize(data.courses.length, "course")}, ${pluralize(lessons.length, "lesson")}, ${pluralize(count("questions"), "question")}, ${pluralize(count("flashcards"), "flashcard")}.`,
    );
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

runIfEntry(import.meta.url, main);
