"use client";

import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/**
 * Whether the browser believes it has a network connection (`navigator.onLine`, updated by the
 * `online`/`offline` events). True while the server renders and while the page hydrates, so the
 * first paint never flashes an offline note; false only means "certainly offline" (a true value
 * can still meet a failing request: callers must handle fetch errors too).
 */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
