/** GET ?q=… answers from this lesson as JSON; POST {q} is the chat page's streamed, remembered ask. */
import { answerGet, answerPost } from "@/lib/chat/route-handlers";

type Context = { params: Promise<{ lessonSlug: string }> };

export async function GET(request: Request, { params }: Context) {
  return answerGet(request, { lessonSlug: (await params).lessonSlug });
}

export async function POST(request: Request, { params }: Context) {
  return answerPost(request, { lessonSlug: (await params).lessonSlug });
}
