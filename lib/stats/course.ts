/** Finds a course a learner may see (published, not archived) by its slug from the URL. */
import "server-only";
import { z } from "zod";
import { db } from "../db";

export const courseSlugSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/);

export async function findLiveCourse(slug: string) {
  const parsed = courseSlugSchema.safeParse(slug);
  if (!parsed.success) return null;
  return db.course.findFirst({
    where: { slug: parsed.data, status: "published", archivedAt: null },
    select: { id: true, slug: true, title: true },
  });
}
