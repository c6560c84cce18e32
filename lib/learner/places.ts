/**
 * Where a learner is in a course: the last place they visited (a lesson section, a quiz or a deck),
 * for the home page's "continue where you left off", and the lesson sections they have read (to
 * their end, not merely opened).
 */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import {
  placeSchema,
  sectionReadSchema,
  type PlaceInput,
  type SectionReadInput,
} from "../validations/learner";
import { readingSections } from "./sections";

const live = { archivedAt: null, status: "published" };

export type PlaceKind = PlaceInput["kind"];
export interface Place extends PlaceInput {
  visitedAt: Date;
}

/** Records a visit: overwrites the course's last place. Reading is counted by markSectionRead. */
export async function recordPlace(user: CurrentUser, input: PlaceInput, now = new Date()) {
  const place = placeSchema.parse(input);
  const data = {
    kind: place.kind,
    lessonSlug: place.lessonSlug,
    section: place.section ?? null,
    visitedAt: now,
  };
  await db.learnerPlace.upsert({
    where: { userId_courseSlug: { userId: user.id, courseSlug: place.courseSlug } },
    create: { userId: user.id, courseSlug: place.courseSlug, ...data },
    update: data,
  });
}

export type MarkReadResult = { ok: true } | { ok: false; error: string };

/**
 * Counts a section read once the learner's browser saw its end after a dwell (section-read.tsx).
 * Only a `##` section of a published lesson in that course; a second call keeps the first readAt.
 */
export async function markSectionRead(
  user: CurrentUser,
  input: SectionReadInput,
): Promise<MarkReadResult> {
  const parsed = sectionReadSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Not a lesson section." };
  const { courseSlug, lessonSlug, section } = parsed.data;
  const lesson = await db.lesson.findFirst({
    where: { slug: lessonSlug, ...live, course: { slug: courseSlug, ...live } },
    select: { body: true },
  });
  if (!lesson || !readingSections(lesson.body).some((s) => s.anchor === section))
    return { ok: false, error: "No such section in this lesson." };
  await db.sectionRead.upsert({
    where: { userId_lessonSlug_section: { userId: user.id, lessonSlug, section } },
    create: { userId: user.id, lessonSlug, section },
    update: {},
  });
  return { ok: true };
}

/** The learner's last place in each of these courses, by course slug. */
export async function lastPlaces(
  user: CurrentUser,
  courseSlugs: string[],
): Promise<Map<string, Place>> {
  const rows = await db.learnerPlace.findMany({
    where: { userId: user.id, courseSlug: { in: courseSlugs } },
    select: { courseSlug: true, kind: true, lessonSlug: true, section: true, visitedAt: true },
  });
  return new Map(
    rows.flatMap((r) => {
      const parsed = placeSchema.safeParse(r);
      return parsed.success ? [[r.courseSlug, { ...parsed.data, visitedAt: r.visitedAt }]] : [];
    }),
  );
}

/** Sections the learner has read, per lesson slug. */
export async function sectionsRead(
  user: CurrentUser,
  lessonSlugs: string[],
): Promise<Map<string, Set<string>>> {
  const rows = await db.sectionRead.findMany({
    where: { userId: user.id, lessonSlug: { in: lessonSlugs } },
    select: { lessonSlug: true, section: true },
  });
  const read = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = read.get(r.lessonSlug) ?? new Set<string>();
    set.add(r.section);
    read.set(r.lessonSlug, set);
  }
  return read;
}

/** For layouts: records the visit when the URL's slugs are well-formed (the page itself 404s otherwise). */
export async function recordVisit(user: CurrentUser | null, input: PlaceInput): Promise<void> {
  if (user && placeSchema.safeParse(input).success) await recordPlace(user, input);
}
