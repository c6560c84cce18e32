"use client";

import { useOnline } from "@/components/offline/use-online";
import { ProgressBar } from "@/components/progress-bar";
import { pluralize } from "@/lib/format/plural";
import type { DeckCard, Pile } from "./deck-state";
import type { DeckKeyHandlers } from "./use-deck-keys";
import { FlipCard } from "./flip-card";

const button =
  "rounded-md border border-slate-400 bg-white px-3 py-2 font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50";

/** The card in play, with every control the shortcuts also reach. */
export function DeckControls({
  card,
  position,
  total,
  sortedCount,
  flipped,
  starred,
  pile,
  starredOnly,
  onToggleStarredOnly,
  act,
  listen,
}: {
  card: DeckCard | undefined;
  position: number;
  total: number;
  sortedCount: number;
  flipped: boolean;
  starred: boolean;
  pile: Pile | undefined;
  starredOnly: boolean;
  onToggleStarredOnly: () => void;
  act: DeckKeyHandlers;
  /** Reads the front aloud; absent where the browser has no voice. */
  listen?: () => void;
}) {
  const online = useOnline();
  return (
    <section aria-labelledby="card-position" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id="card-position" className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {total ? `Card ${position + 1} of ${total}` : "No cards"} · {sortedCount} sorted
        </p>
        <label className="flex items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
          <input
            type="checkbox"
            checked={starredOnly}
            onChange={onToggleStarredOnly}
            className="size-4 accent-brand-600"
          />
          Study starred only
        </label>
      </div>
      <ProgressBar
        max={total}
        value={sortedCount}
        label="Cards sorted"
        valueText={`${sortedCount} of ${pluralize(total, "card")} sorted`}
      />
      {card ? (
        <FlipCard
          flipped={flipped}
          onFlip={act.flip}
          onSwipe={(d) => (d === "right" ? act.know() : act.learning())}
          label={
            <>
              {flipped ? "Back" : "Front"}
              {pile && ` · ${pile === "know" ? "Know it" : "Still learning"}`}
            </>
          }
          face={
            <div className={flipped ? "text-lg sm:text-xl" : "text-2xl font-semibold sm:text-3xl"}>
              {flipped ? card.back : card.front}
            </div>
          }
          below={flipped ? card.example : undefined}
        />
      ) : (
        <p className="rounded-xl border border-slate-200 bg-white p-5 text-slate-700">
          {starredOnly
            ? "No starred cards yet. Star a card with the ☆ button or the * key."
            : "This lesson has no flashcards yet."}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={act.prev}
          disabled={position === 0 || !card}
        >
          ← Previous
        </button>
        <button
          type="button"
          className={`${button} border-brand-600 text-brand-800`}
          onClick={act.flip}
          disabled={!card}
        >
          {flipped ? "Show front" : "Flip card"}
        </button>
        <button
          type="button"
          className={button}
          onClick={act.next}
          disabled={position >= total - 1 || !card}
        >
          Next →
        </button>
        <button type="button" className={button} onClick={act.shuffle} disabled={!card}>
          Shuffle
        </button>
        {listen && (
          <button type="button" className={button} onClick={listen} disabled={!card}>
            <span aria-hidden="true">🔊</span> Listen
          </button>
        )}
        <button
          type="button"
          className={button}
          onClick={act.star}
          disabled={!card || !online}
          aria-pressed={starred}
        >
          <span aria-hidden="true">{starred ? "★" : "☆"}</span> Star
          {!online && <span className="text-sm font-normal"> (needs a connection)</span>}
        </button>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={act.learning}
          disabled={!card}
          className="flex-1 rounded-md bg-amber-700 px-4 py-2 font-semibold text-white hover:bg-amber-800 disabled:opacity-50"
        >
          Still learning
        </button>
        <button
          type="button"
          onClick={act.know}
          disabled={!card}
          className="flex-1 rounded-md bg-green-700 px-4 py-2 font-semibold text-white hover:bg-green-800 disabled:opacity-50"
        >
          Know it
        </button>
      </div>
    </section>
  );
}
