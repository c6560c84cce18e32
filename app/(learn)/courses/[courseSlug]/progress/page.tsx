import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requirePageUser, type CurrentUser } from "@/lib/auth/session";
import { publishedTitle } from "@/lib/courses/queries";
import { getCourseProgress } from "@/lib/stats/course-progress";
import { ForecastChart, ReviewsPerDayChart } from "./review-charts";
import { ReviewHeatmap } from "./review-heatmap";
import { QuizScores } from "./quiz-scores";
import { ProgressSummary } from "./summary";

type Props = { params: Promise<{ courseSlug: string }> };

export const metadata: Metadata = { title: "Progress" };

export default async function CourseProgressPage({ params }: Props) {
  const { courseSlug } = await params;
  const user = await requirePageUser(`/courses/${courseSlug}/progress`);
  // Checked before anything streams, so an unknown course answers a real 404.
  const title = await publishedTitle("course", courseSlug);
  if (!title) notFound();
  return (
    <div className="space-y-8">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: `/courses/${courseSlug}`, label: title },
          { label: "Progress" },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">Your progress in {title}</h1>
      <Suspense
        fallback={
          // A screen tall, as the statistics are: the footer starts below the fold and doesn't
          // jump when they stream in (a layout shift of 0.1 on a phone otherwise).
          <p role="status" className="min-h-screen text-slate-700">
            Counting your reviews…
          </p>
        }
      >
        <CourseStatistics user={user} courseSlug={courseSlug} />
      </Suspense>
    </div>
  );
}

/** The slow part (a year of review history), streamed in after the page's header. */
async function CourseStatistics({ user, courseSlug }: { user: CurrentUser; courseSlug: string }) {
  const progress = await getCourseProgress(user, courseSlug);
  if (!progress) notFound();
  const { clock } = progress;
  return (
    <>
      <ProgressSummary progress={progress} />
      <section aria-labelledby="reviews-heading" className="space-y-4">
        <h2 id="reviews-heading" className="text-xl font-semibold">
          Reviews
        </h2>
        <ForecastChart data={progress.forecast} />
        <ReviewsPerDayChart data={progress.reviewsPerDay} />
        <ReviewHeatmap
          data={progress.heatmap}
          timeZone={clock.timeZone}
          dayStartHour={clock.dayStartHour}
        />
      </section>
      <section aria-labelledby="quizzes-heading" className="space-y-4">
        <h2 id="quizzes-heading" className="text-xl font-semibold">
          Quizzes
        </h2>
        <QuizScores quizzes={progress.quizzes} />
      </section>
    </>
  );
}
