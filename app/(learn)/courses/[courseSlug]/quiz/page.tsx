import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ResumeOffer } from "@/components/quiz/resume-offer";
import { QuizStartForm } from "@/components/quiz/start-form";
import { requirePageUser } from "@/lib/auth/session";
import { getQuizInfo, openAttempt } from "@/lib/study/quiz-info";
import { startQuizAction } from "./actions";

type Props = { params: Promise<{ courseSlug: string }> };

export const metadata: Metadata = { title: "Course quiz" };

export default async function CourseQuizPage({ params }: Props) {
  const { courseSlug } = await params;
  const user = await requirePageUser(`/courses/${courseSlug}/quiz`);
  const [info, open] = await Promise.all([
    getQuizInfo(user, courseSlug),
    openAttempt(user, courseSlug),
  ]);
  if (!info) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: `/courses/${courseSlug}`, label: info.courseTitle },
          { label: "Quiz" },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Quiz: {info.courseTitle}</h1>
        <p className="text-slate-700">
          Questions from every lesson of the course ({info.questionCount} in all), drawn at random.
          Keys: 1–4 choose, Enter checks and goes on.
        </p>
      </header>
      {open && <ResumeOffer href={`/courses/${courseSlug}/quiz/${open.id}`} {...open} />}
      {info.questionCount > 0 ? (
        <QuizStartForm
          action={startQuizAction}
          courseSlug={courseSlug}
          total={info.questionCount}
          counts={[10, 20]}
          submitLabel={open ? "Start over" : "Start quiz"}
        />
      ) : (
        <p>This course has no questions yet.</p>
      )}
    </div>
  );
}
