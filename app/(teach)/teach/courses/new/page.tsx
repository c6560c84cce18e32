import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requirePageUser } from "@/lib/auth/session";
import { CourseForm } from "../course-form";

export const metadata: Metadata = { title: "New course" };

export default async function NewCoursePage() {
  await requirePageUser("/teach/courses/new", ["INSTRUCTOR", "ADMIN"]);
  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ href: "/teach", label: "Teach" }, { label: "New course" }]} />
      <h1 className="text-2xl font-bold">New course</h1>
      <CourseForm version={0} initial={{ slug: "", title: "", description: "" }} />
    </div>
  );
}
