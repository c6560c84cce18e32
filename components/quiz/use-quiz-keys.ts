"use client";

import { useKeyHandler } from "@/components/keyboard/use-key-handler";

interface Keys {
  choose: (n: number) => void;
  submit: () => void;
  next: () => void;
  answered: boolean;
}

/** 1–4 choose, Enter checks or goes on. Typing in a text box, and buttons and links, keep their own keys. */
export function useQuizKeys(keys: Keys): boolean {
  return useKeyHandler((e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || e.repeat) return;
    const target = e.target as HTMLElement;
    if (target.closest("a, button, textarea, select, input[type=text], [contenteditable=true]"))
      return;
    if (/^[1-9]$/.test(e.key)) {
      e.preventDefault();
      keys.choose(Number(e.key));
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (keys.answered) keys.next();
      else keys.submit();
    }
  });
}
