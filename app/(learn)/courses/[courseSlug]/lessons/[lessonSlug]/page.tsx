import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Markdown } from "@/components/markdown";
import { requirePageUser } from "@/lib/auth/session";
import { lessonSections } from "@/lib/content/markdown-anchors";
import { getLesson } from "@/lib/courses/queries";
import { ExampleList } from "./example-list";
import { StudyModes } from "./study-modes";
import { FlashcardList } from "./flashcard-list";
import { QuestionList } from "./question-list";

type Props = { params: Promise<{ courseSlug: string; lessonSlug: string }> };

export const metadata: Metadata = { title: "Lesson" };

export default async function LessonPage({ params }: Props) {
  const { courseSlug, lessonSlug } = await params;
  const user = await requirePageUser(`/courses/${courseSlug}/lessons/${lessonSlug}`);
  const lesson = await getLesson(user, lessonSlug);
  if (!lesson || lesson.course.slug !== courseSlug) notFound();
  const sections = lessonSections(lesson.body).filter((s) => s.depth === 2);
  return (
    <article className="space-y-8">
      <Breadcrumbs items={[{ href: "/", label: "Courses" }, { href: `/courses/${courseSlug}`, label: lesson.course.title }, { label: lesson.title }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{lesson.title}</h1>
        {lesson.summary && <p className="max-w-3xl text-lg text-slate-700">{lesson.summary}</p>}
        <p className="text-sm text-slate-600">
          {lesson.questions.length} questions · {lesson.flashcards.length} flashcards · {lesson.examples.length} runnable examples
        </p>
      </header>
      <StudyModes base={`/courses/${courseSlug}/lessons/${lessonSlug}`} />
      {sections.length > 1 && (
        <nav aria-labelledby="toc-heading" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="toc-heading" className="mb-2 font-semibold">In this lesson</h2>
          <ol className="grid gap-1 text-sm sm:grid-cols-2">
            {sections.map((s) => (
              <li key={s.anchor}><a href={`#${s.anchor}`} className="text-brand-700 hover:underline">{s.title}</a></li>
            ))}
          </ol>
        </nav>
      )}
      <section aria-label="Lesson notes" className="rounded-xl border border-slate-200 bg-white p-5 sm:p-8">
        <Markdown source={lesson.body} />
      </section>
      <QuestionList questions={lesson.questions} />
      <FlashcardList cards={lesson.flashcards} />
      <ExampleList examples={lesson.examples} />
    </article>
  );
}
