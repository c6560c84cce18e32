/** The heatmap's geometry, shared by the server-drawn grid and the browser's tooltip. */
export const CELL = 12;
export const STEP = 15;
export const LEFT = 30;
export const TOP = 16;

/** The day index (0 = the first day shown) under a point of the grid, or null between squares. */
export function cellAt(x: number, y: number, offset: number, days: number): number | null {
  const col = Math.floor((x - LEFT) / STEP);
  const row = Math.floor((y - TOP) / STEP);
  if (col < 0 || row < 0 || row > 6) return null;
  if (x - LEFT - col * STEP > CELL || y - TOP - row * STEP > CELL) return null;
  const index = col * 7 + row - offset;
  return index >= 0 && index < days ? index : null;
}
