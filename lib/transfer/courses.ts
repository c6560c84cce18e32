/** Courses and their lessons for the instructor's import and export forms (drafts included). */
import "server-only";
import { requireUser } from "../auth/session";
import { db } from "../db";

export async function instructorCourses() {
  await requireUser(["INSTRUCTOR", "ADMIN"]);
  const live = { archivedAt: null };
  return db.course.findMany({
    where: live,
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      title: true,
      lessons: { where: live, orderBy: { position: "asc" }, select: { slug: true, title: true } },
    },
  });
}
