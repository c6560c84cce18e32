"use client";

import { useEffect, useRef } from "react";

interface Keys { choose: (n: number) => void; submit: () => void; next: () => void; answered: boolean }

/** 1–4 choose, Enter checks or goes on. Typing in a text box, and buttons and links, keep their own keys. */
export function useQuizKeys(keys: Keys) {
  const latest = useRef(keys);
  useEffect(() => { latest.current = keys; });
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement;
      if (target.closest("a, button, textarea, select, input[type=text], [contenteditable=true]")) return;
      const { choose, submit, next, answered } = latest.current;
      if (/^[1-9]$/.test(e.key)) { e.preventDefault(); choose(Number(e.key)); }
      else if (e.key === "Enter") { e.preventDefault(); if (answered) next(); else submit(); }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
