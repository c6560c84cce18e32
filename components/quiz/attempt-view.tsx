import type { ComponentProps } from "react";
import type { AttemptView } from "@/lib/study/attempt";
import { QuizPlayer } from "./player";
import { QuizResults } from "./results";

/** The server actions an attempt needs, passed down by the page (components never import app/). */
export interface QuizActions {
  submit: ComponentProps<typeof QuizPlayer>["submit"];
  retry: ComponentProps<typeof QuizResults>["retry"];
}

/** A finished attempt shows its end screen; an open one resumes at its first unanswered question. */
export function QuizAttemptView({
  attempt,
  startHref,
  lessonHref,
  actions,
}: {
  attempt: AttemptView;
  actions: QuizActions;
  startHref: string;
  lessonHref?: string;
}) {
  if (attempt.finishedAt)
    return (
      <QuizResults
        attempt={attempt}
        retry={actions.retry}
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
      submit={actions.submit}
    />
  );
}
