/** GET ?q=… answers from the whole course as JSON; POST {q} is the chat page's streamed, remembered ask. */
import { answerGet, answerPost } from "@/lib/chat/route-handlers";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";

type Context = { params: Promise<{ courseSlug: string }> };

export async function GET(request: Request, { params }: Context) {
  return (
    refuseUnsafeRequest(request) ?? answerGet(request, { courseSlug: (await params).courseSlug })
  );
}

export async function POST(request: Request, { params }: Context) {
  return (
    refuseUnsafeRequest(request) ?? answerPost(request, { courseSlug: (await params).courseSlug })
  );
}
