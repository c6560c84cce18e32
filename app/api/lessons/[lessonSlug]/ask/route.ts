/** GET ?q=… answers from this lesson as JSON; POST {q} is the chat page's streamed, remembered ask. */
import { answerGet, answerPost } from "@/lib/chat/route-handlers";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";

type Context = { params: Promise<{ lessonSlug: string }> };

export async function GET(request: Request, { params }: Context) {
  return (
    refuseUnsafeRequest(request) ?? answerGet(request, { lessonSlug: (await params).lessonSlug })
  );
}

export async function POST(request: Request, { params }: Context) {
  return (
    refuseUnsafeRequest(request) ?? answerPost(request, { lessonSlug: (await params).lessonSlug })
  );
}
