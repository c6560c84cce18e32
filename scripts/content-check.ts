/** `npm run content:check [dir]`: validates content/ without touching the database. */
import path from "node:path";
import { ContentError } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";
import { pluralize } from "../lib/format/plural";

const dir = path.resolve(process.argv[2] ?? "content");
try {
  const courses = await loadContent(dir);
  for (const c of courses) {
    const q = c.lessons.reduce((n, l) => n + l.questions.length, 0);
    const f = c.lessons.reduce((n, l) => n + l.flashcards.length, 0);
    console.log(
      `${c.slug}: ${pluralize(c.lessons.length, "lesson")}, ${pluralize(q, "question")}, ${pluralize(f, "flashcard")}, ${pluralize(c.examples.length, "example")}`,
    );
  }
  console.log("Content is valid.");
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
