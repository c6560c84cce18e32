/** Instructor previews: Markdown as learners will see it, and a draft lesson as the learner page shows it. */
import "server-only";
import { db } from "../db";
import { renderMarkdown } from "../content/render";
import { lessonItems, linkedExamples } from "../courses/lesson-items";
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
      ...lessonItems(shown),
    },
  });
  if (!lesson) return null;
  const examples = await linkedExamples(db, lesson, shown);
  return { ...lesson, examples };
}
