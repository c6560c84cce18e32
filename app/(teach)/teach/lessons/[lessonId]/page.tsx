import type { Metadata } from "next";
import { DraftScope } from "@/app/(teach)/teach/_components/draft-scope";
import { itemDraft } from "@/lib/authoring/drafts";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ShortTitle } from "@/components/short-title";
import { StatusBadge } from "@/app/(teach)/teach/_components/item-controls";
import { ItemList } from "@/app/(teach)/teach/_components/item-list";
import { requirePageUser } from "@/lib/auth/session";
import { teachLesson } from "@/lib/authoring/queries";
import { LessonForm } from "../lesson-form";

export const metadata: Metadata = { title: "Edit lesson" };

export default async function EditLessonPage({
  params,
}: {
  params: Promise<{ lessonId: string }>;
}) {
  const { lessonId } = await params;
  await requirePageUser(`/teach/lessons/${lessonId}`, ["INSTRUCTOR", "ADMIN"]);
  const lesson = await teachLesson(lessonId);
  if (!lesson) notFound();
  const { state, course } = lesson;
  const draft = await itemDraft("lesson", lessonId);
  const snapshot = (draft?.snapshot as typeof state.snapshot | undefined) ?? state.snapshot;
  return (
    <div className="space-y-8">
      <Breadcrumbs
        items={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/courses/${course.id}`, label: course.title },
          { label: state.snapshot.title },
        ]}
      />
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          <ShortTitle title={state.snapshot.title} wrap />
        </h1>
        <StatusBadge status={state.status} archived={state.archivedAt !== null} />
        <Link
          href={`/teach/lessons/${lessonId}/preview`}
          className="text-sm text-brand-700 underline"
        >
          Preview as a learner
        </Link>
        <Link
          href={`/teach/history/lesson/${lessonId}`}
          className="text-sm text-brand-700 underline"
        >
          History
        </Link>
      </header>
      <DraftScope
        type="lesson"
        id={lessonId}
        status={state.status}
        version={state.version}
        draft={draft}
      >
        <LessonForm id={lessonId} version={state.version} initial={snapshot} />
      </DraftScope>
      <ItemList
        type="question"
        heading="Questions"
        editPath={(id) => `/teach/questions/${encodeURIComponent(id)}`}
        newHref={`/teach/questions/new?lesson=${lessonId}`}
        newLabel="New question"
        items={lesson.questions.map((q) => ({
          ...q,
          title: q.prompt.slice(0, 90),
          detail: `${q.id} · ${q.type}`,
        }))}
      />
      <ItemList
        type="flashcard"
        heading="Flashcards"
        editPath={(id) => `/teach/flashcards/${encodeURIComponent(id)}`}
        newHref={`/teach/flashcards/new?lesson=${lessonId}`}
        newLabel="New flashcard"
        items={lesson.flashcards.map((c) => ({ ...c, title: c.front.slice(0, 90), detail: c.id }))}
      />
    </div>
  );
}
