"use client";

import { useEffect, useRef, type Dispatch } from "react";
import { parseSavedDeck, savedOf, type DeckAction, type DeckState } from "./deck-state";

/**
 * Keeps the deck's order, position, sorting and starred filter across reloads, in localStorage
 * under the learner and deck (stars themselves are saved to the account). Restored after
 * hydration, so the server's first render and the browser's agree.
 */
export function useSavedDeck(key: string, s: DeckState, dispatch: Dispatch<DeckAction>) {
  const restored = useRef(false);
  useEffect(() => {
    let saved = null;
    try {
      saved = parseSavedDeck(window.localStorage.getItem(key));
    } catch {
      // Storage blocked (private mode, a policy): the deck still works, it just isn't kept.
    }
    if (saved) dispatch({ type: "restore", saved });
    restored.current = true;
  }, [key, dispatch]);
  useEffect(() => {
    if (!restored.current) return;
    try {
      window.localStorage.setItem(key, JSON.stringify(savedOf(s)));
    } catch {
      // As above: nothing to keep it in.
    }
  }, [key, s]);
}
