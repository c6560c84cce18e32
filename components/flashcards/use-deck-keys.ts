"use client";

import { useKeyHandler } from "@/components/keyboard/use-key-handler";

export type DeckKeyHandlers = Record<
  "flip" | "next" | "prev" | "shuffle" | "star" | "know" | "learning",
  () => void
>;

const KEYS: Record<string, keyof DeckKeyHandlers> = {
  " ": "flip",
  ArrowRight: "next",
  ArrowLeft: "prev",
  s: "shuffle",
  S: "shuffle",
  "*": "star",
  k: "know",
  K: "know",
  "1": "know",
  l: "learning",
  L: "learning",
  "2": "learning",
};

const NOT_TEXT = new Set(["checkbox", "radio", "button", "submit", "reset", "range"]);
/** A box the learner types into; a checkbox (like "Study starred only") is not one. */
const isTextEntry = (el: HTMLElement) =>
  el.closest("textarea, select, [contenteditable=true]") !== null ||
  (el instanceof HTMLInputElement && !NOT_TEXT.has(el.type));

/** The deck's keyboard shortcuts. Text boxes keep their keys; a focused button, link or checkbox keeps Space. */
export function useDeckKeys(handlers: DeckKeyHandlers, enabled: boolean): boolean {
  return useKeyHandler((e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    if (isTextEntry(target)) return;
    if (e.key === " " && target.closest("a, button, input")) return;
    const action = KEYS[e.key];
    if (!action) return;
    e.preventDefault();
    handlers[action]();
  }, enabled);
}
