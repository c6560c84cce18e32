import type { Metadata } from "next";
import { DraftScope } from "@/app/(teach)/teach/_components/draft-scope";
import { itemDraft } from "@/lib/authoring/drafts";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { StatusBadge } from "@/app/(teach)/teach/_components/item-controls";
import { ItemList } from "@/app/(teach)/teach/_components/item-list";
import { requirePageUser } from "@/lib/auth/session";
import { teachCourse } from "@/lib/authoring/queries";
import { CourseForm } from "../course-form";
import { pluralize } from "@/lib/format/plural";

export const metadata: Metadata = { title: "Edit course" };

export default async function EditCoursePage({
  params,
}: {
  params: Promise<{ courseId: string }>;
}) {
  const { courseId } = await params;
  await requirePageUser(`/teach/courses/${courseId}`, ["INSTRUCTOR", "ADMIN"]);
  const course = await teachCourse(courseId);
  if (!course) notFound();
  const { state } = course;
  const draft = await itemDraft("course", courseId);
  const snapshot = (draft?.snapshot as typeof state.snapshot | undefined) ?? state.snapshot;
  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ href: "/teach", label: "Teach" }, { label: state.snapshot.title }]} />
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{state.snapshot.title}</h1>
        <StatusBadge status={state.status} archived={state.archivedAt !== null} />
        <Link
          href={`/teach/history/course/${courseId}`}
          className="text-sm text-brand-700 underline"
        >
          History
        </Link>
      </header>
      <DraftScope
        type="course"
        id={courseId}
        status={state.status}
        version={state.version}
        draft={draft}
      >
        <CourseForm id={courseId} version={state.version} initial={snapshot} />
      </DraftScope>
      <ItemList
        type="lesson"
        heading="Lessons"
        editPath={(id) => `/teach/lessons/${id}`}
        newHref={`/teach/lessons/new?course=${courseId}`}
        newLabel="New lesson"
        items={course.lessons.map((l) => ({
          ...l,
          detail: `${l.slug} · ${pluralize(l._count.questions, "question")} · ${pluralize(l._count.flashcards, "card")}`,
        }))}
      />
      <ItemList
        type="example"
        heading="Runnable examples"
        editPath={(id) => `/teach/examples/${id}`}
        newHref={`/teach/examples/new?course=${courseId}`}
        newLabel="New example"
        items={course.examples.map((e) => ({ ...e, detail: e.id }))}
      />
    </div>
  );
}
