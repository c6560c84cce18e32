import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ItemHeader } from "@/app/(teach)/teach/_components/item-header";
import { requirePageUser } from "@/lib/auth/session";
import { teachFlashcard } from "@/lib/authoring/queries";
import { FlashcardForm } from "../flashcard-form";

export const metadata: Metadata = { title: "New flashcard" };

export default async function NewFlashcardPage({
  searchParams,
}: {
  searchParams: Promise<{ lesson?: string }>;
}) {
  const { lesson: lessonId = "" } = await searchParams;
  await requirePageUser(`/teach/flashcards/new?lesson=${encodeURIComponent(lessonId)}`, [
    "INSTRUCTOR",
    "ADMIN",
  ]);
  const context = await teachFlashcard(null, lessonId);
  if (!context) notFound();
  return (
    <div className="space-y-6">
      <ItemHeader title="New flashcard" course={context.course} lesson={context.lesson} />
      <FlashcardForm
        lessonId={context.lesson.id}
        version={0}
        initial={{ id: "", front: "", back: "", kind: "card", examples: [] }}
        context={context}
      />
    </div>
  );
}
