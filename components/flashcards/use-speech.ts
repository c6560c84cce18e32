"use client";

import { useSyncExternalStore } from "react";

/** Voices arrive asynchronously in Chromium: subscribe to `voiceschanged`. */
function subscribe(onChange: () => void) {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return () => {};
  window.speechSynthesis.addEventListener("voiceschanged", onChange);
  return () => window.speechSynthesis.removeEventListener("voiceschanged", onChange);
}
const hasVoices = () =>
  "speechSynthesis" in window && window.speechSynthesis.getVoices().length > 0;

/** Reads text aloud with the Web Speech API; `canSpeak` is false where the browser has no voice. */
export function useSpeech() {
  const canSpeak = useSyncExternalStore(subscribe, hasVoices, () => false);
  const speak = (text: string) => {
    if (!canSpeak) return;
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "en-US";
    window.speechSynthesis.speak(utterance);
  };
  return { canSpeak, speak };
}
