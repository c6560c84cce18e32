import type { Metadata } from "next";
import Link from "next/link";
import { plural } from "@/components/charts/format";
import { requirePageUser } from "@/lib/auth/session";
import { listCourseSummaries } from "@/lib/stats/overview";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requirePageUser("/progress");
  const courses = await listCourseSummaries(user);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Progress</h1>
        <p className="text-slate-700">
          Pick a course to see its due forecast, review heatmap, retention, quiz scores and streak.
        </p>
      </header>
      {courses.length === 0 ? (
        <p className="text-slate-700">There are no courses yet.</p>
      ) : (
        <ul className="space-y-3">
          {courses.map((c) => (
            <li key={c.slug} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="font-semibold">
                <Link
                  href={`/courses/${c.slug}/progress`}
                  prefetch={false}
                  className="text-brand-700 hover:underline"
                >
                  {c.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                {plural(c.dueToday, "card")} due today · {plural(c.recentReviews, "review")} in the
                last 30 days
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
