import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requirePageUser } from "@/lib/auth/session";
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
  const progress = await getCourseProgress(user, courseSlug);
  if (!progress) notFound();
  const { course, clock } = progress;
  return (
    <div className="space-y-8">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: `/courses/${course.slug}`, label: course.title },
          { label: "Progress" },
        ]}
      />
      <h1 className="text-3xl font-bold tracking-tight">Your progress in {course.title}</h1>
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
    </div>
  );
}
