"use client";
/** Plays the lesson podcast with the Web Speech API: play/pause, previous/next line, speed, keyboard. */
import { useCallback, useEffect, useState } from "react";
import type { PodcastLine } from "@/lib/podcast/types";
import { Transcript } from "./transcript";
import { useSpeech } from "./use-speech";
import { useHostVoices } from "./use-voices";

export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];

export function PodcastPlayer({ lines }: { lines: PodcastLine[] }) {
  const [current, setCurrent] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRate] = useState(1);
  const voices = useHostVoices();
  const canPlay = voices.ready && !voices.missing;
  const go = useCallback(
    (delta: number) => setCurrent((i) => Math.min(lines.length - 1, Math.max(0, i + delta))),
    [lines.length],
  );
  const advance = useCallback(() => {
    if (current >= lines.length - 1) setPlaying(false);
    else setCurrent(current + 1);
  }, [current, lines.length]);
  useSpeech(lines, current, playing, rate, voices, advance);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement;
      if (
        e.altKey ||
        e.ctrlKey ||
        e.metaKey ||
        ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)
      )
        return;
      const key = e.key.toLowerCase();
      if (key === "arrowright" || key === "n") go(1);
      else if (key === "arrowleft" || key === "p") go(-1);
      else if ((key === " " || key === "k") && target.tagName !== "BUTTON") {
        if (canPlay) setPlaying((p) => !p);
      } else if (key === "+" || key === "=") setRate((r) => SPEEDS.find((s) => s > r) ?? r);
      else if (key === "-") setRate((r) => [...SPEEDS].reverse().find((s) => s < r) ?? r);
      else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, canPlay]);

  const button =
    "rounded-md border border-slate-400 bg-white px-3 py-2 font-medium text-slate-900 hover:bg-slate-50 disabled:opacity-60";
  return (
    <div className="space-y-4">
      <div
        role="group"
        aria-label="Player controls"
        className="sticky top-0 z-10 flex flex-wrap items-center gap-2 rounded-xl border border-slate-200 bg-white p-3 shadow-sm"
      >
        <button type="button" className={button} onClick={() => go(-1)} disabled={current === 0}>
          Previous line
        </button>
        <button
          type="button"
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          onClick={() => setPlaying((p) => !p)}
          disabled={!canPlay}
          aria-describedby={voices.missing ? "no-voices" : undefined}
        >
          {playing ? "Pause" : "Play"}
        </button>
        <button
          type="button"
          className={button}
          onClick={() => go(1)}
          disabled={current === lines.length - 1}
        >
          Next line
        </button>
        <label className="flex items-center gap-2 text-slate-800">
          Speed
          <select
            value={rate}
            onChange={(e) => setRate(Number(e.target.value))}
            className="rounded-md border border-slate-400 bg-white px-2 py-1"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <p className="text-sm text-slate-700" aria-live="polite">
          Line {current + 1} of {lines.length}
        </p>
      </div>
      <div
        role="status"
        id="no-voices"
        className={
          voices.missing
            ? "rounded-lg border border-amber-300 bg-amber-50 p-3 text-slate-900"
            : "sr-only"
        }
      >
        {voices.missing ?? ""}
      </div>
      <Transcript lines={lines} current={current} onPick={setCurrent} />
    </div>
  );
}
