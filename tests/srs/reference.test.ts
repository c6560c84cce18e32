/**
 * Our scheduling against fsrs-rs, the FSRS engine inside Anki (@open-spaced-repetition/binding),
 * to the day: rating sequences in many time zones and day starts go through applyRating (real DB,
 * fuzz off), and each rating's elapsed days, stability, difficulty, state, interval (and a step's
 * delay in seconds) must equal what Anki computes. The reference's study days come from each
 * review's local wall time (written out with its UTC offset in the table, from the platform's time
 * zone data for generated ones), never from lib/srs/day.ts; its intervals and steps follow Anki's
 * rules (rslib/src/scheduler/states).
 */
import { BindingMemoryState, FSRSBinding } from "@open-spaced-repetition/binding";
import { describe, expect, it } from "vitest";
import { applyRating } from "../../lib/srs/apply";
import { testPrisma } from "../helpers/db";
import { makeCourse, makeUser } from "./helpers";

const prisma = await testPrisma();
const MIN = 60_000,
  HOUR = 60 * MIN,
  DAY = 24 * HOUR;
const MAX_IVL = 36500;
const fsrsRs = new FSRSBinding();

type Rating = 1 | 2 | 3 | 4;
interface Review {
  /** ISO with the zone's UTC offset at that moment: the prefix is the local wall time. */
  at: string;
  rating: Rating;
}
interface Sequence {
  name: string;
  timeZone: string;
  dayStartHour: number;
  retention: number;
  reviews: Review[];
}

// Local wall time → study day number, the way a person reads a calendar: date of (wall time − day start).
const studyDayOfWall = (wall: string, dayStartHour: number) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall)!;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) - dayStartHour * HOUR;
  return Math.floor(ms / DAY);
};

/** The wall time of an instant in a zone, "YYYY-MM-DDTHH:MM±hh:mm", straight from Intl (sv-SE prints ISO-like dates). */
function withOffset(instant: number, timeZone: string): string {
  const wall = new Date(instant)
    .toLocaleString("sv-SE", { timeZone, hour12: false })
    .replace(" ", "T")
    .slice(0, 16);
  const offset = Math.round((Date.parse(`${wall}:00Z`) - Math.floor(instant / MIN) * MIN) / MIN);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${wall}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// Anki's learning steps for our defaults, in seconds: learning 1m 10m, relearning 10m.
const LEARNING_SECS = [60, 600],
  RELEARNING_SECS = [600];
type Phase = "new" | "learning" | "review" | "relearning";
const STATE: Record<Phase, number> = { new: 0, learning: 1, review: 2, relearning: 3 };

interface RefCard {
  phase: Phase;
  step: number;
  memory: { s: number; d: number } | null;
  lastDay: number;
  scheduledDays: number;
}
interface RefResult {
  elapsed: number;
  stability: number;
  difficulty: number;
  state: number;
  days: number;
  /** For a step: seconds until due (steps.rs: Again the first step, Hard the current one or, on the first, the average of two, Good the next). */
  stepSecs: number | null;
}

const round = (x: number) => Math.round(x);
const constrain = (x: number, min: number) =>
  Math.min(Math.max(round(x), Math.min(Math.max(min, 1), MAX_IVL)), MAX_IVL);

/** One answer as Anki answers it with FSRS and fuzz off (review.rs, learning.rs, relearning.rs). */
function answer(card: RefCard, day: number, rating: Rating, retention: number): RefResult {
  const elapsed = card.memory ? day - card.lastDay : 0;
  const next = fsrsRs.nextStates(
    card.memory ? new BindingMemoryState(card.memory.s, card.memory.d) : null,
    retention,
    elapsed,
  );
  const pick = [next.again, next.hard, next.good, next.easy][rating - 1]!;
  const ivl = (r: Rating) => [next.again, next.hard, next.good, next.easy][r - 1]!.interval;
  let phase = card.phase === "new" ? "learning" : card.phase;
  let step = card.step;
  let days = 0;
  const secs = phase === "review" || phase === "relearning" ? RELEARNING_SECS : LEARNING_SECS;
  const steps = secs.length;
  const graduate = (r: Rating) => {
    phase = "review";
    step = 0;
    days =
      r === 4
        ? constrain(Math.max(1, round(ivl(4))), constrain(ivl(3), 1) + 1)
        : constrain(Math.max(1, round(ivl(r))), 1);
  };
  if (phase === "review") {
    if (rating === 1) {
      phase = "relearning";
      step = 0;
    } else {
      const past = (r: Rating) => (round(ivl(r)) > card.scheduledDays ? card.scheduledDays + 1 : 0);
      const hard = constrain(ivl(2), Math.max(past(2), 1));
      const good = constrain(ivl(3), Math.max(past(3), hard + 1));
      const easy = constrain(ivl(4), Math.max(past(4), good + 1));
      days = [0, hard, good, easy][rating - 1]!;
    }
  } else if (rating === 1) step = 0;
  else if (rating === 3 && step + 1 < steps) step += 1;
  else if (rating === 3 || rating === 4) graduate(rating);
  const onStep = phase !== "review";
  const stepSecs = !onStep
    ? null
    : rating === 1
      ? secs[0]!
      : rating === 2
        ? step === 0
          ? secs.length > 1
            ? (secs[0]! + secs[1]!) / 2
            : Math.min(secs[0]! * 1.5, secs[0]! + 86400)
          : secs[step]!
        : secs[step]!;
  Object.assign(card, {
    phase,
    step,
    memory: { s: pick.memory.stability, d: pick.memory.difficulty },
    lastDay: day,
    scheduledDays: days,
  });
  return {
    elapsed,
    stability: pick.memory.stability,
    difficulty: pick.memory.difficulty,
    state: STATE[phase],
    days,
    stepSecs,
  };
}

/** Written out by hand: the Los Angeles case, half-hour zones, DST changes, day starts 0, 4, 23. */
const TABLE: Sequence[] = [
  {
    name: "Los Angeles, 11 minutes apart across UTC midnight (same local study day)",
    timeZone: "America/Los_Angeles",
    dayStartHour: 4,
    retention: 0.9,
    reviews: [
      { at: "2025-06-10T16:52-07:00", rating: 3 },
      { at: "2025-06-10T17:03-07:00", rating: 3 },
      { at: "2025-06-12T19:00-07:00", rating: 3 },
    ],
  },
  {
    name: "Los Angeles, 03:59 and 04:01 local are two study days",
    timeZone: "America/Los_Angeles",
    dayStartHour: 4,
    retention: 0.9,
    reviews: [
      { at: "2025-01-15T21:00-08:00", rating: 3 },
      { at: "2025-01-15T21:11-08:00", rating: 3 },
      { at: "2025-01-18T03:59-08:00", rating: 2 },
      { at: "2025-01-18T04:01-08:00", rating: 3 },
    ],
  },
  {
    name: "Kolkata (+05:30), day start at midnight, reviews a minute either side",
    timeZone: "Asia/Kolkata",
    dayStartHour: 0,
    retention: 0.9,
    reviews: [
      { at: "2025-04-01T23:59+05:30", rating: 4 },
      { at: "2025-04-02T00:01+05:30", rating: 3 },
      { at: "2025-04-09T23:50+05:30", rating: 1 },
      { at: "2025-04-10T00:05+05:30", rating: 3 },
      { at: "2025-04-13T12:00+05:30", rating: 3 },
    ],
  },
  {
    name: "Adelaide (+10:30 → +09:30 on 2025-04-06), day start 4 am",
    timeZone: "Australia/Adelaide",
    dayStartHour: 4,
    retention: 0.85,
    reviews: [
      { at: "2025-04-04T22:00+10:30", rating: 3 },
      { at: "2025-04-04T22:15+10:30", rating: 3 },
      { at: "2025-04-06T03:30+09:30", rating: 3 },
      { at: "2025-04-06T04:30+09:30", rating: 4 },
      { at: "2025-04-20T03:59+09:30", rating: 3 },
    ],
  },
  {
    name: "New York, spring forward 2025-03-09, day start 2 am (02:00 doesn't exist that day)",
    timeZone: "America/New_York",
    dayStartHour: 2,
    retention: 0.9,
    reviews: [
      { at: "2025-03-08T23:00-05:00", rating: 3 },
      { at: "2025-03-08T23:20-05:00", rating: 3 },
      { at: "2025-03-09T01:59-05:00", rating: 3 },
      { at: "2025-03-09T03:01-04:00", rating: 3 },
      { at: "2025-03-12T02:30-04:00", rating: 1 },
      { at: "2025-03-12T02:45-04:00", rating: 3 },
    ],
  },
  {
    name: "New York, fall back 2025-11-02 (01:30 happens twice), day start 4 am",
    timeZone: "America/New_York",
    dayStartHour: 4,
    retention: 0.9,
    reviews: [
      { at: "2025-10-31T20:00-04:00", rating: 3 },
      { at: "2025-10-31T20:12-04:00", rating: 3 },
      { at: "2025-11-02T01:30-04:00", rating: 3 },
      { at: "2025-11-02T01:30-05:00", rating: 2 },
      { at: "2025-11-02T03:59-05:00", rating: 3 },
      { at: "2025-11-02T04:00-05:00", rating: 3 },
    ],
  },
  {
    name: "Berlin, 2025-03-30 and 2025-10-26 changes, day start 23 (the study day begins the evening before)",
    timeZone: "Europe/Berlin",
    dayStartHour: 23,
    retention: 0.9,
    reviews: [
      { at: "2025-03-29T22:50+01:00", rating: 3 },
      { at: "2025-03-29T23:05+01:00", rating: 3 },
      { at: "2025-03-30T22:59+02:00", rating: 3 },
      { at: "2025-03-30T23:00+02:00", rating: 3 },
      { at: "2025-10-25T23:30+02:00", rating: 3 },
      { at: "2025-10-26T22:30+01:00", rating: 4 },
    ],
  },
  {
    name: "Kathmandu (+05:45), a lapse and relearning across the day start",
    timeZone: "Asia/Kathmandu",
    dayStartHour: 4,
    retention: 0.8,
    reviews: [
      { at: "2025-07-01T08:00+05:45", rating: 4 },
      { at: "2025-07-09T03:50+05:45", rating: 1 },
      { at: "2025-07-09T04:05+05:45", rating: 3 },
      { at: "2025-07-09T20:00+05:45", rating: 4 },
    ],
  },
  {
    name: "Learning card: Easy after Again is at least a day past Good",
    timeZone: "UTC",
    dayStartHour: 4,
    retention: 0.97,
    reviews: [
      { at: "2025-05-01T10:00+00:00", rating: 1 },
      { at: "2025-05-01T10:01+00:00", rating: 1 },
      { at: "2025-05-01T10:02+00:00", rating: 4 },
    ],
  },
];

/** Seeded sequences: zones with odd offsets and DST, day starts 0–23, gaps from minutes to months, many near the day start. */
function generated(count: number): Sequence[] {
  let seed = 20250301;
  const rand = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const zones = [
    "America/Los_Angeles",
    "America/New_York",
    "Europe/Berlin",
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Adelaide",
    "Asia/Kathmandu",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "America/St_Johns",
    "UTC",
  ] as const;
  const starts = [
    "2025-03-08",
    "2025-03-29",
    "2025-04-05",
    "2025-09-27",
    "2025-10-25",
    "2025-11-01",
  ];
  const out: Sequence[] = [];
  for (let n = 0; n < count; n++) {
    const timeZone = pick(zones);
    const dayStartHour = pick([0, 1, 2, 3, 4, 4, 4, 5, 12, 22, 23]);
    let t = Date.parse(`${pick(starts)}T00:00:00Z`) + Math.floor(rand() * 36) * HOUR;
    const reviews: Review[] = [];
    const length = 4 + Math.floor(rand() * 9);
    for (let i = 0; i < length; i++) {
      reviews.push({ at: withOffset(t, timeZone), rating: pick([1, 2, 3, 3, 3, 4] as const) });
      const kind = rand();
      if (kind < 0.3) t += (1 + Math.floor(rand() * 30)) * MIN;
      else if (kind < 0.55)
        t += (1 + Math.floor(rand() * 12)) * HOUR + Math.floor(rand() * 60) * MIN;
      else if (kind < 0.8) t += Math.floor(1 + rand() * 40) * DAY + Math.floor(rand() * 1440) * MIN;
      else {
        // Just before or after the learner's day start, a day or two on.
        t += DAY * (1 + Math.floor(rand() * 2));
        const wall = withOffset(t, timeZone);
        const local = Date.parse(`${wall.slice(0, 16)}:00Z`);
        const target =
          Math.floor(local / DAY) * DAY + dayStartHour * HOUR + pick([-3, -1, 1, 3]) * MIN;
        t += target - local;
      }
    }
    out.push({
      name: `generated #${n} ${timeZone} ${dayStartHour}h`,
      timeZone,
      dayStartHour,
      retention: pick([0.8, 0.85, 0.9, 0.95]),
      reviews,
    });
  }
  return out;
}

const SEQUENCES = [...TABLE, ...generated(60)];
const f32 = (x: number) => Math.fround(x);
/** Relative: a few float32 steps (2^-23 ≈ 1.2e-7 each) after a dozen float32 operations in fsrs-rs. */
const TOLERANCE = 1e-5;

describe("scheduling against fsrs-rs (Anki's FSRS), to the day", () => {
  it("the hand-written offsets are the zones' real offsets at those moments", () => {
    for (const seq of TABLE)
      for (const r of seq.reviews) expect(withOffset(Date.parse(r.at), seq.timeZone)).toBe(r.at);
  });

  it(`${SEQUENCES.length} sequences: elapsed days, memory (float32), state and interval equal`, async () => {
    const cardsNeeded = SEQUENCES.length;
    const { flashcardIds } = await makeCourse(prisma, { cards: cardsNeeded });
    let compared = 0;
    let worst = 0;
    for (const [i, seq] of SEQUENCES.entries()) {
      const user = await makeUser(prisma);
      await prisma.studySettings.create({
        data: {
          userId: user.id,
          timeZone: seq.timeZone,
          dayStartHour: seq.dayStartHour,
          desiredRetention: seq.retention,
        },
      });
      const ref: RefCard = { phase: "new", step: 0, memory: null, lastDay: 0, scheduledDays: 0 };
      for (const [k, review] of seq.reviews.entries()) {
        const where = `${seq.name}, review ${k + 1} at ${review.at} (${review.rating})`;
        const day = studyDayOfWall(review.at, seq.dayStartHour);
        const expected = answer(ref, day, review.rating, seq.retention);
        const result = await applyRating(prisma, {
          userId: user.id,
          item: { flashcardId: flashcardIds[i]! },
          rating: review.rating,
          durationMs: 1000,
          source: "review",
          now: new Date(review.at),
          fuzz: false,
        });
        const log = await prisma.reviewLog.findUniqueOrThrow({ where: { id: result.logId } });
        const ours = result.state;
        expect(log.elapsedDays, where).toBe(expected.elapsed);
        const off = (a: number, b: number) => Math.abs(f32(a) - f32(b)) / Math.abs(f32(b));
        // float32 carries ~7 significant digits; fsrs-rs computes in float32, ts-fsrs in double.
        expect(off(ours.stability, expected.stability), `${where}: stability`).toBeLessThan(
          TOLERANCE,
        );
        expect(off(ours.difficulty, expected.difficulty), `${where}: difficulty`).toBeLessThan(
          TOLERANCE,
        );
        worst = Math.max(
          worst,
          off(ours.stability, expected.stability),
          off(ours.difficulty, expected.difficulty),
        );
        expect(ours.state, where).toBe(expected.state);
        expect(ours.scheduledDays, where).toBe(expected.days);
        if (expected.stepSecs !== null)
          expect(ours.due.getTime() - Date.parse(review.at), `${where}: step`).toBe(
            expected.stepSecs * 1000,
          );
        if (expected.days > 0) {
          // Due at the first minute of the due study day, read from the local wall clock.
          const due = ours.due.getTime();
          expect(studyDayOfWall(withOffset(due, seq.timeZone), seq.dayStartHour), where).toBe(
            day + expected.days,
          );
          expect(studyDayOfWall(withOffset(due - MIN, seq.timeZone), seq.dayStartHour), where).toBe(
            day + expected.days - 1,
          );
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(400);
    console.info(
      `reference: ${compared} ratings in ${SEQUENCES.length} sequences, worst relative difference ${worst.toExponential(2)}`,
    );
  }, 120_000);
});
