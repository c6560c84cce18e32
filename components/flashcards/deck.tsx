"use client";

import { useEffect, useReducer, useRef, useState } from "react";
import { deckReducer, initialDeck, visibleIds, type DeckCard } from "./deck-state";
import { useSavedDeck } from "./use-saved-deck";
import { useSpeech } from "./use-speech";
import { DeckControls } from "./deck-controls";
import { SessionSummary } from "./session-summary";
import { useDeckKeys } from "./use-deck-keys";

type SetStar = (input: {
  flashcardId: string;
  starred: boolean;
}) => Promise<{ ok: true; starred: boolean } | { ok: false; error: string }>;

const shuffle = (ids: string[]) =>
  ids
    .map((id) => ({ id, r: Math.random() }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.id);

/** Study Flashcards: flip, move, shuffle, star and sort cards into "know it" and "still learning". */
export function FlashcardDeck({
  cards,
  setStar,
  storageKey,
}: {
  cards: DeckCard[];
  setStar: SetStar;
  /** Where this learner's deck order and sorting are kept between visits (per learner and lesson). */
  storageKey: string;
}) {
  const [s, dispatch] = useReducer(deckReducer, null, () =>
    initialDeck(
      cards.map((c) => c.id),
      Object.fromEntries(cards.map((c) => [c.id, c.starred])),
    ),
  );
  useSavedDeck(storageKey, s, dispatch);
  const { canSpeak, speak } = useSpeech();
  const [message, setMessage] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const deck = visibleIds(s);
  const index = Math.min(s.index, Math.max(deck.length - 1, 0));
  const card = deck[index] ? byId.get(deck[index]) : undefined;

  useEffect(() => {
    if (s.finished) summaryRef.current?.querySelector("h2")?.focus();
  }, [s.finished]);

  async function toggleStar() {
    if (!card) return;
    // Stars are saved on the server: offline the * key and the button say so instead.
    if (!navigator.onLine) return setMessage("Starring needs a connection: you're offline.");
    const starred = !s.starred[card.id];
    dispatch({ type: "star", id: card.id, starred });
    setMessage(starred ? "Starred." : "Star removed.");
    const result = await setStar({ flashcardId: card.id, starred });
    if (!result.ok) {
      dispatch({ type: "star", id: card.id, starred: !starred });
      setMessage(`Could not save the star: ${result.error}`);
    }
  }

  const act = {
    flip: () => dispatch({ type: "flip" }),
    next: () => dispatch({ type: "next" }),
    prev: () => dispatch({ type: "prev" }),
    shuffle: () => {
      dispatch({ type: "reorder", ids: shuffle(s.ids) });
      setMessage("Cards shuffled.");
    },
    star: () => void toggleStar(),
    know: () => {
      dispatch({ type: "sort", pile: "know" });
      setMessage("Sorted into Know it.");
    },
    learning: () => {
      dispatch({ type: "sort", pile: "learning" });
      setMessage("Sorted into Still learning.");
    },
  };
  const listen = canSpeak && card?.frontText ? () => speak(card.frontText!) : undefined;
  const keysReady = useDeckKeys(act, !s.finished);

  const sessionCards = deck.map((id) => byId.get(id)!).filter(Boolean);
  return (
    <div className="space-y-4" data-keys-ready={keysReady}>
      <div role="status" aria-live="polite" className="sr-only">
        {message}
      </div>
      {s.finished ? (
        <div ref={summaryRef}>
          <SessionSummary
            cards={sessionCards}
            sorted={s.sorted}
            onStudyAgain={(ids) => dispatch({ type: "restart", ids })}
            onStartOver={() => dispatch({ type: "restart", ids: cards.map((c) => c.id) })}
          />
        </div>
      ) : (
        <DeckControls
          card={card}
          position={index}
          total={deck.length}
          sortedCount={deck.filter((id) => s.sorted[id]).length}
          flipped={s.flipped}
          starred={card ? Boolean(s.starred[card.id]) : false}
          pile={card ? s.sorted[card.id] : undefined}
          starredOnly={s.starredOnly}
          onToggleStarredOnly={() => dispatch({ type: "toggleStarredOnly" })}
          act={act}
          listen={listen}
        />
      )}
    </div>
  );
}
