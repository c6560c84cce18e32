import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requirePageUser } from "@/lib/auth/session";
import { teachCourseRef } from "@/lib/authoring/queries";
import { LessonForm } from "../lesson-form";

export const metadata: Metadata = { title: "New lesson" };

export default async function NewLessonPage({
  searchParams,
}: {
  searchParams: Promise<{ course?: string }>;
}) {
  const { course: courseId = "" } = await searchParams;
  await requirePageUser(`/teach/lessons/new?course=${encodeURIComponent(courseId)}`, [
    "INSTRUCTOR",
    "ADMIN",
  ]);
  const course = await teachCourseRef(courseId);
  if (!course) notFound();
  return (
    <div className="space-y-4">
      <Breadcrumbs
        items={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/courses/${course.id}`, label: course.title },
          { label: "New lesson" },
        ]}
      />
      <h1 className="text-2xl font-bold">New lesson</h1>
      <LessonForm
        courseId={course.id}
        version={0}
        initial={{ slug: "", title: "", summary: "", sources: [], body: "## First section\n\n" }}
      />
    </div>
  );
}
