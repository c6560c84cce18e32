/** Runs one question set through our answer and the floor, and prints the figures side by side. */
import { excerpt } from "../lib/chat/excerpt";
import type { AskResult, Passage } from "../lib/chat/types";
import { floorOpening, openingOf, percentile, substringTop } from "./ask-measure";

export interface Case {
  id: string;
  question: string;
  offTopic: boolean;
  correct: (text: string) => boolean;
  ask: () => AskResult | Promise<AskResult>;
  passages: Passage[];
  floorQuestion: string;
}

interface Tally {
  top1: number;
  top3: number;
  opening: number;
  falseAnswers: number;
  times: number[];
}
export interface SetFigures {
  print(name: string): void;
  meetsTargets(): boolean;
}

const TARGETS = { top3: 0.95, top1: 0.8, opening: 0.85, refused: 0.9, p50: 30 };

export async function runSet(cases: Case[], showMisses: boolean): Promise<SetFigures> {
  const ours: Tally = { top1: 0, top3: 0, opening: 0, falseAnswers: 0, times: [] };
  const floor: Tally = { top1: 0, top3: 0, opening: 0, falseAnswers: 0, times: [] };
  for (const c of cases) await c.ask(); // warm every code path once
  for (const c of cases) {
    const t0 = performance.now();
    const result = await c.ask();
    ours.times.push(performance.now() - t0);
    const t1 = performance.now();
    const top = substringTop(c.passages, c.floorQuestion, null, 3);
    floor.times.push(performance.now() - t1);
    if (c.offTopic) {
      if (result.found) ours.falseAnswers++;
      if (top.length > 0) floor.falseAnswers++;
      if (showMisses && result.found) console.log(`  answered off-topic ${c.id}: ${c.question}`);
      continue;
    }
    const shown = result.found ? result.passages.map((p) => `${p.source.title}\n${p.text}`) : [];
    const hits = shown.map(c.correct);
    ours.top1 += hits[0] ? 1 : 0;
    ours.top3 += hits.slice(0, 3).some(Boolean) ? 1 : 0;
    const opened = result.found && c.correct(openingOf(result.answer));
    ours.opening += opened ? 1 : 0;
    // The floor is judged, like ours, on what a learner would see: the passage cut to an excerpt.
    const floorHits = top.map((p) =>
      c.correct(`${p.title}\n${excerpt(p.text, p.code, null).text}`),
    );
    floor.top1 += floorHits[0] ? 1 : 0;
    floor.top3 += floorHits.some(Boolean) ? 1 : 0;
    floor.opening += c.correct(floorOpening(top[0])) ? 1 : 0;
    if (showMisses && (!hits[0] || !opened))
      console.log(
        `  ${hits.slice(0, 3).some(Boolean) ? "top-3 only" : "MISS"}${opened ? "" : " (opening)"} ${c.id}: ${c.question}\n    → ${result.answer.split("\n")[0]}\n    ${result.passages.map((p) => p.source.title).join(" | ")}`,
      );
  }
  const onTopic = cases.filter((c) => !c.offTopic).length;
  const offTopic = cases.length - onTopic;
  const share = (n: number, of: number) => (of ? n / of : 0);
  const figures = (t: Tally) => ({
    top1: share(t.top1, onTopic),
    top3: share(t.top3, onTopic),
    opening: share(t.opening, onTopic),
    falseAnswers: share(t.falseAnswers, offTopic),
    p50: percentile(t.times, 50),
    p99: percentile(t.times, 99),
  });
  const o = figures(ours);
  const f = figures(floor);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(9);
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "—").padStart(7);
  const row = (label: string, a: string, b: string, r: string, target: string) =>
    console.log(
      `  ${label.padEnd(30)}${a.padStart(10)}${b.padStart(10)}${r.padStart(9)}   ${target}`,
    );
  return {
    print(name) {
      console.log(`\n${name}: ${onTopic} on-topic questions, ${offTopic} off-topic`);
      row("", "ours", "floor", "ratio", "target (fresh held-out)");
      row("top-1 hit", pct(o.top1), pct(f.top1), ratio(o.top1, f.top1), "≥ 80%");
      row("top-3 hit", pct(o.top3), pct(f.top3), ratio(o.top3, f.top3), "≥ 95%");
      row(
        "opening sentence correct",
        pct(o.opening),
        pct(f.opening),
        ratio(o.opening, f.opening),
        "≥ 85%",
      );
      if (offTopic) {
        row(
          "off-topic answered anyway",
          pct(o.falseAnswers),
          pct(f.falseAnswers),
          ratio(o.falseAnswers, f.falseAnswers),
          "≤ 10%",
        );
      }
      row("p50 time", ms(o.p50), ms(f.p50), ratio(o.p50, f.p50), "≤ 30 ms");
      row("p99 time", ms(o.p99), ms(f.p99), ratio(o.p99, f.p99), "");
    },
    meetsTargets: () =>
      o.top3 >= TARGETS.top3 &&
      o.top1 >= TARGETS.top1 &&
      o.opening >= TARGETS.opening &&
      1 - o.falseAnswers >= TARGETS.refused &&
      o.p50 <= TARGETS.p50,
  };
}
