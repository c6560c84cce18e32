/**
 * Replays the outbox through POST /api/review, in the order the ratings were made, one tab at a
 * time: the Web Locks API (`navigator.locks`) holds a lock per learner while a tab syncs (a second
 * tab waits for it, then finds everything already sent); without it, a lease in localStorage. Each
 * rating keeps its requestId, so even a rating sent twice is recorded once. The same code runs in
 * the review page (on load and reconnect) and in the service worker (`backgroundReplay`, from a
 * Background Sync event): the lock is one per origin, so a tab and the worker never replay at once.
 */
import type { Conflict, OutboxEntry } from "./outbox-schema";
import { addSyncNotice, markSent, readOutbox, removeFromOutbox } from "./outbox";

export type { Conflict } from "./outbox-schema";

export interface SyncReport {
  sent: number;
  /** Ratings the server kept as logs only: what won the card's state instead. */
  conflicts: { lessonTitle?: string; conflict: Conflict }[];
  /** Ratings the server refused (the card is gone, the rating too old): removed, with the server's message. */
  refused: { lessonTitle?: string; error: string }[];
  /** Stopped early: the network is gone again (or the server failed); the rest waits. */
  stopped: boolean;
  discarded: number;
  /** The session as the server left it after the last accepted rating. */
  review: unknown;
}

const LEASE_MS = 30_000;

/** Runs `fn` while no other tab of this learner (nor the service worker) runs it. */
export async function oneTabAtATime<T>(userId: string, fn: () => Promise<T>): Promise<T> {
  const name = `recall-lab-offline-sync:${userId}`;
  if (typeof navigator !== "undefined" && navigator.locks)
    return navigator.locks.request(name, () => fn());
  // A worker without Web Locks has no localStorage either: it doesn't replay (the pages do).
  if (typeof localStorage === "undefined") throw new Error("No Web Locks here to replay under.");
  // Fallback: a lease in localStorage (renewed while syncing, free after LEASE_MS if a tab died).
  const me = crypto.randomUUID();
  for (;;) {
    const held = JSON.parse(localStorage.getItem(name) ?? "null") as {
      by: string;
      until: number;
    } | null;
    if (!held || held.until < Date.now()) {
      localStorage.setItem(name, JSON.stringify({ by: me, until: Date.now() + LEASE_MS }));
      if ((JSON.parse(localStorage.getItem(name) ?? "null") as { by: string } | null)?.by === me)
        break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    return await fn();
  } finally {
    localStorage.removeItem(name);
  }
}

export async function syncOutbox(userId: string, courseSlug?: string): Promise<SyncReport> {
  return oneTabAtATime(userId, async () => {
    const report: SyncReport = {
      sent: 0,
      conflicts: [],
      refused: [],
      stopped: false,
      discarded: 0,
      review: null,
    };
    // Read afresh on every step: another tab may have added ratings (or sent them before we got the lock).
    for (;;) {
      const { entries, discarded } = await readOutbox(userId);
      report.discarded += discarded;
      const next: OutboxEntry | undefined = entries.find((e) => !e.sent);
      if (!next) return report;
      let res: Response;
      try {
        res = await fetch("/api/review", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            itemRef: next.ref,
            rating: next.rating,
            requestId: next.requestId,
            durationMs: next.durationMs,
            reviewedAt: next.reviewedAt,
            ...(courseSlug ? { courseSlug } : {}),
          }),
        });
      } catch {
        report.stopped = true;
        return report;
      }
      const reply = (await res.json().catch(() => null)) as {
        ok?: boolean;
        error?: string;
        conflict?: Conflict;
        review?: unknown;
      } | null;
      if (res.ok && reply?.ok) {
        await markSent(next.id);
        report.sent++;
        report.review = reply.review ?? null;
        if (reply.conflict)
          report.conflicts.push({ lessonTitle: next.lessonTitle, conflict: reply.conflict });
      } else if (res.status === 400 || res.status === 404 || res.status === 409) {
        // The server will never take this one (the card is gone, the rating too old): not sent again.
        await removeFromOutbox(next.id);
        report.refused.push({
          lessonTitle: next.lessonTitle,
          error: reply?.error ?? `refused (${res.status})`,
        });
      } else {
        // Signed out, or the server failed: try again later.
        report.stopped = true;
        return report;
      }
    }
  });
}

/** Tells this learner's open review pages that the shared outbox changed (they re-read it). */
export function announceOutboxChange(userId: string): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(`recall-lab-offline:${userId}`);
  channel.postMessage("outbox");
  channel.close();
}

/**
 * The service worker's replay (a Background Sync event, lib/offline/background-sync.ts): the
 * outbox of whoever is signed in on this browser now (`/api/auth/session`; another learner's
 * ratings wait for them), in order, under the same lock and rules as the page. What it did is kept
 * for the next review page to show; the next review page also fetches a fresh pack. Throws while the network or the server fails, so the browser
 * tries the sync again later.
 */
export async function backgroundReplay(): Promise<SyncReport | null> {
  const res = await fetch("/api/auth/session", { cache: "no-store" });
  if (!res.ok) throw new Error(`The session could not be read (${res.status}).`);
  const session = (await res.json().catch(() => null)) as { user?: { id?: unknown } } | null;
  const userId = typeof session?.user?.id === "string" ? session.user.id : null;
  if (!userId) return null;
  const report = await syncOutbox(userId);
  const { sent, conflicts, refused, discarded } = report;
  if (sent || conflicts.length || refused.length || discarded)
    await addSyncNotice(userId, { sent, conflicts, refused, discarded });
  // The pack stays as it is: the sent entries stay in the outbox, so the offline queue is right
  // until the next review page fetches a fresh pack (it does on load).
  announceOutboxChange(userId);
  if (report.stopped) throw new Error("The outbox waits for the network.");
  return report;
}
