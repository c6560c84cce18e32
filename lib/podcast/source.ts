/** The podcast of a lesson for a signed-in learner, rebuilt only when the lesson (or its example run) changes. */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { podcastScript } from "./fit";
import { loadPodcastLesson } from "./load";
import type { PodcastScript } from "./types";

const cache = new Map<string, { version: string; script: PodcastScript }>();

export async function lessonPodcast(
  _user: CurrentUser,
  lessonSlug: string,
): Promise<{
  script: PodcastScript;
  courseSlug: string;
  courseTitle: string;
  version: string;
} | null> {
  const loaded = await loadPodcastLesson(db, lessonSlug);
  if (!loaded) return null;
  const course = await db.lesson.findUniqueOrThrow({
    where: { slug: lessonSlug },
    select: { course: { select: { slug: true, title: true } } },
  });
  const hit = cache.get(lessonSlug);
  const script = hit?.version === loaded.version ? hit.script : podcastScript(loaded.input);
  cache.set(lessonSlug, { version: loaded.version, script });
  return {
    script,
    courseSlug: course.course.slug,
    courseTitle: course.course.title,
    version: loaded.version,
  };
}
