import { RichText } from "@/components/quiz/rich-text";
import type { TestReview } from "@/lib/study/test";

/** Every answer after grading: right or wrong, what was given, and the right answer. */
export function TestReviewList({ review }: { review: TestReview }) {
  return (
    <ol className="space-y-4" aria-label="Your answers">
      {review.items.map((item, i) => (
        <li
          key={i}
          className={`space-y-2 rounded-xl border-2 p-4 print:break-inside-avoid ${item.correct ? "border-green-700 bg-green-50 dark:bg-green-950" : "border-red-700 bg-red-50 dark:bg-red-950"}`}
        >
          <p className="text-sm font-semibold text-slate-800 dark:text-slate-200">
            {i + 1}. {item.label} ·{" "}
            <span
              className={
                item.correct
                  ? "text-green-800 dark:text-green-200"
                  : "text-red-800 dark:text-red-200"
              }
            >
              {item.correct ? "Right" : "Wrong"}
            </span>
          </p>
          <RichText html={item.promptHtml} className="prose-sm dark:prose-invert" />
          {item.pairs.length > 0 ? (
            <ul className="space-y-2">
              {item.pairs.map((p, k) => (
                <li
                  key={k}
                  className="rounded-lg border border-slate-300 bg-white p-2 text-sm dark:border-slate-600 dark:bg-slate-900"
                >
                  <RichText
                    html={p.termHtml}
                    inline
                    className="prose-sm font-semibold dark:prose-invert"
                  />{" "}
                  <span
                    className={
                      p.correct
                        ? "text-green-800 dark:text-green-200"
                        : "text-red-800 dark:text-red-200"
                    }
                  >
                    {p.correct ? "right" : "wrong"}
                  </span>
                  {!p.correct && (
                    <div className="mt-1 grid gap-1 sm:grid-cols-2">
                      <div>
                        <span className="font-medium">Your match: </span>
                        <RichText
                          html={p.givenHtml}
                          inline
                          className="prose-sm dark:prose-invert"
                        />
                      </div>
                      <div>
                        <span className="font-medium">Right: </span>
                        <RichText
                          html={p.rightHtml}
                          inline
                          className="prose-sm dark:prose-invert"
                        />
                      </div>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <dl className="grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="font-medium">Your answer</dt>
                <dd>
                  <RichText
                    html={item.givenHtml}
                    className="prose-sm dark:prose-invert [&_p]:my-0"
                  />
                </dd>
              </div>
              <div>
                <dt className="font-medium">Right answer</dt>
                <dd>
                  <RichText
                    html={item.rightHtml}
                    className="prose-sm dark:prose-invert [&_p]:my-0"
                  />
                </dd>
              </div>
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
