/** Match's board: twelve tiles (a term and a definition per pair), shuffled, and what a pick does. */
export interface MatchTile {
  key: string;
  pairId: string;
  side: "term" | "definition";
  html: string;
}

export const PENALTY_MS = 1_000;

export function dealTiles(
  pairs: ReadonlyArray<{ id: string; termHtml: string; definitionHtml: string }>,
  random: () => number = Math.random,
): MatchTile[] {
  return pairs
    .flatMap((p): MatchTile[] => [
      { key: `${p.id}:term`, pairId: p.id, side: "term", html: p.termHtml },
      { key: `${p.id}:definition`, pairId: p.id, side: "definition", html: p.definitionHtml },
    ])
    .map((t) => ({ t, r: random() }))
    .sort((a, b) => a.r - b.r)
    .map(({ t }) => t);
}

/** Picking `key` with `selected` already picked: select it, unselect, a match, or a wrong pair. */
export function pick(
  tiles: readonly MatchTile[],
  selected: string | null,
  key: string,
): { kind: "select" | "unselect" | "match" | "miss"; selected: string | null } {
  if (selected === null) return { kind: "select", selected: key };
  if (selected === key) return { kind: "unselect", selected: null };
  const a = tiles.find((t) => t.key === selected);
  const b = tiles.find((t) => t.key === key);
  if (a && b && a.pairId === b.pairId) return { kind: "match", selected: null };
  return { kind: "miss", selected: null };
}

/** Seconds with tenths: 12.3 s. */
export const formatTime = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
