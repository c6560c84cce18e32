/**
 * Where a learner is in a course: the last place they visited (a lesson section, a quiz or a deck),
 * for the home page's "continue where you left off", and the lesson sections they have read.
 */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { placeSchema, type PlaceInput } from "../validations/learner";

export type PlaceKind = PlaceInput["kind"];
export interface Place extends PlaceInput {
  visitedAt: Date;
}

/** Records a visit: overwrites the course's last place, and marks a section read. One transaction. */
export async function recordPlace(user: CurrentUser, input: PlaceInput, now = new Date()) {
  const place = placeSchema.parse(input);
  const data = {
    kind: place.kind,
    lessonSlug: place.lessonSlug,
    section: place.section ?? null,
    visitedAt: now,
  };
  await db.$transaction([
    db.learnerPlace.upsert({
      where: { userId_courseSlug: { userId: user.id, courseSlug: place.courseSlug } },
      create: { userId: user.id, courseSlug: place.courseSlug, ...data },
      update: data,
    }),
    ...(place.kind === "section" && place.section
      ? [
          db.sectionRead.upsert({
            where: {
              userId_lessonSlug_section: {
                userId: user.id,
                lessonSlug: place.lessonSlug,
                section: place.section,
              },
            },
            create: { userId: user.id, lessonSlug: place.lessonSlug, section: place.section },
            update: {},
          }),
        ]
      : []),
  ]);
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
