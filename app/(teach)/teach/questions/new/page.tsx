import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ItemHeader } from "@/app/(teach)/teach/_components/item-header";
import { requirePageUser } from "@/lib/auth/session";
import { teachQuestion } from "@/lib/authoring/queries";
import { QuestionForm } from "../question-form";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage({
  searchParams,
}: {
  searchParams: Promise<{ lesson?: string }>;
}) {
  const { lesson: lessonId = "" } = await searchParams;
  await requirePageUser(`/teach/questions/new?lesson=${encodeURIComponent(lessonId)}`, [
    "INSTRUCTOR",
    "ADMIN",
  ]);
  const context = await teachQuestion(null, lessonId);
  if (!context) notFound();
  const blank = {
    id: "",
    type: "multiple_choice" as const,
    prompt: "",
    options: [
      { text: "", correct: true },
      { text: "", correct: false },
    ],
    explanation: "",
    examples: [],
    authored: true,
  };
  return (
    <div className="space-y-6">
      <ItemHeader title="New question" course={context.course} lesson={context.lesson} />
      <QuestionForm lessonId={context.lesson.id} version={0} initial={blank} context={context} />
    </div>
  );
}
