import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { pluralize } from "@/lib/format/plural";
import { coursesWithParameters } from "@/lib/srs/optimizer/access";
import { OptimizeCourse } from "./optimize-course";

export const metadata: Metadata = { title: "Schedule parameters" };
export const dynamic = "force-dynamic";

const num = (n: number | null) => (n === null ? "—" : n.toFixed(4));

/** Each course's FSRS parameters fitted to all its learners' reviews: the default for learners without their own. */
export default async function SchedulePage() {
  await requirePageUser("/teach/schedule", ["INSTRUCTOR", "ADMIN"]);
  const courses = await coursesWithParameters();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Schedule parameters</h1>
      <p className="text-slate-700">
        FSRS&rsquo;s 21 parameters fitted with fsrs-rs (Anki&rsquo;s optimizer) to every
        learner&rsquo;s reviews on a course. They schedule every learner on it who doesn&rsquo;t yet
        have parameters of their own.
      </p>
      {courses.map((c) => (
        <section
          key={c.slug}
          aria-labelledby={`course-${c.slug}`}
          className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 sm:p-8"
        >
          <h2 id={`course-${c.slug}`} className="text-xl font-semibold">
            {c.title}
          </h2>
          <p className="text-slate-700">
            {c.fit?.weights && c.fit.fittedAt
              ? `Fitted on ${pluralize(c.fit.reviewCount, "review")} on ${c.fit.fittedAt.toISOString().slice(0, 10)}: log loss ${num(c.fit.logLossBefore)} → ${num(c.fit.logLossAfter)}, RMSE (bins) ${num(c.fit.rmseBefore)} → ${num(c.fit.rmseAfter)}.`
              : "Not fitted yet: learners are scheduled with FSRS's defaults."}
          </p>
          {c.fit?.status === "failed" ? <p className="text-red-700">{c.fit.message}</p> : null}
          <OptimizeCourse course={c.slug} title={c.title} />
          <a
            href={`/api/export/review-logs?course=${c.slug}`}
            download
            className="text-brand-700 underline"
          >
            Download {c.title}&rsquo;s review logs (FSRS optimizer CSV, anonymised)
          </a>
        </section>
      ))}
    </div>
  );
}
