/** Turns a course into searchable passages: lesson sections, flashcards, questions and examples. */
import { markdownToPlain } from "./plain-text";
import { markdownToQuote } from "./quote-text";
import { splitSections } from "./sections";
import type { CorpusLesson, CourseCorpus, Passage } from "./types";

/** Quiz prompts and card fronts that point at a section: the questions that section answers. */
function asksBySection(lesson: CorpusLesson): Map<string, string[]> {
  const asks = new Map<string, string[]>();
  const add = (section: string | null, text: string) =>
    section && asks.set(section, [...(asks.get(section) ?? []), markdownToPlain(text)]);
  for (const q of lesson.questions) add(q.section, q.prompt.split("\n")[0]!);
  for (const c of lesson.flashcards) add(c.section, c.front);
  return asks;
}

export function coursePassages(course: CourseCorpus): Passage[] {
  const passages: Passage[] = [];
  const lessonUrl = (slug: string) => `/courses/${course.slug}/lessons/${slug}`;
  const exampleLessons = new Map<string, string[]>();
  for (const lesson of course.lessons) {
    const url = lessonUrl(lesson.slug);
    const asks = asksBySection(lesson);
    for (const s of splitSections(lesson.body, lesson.title)) {
      if (s.markdown.trim() === "") continue;
      const sourceId = s.anchor ?? lesson.slug;
      passages.push({
        key: `section:${lesson.slug}:${sourceId}`,
        kind: "section",
        sourceId,
        lessonSlug: lesson.slug,
        lessons: [lesson.slug],
        title: s.title,
        ...markdownToQuote(s.markdown),
        asks: [lesson.title, ...((s.anchor && asks.get(s.anchor)) || [])].join("\n"),
        student: s.chat.flatMap((n) => n.asks).join("\n"),
        notes: s.chat,
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
        ...markdownToQuote(c.back),
        asks: lesson.title,
        student: "",
        notes: [],
        url: `${url}#card-${c.id}`,
      });
    }
    for (const q of lesson.questions) {
      const answer = q.correct.map(markdownToPlain).join(" / ");
      const explained = markdownToQuote(q.explanation);
      const lead = `Answer: ${answer}\n`;
      passages.push({
        key: `question:${q.id}`,
        kind: "question",
        sourceId: q.id,
        lessonSlug: lesson.slug,
        lessons: [lesson.slug],
        title: markdownToPlain(q.prompt),
        text: lead + explained.text,
        code: explained.code.map((c) => ({
          ...c,
          start: c.start + lead.length,
          end: c.end + lead.length,
        })),
        asks: "",
        student: "",
        notes: [],
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
    passages.push({
      key: `example:${ex.id}`,
      kind: "example",
      sourceId: ex.id,
      lessonSlug: home,
      lessons,
      title: ex.title,
      ...exampleText(ex),
      asks: "",
      student: "",
      notes: [],
      url: `${lessonUrl(home)}#example-${ex.id}`,
    });
  }
  // Students ask for "the code": a passage that shows some answers to that word.
  for (const p of passages) if (p.code.length) p.asks = `${p.asks}\ncode`.trim();
  return passages;
}

/** An example's description and expected output as prose, then each file as a code block. */
function exampleText(ex: CourseCorpus["examples"][number]): Pick<Passage, "text" | "code"> {
  let text = [ex.description, ex.expected && `Expected output: ${ex.expected}`]
    .filter(Boolean)
    .join("\n");
  const code: Passage["code"] = [];
  for (const f of ex.files) {
    text += `${text ? "\n" : ""}${f.name}:\n`;
    const body = f.content.replace(/\s+$/, "");
    code.push({
      start: text.length,
      end: text.length + body.length,
      lang: f.name.endsWith(".py") ? "python" : "text",
    });
    text += body;
  }
  return { text, code };
}
