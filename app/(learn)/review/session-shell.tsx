"use client";
/**
 * The one study screen both sessions show (review-session.tsx, custom/session/custom-session.tsx):
 * the card's front, "type the answer" when the card asks for it, Show answer (Space or Enter),
 * the four ratings (1–4), Undo (Z or Ctrl+Z) and the session's status line. What a showing is
 * belongs to the caller: `showing` changes identity whenever a card is put on screen (the next card,
 * or the same one coming back), and the answer stays hidden and the typed text empty until then.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { useKeyHandler } from "@/components/keyboard/use-key-handler";
import { compareAnswer } from "@/lib/srs/type-answer";
import type { ReviewCard } from "@/lib/srs/view";
import type { PanelExample } from "@/lib/sandbox/result-schema";
import { CardFace } from "./card-face";
import { RatingButtons } from "./rating-buttons";
import { AnswerComparison, TypedAnswerInput } from "./typed-answer";

export function SessionShell({
  showing,
  card,
  panels,
  counts,
  message,
  onRate,
  onUndo,
  canUndo,
  onKey,
  actions,
  note,
  finished,
  keysHelp,
  children,
}: {
  /** The current showing: a new object each time a card is put on screen. */
  showing: object;
  card: ReviewCard | null;
  /** The examples' panels with their stored runs (the offline pack's), if any. */
  panels?: PanelExample[];
  /** Above the card: the queue's counts and any status of the caller's own. */
  counts: ReactNode;
  message: string;
  /** A rating of the card on screen, with how long it was on screen. */
  onRate: (rating: number, durationMs: number) => void;
  onUndo: () => void;
  canUndo: boolean;
  /** The caller's own keys for the card on screen (bury, suspend); true when it took the key. */
  onKey?: (e: KeyboardEvent) => boolean;
  /** Under the card: the caller's own buttons. */
  actions?: ReactNode;
  /** Under the ratings (what rating does in this session). */
  note?: ReactNode;
  /** In place of the card when there is none left. */
  finished: ReactNode;
  keysHelp: string;
  /** Below it all: links elsewhere. */
  children?: ReactNode;
}) {
  const [revealedFor, setRevealedFor] = useState<object | null>(null);
  const revealed = revealedFor === showing;
  const reveal = () => setRevealedFor(showing);
  // What was typed belongs to one showing too ("type the answer": card.typeAnswer is set).
  const [typed, setTyped] = useState<{ for: object | null; text: string }>({
    for: null,
    text: "",
  });
  const typedText = typed.for === showing ? typed.text : "";
  const shownAt = useRef(0);
  const typeInput = useRef<HTMLInputElement>(null);
  const suggested =
    revealed && card?.typeAnswer && !compareAnswer(card.typeAnswer, typedText).exact
      ? 1
      : undefined;
  const rate = (rating: number) => onRate(rating, performance.now() - shownAt.current);

  // Each showing's answer time starts when it is on screen; the answer field, if any, takes focus.
  useLayoutEffect(() => {
    shownAt.current = performance.now();
    typeInput.current?.focus();
  }, [showing]);

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
      onUndo();
      return;
    }
    if (e.ctrlKey || !card) return;
    if (onKey?.(e)) {
      e.preventDefault();
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
      rate(Number(e.key));
    }
  });

  return (
    <div className="space-y-4" data-keys-ready={ready}>
      {counts}
      <p role="status" aria-live="polite" className="min-h-6 text-sm text-slate-700">
        {message}
      </p>
      {card ? (
        <>
          <CardFace card={card} revealed={revealed} panels={panels} />
          {card.typeAnswer &&
            (revealed ? (
              <AnswerComparison expected={card.typeAnswer} typed={typedText} />
            ) : (
              <TypedAnswerInput
                inputRef={typeInput}
                value={typedText}
                onChange={(text) => setTyped({ for: showing, text })}
                onSubmit={reveal}
              />
            ))}
          {revealed ? (
            <RatingButtons intervals={card.intervals} suggested={suggested} onRate={rate} />
          ) : (
            <button
              type="button"
              onClick={reveal}
              className="w-full rounded-lg bg-brand-700 px-4 py-3 text-lg font-semibold text-white hover:bg-brand-800"
            >
              Show answer <span className="text-sm font-normal">(Space)</span>
            </button>
          )}
          {note}
          {actions}
        </>
      ) : (
        finished
      )}
      {canUndo && (
        <button
          type="button"
          onClick={onUndo}
          className="rounded-md border border-slate-400 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
        >
          Undo <span className="text-slate-600">(Z)</span>
        </button>
      )}
      <p className="text-sm text-slate-600">{keysHelp}</p>
      {children}
    </div>
  );
}
