"use client";
/** Talks to POST /api/review: rate, undo, reset. One request at a time; each rating carries its own requestId. */
import { useCallback, useRef, useState } from "react";
import type { ReviewState } from "@/lib/srs/review";

type Reply = { ok: true; review: ReviewState } | { ok: false; error: string };

export function useReview(initial: ReviewState, courseSlug?: string) {
  const [review, setReview] = useState(initial);
  const [message, setMessage] = useState("");
  const [reviewed, setReviewed] = useState(0);
  const busy = useRef(false);

  const send = useCallback(
    async (body: object, after: (r: ReviewState) => string) => {
      if (busy.current) return false;
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
          return false;
        }
        setReview(reply.review);
        setMessage(after(reply.review));
        return true;
      } catch {
        setMessage("Couldn't reach the server; your last answer was not saved. Try again.");
        return false;
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
        (r) => (r.card ? "Saved. Next card." : "Saved. That was the last card for now."),
      );
      if (ok) setReviewed((n) => n + 1);
      return ok;
    },
    [review.card, send],
  );

  const undo = useCallback(async () => {
    const ok = await send({ action: "undo" }, () => "Undone. The card is back.");
    if (ok) setReviewed((n) => Math.max(0, n - 1));
    return ok;
  }, [send]);

  const reset = useCallback(async () => {
    const card = review.card;
    return card
      ? send({ action: "reset", itemRef: card.ref }, () => "The card is new again.")
      : false;
  }, [review.card, send]);

  return { review, message, reviewed, rate, undo, reset };
}
