/** A flashcard session's state: order, position, face, sorting and stars. Lives in the browser. */
import type { ReactNode } from "react";

export type Pile = "know" | "learning";

/** `example` shows under the back (outside its live region: a runnable panel is too long to announce). */
export interface DeckCard {
  id: string;
  front: ReactNode;
  back: ReactNode;
  example?: ReactNode;
  starred: boolean;
}

export interface DeckState {
  ids: string[];
  index: number;
  flipped: boolean;
  sorted: Record<string, Pile>;
  starred: Record<string, boolean>;
  starredOnly: boolean;
  finished: boolean;
}

export type DeckAction =
  | { type: "flip" | "next" | "prev" | "toggleStarredOnly" }
  | { type: "reorder"; ids: string[] }
  | { type: "star"; id: string; starred: boolean }
  | { type: "sort"; pile: Pile }
  | { type: "restart"; ids: string[] };

/** The cards in play: all of the session's, or just the starred ones. */
export function visibleIds(s: DeckState): string[] {
  return s.starredOnly ? s.ids.filter((id) => s.starred[id]) : s.ids;
}

export function initialDeck(ids: string[], starred: Record<string, boolean>): DeckState {
  return {
    ids,
    index: 0,
    flipped: false,
    sorted: {},
    starred,
    starredOnly: false,
    finished: false,
  };
}

export function deckReducer(s: DeckState, a: DeckAction): DeckState {
  const deck = visibleIds(s);
  const at = Math.min(s.index, Math.max(deck.length - 1, 0));
  switch (a.type) {
    case "flip":
      return deck.length ? { ...s, flipped: !s.flipped } : s;
    case "next":
      return { ...s, index: Math.min(at + 1, Math.max(deck.length - 1, 0)), flipped: false };
    case "prev":
      return { ...s, index: Math.max(at - 1, 0), flipped: false };
    case "reorder":
      return { ...s, ids: a.ids, index: 0, flipped: false };
    case "star":
      return { ...s, starred: { ...s.starred, [a.id]: a.starred } };
    case "toggleStarredOnly":
      return {
        ...s,
        starredOnly: !s.starredOnly,
        index: 0,
        flipped: false,
        sorted: {},
        finished: false,
      };
    case "restart":
      return {
        ...s,
        ids: a.ids,
        index: 0,
        flipped: false,
        sorted: {},
        starredOnly: false,
        finished: false,
      };
    case "sort": {
      const id = deck[at];
      if (!id) return s;
      const sorted = { ...s.sorted, [id]: a.pile };
      // Go on to the next card not yet sorted, wrapping round; none left ends the session.
      const order = [...deck.slice(at + 1), ...deck.slice(0, at)];
      const nextId = order.find((x) => !sorted[x]);
      return nextId
        ? { ...s, sorted, index: deck.indexOf(nextId), flipped: false }
        : { ...s, sorted, finished: true, flipped: false };
    }
  }
}
