/** Reads what the database holds (archived items left out) into the export JSON shape. */
import type { PrismaClient } from "../generated/prisma/client";
import type { ContentExport } from "./export-schema";

const live = { archivedAt: null };
const byPosition = { position: "asc" } as const;

export async function exportContent(db: PrismaClient): Promise<ContentExport> {
  const courses = await db.course.findMany({
    where: live,
    orderBy: [byPosition, { slug: "asc" }],
    include: {
      lessons: {
        where: live,
        orderBy: byPosition,
        include: {
          questions: {
            where: live,
            orderBy: byPosition,
            include: { options: { orderBy: byPosition }, examples: true },
          },
          flashcards: { where: live, orderBy: byPosition, include: { examples: true } },
        },
      },
      examples: {
        where: live,
        orderBy: byPosition,
        include: { files: { orderBy: { name: "asc" } } },
      },
    },
  });
  return {
    courses: courses.map((c) => ({
      slug: c.slug,
      title: c.title,
      description: c.description,
      lessons: c.lessons.map((l) => ({
        slug: l.slug,
        title: l.title,
        summary: l.summary,
        sources: l.sources ? l.sources.split(",") : [],
        body: l.body,
        questions: l.questions.map((q) => ({
          id: q.id,
          type: q.type as ContentExport["courses"][number]["lessons"][number]["questions"][number]["type"],
          prompt: q.prompt,
          options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
          explanation: q.explanation,
          examples: q.examples.map((e) => e.exampleId).sort(),
          section: q.section,
          authored: q.authored,
        })),
        flashcards: l.flashcards.map((f) => ({
          id: f.id,
          front: f.front,
          back: f.back,
          examples: f.examples.map((e) => e.exampleId).sort(),
          kind: f.kind as "card" | "term",
          section: f.section,
        })),
      })),
      examples: c.examples.map((e) => ({
        id: e.id,
        title: e.title,
        files: Object.fromEntries(e.files.map((f) => [f.name, f.content])),
        scenario: JSON.parse(e.scenario),
      })),
    })),
  };
}
