import type { Metadata } from "next";
import { DraftScope } from "@/app/(teach)/teach/_components/draft-scope";
import { itemDraft } from "@/lib/authoring/drafts";
import { notFound } from "next/navigation";
import { ItemHeader } from "@/app/(teach)/teach/_components/item-header";
import { requirePageUser } from "@/lib/auth/session";
import { teachQuestion } from "@/lib/authoring/queries";
import { QuestionForm } from "../question-form";

export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage({
  params,
}: {
  params: Promise<{ questionId: string }>;
}) {
  const questionId = decodeURIComponent((await params).questionId);
  await requirePageUser(`/teach/questions/${encodeURIComponent(questionId)}`, [
    "INSTRUCTOR",
    "ADMIN",
  ]);
  const found = await teachQuestion(questionId);
  if (!found?.state) notFound();
  const { state, ...context } = found;
  const draft = await itemDraft("question", state.id);
  const snapshot = (draft?.snapshot as typeof state.snapshot | undefined) ?? state.snapshot;
  return (
    <div className="space-y-6">
      <ItemHeader
        title={`Question ${state.id}`}
        course={context.course}
        lesson={context.lesson}
        item={{ type: "question", ...state }}
      />
      <DraftScope
        type="question"
        id={state.id}
        status={state.status}
        version={state.version}
        draft={draft}
      >
        <QuestionForm id={state.id} version={state.version} initial={snapshot} context={context} />
      </DraftScope>
    </div>
  );
}
