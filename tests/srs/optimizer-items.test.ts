/**
 * Review logs → FSRS items as Anki builds them, and the optimizer CSV: elapsed days in the learner's
 * study days, a reset starting a card over, only ratings counted, only items with a review after
 * the first day; the CSV read back by fsrs-rs itself (convertCsvToFsrsItems) gives our items.
 */
import { convertCsvToFsrsItems } from "@open-spaced-repetition/binding";
import { describe, expect, it } from "vitest";
import { CSV_HEADER, optimizerCsv } from "../../lib/srs/optimizer/csv";
import { fsrsItems, wireItemProblem, type RatingLog } from "../../lib/srs/optimizer/items";
import { workloadByRetention } from "../../lib/srs/optimizer/workload";

const la = { timeZone: "America/Los_Angeles", dayStartHour: 4 };
const log = (cardId: string, at: string, rating: number, stateBefore = 2, source = "review") =>
  ({
    cardId,
    reviewedAt: new Date(at),
    rating,
    stateBefore,
    source,
    durationMs: 5000,
  }) as RatingLog;

describe("fsrsItems", () => {
  it("counts elapsed days between the learner's study days, not UTC dates", () => {
    // 23:52Z and 00:03Z are 15:52 and 16:03 the same afternoon in Los Angeles (Mar 2); then Mar 5, then the day after.
    const items = fsrsItems(
      [
        log("a", "2026-03-02T23:52:00Z", 3, 0),
        log("a", "2026-03-03T00:03:00Z", 3, 1),
        log("a", "2026-03-05T18:00:00Z", 3),
        log("a", "2026-03-06T11:30:00Z", 1), // 03:30 local: still the 5th's study day
        log("a", "2026-03-06T12:30:00Z", 3, 3), // 04:30 local: the 6th
      ],
      la,
    );
    expect(items.map((i) => i.reviews)).toEqual([
      [3, 0, 3, 0, 3, 3],
      [3, 0, 3, 0, 3, 3, 1, 0],
      [3, 0, 3, 0, 3, 3, 1, 0, 3, 1],
    ]);
    // A UTC count would have said 1 day between the first two reviews.
    const utc = fsrsItems(
      [log("a", "2026-03-02T23:52:00Z", 3, 0), log("a", "2026-03-03T00:03:00Z", 3, 1)],
      { timeZone: "UTC", dayStartHour: 0 },
    );
    expect(utc.map((i) => i.reviews)).toEqual([[3, 0, 3, 1]]);
  });

  it("starts a card over at a reset, keeps quiz answers, drops other actions and cards not starting from New", () => {
    const items = fsrsItems(
      [
        log("a", "2026-01-01T10:00:00Z", 1, 0),
        log("a", "2026-01-03T10:00:00Z", 3),
        log("a", "2026-01-04T10:00:00Z", 0, 2, "reset"),
        log("a", "2026-01-05T10:00:00Z", 4, 0, "quiz"),
        log("a", "2026-01-05T11:00:00Z", 0, 2, "suspend"),
        log("a", "2026-01-06T10:00:00Z", 9, 2), // not a rating
        log("a", "2026-01-09T10:00:00Z", 3),
        log("b", "2026-01-01T10:00:00Z", 3, 2), // history begins mid-way
        log("b", "2026-01-05T10:00:00Z", 3),
      ],
      { timeZone: "UTC", dayStartHour: 4 },
    );
    expect(items.map((i) => i.reviews)).toEqual([[4, 0, 3, 4]]);
  });

  it("keeps only items fsrs-rs can take: two reviews or more, one of them on a later day", () => {
    const items = fsrsItems(
      [
        log("a", "2026-01-01T10:00:00Z", 1, 0),
        log("a", "2026-01-01T10:10:00Z", 3, 1),
        log("b", "2026-01-01T10:00:00Z", 3, 0),
      ],
      { timeZone: "UTC", dayStartHour: 4 },
    );
    expect(items).toEqual([]);
    expect(wireItemProblem({ reviews: [1, 0, 3, 0], at: 0 })).toMatch(/after its first day/);
    expect(wireItemProblem({ reviews: [3, 0], at: 0 })).toMatch(/two reviews/);
    expect(wireItemProblem({ reviews: [3, 0, 5, 2], at: 0 })).toMatch(/ratings are 1 to 4/);
    expect(wireItemProblem({ reviews: [3, 0, 3, 2], at: 0 })).toBeNull();
  });
});

describe("optimizerCsv", () => {
  const logs = [
    log("x", "2026-03-02T23:52:00Z", 3, 0),
    log("x", "2026-03-03T00:03:00Z", 3, 1),
    log("x", "2026-03-05T18:00:00Z", 2),
    log("y", "2026-03-02T20:00:00Z", 1, 0),
    log("y", "2026-03-04T20:00:00Z", 3, 2, "quiz"),
    log("z", "2026-03-01T20:00:00Z", 3, 2), // not from New: not fitted on, not exported
  ];

  it("writes the optimizer's five columns, card ids numbered by first review", () => {
    const csv = optimizerCsv(logs);
    expect(csv.split("\n")).toEqual([
      CSV_HEADER,
      `1,${Date.parse("2026-03-02T20:00:00Z")},1,0,5000`,
      `1,${Date.parse("2026-03-04T20:00:00Z")},3,2,5000`,
      `2,${Date.parse("2026-03-02T23:52:00Z")},3,0,5000`,
      `2,${Date.parse("2026-03-03T00:03:00Z")},3,1,5000`,
      `2,${Date.parse("2026-03-05T18:00:00Z")},2,2,5000`,
      "",
    ]);
  });

  it("reads back in fsrs-rs as the same FSRS items (same time zone and day start)", () => {
    const offset = (ms: number, timeZone: string) => {
      const wall = new Date(ms).toLocaleString("sv-SE", { timeZone }).replace(" ", "T");
      return Math.round((Date.parse(`${wall}Z`) - Math.floor(ms / 1000) * 1000) / 60_000);
    };
    const theirs = convertCsvToFsrsItems(
      new TextEncoder().encode(optimizerCsv(logs)),
      4,
      la.timeZone,
      (ms, tz) => offset(ms, tz),
    ).map((item) => item.reviews.flatMap((r) => [r.rating, r.deltaT]));
    const ours = fsrsItems(logs, la).map((i) => i.reviews);
    expect(theirs.sort()).toEqual(ours.sort());
  });
});

describe("workloadByRetention", () => {
  it("expects more reviews a day the higher the desired retention, and counts new cards at the daily limit", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const cards = Array.from({ length: 300 }, (_, i) => ({
      state: 2,
      stability: 2 + (i % 30),
      difficulty: 5,
      lastReview: new Date(now.getTime() - (i % 10) * 86_400_000),
      due: new Date(now.getTime() + (i % 20) * 86_400_000),
    }));
    const rows = workloadByRetention({ cards, newPerDay: 0, unseen: 0, weights: null, now });
    expect(rows.map((r) => r.retention)).toEqual([0.8, 0.85, 0.9, 0.95]);
    const perDay = rows.map((r) => r.reviewsPerDay);
    expect([...perDay].sort((a, b) => a - b)).toEqual(perDay);
    expect(perDay[3]!).toBeGreaterThan(perDay[0]! * 1.3);
    // New cards alone: 10 a day, each a first rating and a learning step, while unseen cards last.
    const fresh = workloadByRetention({
      cards: [],
      newPerDay: 10,
      unseen: 100,
      weights: null,
      now,
    });
    expect(fresh[0]!.reviewsPerDay).toBeGreaterThanOrEqual((100 * 2) / 30);
  });
});
