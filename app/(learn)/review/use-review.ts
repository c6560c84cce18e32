"use client";
/** Talks to POST /api/review: rate, undo, reset, suspend, bury. One request at a time; each rating carries its own requestId. */
import { useCallback, useRef, useState } from "react";
import type { ReviewState } from "@/lib/srs/review";
import type { UndoneAction } from "@/lib/srs/undo";
import type { ReviewCard } from "@/lib/srs/view";

const undoneMessage: Record<UndoneAction, string> = {
  rating: "Undone. The card is back.",
  reset: "Reset undone. The card has its schedule back.",
  suspend: "Suspend undone. The card is back.",
  bury: "Bury undone. The card is back.",
  unsuspend: "Unsuspend undone. The card is suspended again.",
  unbury: "Unbury undone. The card is buried again.",
  reschedule: "Reschedule undone. The card has its due date back.",
  cram: "Undone. The card is back.",
};
const leechMessage = {
  suspend:
    "That card just became a leech (lapsed too often) and is suspended. Find it under Suspended and leech cards.",
  tag: "That card just became a leech (lapsed too often): it is tagged, and stays in your reviews.",
};

type Reply =
  | { ok: true; review: ReviewState; undone?: UndoneAction; leech?: "suspend" | "tag" }
  | { ok: false; error: string };
type Done = Extract<Reply, { ok: true }>;

/** What the offline side (use-offline-review.ts) hears about ratings: accepted online, or not sent because the server was unreachable. */
export interface RatingHooks {
  onRated?: (card: ReviewCard, rating: number, durationMs: number, requestId: string) => void;
  onUnreachable?: (
    card: ReviewCard,
    rating: number,
    durationMs: number,
    requestId: string,
  ) => Promise<boolean>;
}

export function useReview(initial: ReviewState, courseSlug?: string, hooks: RatingHooks = {}) {
  const [review, setReview] = useState(initial);
  const [message, setMessage] = useState("");
  const [reviewed, setReviewed] = useState(0);
  const busy = useRef(false);

  const send = useCallback(
    async (
      body: object,
      after: (r: Done) => string,
      unreachable?: () => Promise<boolean>,
    ): Promise<Done | null | "offline"> => {
      if (busy.current) return null;
      busy.current = true;
      try {
        const res = await fetch("/api/review", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ ...body, courseSlug }),
        });
        const reply = (await res.json()) as Reply;
        if (!reply.ok) {
          setMessage(reply.error);
          return null;
        }
        setReview(reply.review);
        setMessage(after(reply));
        return reply;
      } catch {
        // A rating is kept on this device for later when the offline side takes it.
        if (unreachable && (await unreachable())) {
          setMessage("");
          return "offline";
        }
        setMessage("Couldn't reach the server; your last answer was not saved. Try again.");
        return null;
      } finally {
        busy.current = false;
      }
    },
    [courseSlug],
  );

  const rate = useCallback(
    async (rating: number, durationMs: number) => {
      const card = review.card;
      if (!card) return false;
      const requestId = crypto.randomUUID();
      const duration = Math.min(Math.round(durationMs), 86_400_000);
      const ok = await send(
        { itemRef: card.ref, rating, requestId, durationMs: duration },
        (r) =>
          (r.leech ? `${leechMessage[r.leech]} ` : "") +
          (r.review.card ? "Saved. Next card." : "Saved. That was the last card for now."),
        hooks.onUnreachable
          ? () => hooks.onUnreachable!(card, rating, duration, requestId)
          : undefined,
      );
      if (ok && ok !== "offline") {
        setReviewed((n) => n + 1);
        hooks.onRated?.(card, rating, duration, requestId);
      }
      return ok !== null;
    },
    [review.card, send, hooks],
  );

  // Undo takes back the last action, a rating or a reset; only a rating counted towards "reviewed".
  const undo = useCallback(async () => {
    // The server said so with the last reply; no request needed (it would answer 409).
    if (!review.canUndo) {
      setMessage("There is nothing to undo.");
      return false;
    }
    const done = await send({ action: "undo" }, (r) => undoneMessage[r.undone ?? "rating"]);
    if (done && done !== "offline" && done.undone === "rating")
      setReviewed((n) => Math.max(0, n - 1));
    return done !== null;
  }, [review.canUndo, send]);

  const reset = useCallback(async () => {
    const card = review.card;
    if (!card) return false;
    const done = await send(
      { action: "reset", itemRef: card.ref },
      () => "The card is new again. Z undoes the reset.",
    );
    return done !== null;
  }, [review.card, send]);

  // Suspend or bury the card on screen; Z undoes either.
  const flag = useCallback(
    async (action: "suspend" | "bury") => {
      const card = review.card;
      if (!card) return false;
      const done = await send({ action, itemRef: card.ref }, () =>
        action === "suspend"
          ? "Card suspended. Z undoes; unsuspend it any time from the card list."
          : "Card buried until your next study day. Z undoes.",
      );
      return done !== null;
    },
    [review.card, send],
  );

  /** The session as the server has it after an offline sync. */
  const replace = useCallback((next: ReviewState) => {
    setReview(next);
    setMessage("");
  }, []);

  return { review, message, reviewed, rate, undo, reset, flag, replace };
}
