import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LessonView } from "@/app/(learn)/courses/[courseSlug]/lessons/[lessonSlug]/lesson-view";
import { requirePageUser } from "@/lib/auth/session";
import { lessonPreview } from "@/lib/authoring/preview";

export const metadata: Metadata = { title: "Lesson preview" };

/** The learner lesson view, drafts included, so an instructor sees a draft before publishing it. */
export default async function LessonPreviewPage({
  params,
}: {
  params: Promise<{ lessonId: string }>;
}) {
  const { lessonId } = await params;
  await requirePageUser(`/teach/lessons/${lessonId}/preview`, ["INSTRUCTOR", "ADMIN"]);
  const lesson = await lessonPreview(lessonId);
  if (!lesson) notFound();
  return (
    <article className="space-y-8">
      <p
        role="note"
        className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-slate-900"
      >
        Preview as a learner would see it
        {lesson.status === "draft" ? " once published (this lesson is a draft)" : ""}; drafts are
        included.{" "}
        <Link href={`/teach/lessons/${lessonId}`} className="font-medium text-brand-800 underline">
          Back to the editor
        </Link>
      </p>
      <LessonView lesson={lesson} />
    </article>
  );
}
