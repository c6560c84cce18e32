import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requirePageUser } from "@/lib/auth/session";
import { getCourse, publishedTitle } from "@/lib/courses/queries";
import { pluralize } from "@/lib/format/plural";

type Props = { params: Promise<{ courseSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = await publishedTitle("course", (await params).courseSlug);
  return { title: title ?? "Course" };
}

export default async function CoursePage({ params }: Props) {
  const { courseSlug } = await params;
  const user = await requirePageUser(`/courses/${courseSlug}`);
  const course = await getCourse(user, courseSlug);
  if (!course) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/", label: "Courses" }, { label: course.title }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{course.title}</h1>
        <p className="max-w-3xl text-slate-700">{course.description}</p>
      </header>
      <nav aria-label="Whole-course study">
        <ul className="flex flex-wrap gap-2">
          {[
            { href: `/courses/${course.slug}/quiz`, label: "Course quiz" },
            { href: `/courses/${course.slug}/learn`, label: "Learn every card" },
            { href: `/review?course=${course.slug}`, label: "Review due cards" },
            { href: `/courses/${course.slug}/chat`, label: "Ask the course" },
            { href: `/courses/${course.slug}/progress`, label: "Your progress" },
          ].map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-brand-800 hover:border-brand-600 hover:bg-brand-50"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading" className="mb-3 text-xl font-semibold">
          Lessons
        </h2>
        <ol className="space-y-3">
          {course.lessons.map((lesson, i) => (
            <li
              key={lesson.slug}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
            >
              <h3 className="font-semibold">
                <Link
                  href={`/courses/${course.slug}/lessons/${lesson.slug}`}
                  className="text-brand-700 hover:underline"
                >
                  {i + 1}. {lesson.title}
                </Link>
              </h3>
              {lesson.summary && <p className="mt-1 text-slate-700">{lesson.summary}</p>}
              <p className="mt-2 text-sm text-slate-600">
                {pluralize(lesson._count.questions, "question")} ·{" "}
                {pluralize(lesson._count.flashcards, "flashcard")}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
