/** GET ?q=… answers from this lesson as JSON; POST {q} is the chat page's streamed, remembered ask. */
import { chatBudget } from "@/lib/auth/chat-budget";
import { answerGet, answerPost } from "@/lib/chat/route-handlers";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";

type Context = { params: Promise<{ lessonSlug: string }> };

export async function GET(request: Request, { params }: Context) {
  return (
    refuseUnsafeRequest(request) ??
    (await chatBudget(request)) ??
    answerGet(request, { lessonSlug: (await params).lessonSlug })
  );
}

export async function POST(request: Request, { params }: Context) {
  return (
    refuseUnsafeRequest(request) ??
    (await chatBudget(request)) ??
    answerPost(request, { lessonSlug: (await params).lessonSlug })
  );
}
