import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ItemHeader } from "@/app/(teach)/teach/_components/item-header";
import { requirePageUser } from "@/lib/auth/session";
import { teachFlashcard } from "@/lib/authoring/queries";
import { FlashcardForm } from "../flashcard-form";

export const metadata: Metadata = { title: "Edit flashcard" };

export default async function EditFlashcardPage({
  params,
}: {
  params: Promise<{ flashcardId: string }>;
}) {
  const flashcardId = decodeURIComponent((await params).flashcardId);
  await requirePageUser(`/teach/flashcards/${encodeURIComponent(flashcardId)}`, [
    "INSTRUCTOR",
    "ADMIN",
  ]);
  const found = await teachFlashcard(flashcardId);
  if (!found?.state) notFound();
  const { state, ...context } = found;
  return (
    <div className="space-y-6">
      <ItemHeader
        title={`Flashcard ${state.id}`}
        course={context.course}
        lesson={context.lesson}
        item={{ type: "flashcard", ...state }}
      />
      <FlashcardForm
        id={state.id}
        version={state.version}
        initial={state.snapshot}
        context={context}
      />
    </div>
  );
}
