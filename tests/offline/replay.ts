/** The outbox replayed as the review page does on reconnect: each entry, in order, through POST /api/review. */
import type { OutboxEntry } from "../../lib/offline/queue";
import { postJson } from "../srs/helpers";

/** Each entry's answer status, in order (the page sends the next only after the last answered). */
export async function replayOutbox(
  POST: (request: Request) => Promise<Response>,
  entries: OutboxEntry[],
): Promise<number[]> {
  const statuses: number[] = [];
  for (const e of entries) {
    const res = await postJson(POST, "/api/review", {
      itemRef: e.ref,
      rating: e.rating,
      requestId: e.requestId,
      durationMs: e.durationMs,
      reviewedAt: e.reviewedAt,
    });
    statuses.push(res.status);
  }
  return statuses;
}
