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

type Props = { params: Promise<{ courseSlug: string; attemptId: string }> };

export const metadata: Metadata = { title: "Course quiz" };

export default async function CourseQuizAttemptPage({ params }: Props) {
  const { courseSlug, attemptId } = await params;
  const base = `/courses/${courseSlug}`;
  const user = await requirePageUser(`${base}/quiz/${attemptId}`);
  const [info, attempt] = await Promise.all([
    getQuizInfo(user, courseSlug),
    getAttempt(user, attemptId, { courseSlug }),
  ]);
  if (!info || !attempt) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: base, label: info.courseTitle },
          { href: `${base}/quiz`, label: "Quiz" },
          { label: attempt.finishedAt ? "Results" : "Playing" },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">
        Quiz: {info.courseTitle}
        {attempt.practice ? " (practice)" : ""}
      </h1>
      <QuizAttemptView
        actions={{ submit: submitAnswerAction, retry: retryMissedAction }}
        attempt={attempt}
        startHref={`${base}/quiz`}
      />
    </div>
  );
}
