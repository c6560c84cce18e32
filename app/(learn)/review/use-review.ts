"use client";
/** Talks to POST /api/review: rate, undo, reset. One request at a time; each rating carries its own requestId. */
import { useCallback, useRef, useState } from "react";
import type { ReviewState } from "@/lib/srs/review";

type Reply =
  { ok: true; review: ReviewState; undone?: "rating" | "reset" } | { ok: false; error: string };
type Done = Extract<Reply, { ok: true }>;

export function useReview(initial: ReviewState, courseSlug?: string) {
  const [review, setReview] = useState(initial);
  const [message, setMessage] = useState("");
  const [reviewed, setReviewed] = useState(0);
  const busy = useRef(false);

  const send = useCallback(
    async (body: object, after: (r: Done) => string): Promise<Done | null> => {
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
      const ok = await send(
        {
          itemRef: card.ref,
          rating,
          requestId: crypto.randomUUID(),
          durationMs: Math.min(Math.round(durationMs), 86_400_000),
        },
        (r) => (r.review.card ? "Saved. Next card." : "Saved. That was the last card for now."),
      );
      if (ok) setReviewed((n) => n + 1);
      return ok !== null;
    },
    [review.card, send],
  );

  // Undo takes back the last action, a rating or a reset; only a rating counted towards "reviewed".
  const undo = useCallback(async () => {
    // The server said so with the last reply; no request needed (it would answer 409).
    if (!review.canUndo) {
      setMessage("There is nothing to undo.");
      return false;
    }
    const done = await send({ action: "undo" }, (r) =>
      r.undone === "reset"
        ? "Reset undone. The card has its schedule back."
        : "Undone. The card is back.",
    );
    if (done?.undone === "rating") setReviewed((n) => Math.max(0, n - 1));
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

  return { review, message, reviewed, rate, undo, reset };
}
