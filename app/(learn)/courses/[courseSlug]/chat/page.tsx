import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChatPage } from "@/components/chat/chat-page";
import { requirePageUser } from "@/lib/auth/session";
import { findChatScope } from "@/lib/chat/ask";
import { listChat } from "@/lib/chat/history";

type Props = { params: Promise<{ courseSlug: string }> };

export const metadata: Metadata = { title: "Chat to Course" };

export default async function CourseChatPage({ params }: Props) {
  const { courseSlug } = await params;
  const user = await requirePageUser(`/courses/${courseSlug}/chat`);
  const scope = await findChatScope(user, { courseSlug });
  if (!scope) notFound();
  return <ChatPage scope={scope} history={await listChat(user, scope)} courseTitle={scope.title} />;
}
