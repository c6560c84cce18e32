/** GET ?q=… answers from the whole course as JSON; POST {q} is the chat page's streamed, remembered ask. */
import { chatBudget } from "@/lib/auth/chat-budget";
import { answerGet, answerPost } from "@/lib/chat/route-handlers";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";

type Context = { params: Promise<{ courseSlug: string }> };

export async function GET(request: Request, { params }: Context) {
  return (
    refuseUnsafeRequest(request) ??
    (await chatBudget(request)) ??
    answerGet(request, { courseSlug: (await params).courseSlug })
  );
}

export async function POST(request: Request, { params }: Context) {
  return (
    refuseUnsafeRequest(request) ??
    (await chatBudget(request)) ??
    answerPost(request, { courseSlug: (await params).courseSlug })
  );
}
