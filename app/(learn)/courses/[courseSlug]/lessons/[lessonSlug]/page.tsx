import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requirePageUser } from "@/lib/auth/session";
import { getLesson, publishedTitle } from "@/lib/courses/queries";
import { LessonView } from "./lesson-view";
import { StudyModes } from "./study-modes";

type Props = { params: Promise<{ courseSlug: string; lessonSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = await publishedTitle("lesson", (await params).lessonSlug);
  return { title: title ?? "Lesson" };
}

export default async function LessonPage({ params }: Props) {
  const { courseSlug, lessonSlug } = await params;
  const user = await requirePageUser(`/courses/${courseSlug}/lessons/${lessonSlug}`);
  const lesson = await getLesson(user, lessonSlug);
  if (!lesson || lesson.course.slug !== courseSlug) notFound();
  return (
    <article className="space-y-8">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: `/courses/${courseSlug}`, label: lesson.course.title },
          { label: lesson.title },
        ]}
      />
      <LessonView
        lesson={lesson}
        afterHeader={<StudyModes base={`/courses/${courseSlug}/lessons/${lessonSlug}`} />}
      />
    </article>
  );
}
