/**
 * Everything the course progress page shows, for the signed-in learner only, in one call:
 * due counts and forecast, review heatmap, reviews per day, true retention, quiz history, streak.
 */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { quizAnswerBuckets, reviewBuckets } from "./activity";
import { learnerClock } from "./clock";
import { findLiveCourse } from "./course";
import { dueForecast } from "./due";
import { quizHistory, type QuizResult } from "./quiz-history";
import { trueRetention, type Retention } from "./retention";
import { countByDay, dayGrid, type DayCount } from "./series";
import { currentStreak, sumByDay, type Streak } from "./streak";
import {
  addDays,
  dayRange,
  studyDayOf,
  studyDayStart,
  type DayClock,
  type DayKey,
} from "../srs/day";

export const HEATMAP_DAYS = 365;
export const FORECAST_DAYS = 30;
export const RECENT_DAYS = 30;

export interface CourseProgress {
  course: { slug: string; title: string };
  clock: DayClock;
  today: DayKey;
  dueToday: number;
  dueTomorrow: number;
  forecast: DayCount[];
  heatmap: DayCount[];
  reviewsPerDay: DayCount[];
  retention: Retention;
  quizzes: QuizResult[];
  streak: Streak;
}

export async function getCourseProgress(
  user: CurrentUser,
  courseSlug: string,
  now: Date = new Date(),
): Promise<CourseProgress | null> {
  const course = await findLiveCourse(courseSlug);
  if (!course) return null;
  const clock = await learnerClock(user.id);
  const today = studyDayOf(now, clock);
  const pastYear = dayGrid(dayRange(addDays(today, 1 - HEATMAP_DAYS), HEATMAP_DAYS), clock);
  const recentStart = studyDayStart(addDays(today, 1 - RECENT_DAYS), clock);
  const [reviews, answers, forecast, retention, quizzes] = await Promise.all([
    reviewBuckets(user.id, course.id, pastYear),
    quizAnswerBuckets(user.id, course.slug, pastYear),
    dueForecast(user.id, course.id, dayGrid(dayRange(today, FORECAST_DAYS), clock)),
    trueRetention(user.id, course.id, recentStart),
    quizHistory(user.id, course.id, course.slug, clock),
  ]);
  const heatmap = countByDay(reviews, pastYear);
  return {
    course: { slug: course.slug, title: course.title },
    clock,
    today,
    dueToday: forecast[0]?.count ?? 0,
    dueTomorrow: forecast[1]?.count ?? 0,
    forecast,
    heatmap,
    reviewsPerDay: heatmap.slice(-RECENT_DAYS),
    retention,
    quizzes,
    streak: currentStreak(sumByDay(heatmap, countByDay(answers, pastYear))),
  };
}
