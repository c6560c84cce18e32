/** GET ?q=… answers from the whole course as JSON; POST {q} is the chat page's streamed, remembered ask. */
import { answerGet, answerPost } from "@/lib/chat/route-handlers";

type Context = { params: Promise<{ courseSlug: string }> };

export async function GET(request: Request, { params }: Context) {
  return answerGet(request, { courseSlug: (await params).courseSlug });
}

export async function POST(request: Request, { params }: Context) {
  return answerPost(request, { courseSlug: (await params).courseSlug });
}
