import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { analysisCourses, courseAnalysis } from "@/lib/analysis/index";
import { TOO_EASY_BOUND, TOO_EASY_MIN_ATTEMPTS } from "@/lib/analysis/flags";
import { requirePageUser } from "@/lib/auth/session";
import { AnalysisTables } from "./analysis-tables";
import { CoursePicker } from "./course-picker";

export const metadata: Metadata = { title: "Item analysis" };

type Props = { searchParams: Promise<{ course?: string | string[] }> };

export default async function AnalysisPage({ searchParams }: Props) {
  const param = (await searchParams).course;
  const slug = typeof param === "string" ? param : undefined;
  await requirePageUser(`/teach/analysis${slug ? `?course=${encodeURIComponent(slug)}` : ""}`, [
    "INSTRUCTOR",
    "ADMIN",
  ]);
  const courses = await analysisCourses();
  const data = slug ? await courseAnalysis(slug) : null;
  if (slug && !data) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/teach", label: "Teach" }, { label: "Item analysis" }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">
          Item analysis{data ? `: ${data.course.title}` : ""}
        </h1>
        <p className="max-w-3xl text-slate-700">
          How learners do on each question and card, lesson by lesson. Each share comes with its 95%
          interval: the range the true share is likely in, given how many attempts there were. A
          question is flagged <strong>confusing</strong> only when a wrong option is picked more
          often than the right one by more than that many attempts can explain (the lower end of the
          wrong option&apos;s interval is above the upper end of the right one&apos;s), so one wrong
          answer never flags it. It is flagged <strong>too easy</strong> when even the lower end of
          its right-answer interval is above {Math.round(TOO_EASY_BOUND * 100)}%: nearly everyone
          gets it right, beyond what luck in that many attempts explains (19 of 20 right is not
          enough, 29 of 30 is; with every answer right it takes {TOO_EASY_MIN_ATTEMPTS}). Retention
          is the share of reviews (in the review state) not rated Again.
        </p>
      </header>
      <CoursePicker courses={courses} current={slug} />
      {data && <AnalysisTables questions={data.questions} flashcards={data.flashcards} />}
    </div>
  );
}
