"use client";
/** The browser's speech voices, two distinct ones for the hosts; `missing` says why there is no sound. */
import { useEffect, useState } from "react";

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

export function useHostVoices(): HostVoices {
  const [state, setState] = useState<HostVoices>({
    host: null,
    cohost: null,
    samePitchShift: false,
    missing: null,
    ready: false,
  });
  useEffect(() => {
    if (!("speechSynthesis" in window)) {
      setState((s) => ({
        ...s,
        ready: true,
        missing:
          "This browser has no speech synthesis, so there is no sound: read the transcript instead.",
      }));
      return;
    }
    const update = () => {
      const voices = window.speechSynthesis.getVoices();
      if (voices.length) setState({ ...pick(voices), missing: null, ready: true });
      return voices.length > 0;
    };
    if (update()) return;
    window.speechSynthesis.addEventListener("voiceschanged", update);
    // Voices load late in some browsers; if none arrive, say so rather than stay silent.
    const timer = window.setTimeout(() => {
      if (!update())
        setState((s) => ({
          ...s,
          ready: true,
          missing:
            "Your browser has no speech voices installed, so there is no sound. The transcript below reads on its own; step through it with the buttons or keys.",
        }));
    }, 1500);
    return () => {
      window.clearTimeout(timer);
      window.speechSynthesis.removeEventListener("voiceschanged", update);
    };
  }, []);
  return state;
}
