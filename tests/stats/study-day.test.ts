import { describe, expect, it } from "vitest";
import { addDays, dayRange, safeTimeZone, studyDayOf, studyDayStart } from "../../lib/srs/day";
import { countByDay, dayGrid, granularityOf } from "../../lib/stats/series";
import { studyDay } from "../../lib/srs/day";

const newYork = { timeZone: "America/New_York", dayStartHour: 4 };

describe("study day", () => {
  it("puts 02:30 local in the previous day when the day starts at 4 am", () => {
    // 2025-06-14 02:30 EDT = 06:30 UTC.
    expect(studyDayOf(new Date("2025-06-14T06:30:00Z"), newYork)).toBe("2025-06-13");
    expect(studyDayOf(new Date("2025-06-14T07:59:59Z"), newYork)).toBe("2025-06-13");
    expect(studyDayOf(new Date("2025-06-14T08:00:00Z"), newYork)).toBe("2025-06-14");
    // Same instant, midnight day start: already the 14th.
    expect(studyDayOf(new Date("2025-06-14T06:30:00Z"), { ...newYork, dayStartHour: 0 })).toBe(
      "2025-06-14",
    );
  });

  it("finds the instant a day starts, across daylight-saving changes and odd offsets", () => {
    expect(studyDayStart("2025-06-14", newYork).toISOString()).toBe("2025-06-14T08:00:00.000Z");
    expect(studyDayStart("2025-01-14", newYork).toISOString()).toBe("2025-01-14T09:00:00.000Z");
    // DST began 2025-03-09 at 2 am: that day starts at 4 am EDT.
    expect(studyDayStart("2025-03-09", newYork).toISOString()).toBe("2025-03-09T08:00:00.000Z");
    expect(studyDayStart("2025-03-08", newYork).toISOString()).toBe("2025-03-08T09:00:00.000Z");
    expect(
      studyDayStart("2025-06-14", { timeZone: "Asia/Kathmandu", dayStartHour: 4 }).toISOString(),
    ).toBe("2025-06-13T22:15:00.000Z");
  });

  it("counts instants into days with the learner's boundaries", () => {
    const days = dayRange("2025-06-12", 3);
    const rows = [
      { at: new Date("2025-06-12T07:00:00Z"), count: 5 }, // 03:00 EDT on the 12th: day 11, outside
      { at: new Date("2025-06-13T06:30:00Z"), count: 2 }, // 02:30 EDT on the 13th: day 12
      { at: new Date("2025-06-13T08:00:00Z"), count: 1 },
      { at: new Date("2025-06-15T07:59:00Z"), count: 4 }, // 03:59 on the 15th: day 14
      { at: new Date("2025-06-15T08:00:00Z"), count: 9 }, // day 15, outside
    ];
    expect(countByDay(rows, dayGrid(days, newYork))).toEqual([
      { day: "2025-06-12", count: 2 },
      { day: "2025-06-13", count: 1 },
      { day: "2025-06-14", count: 4 },
    ]);
  });

  it("counts per hour where days start on whole UTC hours, per minute elsewhere", () => {
    const days = dayRange("2025-03-01", 60);
    expect(granularityOf(dayGrid(days, newYork))).toBe("hour");
    expect(granularityOf(dayGrid(days, { timeZone: "Asia/Kathmandu", dayStartHour: 4 }))).toBe(
      "minute",
    );
    expect(granularityOf(dayGrid(days, { timeZone: "Asia/Kolkata", dayStartHour: 0 }))).toBe(
      "minute",
    );
  });

  it("adds days across months and falls back to UTC for an unknown zone", () => {
    expect(addDays("2025-02-27", 2)).toBe("2025-03-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(safeTimeZone("Mars/Olympus_Mons")).toBe("UTC");
    expect(safeTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
  });

  it("agrees with the review queue's study day (lib/srs) on where days start", () => {
    const zones = [
      "UTC",
      "America/New_York",
      "Europe/Berlin",
      "Asia/Kathmandu",
      "Pacific/Kiritimati",
      "Pacific/Pago_Pago",
    ];
    const instants = [
      "2025-03-09T06:59:00Z",
      "2025-03-09T08:30:00Z",
      "2025-10-26T01:30:00Z",
      "2025-11-02T07:10:00Z",
      "2025-06-14T23:59:00Z",
    ];
    for (const timeZone of zones)
      for (const dayStartHour of [0, 4, 23])
        for (const iso of instants) {
          const clock = { timeZone, dayStartHour };
          const now = new Date(iso);
          const day = studyDayOf(now, clock);
          expect(studyDayStart(day, clock)).toEqual(studyDay(now, timeZone, dayStartHour).start);
          expect(studyDayStart(addDays(day, 1), clock)).toEqual(
            studyDay(now, timeZone, dayStartHour).end,
          );
        }
  });
});
