import { Breadcrumbs } from "@/components/breadcrumbs";
import { ShortTitle } from "@/components/short-title";
import type { ChatScope } from "@/lib/chat/ask";
import type { ChatEntry } from "@/lib/chat/history";
import { ChatBox } from "./chat-box";

/** The chat page body shared by a lesson's and a course's chat. */
export function ChatPage({
  scope,
  history,
  courseTitle,
}: {
  scope: ChatScope;
  history: ChatEntry[];
  courseTitle: string;
}) {
  const lessonPath = scope.lessonSlug && `/courses/${scope.courseSlug}/lessons/${scope.lessonSlug}`;
  const crumbs = lessonPath
    ? [
        { href: "/", label: "Courses" },
        { href: `/courses/${scope.courseSlug}`, label: courseTitle },
        { href: lessonPath, label: scope.title },
        { label: "Chat" },
      ]
    : [
        { href: "/", label: "Courses" },
        { href: `/courses/${scope.courseSlug}`, label: courseTitle },
        { label: "Chat" },
      ];
  const endpoint = scope.lessonSlug
    ? `/api/lessons/${scope.lessonSlug}/ask`
    : `/api/courses/${scope.courseSlug}/ask`;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs items={crumbs} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          Chat to {scope.lessonSlug ? "Lesson" : "Course"}: <ShortTitle title={scope.title} wrap />
        </h1>
        <p className="text-slate-700">
          Answers come from {scope.lessonSlug ? "this lesson's" : "this course's"} own notes,
          flashcards, questions and examples: a plain answer first, then the passages it comes from,
          each linked to its place. Follow-ups like “and for UDP?” continue the last question. If
          nothing in the material answers it, it says so.
        </p>
      </header>
      <ChatBox
        endpoint={endpoint}
        courseSlug={scope.courseSlug}
        lessonSlug={scope.lessonSlug}
        initial={history}
        placeholder={
          scope.lessonSlug ? "e.g. What does recvfrom return?" : "e.g. What is SO_REUSEADDR for?"
        }
      />
    </div>
  );
}
