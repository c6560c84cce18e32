/**
 * The export JSON written back out as content files, exactly as lib/content/load.ts reads them:
 * courses/<slug>/course.yaml, lessons/NN-slug/{lesson.md,questions.yaml,flashcards.yaml},
 * examples/<id>/{scenario.yaml,*.py}. One writer for the zip download and the CLI.
 */
import YAML from "yaml";
import type { ContentExport } from "../content/export-schema";

type ExportCourse = ContentExport["courses"][number];
type ExportLesson = ExportCourse["lessons"][number];

const yaml = (value: unknown) => YAML.stringify(value, { lineWidth: 0 });

/** Leaves out fields that equal the schema default, so files read like hand-written ones. */
function questionItem(q: ExportLesson["questions"][number]) {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options: q.options.map((o) => (o.correct ? { text: o.text, correct: true } : { text: o.text })),
    explanation: q.explanation,
    ...(q.section ? { section: q.section } : {}),
    ...(q.examples.length ? { examples: q.examples } : {}),
    ...(q.authored ? { authored: true } : {}),
  };
}

function flashcardItem(c: ExportLesson["flashcards"][number]) {
  return {
    id: c.id,
    front: c.front,
    back: c.back,
    ...(c.kind === "term" ? { kind: "term" } : {}),
    ...(c.section ? { section: c.section } : {}),
    ...(c.examples.length ? { examples: c.examples } : {}),
  };
}

function lessonMarkdown(l: ExportLesson): string {
  const front = { slug: l.slug, title: l.title, summary: l.summary, sources: l.sources };
  return `---\n${yaml(front)}---\n\n${l.body}\n`;
}

/** Relative path (under the content root) → file text, for one course. */
export function courseFiles(course: ExportCourse): Record<string, string> {
  const root = `courses/${course.slug}`;
  const files: Record<string, string> = {
    [`${root}/course.yaml`]: yaml({
      slug: course.slug,
      title: course.title,
      description: course.description,
    }),
  };
  // The loader orders lessons by folder name, so the number keeps their order.
  const width = Math.max(2, String(course.lessons.length).length);
  course.lessons.forEach((l, i) => {
    const dir = `${root}/lessons/${String(i + 1).padStart(width, "0")}-${l.slug}`;
    files[`${dir}/lesson.md`] = lessonMarkdown(l);
    files[`${dir}/questions.yaml`] = yaml(l.questions.map(questionItem));
    files[`${dir}/flashcards.yaml`] = yaml(l.flashcards.map(flashcardItem));
  });
  for (const ex of course.examples) {
    files[`${root}/examples/${ex.id}/scenario.yaml`] = yaml(ex.scenario);
    for (const [name, text] of Object.entries(ex.files))
      files[`${root}/examples/${ex.id}/${name}`] = text;
  }
  return files;
}

export function contentFiles(data: ContentExport): Record<string, string> {
  return Object.assign({}, ...data.courses.map(courseFiles));
}
