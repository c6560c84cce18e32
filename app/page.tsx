import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { listCourses } from "@/lib/courses/queries";
import { pluralize } from "@/lib/format/plural";
import { SignedInHome } from "./_home/signed-in-home";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (user) return <SignedInHome user={user} />;
  const courses = await listCourses();
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
          Learn it, then watch it run.
        </h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Quizzes, flashcards and FSRS spaced repetition for technical courses — and every card
          about code sits next to the real program, run live in a sandbox.
        </p>
      </section>
      <section aria-labelledby="courses-heading" className="space-y-4">
        <h2 id="courses-heading" className="text-xl font-semibold">
          Courses
        </h2>
        {courses.length === 0 ? (
          <p className="text-slate-700">
            No courses yet. Run <code>npm run db:seed</code> to load the content folder.
          </p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {courses.map((course) => (
              <li
                key={course.slug}
                className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
              >
                <h3 className="text-lg font-semibold">
                  <Link href={`/courses/${course.slug}`} className="text-brand-700 hover:underline">
                    {course.title}
                  </Link>
                </h3>
                <p className="mt-2 text-slate-700">{course.description}</p>
                <p className="mt-3 text-sm text-slate-600">
                  {pluralize(course.lessonCount, "lesson")} ·{" "}
                  {pluralize(course.exampleCount, "runnable example")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
