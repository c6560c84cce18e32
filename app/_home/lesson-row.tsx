import Link from "next/link";
import { ProgressBar } from "@/components/progress-bar";
import { ShortTitle } from "@/components/short-title";
import { pluralize } from "@/lib/format/plural";
import type { HomeLesson } from "@/lib/learner/home";
import { sectionHref } from "@/lib/learner/links";

/** A lesson on the home page: its mastery, how much of it is read, and where reading goes on. */
export function LessonRow({ lesson, courseSlug }: { lesson: HomeLesson; courseSlug: string }) {
  const { mastery } = lesson;
  const percent = mastery.total > 0 ? Math.round((100 * mastery.mastered) / mastery.total) : 0;
  return (
    <li className="rounded-lg border border-slate-200 p-3" data-testid={`lesson-${lesson.slug}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <Link
          href={lesson.href}
          prefetch={false}
          className="min-w-0 font-medium text-brand-700 hover:underline"
        >
          <ShortTitle title={lesson.title} />
        </Link>
        <span className="text-sm text-slate-700" data-testid="mastery">
          Mastery {percent}% · {mastery.mastered} of {mastery.total}
        </span>
      </div>
      <div className="mt-2">
        <ProgressBar
          value={mastery.mastered}
          max={mastery.total}
          label={`Mastery of ${lesson.title}`}
          valueText={`${percent}%: ${mastery.mastered} of ${mastery.total} mastered, ${mastery.started} started`}
        />
      </div>
      <p className="mt-2 text-sm text-slate-600">
        <span data-testid="sections-read">
          Read {lesson.sectionsRead} of {pluralize(lesson.sections, "section")}
        </span>
        {lesson.nextSection && (
          <>
            {" · "}
            <Link
              prefetch={false}
              href={sectionHref(courseSlug, lesson.slug, lesson.nextSection.anchor)}
              className="text-brand-700 underline"
            >
              {lesson.sectionsRead > 0 ? "Next" : "Start"}: {lesson.nextSection.title}
            </Link>
          </>
        )}
      </p>
    </li>
  );
}
