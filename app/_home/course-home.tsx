import Link from "next/link";
import { ShortTitle } from "@/components/short-title";
import { pluralize, pluralWord } from "@/lib/format/plural";
import type { HomeCourse } from "@/lib/learner/home";
import { roundSummary, type OpenLearnRound } from "@/lib/study/open-rounds";
import { LessonRow } from "./lesson-row";

/*
 * No link here is prefetched: with every link prefetched the home page made 21 RSC requests while
 * it loaded (two per link), and the primary button's and "continue"'s alone were two main-thread
 * tasks of 170-200 ms on a 4× slower CPU after load (bench:pages), for a dynamic page whose data
 * comes on the click anyway (a prefetch fetches only its loading state).
 */

/** One course on the signed-in home: today's figures, the one next step, where you left off, lessons. */
export function CourseHome({
  course,
  learnRounds = [],
}: {
  course: HomeCourse;
  learnRounds?: OpenLearnRound[];
}) {
  const id = `course-${course.slug}`;
  const streak = course.streak.days;
  return (
    <section
      aria-labelledby={id}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
      data-testid={`home-${course.slug}`}
    >
      <h2 id={id} className="text-xl font-semibold">
        <Link
          href={`/courses/${course.slug}`}
          prefetch={false}
          className="text-brand-700 hover:underline"
        >
          {course.title}
        </Link>
      </h2>
      <dl className="grid grid-cols-3 gap-3 text-center">
        <Figure label="Due now" value={course.dueNow} testId="due-now" />
        <Figure label="New left today" value={course.newLeft} testId="new-left" />
        <Figure label="Streak" value={streak} unit={pluralWord(streak, "day")} testId="streak" />
      </dl>
      <NextStep course={course} />
      {course.continueAt && (
        <p className="text-slate-700 [overflow-wrap:anywhere]" data-testid="continue">
          <span className="font-medium">Continue where you left off:</span>{" "}
          <Link href={course.continueAt.href} prefetch={false} className="text-brand-700 underline">
            <ShortTitle title={course.continueAt.label} />
          </Link>
        </p>
      )}
      {learnRounds.length > 0 && (
        <ul
          className="space-y-1 text-slate-700 [overflow-wrap:anywhere]"
          data-testid="continue-learn"
        >
          {learnRounds.map((r) => {
            const lesson = course.lessons.find((l) => l.slug === r.lessonSlug);
            return (
              <li key={r.href}>
                <span className="font-medium">Continue Learn:</span>{" "}
                <Link href={r.href} prefetch={false} className="text-brand-700 underline">
                  {lesson ? <ShortTitle title={lesson.title} /> : "the whole course"}
                </Link>{" "}
                <span className="text-sm">({roundSummary(r.progress)})</span>
              </li>
            );
          })}
        </ul>
      )}
      {course.streak.days > 0 && !course.streak.studiedToday && (
        <p className="text-sm text-slate-700">Study today to keep your streak going.</p>
      )}
      <div className="space-y-3">
        <h3 className="font-semibold">Lessons</h3>
        {course.lessons.length === 0 && (
          <p className="text-slate-700">This course has no lessons yet: check back soon.</p>
        )}
        <ol className="space-y-3">
          {course.lessons.map((lesson) => (
            <LessonRow key={lesson.slug} lesson={lesson} courseSlug={course.slug} />
          ))}
        </ol>
        <p className="text-sm text-slate-600" id={`${id}-mastery-help`}>
          <span className="font-medium">Mastery</span> is the share of a lesson&apos;s cards and
          questions you have in review with a memory stability of a week or more: the scheduler
          expects you to still recall each of them 7 days after your last review.
        </p>
      </div>
    </section>
  );
}

function Figure({
  label,
  value,
  unit,
  testId,
}: {
  label: string;
  value: number;
  unit?: string;
  testId: string;
}) {
  return (
    <div className="rounded-lg bg-slate-50 px-2 py-3">
      <dt className="text-xs font-medium text-slate-600 sm:text-sm">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-slate-900" data-testid={testId}>
        {value}
        {unit && <span className="block text-xs font-normal text-slate-600">{unit}</span>}
      </dd>
    </div>
  );
}

/** The primary button, with a line that says what it does; finished days say what comes next. */
function NextStep({ course }: { course: HomeCourse }) {
  const { next } = course;
  const hint =
    next.kind === "review"
      ? `${pluralize(course.dueNow, "card")} due now${course.newLeft > 0 ? `, then ${pluralize(course.newLeft, "new card")}` : ""}.`
      : next.kind === "new"
        ? `Nothing due now: ${pluralize(course.newLeft, "new card")} left for today.`
        : `Nothing left to review today${course.dueTomorrow !== null ? ` — ${pluralize(course.dueTomorrow, "card")} due tomorrow` : ""}.`;
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-4">
      <Link
        href={next.href}
        prefetch={false}
        className="inline-flex justify-center rounded-lg bg-brand-600 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-700"
        data-testid="primary-action"
      >
        {next.label}
      </Link>
      <p className="text-sm text-slate-700" data-testid="primary-hint">
        {hint}
        {next.kind !== "review" && next.kind !== "new" && (
          <>
            {" "}
            <Link
              href={`/courses/${course.slug}/quiz`}
              prefetch={false}
              className="text-brand-700 underline"
            >
              Or practise with a quiz
            </Link>
            .
          </>
        )}
      </p>
    </div>
  );
}
