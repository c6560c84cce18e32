import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { QuizAttemptView } from "@/components/quiz/attempt-view";
import {
  retryMissedAction,
  submitAnswerAction,
} from "@/app/(learn)/courses/[courseSlug]/quiz/actions";
import { requirePageUser } from "@/lib/auth/session";
import { getAttempt } from "@/lib/study/attempt";
import { getQuizInfo } from "@/lib/study/quiz-info";
import { ShortTitle } from "@/components/short-title";

type Props = { params: Promise<{ courseSlug: string; lessonSlug: string; attemptId: string }> };

export const metadata: Metadata = { title: "Lesson quiz" };

export default async function LessonQuizAttemptPage({ params }: Props) {
  const { courseSlug, lessonSlug, attemptId } = await params;
  const base = `/courses/${courseSlug}/lessons/${lessonSlug}`;
  const user = await requirePageUser(`${base}/quiz/${attemptId}`);
  const [info, attempt] = await Promise.all([
    getQuizInfo(user, courseSlug, lessonSlug),
    getAttempt(user, attemptId, { courseSlug, lessonSlug }),
  ]);
  if (!info?.lessonTitle || !attempt) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: `/courses/${courseSlug}`, label: info.courseTitle },
          { href: base, label: info.lessonTitle },
          { href: `${base}/quiz`, label: "Quiz" },
          { label: attempt.finishedAt ? "Results" : "Playing" },
        ]}
      />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
        Quiz: <ShortTitle title={info.lessonTitle} wrap />
        {attempt.practice ? " (practice)" : ""}
      </h1>
      <QuizAttemptView
        actions={{ submit: submitAnswerAction, retry: retryMissedAction }}
        attempt={attempt}
        startHref={`${base}/quiz`}
        lessonHref={base}
      />
    </div>
  );
}
