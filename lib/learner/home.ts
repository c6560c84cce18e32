/**
 * The signed-in home page, per course: cards due now and new cards left today (the review queue's
 * own counts), the study streak, where the learner left off, each lesson's mastery and reading,
 * and the one next thing to do.
 */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { sqlOf } from "../db-raw";
import { studyQueue } from "../srs/queue";
import { loadStudySettings } from "../srs/settings";
import { addDays, clockOf, dayRange, studyDayOf, type DayClock } from "../srs/day";
import { quizAnswerBuckets, reviewBuckets } from "../stats/activity";
import { HEATMAP_DAYS } from "../stats/course-progress";
import { countByDay, dayGrid } from "../stats/series";
import { currentStreak, sumByDay, type Streak } from "../stats/streak";
import { lessonHref, sectionHref } from "./links";
import { lessonMastery, type LessonMastery } from "./mastery";
import { lastPlaces, sectionsRead, type Place } from "./places";
import { readingSections, sectionOf } from "./sections";

export interface HomeLesson {
  slug: string;
  title: string;
  href: string;
  mastery: LessonMastery;
  sections: number;
  sectionsRead: number;
  /** The first section not read yet (null when all are). */
  nextSection: { anchor: string; title: string } | null;
}
export interface NextStep {
  kind: "review" | "new" | "lesson" | "quiz";
  label: string;
  href: string;
}
export interface HomeCourse {
  slug: string;
  title: string;
  dueNow: number;
  newLeft: number;
  /** Counted only when nothing is left now: what tomorrow brings. */
  dueTomorrow: number | null;
  streak: Streak;
  continueAt: { href: string; label: string; visitedAt: Date } | null;
  lessons: HomeLesson[];
  next: NextStep;
}

const live = { archivedAt: null, status: "published" };

export async function homeCourses(user: CurrentUser, now = new Date()): Promise<HomeCourse[]> {
  const courses = await db.course.findMany({
    where: live,
    orderBy: { position: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      lessons: {
        where: live,
        orderBy: { position: "asc" },
        select: {
          id: true,
          slug: true,
          title: true,
          body: true,
          _count: { select: { questions: { where: live }, flashcards: { where: live } } },
        },
      },
    },
  });
  const sql = await sqlOf(db);
  const settings = await loadStudySettings(sql, user.id);
  const clock = clockOf(settings);
  const lessons = courses.flatMap((c) => c.lessons);
  const [places, read, mastery] = await Promise.all([
    lastPlaces(
      user,
      courses.map((c) => c.slug),
    ),
    sectionsRead(
      user,
      lessons.map((l) => l.slug),
    ),
    lessonMastery(
      user.id,
      new Map(lessons.map((l) => [l.id, l._count.questions + l._count.flashcards])),
    ),
  ]);
  return Promise.all(
    courses.map(async (course) => {
      const [queue, streak] = await Promise.all([
        studyQueue(sql, settings, { now, courseSlug: course.slug }),
        courseStreak(user.id, course, clock, now),
      ]);
      const homeLessons = course.lessons.map((l): HomeLesson => {
        const sections = readingSections(l.body);
        const done = read.get(l.slug) ?? new Set<string>();
        const next = sections.find((s) => !done.has(s.anchor)) ?? null;
        return {
          slug: l.slug,
          title: l.title,
          href: lessonHref(course.slug, l.slug),
          mastery: mastery.get(l.id) ?? { mastered: 0, started: 0, total: 0 },
          sections: sections.length,
          sectionsRead: sections.filter((s) => done.has(s.anchor)).length,
          nextSection: next && { anchor: next.anchor, title: next.title },
        };
      });
      const dueNow = queue.counts.learning + queue.counts.review;
      const newLeft = queue.counts.new;
      return {
        slug: course.slug,
        title: course.title,
        dueNow,
        newLeft,
        dueTomorrow: queue.dueTomorrow,
        streak,
        continueAt: continueAt(course, places.get(course.slug)),
        lessons: homeLessons,
        next: nextStep(course.slug, dueNow, newLeft, homeLessons),
      };
    }),
  );
}

async function courseStreak(
  userId: string,
  course: { id: string; slug: string },
  clock: DayClock,
  now: Date,
): Promise<Streak> {
  const today = studyDayOf(now, clock);
  const grid = dayGrid(dayRange(addDays(today, 1 - HEATMAP_DAYS), HEATMAP_DAYS), clock);
  const [reviews, answers] = await Promise.all([
    reviewBuckets(userId, course.id, grid),
    quizAnswerBuckets(userId, course.slug, grid),
  ]);
  return currentStreak(sumByDay(countByDay(reviews, grid), countByDay(answers, grid)));
}

type CourseLessons = { slug: string; lessons: { slug: string; title: string; body: string }[] };

/** The last place as a link, or null when the learner hasn't been anywhere (or it is gone). */
function continueAt(course: CourseLessons, place: Place | undefined): HomeCourse["continueAt"] {
  const lesson = place && course.lessons.find((l) => l.slug === place.lessonSlug);
  if (!place || !lesson) return null;
  const base = lessonHref(course.slug, lesson.slug);
  if (place.kind === "quiz")
    return { href: `${base}/quiz`, label: `Quiz: ${lesson.title}`, visitedAt: place.visitedAt };
  if (place.kind === "deck")
    return {
      href: `${base}/flashcards`,
      label: `Flashcards: ${lesson.title}`,
      visitedAt: place.visitedAt,
    };
  const section = sectionOf(readingSections(lesson.body), place.section);
  return section
    ? {
        href: sectionHref(course.slug, lesson.slug, section.anchor),
        label: `${lesson.title} — ${section.title}`,
        visitedAt: place.visitedAt,
      }
    : { href: base, label: lesson.title, visitedAt: place.visitedAt };
}

/** One obvious next thing: due reviews, else new cards, else the next section to read, else a quiz. */
function nextStep(
  course: string,
  dueNow: number,
  newLeft: number,
  lessons: HomeLesson[],
): NextStep {
  const review = `/review?course=${encodeURIComponent(course)}`;
  if (dueNow > 0) return { kind: "review", label: "Start today's review", href: review };
  if (newLeft > 0) return { kind: "new", label: "Learn new cards", href: review };
  const unread = lessons.find((l) => l.nextSection);
  if (unread?.nextSection)
    return {
      kind: "lesson",
      label: unread.sectionsRead > 0 ? "Keep reading" : "Start the next lesson",
      href: sectionHref(course, unread.slug, unread.nextSection.anchor),
    };
  return {
    kind: "quiz",
    label: "Test yourself with a course quiz",
    href: `/courses/${course}/quiz`,
  };
}
