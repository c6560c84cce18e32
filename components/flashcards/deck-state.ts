/** A flashcard session's state: order, position, face, sorting and stars. Lives in the browser. */
import type { ReactNode } from "react";

export type Pile = "know" | "learning";

/** `example` shows under the back (outside its live region: a runnable panel is too long to announce). */
export interface DeckCard {
  id: string;
  front: ReactNode;
  /** The front as plain words, for reading it aloud. */
  frontText?: string;
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
  | { type: "restart"; ids: string[] }
  | { type: "restore"; saved: SavedDeck };

/** What a reload keeps (localStorage, per learner and deck): order, position, sorting, the starred filter. */
export interface SavedDeck {
  ids: string[];
  index: number;
  sorted: Record<string, Pile>;
  starredOnly: boolean;
}

/** A saved deck read back, or null when it isn't one (an old or hand-edited value). */
export function parseSavedDeck(raw: string | null): SavedDeck | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<SavedDeck>;
    const piles = new Set<unknown>(["know", "learning"]);
    if (
      !Array.isArray(v.ids) ||
      !v.ids.every((id) => typeof id === "string") ||
      !Number.isInteger(v.index) ||
      typeof v.starredOnly !== "boolean" ||
      typeof v.sorted !== "object" ||
      v.sorted === null ||
      !Object.values(v.sorted).every((p) => piles.has(p))
    )
      return null;
    return v as SavedDeck;
  } catch {
    return null;
  }
}

export const savedOf = (s: DeckState): SavedDeck => ({
  ids: s.ids,
  index: s.index,
  sorted: s.sorted,
  starredOnly: s.starredOnly,
});

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
    case "restore": {
      // Cards since removed drop out; cards added since join at the end.
      const known = new Set(s.ids);
      const ids = [...a.saved.ids.filter((id) => known.has(id))];
      ids.push(...s.ids.filter((id) => !ids.includes(id)));
      const sorted = Object.fromEntries(
        Object.entries(a.saved.sorted).filter(([id]) => known.has(id)),
      );
      const next = { ...s, ids, sorted, starredOnly: a.saved.starredOnly, flipped: false };
      const visible = visibleIds(next);
      return {
        ...next,
        index: Math.max(0, Math.min(a.saved.index, visible.length - 1)),
        finished: visible.length > 0 && visible.every((id) => sorted[id]),
      };
    }
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
