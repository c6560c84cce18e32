"use client";
/** Speaks one line at a time with the host's or co-host's voice; at the end of a line, moves on while playing. */
import { useEffect, useLayoutEffect, useRef } from "react";
import type { PodcastLine } from "@/lib/podcast/types";
import type { HostVoices } from "./use-voices";

export function useSpeech(
  lines: PodcastLine[],
  current: number,
  playing: boolean,
  rate: number,
  voices: HostVoices,
  advance: () => void,
) {
  const advanceRef = useRef(advance);
  useLayoutEffect(() => {
    advanceRef.current = advance;
  });
  useEffect(() => {
    if (!playing || voices.missing || !voices.host || !("speechSynthesis" in window)) return;
    const line = lines[current];
    if (!line) return;
    const utterance = new SpeechSynthesisUtterance(line.text);
    utterance.voice = line.speaker === "host" ? voices.host : voices.cohost;
    utterance.rate = rate;
    // With one voice only, the hosts still sound different.
    utterance.pitch = voices.samePitchShift && line.speaker === "cohost" ? 1.4 : 1;
    let cancelled = false;
    utterance.onend = () => {
      if (!cancelled) advanceRef.current();
    };
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
    return () => {
      cancelled = true;
      window.speechSynthesis.cancel();
    };
  }, [lines, current, playing, rate, voices]);
}
