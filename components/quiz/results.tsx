import Link from "next/link";
import type { AttemptView } from "@/lib/study/attempt";
import { formatDuration } from "./duration";
import { ResultsHeading } from "./results-heading";
import { RetryForm } from "./retry-form";
import { RichText } from "./rich-text";

type RetryAction = Parameters<typeof RetryForm>[0]["action"];

/** The end screen: score, time taken, every missed question with its answer, and a retry. */
export function QuizResults({
  attempt,
  retry,
  startHref,
  lessonHref,
}: {
  attempt: AttemptView;
  retry: RetryAction;
  startHref: string;
  lessonHref?: string;
}) {
  const score = attempt.score ?? 0;
  const percent = attempt.total ? Math.round((100 * score) / attempt.total) : 0;
  const took = attempt.finishedAt ? attempt.finishedAt.getTime() - attempt.startedAt.getTime() : 0;
  return (
    <section aria-labelledby="results-heading" className="space-y-6">
      <div className="space-y-2 rounded-xl border border-slate-200 bg-white p-5">
        <ResultsHeading id="results-heading">
          {attempt.retry
            ? `Retry of the missed ones: ${score} of ${attempt.total} right`
            : `Your score: ${score} of ${attempt.total} (${percent}%)`}
        </ResultsHeading>
        {attempt.retry && (
          <p className="text-slate-700">
            This round asked only the questions you missed, so it isn&rsquo;t a score for the whole
            quiz; your quiz history shows it as a retry.
          </p>
        )}
        <p className="text-slate-700">Time taken: {formatDuration(took)}</p>
        <p className="text-sm text-slate-600">
          {attempt.practice
            ? "Practice run: your review schedule was not changed."
            : "Every answer went into your review schedule: missed questions come back soon."}
        </p>
        <div className="flex flex-wrap items-start gap-4 pt-2">
          {attempt.missed.length > 0 && (
            <RetryForm action={retry} attemptId={attempt.id} missed={attempt.missed.length} />
          )}
          <Link href={startHref} className="py-2 text-brand-700 underline">
            New quiz
          </Link>
          {lessonHref && (
            <Link href={lessonHref} className="py-2 text-brand-700 underline">
              Back to the lesson
            </Link>
          )}
        </div>
      </div>
      {attempt.missed.length === 0 ? (
        <p className="text-lg font-semibold text-green-800">No misses. Well done!</p>
      ) : (
        <section aria-labelledby="missed-heading" className="space-y-3">
          <h2 id="missed-heading" className="text-xl font-semibold">
            Missed questions ({attempt.missed.length})
          </h2>
          <ol className="space-y-3">
            {attempt.missed.map((m) => (
              <li key={m.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
                <RichText html={m.promptHtml} className="prose-sm" />
                <div className="text-sm text-red-800">
                  <span className="font-semibold">Your answer:</span>{" "}
                  {m.responseHtml ? (
                    <RichText html={m.responseHtml} inline className="prose-sm text-red-800" />
                  ) : (
                    <span>{m.response}</span>
                  )}
                </div>
                <div className="text-sm text-green-800">
                  <span className="font-semibold">Correct answer:</span>{" "}
                  <RichText html={m.correctAnswerHtml} inline className="prose-sm" />
                </div>
                {m.explanationHtml && <RichText html={m.explanationHtml} className="prose-sm" />}
                <a href={m.sectionHref} className="text-sm text-brand-700 underline">
                  Read this in the lesson
                </a>
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
