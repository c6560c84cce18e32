/**
 * The HTTP side of POST /api/sandbox/run: parse, check, claim, run. Plain JSON by default; with
 * `Accept: application/x-ndjson` it streams {"type":"queued","position":n} lines while the run waits, then the result.
 */
import "server-only";
import { AuthError, requireUser } from "../auth/session";
import { MAX_BODY_BYTES, runRequestSchema } from "./request";
import type { RunStreamLine } from "./result-schema";
import { appRunner, claimRun, finishRun, type ClaimedRun, type SandboxRunner } from "./runs";

const fail = (status: number, error: string) => Response.json({ ok: false, error }, { status });

export async function respondToRun(
  request: Request,
  runner: SandboxRunner = appRunner,
): Promise<Response> {
  try {
    const user = await requireUser();
    const text = await request.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) return fail(413, "The request is too large.");
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return fail(400, 'Send a JSON body like { "exampleId": "tcp-uppercase" }.');
    }
    const parsed = runRequestSchema.safeParse(body);
    if (!parsed.success)
      return fail(
        400,
        parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "),
      );
    const claim = await claimRun(user, parsed.data, runner);
    if (!claim.ok) return fail(claim.status, claim.error);
    if (request.headers.get("accept")?.includes("application/x-ndjson"))
      return streamRun(claim.claimed, runner, request.signal);
    const outcome = await finishRun(claim.claimed, runner, { signal: request.signal });
    return outcome.ok
      ? Response.json({ ok: true, result: outcome.result })
      : fail(outcome.status, outcome.error);
  } catch (e) {
    if (e instanceof AuthError) return fail(e.status, e.message);
    throw e;
  }
}

/** Checks passed, so the status is 200; what happens next (queue places, result or a late error) comes as lines. */
function streamRun(claimed: ClaimedRun, runner: SandboxRunner, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: RunStreamLine) => {
        if (!signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      try {
        const outcome = await finishRun(claimed, runner, {
          signal,
          onQueuePosition: (position) =>
            send(position > 0 ? { type: "queued", position } : { type: "started" }),
        });
        send(
          outcome.ok
            ? { type: "result", result: outcome.result }
            : { type: "error", status: outcome.status, error: outcome.error },
        );
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  // no-transform: a compressing proxy or server would otherwise hold the queue lines back until the result.
  return new Response(body, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-store, no-transform",
    },
  });
}
