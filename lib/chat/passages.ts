/** Turns a course into searchable passages: lesson sections, flashcards, questions and examples. */
import { markdownToPlain } from "./plain-text";
import { splitSections } from "./sections";
import type { CourseCorpus, Passage } from "./types";

export function coursePassages(course: CourseCorpus): Passage[] {
  const passages: Passage[] = [];
  const lessonUrl = (slug: string) => `/courses/${course.slug}/lessons/${slug}`;
  const exampleLessons = new Map<string, string[]>();
  for (const lesson of course.lessons) {
    const url = lessonUrl(lesson.slug);
    for (const s of splitSections(lesson.body, lesson.title).filter(
      (x) => x.markdown.trim() !== "",
    )) {
      const sourceId = s.anchor ?? lesson.slug;
      passages.push({
        key: `section:${lesson.slug}:${sourceId}`,
        kind: "section",
        sourceId,
        lessonSlug: lesson.slug,
        lessons: [lesson.slug],
        title: s.title,
        text: markdownToPlain(s.markdown),
        url: s.anchor ? `${url}#${s.anchor}` : url,
      });
    }
    for (const c of lesson.flashcards) {
      passages.push({
        key: `flashcard:${c.id}`,
        kind: "flashcard",
        sourceId: c.id,
        lessonSlug: lesson.slug,
        lessons: [lesson.slug],
        title: markdownToPlain(c.front),
        text: markdownToPlain(c.back),
        url: `${url}#card-${c.id}`,
      });
    }
    for (const q of lesson.questions) {
      const answer = q.correct.map(markdownToPlain).join(" / ");
      const text = `Answer: ${answer}\n${markdownToPlain(q.explanation)}`;
      passages.push({
        key: `question:${q.id}`,
        kind: "question",
        sourceId: q.id,
        lessonSlug: lesson.slug,
        lessons: [lesson.slug],
        title: markdownToPlain(q.prompt),
        text,
        url: `${url}#question-${q.id}`,
      });
    }
    // An example is shown on the page of every lesson that uses it.
    for (const id of lesson.exampleIds)
      exampleLessons.set(id, [...(exampleLessons.get(id) ?? []), lesson.slug]);
  }
  for (const ex of course.examples) {
    const lessons = exampleLessons.get(ex.id);
    if (!lessons) continue;
    const home = lessons[0]!;
    const code = ex.files.map((f) => `${f.name}:\n${f.content.trim()}`).join("\n");
    const text = [ex.description, ex.expected && `Expected output: ${ex.expected}`, code]
      .filter(Boolean)
      .join("\n");
    passages.push({
      key: `example:${ex.id}`,
      kind: "example",
      sourceId: ex.id,
      lessonSlug: home,
      lessons,
      title: ex.title,
      text,
      url: `${lessonUrl(home)}#example-${ex.id}`,
    });
  }
  return passages;
}
