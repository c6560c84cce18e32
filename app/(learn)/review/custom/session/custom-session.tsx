"use client";
/**
 * A custom-study session: the list of cards was built when it started; each rating goes to
 * POST /api/review/custom with the card to show next. The screen and its keys are review's
 * (../../session-shell.tsx): Space or Enter shows the answer (Enter in the answer field checks it),
 * 1–4 rate, Z undoes. In a cram session, Again puts the card at the end of the list once more (its
 * schedule isn't touched, so only this session brings it back).
 */
import { useRef, useState } from "react";
import type { ReviewCard } from "@/lib/srs/view";
import type { ItemRefInput } from "@/lib/validations/srs";
import type { CustomSpec } from "@/lib/validations/custom-study";
import { pluralize } from "@/lib/format/plural";
import { SessionShell } from "../../session-shell";

type Reply = { ok: true; card: ReviewCard | null; undone?: string } | { ok: false; error: string };

interface Showing {
  card: ReviewCard | null;
  queue: ItemRefInput[];
  /** What each rating did to the queue, so undo can put it back. */
  history: { ref: ItemRefInput; requeued: boolean }[];
}

export function CustomSession({
  spec,
  refs,
  first,
}: {
  spec: CustomSpec;
  refs: ItemRefInput[];
  first: ReviewCard | null;
}) {
  const cram = spec.mode !== "ahead" && !spec.reschedule;
  const [showing, setShowing] = useState<Showing>({ card: first, queue: refs, history: [] });
  const [message, setMessage] = useState("");
  const [rated, setRated] = useState(0);
  const busy = useRef(false);
  const { card } = showing;

  const post = async (body: object): Promise<Extract<Reply, { ok: true }> | null> => {
    if (busy.current) return null;
    busy.current = true;
    try {
      const res = await fetch("/api/review/custom", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const reply = (await res.json()) as Reply;
      if (!reply.ok) {
        setMessage(reply.error);
        return null;
      }
      return reply;
    } catch {
      setMessage("Couldn't reach the server; your last answer was not saved. Try again.");
      return null;
    } finally {
      busy.current = false;
    }
  };

  const rate = async (rating: number, durationMs: number) => {
    const current = showing.queue[0];
    if (!card || !current) return;
    const requeued = cram && rating === 1;
    const queue = [...showing.queue.slice(1), ...(requeued ? [current] : [])];
    const reply = await post({
      spec,
      itemRef: card.ref,
      rating,
      requestId: crypto.randomUUID(),
      durationMs: Math.min(Math.round(durationMs), 86_400_000),
      next: queue[0] ?? null,
    });
    if (!reply) return;
    setShowing({
      card: reply.card,
      queue,
      history: [...showing.history, { ref: current, requeued }],
    });
    setRated((n) => n + 1);
    setMessage(
      `${cram ? "Noted (schedule unchanged)." : "Saved."} ${reply.card ? "Next card." : "That was the last card."}`,
    );
  };

  const undo = async () => {
    const last = showing.history[showing.history.length - 1];
    if (!last) {
      setMessage("There is nothing to undo in this session.");
      return;
    }
    const reply = await post({ action: "undo" });
    if (!reply) return;
    const queue = last.requeued ? showing.queue.slice(0, -1) : showing.queue;
    setShowing({
      card: reply.card,
      queue: [last.ref, ...queue],
      history: showing.history.slice(0, -1),
    });
    setRated((n) => Math.max(0, n - 1));
    setMessage("Undone. The card is back.");
  };

  return (
    <SessionShell
      showing={showing}
      card={card}
      counts={
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label="This session">
          <div className="flex gap-1.5">
            <dt className="text-slate-700">Left</dt>
            <dd className="font-semibold" data-testid="custom-left">
              {showing.queue.length}
            </dd>
          </div>
          <div className="flex gap-1.5">
            <dt className="text-slate-700">Rated</dt>
            <dd className="font-semibold" data-testid="custom-rated">
              {rated}
            </dd>
          </div>
        </dl>
      }
      message={message}
      onRate={(rating, durationMs) => void rate(rating, durationMs)}
      onUndo={() => void undo()}
      canUndo={showing.history.length > 0}
      note={
        cram && (
          <p className="text-sm text-slate-600">
            The intervals shown are what a real review would give; here nothing is rescheduled.
          </p>
        )
      }
      finished={
        <section
          aria-labelledby="custom-done"
          className="space-y-2 rounded-xl border border-slate-200 bg-white p-6"
        >
          <h2 id="custom-done" className="text-xl font-semibold">
            {rated > 0 ? "Custom study done" : "No cards to study here"}
          </h2>
          <p className="text-slate-700">You rated {pluralize(rated, "card")} in this session.</p>
          <p className="flex flex-wrap gap-4">
            <a href="/review" className="text-brand-700 underline">
              Back to review
            </a>
            <a href="/review/custom" className="text-brand-700 underline">
              Other custom study
            </a>
          </p>
        </section>
      }
      keysHelp="Keys: Space or Enter shows the answer · 1 Again · 2 Hard · 3 Good · 4 Easy · Z undoes."
    />
  );
}
