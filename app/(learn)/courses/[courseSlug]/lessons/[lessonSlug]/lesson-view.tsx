import type { ReactNode } from "react";
import { Markdown } from "@/components/markdown";
import { lessonSections } from "@/lib/content/markdown-anchors";
import { ExampleList } from "./example-list";
import { FlashcardList } from "./flashcard-list";
import { QuestionList } from "./question-list";
import { pluralize } from "@/lib/format/plural";
import { splitTitle } from "@/lib/format/title";

type Lists = Parameters<typeof QuestionList>[0] &
  Parameters<typeof FlashcardList>[0] &
  Parameters<typeof ExampleList>[0];

export interface LessonViewData {
  title: string;
  summary: string;
  body: string;
  questions: Lists["questions"];
  flashcards: Lists["cards"];
  examples: Lists["examples"];
}

/**
 * The lesson's title (its "Lesson N" eyebrow apart), summary and item counts; the section view adds
 * the reading progress as children.
 */
export function LessonHeader({
  lesson,
  children,
}: {
  lesson: Pick<LessonViewData, "title" | "summary" | "questions" | "flashcards" | "examples">;
  children?: ReactNode;
}) {
  const { eyebrow, main } = splitTitle(lesson.title);
  return (
    <header className="space-y-2">
      <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">
        {eyebrow && (
          <span className="block text-base font-semibold text-brand-700">
            {eyebrow}
            <span className="sr-only">:</span>
          </span>
        )}{" "}
        {main}
      </h1>
      {lesson.summary && <p className="max-w-3xl text-slate-700">{lesson.summary}</p>}
      <p className="text-sm text-slate-600">
        {pluralize(lesson.questions.length, "question")} ·{" "}
        {pluralize(lesson.flashcards.length, "flashcard")} ·{" "}
        {pluralize(lesson.examples.length, "runnable example")}
      </p>
      {children}
    </header>
  );
}

/** The lesson as learners see it; the learner page and the instructor's draft preview both render this. */
export function LessonView({
  lesson,
  afterHeader,
}: {
  lesson: LessonViewData;
  afterHeader?: ReactNode;
}) {
  const sections = lessonSections(lesson.body).filter((s) => s.depth === 2);
  return (
    <>
      <LessonHeader lesson={lesson} />
      {afterHeader}
      {sections.length > 1 && (
        <nav
          aria-labelledby="toc-heading"
          className="rounded-xl border border-slate-200 bg-white p-4"
        >
          <h2 id="toc-heading" className="mb-2 font-semibold">
            In this lesson
          </h2>
          <ol className="grid gap-1 text-sm sm:grid-cols-2">
            {sections.map((s) => (
              <li key={s.anchor}>
                <a href={`#${s.anchor}`} className="text-brand-700 hover:underline">
                  {s.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <section
        aria-label="Lesson notes"
        className="rounded-xl border border-slate-200 bg-white p-5 sm:p-8"
      >
        <Markdown source={lesson.body} />
      </section>
      <QuestionList questions={lesson.questions} />
      <FlashcardList cards={lesson.flashcards} />
      <ExampleList examples={lesson.examples} />
    </>
  );
}
