"use client";
/** The review screen: front → reveal (Space/Enter) → Again/Hard/Good/Easy (1–4); - buries, @ suspends (Anki's keys); z or Ctrl+Z undoes the last action. */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useKeyHandler } from "@/components/keyboard/use-key-handler";
import type { ReviewState } from "@/lib/srs/review";
import { CardFace } from "./card-face";
import { Finished } from "./finished";
import { QueueCounts } from "./queue-counts";
import { RatingButtons } from "./rating-buttons";
import { ResetButton } from "./reset-button";
import { AnswerComparison, TypedAnswerInput } from "./typed-answer";
import { useReview } from "./use-review";
import { useOfflineReview } from "./use-offline-review";
import { OfflineStatus } from "./offline-status";
import { compareAnswer } from "@/lib/srs/type-answer";

export function ReviewSession({
  initial,
  courseSlug,
  canEdit,
  userId,
}: {
  initial: ReviewState;
  courseSlug?: string;
  canEdit: boolean;
  userId: string;
}) {
  const replaceRef = useRef<(r: ReviewState) => void>(() => undefined);
  const off = useOfflineReview({
    userId,
    courseSlug,
    onSynced: useCallback((r: ReviewState) => replaceRef.current(r), []),
  });
  const hooks = useMemo(
    () => ({ onRated: off.noteOnline, onUnreachable: off.takeOver }),
    [off.noteOnline, off.takeOver],
  );
  const online = useReview(initial, courseSlug, hooks);
  useEffect(() => {
    replaceRef.current = online.replace;
  }, [online.replace]);
  // Offline with a pack in this browser: the session runs from it; otherwise the server's.
  const local = off.review;
  const review = local ?? online.review;
  const message = local ? off.message : online.message;
  const reviewed = online.reviewed + off.reviewed;
  const rate = local ? off.rate : online.rate;
  const needsNetwork = (action: () => Promise<boolean>) => () => {
    if (local) {
      off.needsConnection();
      return Promise.resolve(false);
    }
    return action().then((done) => {
      if (done) off.refreshSoon();
      return done;
    });
  };
  const undo = needsNetwork(online.undo);
  const reset = needsNetwork(online.reset);
  const flag = (action: "suspend" | "bury") => needsNetwork(() => online.flag(action))();
  // Revealed belongs to one showing of one card: the next card (or the same card coming back) starts
  // hidden in the very render that shows it, never with the previous card's answer open.
  const [revealedFor, setRevealedFor] = useState<ReviewState | null>(null);
  const revealed = revealedFor === review;
  const reveal = () => setRevealedFor(review);
  const shownAt = useRef(0);
  const card = review.card;
  // What was typed belongs to one showing too ("type the answer": card.typeAnswer is set).
  const [typed, setTyped] = useState<{ for: ReviewState | null; text: string }>({
    for: null,
    text: "",
  });
  const typedText = typed.for === review ? typed.text : "";
  const typeInput = useRef<HTMLInputElement>(null);
  const suggested =
    revealed && card?.typeAnswer && !compareAnswer(card.typeAnswer, typedText).exact
      ? 1
      : undefined;

  // Each showing's answer time starts when it is on screen; the answer field, if any, takes focus.
  useLayoutEffect(() => {
    shownAt.current = performance.now();
    typeInput.current?.focus();
  }, [review]);

  const ready = useKeyHandler((e) => {
    const target = e.target as HTMLElement | null;
    if (
      target?.closest("input, textarea, select, [contenteditable], dialog") ||
      e.altKey ||
      e.metaKey ||
      e.repeat
    )
      return;
    if ((e.key === "z" || e.key === "Z") && !e.shiftKey) {
      e.preventDefault();
      void undo();
      return;
    }
    if (e.ctrlKey || !card) return;
    if (e.key === "-" || e.key === "@") {
      e.preventDefault();
      void flag(e.key === "-" ? "bury" : "suspend");
      return;
    }
    if (!revealed && (e.key === " " || e.key === "Enter")) {
      // A focused button keeps its own Space/Enter (it clicks).
      if (target?.closest("button, a")) return;
      e.preventDefault();
      reveal();
      return;
    }
    if (revealed && ["1", "2", "3", "4"].includes(e.key)) {
      e.preventDefault();
      void rate(Number(e.key), performance.now() - shownAt.current);
    }
  });

  return (
    <div className="space-y-4" data-keys-ready={ready}>
      <QueueCounts counts={review.counts} reviewed={reviewed} />
      <OfflineStatus
        offline={off.offline}
        waiting={off.waiting}
        syncing={off.syncing}
        hasPack={off.hasPack}
        loaded={off.loaded}
        notice={off.notice}
      />
      <p role="status" aria-live="polite" className="min-h-6 text-sm text-slate-700">
        {message}
      </p>
      {card ? (
        <>
          <CardFace card={card} revealed={revealed} panels={off.panels(card)} />
          {card.typeAnswer &&
            (revealed ? (
              <AnswerComparison expected={card.typeAnswer} typed={typedText} />
            ) : (
              <TypedAnswerInput
                inputRef={typeInput}
                value={typedText}
                onChange={(text) => setTyped({ for: review, text })}
                onSubmit={reveal}
              />
            ))}
          {revealed ? (
            <RatingButtons
              intervals={card.intervals}
              suggested={suggested}
              onRate={(r) => void rate(r, performance.now() - shownAt.current)}
            />
          ) : (
            <button
              type="button"
              onClick={reveal}
              className="w-full rounded-lg bg-brand-700 px-4 py-3 text-lg font-semibold text-white hover:bg-brand-800"
            >
              Show answer <span className="text-sm font-normal">(Space)</span>
            </button>
          )}
          <div className="flex flex-wrap gap-3 text-sm">
            <button
              type="button"
              onClick={() => void flag("bury")}
              className="rounded-md border border-slate-400 px-3 py-1.5 text-slate-800 hover:bg-slate-100"
            >
              Bury until tomorrow <span className="text-slate-600">(-)</span>
            </button>
            <button
              type="button"
              onClick={() => void flag("suspend")}
              className="rounded-md border border-slate-400 px-3 py-1.5 text-slate-800 hover:bg-slate-100"
            >
              Suspend <span className="text-slate-600">(@)</span>
            </button>
            {/* A card never rated is already new: nothing to reset. */}
            {"reviewItemId" in card.ref && <ResetButton onConfirm={() => void reset()} />}
            {canEdit && (
              <a
                href={`/teach/${card.kind === "question" ? "questions" : "flashcards"}/${card.contentId}`}
                className="rounded-md px-3 py-1.5 text-brand-700 underline"
              >
                Edit card
              </a>
            )}
          </div>
        </>
      ) : (
        <Finished review={review} reviewed={reviewed} />
      )}
      {review.canUndo && (
        <button
          type="button"
          onClick={() => void undo()}
          className="rounded-md border border-slate-400 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
        >
          Undo <span className="text-slate-600">(Z)</span>
        </button>
      )}
      <p className="text-sm text-slate-600">
        Keys: Space or Enter shows the answer (Enter in the answer field checks it) · 1 Again · 2
        Hard · 3 Good · 4 Easy · - buries · @ suspends · Z undoes.
      </p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href="/review/cards" className="text-brand-700 underline">
          Browse your cards
        </a>
        <a href="/review/cards?show=flagged" className="text-brand-700 underline">
          Suspended, buried and leech cards
        </a>
        <a href="/review/custom" className="text-brand-700 underline">
          Custom study
        </a>
      </p>
    </div>
  );
}
