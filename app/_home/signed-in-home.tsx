import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/session";
import { hasStudyHistory } from "@/lib/learner/history";
import { homeCourses } from "@/lib/learner/home";
import { openLearnRounds } from "@/lib/study/open-rounds";
import { CourseHome } from "./course-home";

/** What to do next, per course: the signed-in home. */
export async function SignedInHome({ user }: { user: CurrentUser }) {
  const [courses, rounds, studied] = await Promise.all([
    homeCourses(user),
    openLearnRounds(user),
    hasStudyHistory(user),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight [overflow-wrap:anywhere] sm:text-3xl">
        {studied ? "Welcome back" : "Welcome"}
        {user.name ? `, ${user.name}` : ""}
      </h1>
      {courses.length === 0 ? (
        <p className="text-slate-700">
          No course is published yet.{" "}
          {user.role === "LEARNER" ? (
            "Your instructor's courses will appear here."
          ) : (
            <Link href="/teach" className="text-brand-700 underline">
              Create or publish one in Teach
            </Link>
          )}
        </p>
      ) : (
        courses.map((course) => (
          <CourseHome
            key={course.slug}
            course={course}
            learnRounds={rounds.filter((r) => r.courseSlug === course.slug)}
          />
        ))
      )}
    </div>
  );
}
