import type { AttemptView } from "@/lib/study/attempt";
import {
  retryMissedAction,
  submitAnswerAction,
} from "@/app/(learn)/courses/[courseSlug]/quiz/actions";
import { QuizPlayer } from "./player";
import { QuizResults } from "./results";

/** A finished attempt shows its end screen; an open one resumes at its first unanswered question. */
export function QuizAttemptView({
  attempt,
  startHref,
  lessonHref,
}: {
  attempt: AttemptView;
  startHref: string;
  lessonHref?: string;
}) {
  if (attempt.finishedAt)
    return (
      <QuizResults
        attempt={attempt}
        retry={retryMissedAction}
        startHref={startHref}
        lessonHref={lessonHref}
      />
    );
  if (attempt.questions.length === 0)
    return (
      <p className="text-slate-700">
        This quiz&apos;s questions are no longer in the course. Start a new quiz.
      </p>
    );
  return (
    <QuizPlayer
      key={attempt.id}
      attemptId={attempt.id}
      questions={attempt.questions}
      submit={submitAnswerAction}
    />
  );
}
