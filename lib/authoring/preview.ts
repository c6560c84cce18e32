/** Instructor previews: Markdown as learners will see it, and a draft lesson as the learner page shows it. */
import "server-only";
import { db } from "../db";
import { renderMarkdown } from "../content/render";
import { previewSchema } from "../validations/authoring";
import { requireAuthor } from "./gate";

// Same pipeline as the learner page (sanitize, then highlight), so the preview can't show what learners won't see.
export async function previewMarkdown(
  input: unknown,
): Promise<{ ok: true; html: string } | { ok: false; error: string }> {
  await requireAuthor();
  const source = previewSchema.safeParse(input);
  if (!source.success)
    return { ok: false, error: source.error.issues[0]?.message ?? "can't preview this" };
  return { ok: true, html: await renderMarkdown(source.data) };
}

const shown = { archivedAt: null };

/** The learner lesson view's data, with drafts included (archived items stay hidden, as for learners). */
export async function lessonPreview(lessonId: string) {
  await requireAuthor();
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      body: true,
      status: true,
      course: { select: { id: true, slug: true, title: true } },
      questions: {
        where: shown,
        orderBy: { position: "asc" },
        select: {
          id: true,
          type: true,
          prompt: true,
          explanation: true,
          section: true,
          options: { orderBy: { position: "asc" }, select: { text: true, correct: true } },
          examples: { select: { exampleId: true } },
        },
      },
      flashcards: {
        where: shown,
        orderBy: { position: "asc" },
        select: {
          id: true,
          front: true,
          back: true,
          kind: true,
          examples: { select: { exampleId: true } },
        },
      },
    },
  });
  if (!lesson) return null;
  const exampleIds = [
    ...new Set(
      [...lesson.questions, ...lesson.flashcards].flatMap((i) =>
        i.examples.map((e) => e.exampleId),
      ),
    ),
  ];
  const examples = await db.example.findMany({
    where: { id: { in: exampleIds }, ...shown },
    orderBy: { position: "asc" },
    select: {
      id: true,
      title: true,
      scenario: true,
      files: { select: { name: true, content: true }, orderBy: { name: "asc" } },
    },
  });
  return { ...lesson, examples };
}
