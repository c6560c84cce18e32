/**
 * Cards marked side by side: `Q`/`A` (alone on a line or as `Q:`), `Question:`/`Answer:`,
 * `Term`/`Definition`, `Front`/`Back`. Everything between a marker and the next is that side,
 * so multi-line answers and code stay together; after the last card only code continues.
 */
import { looksLikeCode, tidySide, type PageLine } from "./page";
import { stripDefinitionDash, type Reading } from "./reading";

const FRONT = /^(?:q|question|term|front)(?:\s*\d+)?\s*(?:[:.)]\s*(.*)|:?\s*$)/i;
const BACK = /^(?:a|answer|definition|back)\s*(?:[:.)]\s*(.*)|:?\s*$)/i;

type Side = { front: string[]; back: PageLine[] | null };
const inline = (text: string | undefined): PageLine[] => (text ? [{ text, fenced: false }] : []);

export function readMarkers(all: PageLine[]): Reading {
  const lines = all.filter((l) => l.text.trim() || l.fenced);
  const cards: Side[] = [];
  let fronts = 0;
  let backs = 0;
  let title = "";
  for (const line of lines) {
    const text = line.text.trim();
    const front = line.fenced ? null : FRONT.exec(text);
    const back = line.fenced || !cards.length ? null : BACK.exec(text);
    if (front) {
      fronts++;
      cards.push({ front: front[1] ? [front[1]] : [], back: null });
    } else if (back && cards.at(-1)!.back === null) {
      backs++;
      cards.at(-1)!.back = inline(back[1]);
    } else if (cards.length) {
      const card = cards.at(-1)!;
      if (card.back) card.back.push(line);
      else card.front.push(line.text);
    } else if (!title) title = text;
  }
  // After the last card's first line of definition, only code belongs to it.
  const last = cards.at(-1)?.back;
  if (last) {
    const prose = last.findIndex((l, i) => i > 0 && !looksLikeCode(l));
    if (prose > 0) last.splice(prose);
  }
  const text = (side: PageLine[]) => tidySide(side.map((l) => l.text));
  const complete = cards.filter((c) => c.back && tidySide(c.front) && text(c.back));
  const valid = fronts >= 2 && backs >= 2 && complete.length >= 0.8 * fronts;
  return {
    layout: "qa",
    cards: complete.map((c) => ({
      front: tidySide(c.front),
      back: stripDefinitionDash(text(c.back!)),
    })),
    score: valid ? 0.97 * (complete.length / fronts) : 0,
    title,
  };
}
