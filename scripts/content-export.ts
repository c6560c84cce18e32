/** `npm run content:export -- --out <file.json>`: writes what the database holds as JSON. */
import "./local-env";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exportContent } from "../lib/content/export";
import { createPrisma } from "../lib/db";

const { values } = parseArgs({ options: { out: { type: "string" } } });
if (!values.out) {
  console.error("Usage: npm run content:export -- --out <file.json>");
  process.exit(2);
}
const prisma = createPrisma();
const data = await exportContent(prisma);
writeFileSync(values.out, `${JSON.stringify(data, null, 2)}\n`);
const lessons = data.courses.flatMap((c) => c.lessons);
console.log(
  `Wrote ${values.out}: ${data.courses.length} courses, ${lessons.length} lessons, ${lessons.reduce((n, l) => n + l.questions.length, 0)} questions, ${lessons.reduce((n, l) => n + l.flashcards.length, 0)} flashcards.`,
);
await prisma.$disconnect();
