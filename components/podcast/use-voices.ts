"use client";
/** The browser's speech voices, two distinct ones for the hosts; `missing` says why there is no sound. */
import { useEffect, useState, useSyncExternalStore } from "react";

export interface HostVoices {
  host: SpeechSynthesisVoice | null;
  cohost: SpeechSynthesisVoice | null;
  samePitchShift: boolean;
  missing: string | null;
  ready: boolean;
}

function pick(voices: SpeechSynthesisVoice[]): Omit<HostVoices, "missing" | "ready"> {
  const english = voices.filter((v) => v.lang.toLowerCase().startsWith("en"));
  const pool = english.length ? english : voices;
  const host = pool[0] ?? null;
  const cohost = pool.find((v) => v.name !== host?.name) ?? host;
  return { host, cohost, samePitchShift: host === cohost };
}

const NO_SYNTHESIS =
  "This browser has no speech synthesis, so there is no sound: read the transcript instead.";
const NO_VOICES =
  "Your browser has no speech voices installed, so there is no sound. The transcript below reads on its own; step through it with the buttons or keys.";
/** How long to wait for voices that load late before saying there are none. */
const VOICES_GRACE_MS = 1500;

const hasSynthesis = () => "speechSynthesis" in window;
function subscribe(onChange: () => void) {
  if (!hasSynthesis()) return () => {};
  window.speechSynthesis.addEventListener("voiceschanged", onChange);
  return () => window.speechSynthesis.removeEventListener("voiceschanged", onChange);
}
// getVoices() returns a new array on every call: keep one per distinct list, a stable snapshot.
let cached: { key: string; voices: SpeechSynthesisVoice[] } = { key: "", voices: [] };
function voicesNow(): SpeechSynthesisVoice[] | null {
  if (!hasSynthesis()) return null;
  const voices = window.speechSynthesis.getVoices();
  const key = voices.map((v) => v.voiceURI).join("|");
  if (key !== cached.key) cached = { key, voices };
  return cached.voices;
}

export function useHostVoices(): HostVoices {
  // undefined while rendering on the server and hydrating; null without speech synthesis.
  const voices = useSyncExternalStore(subscribe, voicesNow, () => undefined);
  const [gaveUp, setGaveUp] = useState(false);
  const waiting = voices !== undefined && voices !== null && voices.length === 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setTimeout(() => setGaveUp(true), VOICES_GRACE_MS);
    return () => window.clearTimeout(timer);
  }, [waiting]);

  const none = { host: null, cohost: null, samePitchShift: false };
  if (voices === undefined) return { ...none, missing: null, ready: false };
  if (voices === null) return { ...none, missing: NO_SYNTHESIS, ready: true };
  if (voices.length > 0) return { ...pick(voices), missing: null, ready: true };
  return gaveUp
    ? { ...none, missing: NO_VOICES, ready: true }
    : { ...none, missing: null, ready: false };
}
