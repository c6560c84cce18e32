"use client";

import { useEffect, useRef } from "react";

export type DeckKeyHandlers = Record<"flip" | "next" | "prev" | "shuffle" | "star" | "know" | "learning", () => void>;

const KEYS: Record<string, keyof DeckKeyHandlers> = {
  " ": "flip", ArrowRight: "next", ArrowLeft: "prev", s: "shuffle", S: "shuffle", "*": "star",
  k: "know", K: "know", "1": "know", l: "learning", L: "learning", "2": "learning",
};

/** The deck's keyboard shortcuts. Text boxes keep their keys; a focused button or link keeps Space and Enter. */
export function useDeckKeys(handlers: DeckKeyHandlers, enabled: boolean) {
  const latest = useRef(handlers);
  useEffect(() => { latest.current = handlers; });
  useEffect(() => {
    if (!enabled) return;
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable=true]")) return;
      if (e.key === " " && target.closest("a, button")) return;
      const action = KEYS[e.key];
      if (!action) return;
      e.preventDefault();
      latest.current[action]();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [enabled]);
}
