"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/keyboard/use-key-handler";
import { RichText } from "@/components/quiz/rich-text";
import { pluralize } from "@/lib/format/plural";
import { dealTiles, formatTime, pick, PENALTY_MS, type MatchTile } from "./match-board";

type Pair = { id: string; termHtml: string; definitionHtml: string };
export type RecordMatch = (input: {
  timeMs: number;
  pairs: number;
}) => Promise<
  { ok: true; bestMs: number; newBest: boolean; games: number } | { ok: false; error: string }
>;

const primary =
  "rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60";

/** The clock, read in event handlers only. */
const clock = () => Date.now();

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** Moves focus among the tiles still in play with the arrow keys, following the grid's columns. */
function moveFocus(grid: HTMLElement, from: HTMLElement, key: string) {
  const tiles = [...grid.querySelectorAll<HTMLButtonElement>("button[data-tile]")];
  const cells = [...grid.children] as HTMLElement[];
  const columns = getComputedStyle(grid).gridTemplateColumns.split(" ").length || 1;
  const at = cells.indexOf(from);
  const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns }[key] ?? 0;
  for (let i = at + step; i >= 0 && i < cells.length; i += step) {
    const cell = cells[i];
    if (cell instanceof HTMLButtonElement && tiles.includes(cell)) return cell.focus();
  }
}

/** After a match (once its tiles are gone): the next tile still in play, else the first. */
function focusAfter(grid: HTMLElement, at: number) {
  requestAnimationFrame(() => {
    const cells = [...grid.children] as HTMLElement[];
    const rest = cells.filter((c) => c instanceof HTMLButtonElement);
    (rest.find((c) => cells.indexOf(c) > at) ?? rest[0])?.focus();
  });
}

/** Match: pick a term, then its definition (or the other way round); a wrong pair costs a second. */
export function MatchGame({
  pairs,
  bestMs,
  record,
}: {
  pairs: Pair[];
  bestMs: number | null;
  record: RecordMatch;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [tiles, setTiles] = useState<MatchTile[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [matched, setMatched] = useState<ReadonlySet<string>>(new Set());
  const [penaltyMs, setPenaltyMs] = useState(0);
  const [startedAt, setStartedAt] = useState(0);
  const [now, setNow] = useState(0);
  const [done, setDone] = useState<{ timeMs: number; bestMs: number; newBest: boolean } | null>(
    null,
  );
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  const gridRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  // The clock ticks while a game is on.
  useEffect(() => {
    if (!tiles || done) return;
    const timer = setInterval(() => setNow(clock()), 100);
    return () => clearInterval(timer);
  }, [tiles, done]);
  useEffect(() => {
    if (done) resultRef.current?.focus();
  }, [done]);

  function start() {
    const dealt = dealTiles(pairs);
    setTiles(dealt);
    setMatched(new Set());
    setSelected(null);
    setPenaltyMs(0);
    setDone(null);
    const t = clock();
    setStartedAt(t);
    setNow(t);
    setMessage(`Game started: ${pluralize(pairs.length, "pair")} to match.`);
    requestAnimationFrame(() =>
      gridRef.current?.querySelector<HTMLButtonElement>("button[data-tile]")?.focus(),
    );
  }

  function finish(penalty: number) {
    const timeMs = clock() - startedAt + penalty;
    startTransition(async () => {
      try {
        const r = await record({ timeMs, pairs: pairs.length });
        if (!r.ok) return setError(r.error);
        setDone({ timeMs, bestMs: r.bestMs, newBest: r.newBest });
      } catch {
        setError("Couldn't reach the server; this time was not saved.");
        setDone({ timeMs, bestMs: bestMs ?? timeMs, newBest: false });
      }
    });
  }

  function choose(tile: MatchTile, el: HTMLElement) {
    if (!tiles || done || matched.has(tile.pairId)) return;
    const other = selected;
    const r = pick(tiles, selected, tile.key);
    setSelected(r.selected);
    if (r.kind === "match") {
      const next = new Set(matched).add(tile.pairId);
      setMatched(next);
      setMessage(`Matched. ${pluralize(pairs.length - next.size, "pair")} left.`);
      if (next.size === pairs.length) finish(penaltyMs);
      else focusAfter(gridRef.current!, [...gridRef.current!.children].indexOf(el));
    } else if (r.kind === "miss") {
      setPenaltyMs((p) => p + PENALTY_MS);
      setMessage("Not a pair: plus 1 second.");
      if (!reducedMotion())
        for (const key of [tile.key, other])
          gridRef.current
            ?.querySelector(`[data-tile="${key}"]`)
            ?.animate(
              [
                { transform: "translateX(0)" },
                { transform: "translateX(-6px)" },
                { transform: "translateX(6px)" },
                { transform: "translateX(0)" },
              ],
              { duration: 300 },
            );
    }
  }

  const elapsed = tiles ? (done ? done.timeMs : Math.max(0, now - startedAt) + penaltyMs) : 0;
  return (
    <section aria-label="Match" className="space-y-4" data-keys-ready={hydrated}>
      {/* Stuck below the site header: on a phone a round is taller than the screen. */}
      <div
        data-testid="match-clock"
        className="sticky top-[var(--header-h)] z-20 flex flex-wrap items-center justify-between gap-3 bg-white py-1"
      >
        <p
          className="font-mono text-2xl font-bold text-slate-900 dark:text-slate-100"
          aria-hidden="true"
        >
          {formatTime(elapsed)}
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {bestMs === null && !done
            ? "No best time yet"
            : `Your best: ${formatTime(done?.bestMs ?? bestMs!)}`}
          {penaltyMs > 0 && ` · penalties +${formatTime(penaltyMs)}`}
        </p>
      </div>
      <div role="status" aria-live="polite" className="sr-only">
        {message}
      </div>
      {!tiles ? (
        <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-900">
          <p className="text-slate-800 dark:text-slate-200">
            Match each term with its definition as fast as you can: pick one tile, then its pair. A
            wrong pair adds a second. Keyboard: Tab or the arrow keys move between tiles, Enter or
            Space picks one.
          </p>
          <button type="button" onClick={start} className={primary} disabled={!hydrated}>
            Start game
          </button>
        </div>
      ) : done ? (
        <div className="space-y-3 rounded-xl border border-green-700 bg-green-50 p-5 dark:bg-green-950">
          <h2
            ref={resultRef}
            tabIndex={-1}
            className="text-xl font-bold text-green-900 dark:text-green-100"
          >
            {done.newBest
              ? `New personal best: ${formatTime(done.timeMs)}`
              : `Done in ${formatTime(done.timeMs)}`}
          </h2>
          <p className="text-slate-800 dark:text-slate-200">
            {penaltyMs > 0
              ? `Including ${formatTime(penaltyMs)} of penalties. `
              : "No wrong pairs. "}
            Your best on this lesson: {formatTime(done.bestMs)}.
          </p>
          <button
            type="button"
            className={primary}
            onClick={() => {
              setTiles(null);
              setDone(null);
              router.refresh();
            }}
          >
            Play again with new pairs
          </button>
        </div>
      ) : (
        <div
          ref={gridRef}
          className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4"
          onKeyDown={(e) => {
            if (!e.key.startsWith("Arrow") || !(e.target instanceof HTMLButtonElement)) return;
            e.preventDefault();
            moveFocus(e.currentTarget, e.target, e.key);
          }}
        >
          {tiles.map((t) =>
            matched.has(t.pairId) ? (
              <div
                key={t.key}
                aria-hidden="true"
                className="min-h-12 rounded-lg border border-dashed sm:min-h-20 border-slate-200 dark:border-slate-700"
              />
            ) : (
              <button
                key={t.key}
                type="button"
                data-tile={t.key}
                aria-pressed={selected === t.key}
                onClick={(e) => choose(t, e.currentTarget)}
                className={`min-h-12 min-w-0 rounded-lg border-2 p-1.5 text-left text-xs [overflow-wrap:anywhere] sm:min-h-20 sm:text-sm transition-colors motion-reduce:transition-none sm:p-3 ${selected === t.key ? "border-brand-600 bg-brand-50 dark:bg-slate-800" : "border-slate-300 bg-white hover:border-brand-600 dark:border-slate-600 dark:bg-slate-900"}`}
              >
                <span className="sr-only">{t.side === "term" ? "Term: " : "Definition: "}</span>
                {/* A one-column grid holds the text to the tile's width (code wraps or scrolls inside);
                    on phones 6rem at most, so a round fits about one screen (the button's name keeps it all). */}
                <span className="grid grid-cols-[minmax(0,1fr)]">
                  <span className="max-h-24 overflow-hidden sm:max-h-none">
                    <RichText html={t.html} inline className="prose-sm dark:prose-invert" />
                  </span>
                </span>
              </button>
            ),
          )}
        </div>
      )}
      <div role="alert" className="text-sm text-red-700 empty:hidden">
        {error}
      </div>
      {pending && <p className="text-sm text-slate-700">Saving your time…</p>}
    </section>
  );
}
