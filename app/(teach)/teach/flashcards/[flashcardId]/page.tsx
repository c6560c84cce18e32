import type { Metadata } from "next";
import { DraftScope } from "@/app/(teach)/teach/_components/draft-scope";
import { itemDraft } from "@/lib/authoring/drafts";
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
  const draft = await itemDraft("flashcard", state.id);
  const snapshot = (draft?.snapshot as typeof state.snapshot | undefined) ?? state.snapshot;
  return (
    <div className="space-y-6">
      <ItemHeader
        title={`Flashcard ${state.id}`}
        course={context.course}
        lesson={context.lesson}
        item={{ type: "flashcard", ...state }}
      />
      <DraftScope
        type="flashcard"
        id={state.id}
        status={state.status}
        version={state.version}
        draft={draft}
      >
        <FlashcardForm id={state.id} version={state.version} initial={snapshot} context={context} />
      </DraftScope>
    </div>
  );
}
