import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChatPage } from "@/components/chat/chat-page";
import { requirePageUser } from "@/lib/auth/session";
import { findChatScope } from "@/lib/chat/ask";
import { listChat } from "@/lib/chat/history";
import { getCourse } from "@/lib/courses/queries";

type Props = { params: Promise<{ courseSlug: string; lessonSlug: string }> };

export const metadata: Metadata = { title: "Chat to Lesson" };

export default async function LessonChatPage({ params }: Props) {
  const { courseSlug, lessonSlug } = await params;
  const user = await requirePageUser(`/courses/${courseSlug}/lessons/${lessonSlug}/chat`);
  const scope = await findChatScope(user, { lessonSlug });
  const course = await getCourse(user, courseSlug);
  if (!scope || !course || scope.courseSlug !== courseSlug) notFound();
  return (
    <ChatPage scope={scope} history={await listChat(user, scope)} courseTitle={course.title} />
  );
}
