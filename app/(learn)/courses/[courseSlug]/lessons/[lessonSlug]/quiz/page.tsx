import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ResumeOffer } from "@/components/quiz/resume-offer";
import { QuizStartForm } from "@/components/quiz/start-form";
import { requirePageUser } from "@/lib/auth/session";
import { getQuizInfo, openAttempt } from "@/lib/study/quiz-info";
import { startQuizAction } from "../../../quiz/actions";
import { pluralize } from "@/lib/format/plural";
import { ShortTitle } from "@/components/short-title";

type Props = { params: Promise<{ courseSlug: string; lessonSlug: string }> };

export const metadata: Metadata = { title: "Lesson quiz" };

export default async function LessonQuizPage({ params }: Props) {
  const { courseSlug, lessonSlug } = await params;
  const user = await requirePageUser(`/courses/${courseSlug}/lessons/${lessonSlug}/quiz`);
  const [info, open] = await Promise.all([
    getQuizInfo(user, courseSlug, lessonSlug),
    openAttempt(user, courseSlug, lessonSlug),
  ]);
  if (!info?.lessonTitle) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: `/courses/${courseSlug}`, label: info.courseTitle },
          { href: `/courses/${courseSlug}/lessons/${lessonSlug}`, label: info.lessonTitle },
          { label: "Quiz" },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          Quiz: <ShortTitle title={info.lessonTitle} wrap />
        </h1>
        <p className="text-slate-700">
          {pluralize(info.questionCount, "question")}, options shuffled each time. Keys: 1–4 choose,
          Enter checks and goes on.
        </p>
      </header>
      {open && (
        <ResumeOffer
          href={`/courses/${courseSlug}/lessons/${lessonSlug}/quiz/${open.id}`}
          {...open}
        />
      )}
      {info.questionCount > 0 ? (
        <QuizStartForm
          action={startQuizAction}
          courseSlug={courseSlug}
          lessonSlug={lessonSlug}
          total={info.questionCount}
          counts={[5, 10, 20]}
          defaultCount="all"
          submitLabel={open ? "Start over" : "Start quiz"}
        />
      ) : (
        <p>This lesson has no questions yet.</p>
      )}
    </div>
  );
}
