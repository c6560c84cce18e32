import Link from "next/link";

/** An attempt left unfinished: go back to its next question, or start over with the form below. */
export function ResumeOffer({
  href,
  answered,
  total,
  practice,
  retry,
}: {
  href: string;
  answered: number;
  total: number;
  practice: boolean;
  retry: boolean;
}) {
  return (
    <section
      aria-labelledby="resume-heading"
      className="space-y-3 rounded-xl border-2 border-brand-600 bg-brand-50 p-5 dark:bg-slate-900"
    >
      <h2 id="resume-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        You have a {retry ? "retry round" : "quiz"} in progress
        {practice ? " (practice)" : ""}
      </h2>
      <p className="text-slate-700 dark:text-slate-300">
        {answered} of {total} answered. Pick up where you left off, or start over below (the
        unfinished one stays out of your scores).
      </p>
      <Link
        href={href}
        className="inline-block rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
      >
        Resume (question {answered + 1} of {total})
      </Link>
    </section>
  );
}
