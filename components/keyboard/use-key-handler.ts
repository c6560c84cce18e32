"use client";

import { useLayoutEffect, useRef, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False while the server renders and while the page hydrates, true once React runs it in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * One document keydown listener that always calls the newest `onKey`. Both the listener and the
 * latest handler are installed in layout effects, i.e. in the same commit that puts the screen on
 * the page: a key pressed the moment a question, card or answer appears is never handled by the
 * previous screen's handler (passive effects may run a frame later, after the browser has already
 * delivered the key). Returns true once hydrated (the listener is in), for a `data-keys-ready`.
 */
export function useKeyHandler(onKey: (e: KeyboardEvent) => void, enabled = true): boolean {
  const latest = useRef(onKey);
  useLayoutEffect(() => {
    latest.current = onKey;
  });
  useLayoutEffect(() => {
    if (!enabled) return;
    const listener = (e: KeyboardEvent) => latest.current(e);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [enabled]);
  return useHydrated() && enabled;
}
