/**
 * The ask routes. GET answers as JSON (the public API); POST is the chat page's call: it streams
 * NDJSON events (passages, answer text, done) and keeps the exchange in the learner's history.
 */
import "server-only";
import { z } from "zod";
import { AuthError, requireUser, type CurrentUser } from "../auth/session";
import { questionSchema } from "../validations/chat";
import { ask, askStream, findChatScope, type ChatScope } from "./ask";
import { saveExchange } from "./history";

type ScopeKey = { courseSlug: string } | { lessonSlug: string };
const fail = (status: number, error: string) => Response.json({ error }, { status });

async function prepare(
  by: ScopeKey,
  rawQuestion: unknown,
): Promise<Response | { user: CurrentUser; scope: ChatScope; question: string }> {
  let user: CurrentUser;
  try {
    user = await requireUser();
  } catch (e) {
    if (e instanceof AuthError) return fail(e.status, e.message);
    throw e;
  }
  const parsed = questionSchema.safeParse(rawQuestion ?? "");
  if (!parsed.success) return fail(400, parsed.error.issues[0]!.message);
  const scope = await findChatScope(user, by);
  if (!scope) return fail(404, "lessonSlug" in by ? "No such lesson." : "No such course.");
  return { user, scope, question: parsed.data };
}

export async function answerGet(request: Request, by: ScopeKey): Promise<Response> {
  const ready = await prepare(by, new URL(request.url).searchParams.get("q"));
  if (ready instanceof Response) return ready;
  const { answer, found, passages } = await ask(ready.user, ready.scope, ready.question);
  return Response.json({ answer, found, passages });
}

const postBody = z.object({ q: z.unknown() });

export async function answerPost(request: Request, by: ScopeKey): Promise<Response> {
  const body = postBody.safeParse(await request.json().catch(() => null));
  const ready = await prepare(by, body.success ? body.data.q : "");
  if (ready instanceof Response) return ready;
  const { user, scope, question } = ready;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      for await (const event of askStream(user, scope, question)) {
        if (event.type === "done") await saveExchange(user, scope, question, event.result);
        controller.enqueue(encoder.encode(JSON.stringify(event) + "\n"));
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
  });
}
