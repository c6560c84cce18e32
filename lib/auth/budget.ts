/**
 * Atomic throttle counters in the RateBudget table. Taking a unit is one conditional upsert with
 * RETURNING: the check and the count are the same statement, so parallel requests (and several app
 * processes on one database) can never take more than the budget allows.
 */
import { Prisma } from "../generated/prisma/client";
import type { Sql } from "../db-raw";

/** `limit` units per fixed window of `windowMs`; once spent, refused until the window ends. */
export interface WindowRule {
  kind: "window";
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * Password guessing per account or device: `free` attempts, then each one only after a delay that
 * starts at `baseMs` and doubles up to `maxMs`. The count resets after `quietMs` without attempts.
 */
export interface BackoffRule {
  kind: "backoff";
  key: string;
  free: number;
  baseMs: number;
  maxMs: number;
  quietMs: number;
}

export type Rule = WindowRule | BackoffRule;

function takeStatement(rule: Rule, now: number): Prisma.Sql {
  if (rule.kind === "window") {
    const fresh = Prisma.sql`"windowStart" + ${rule.windowMs} <= ${now}`;
    const count = Prisma.sql`CASE WHEN ${fresh} THEN 1 ELSE "count" + 1 END`;
    const start = Prisma.sql`CASE WHEN ${fresh} THEN ${now} ELSE "windowStart" END`;
    return Prisma.sql`INSERT INTO "RateBudget" ("key", "count", "windowStart", "blockedUntil")
      VALUES (${rule.key}, 1, ${now}, ${rule.limit <= 1 ? now + rule.windowMs : 0})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = ${count},
        "windowStart" = ${start},
        "blockedUntil" = CASE WHEN ${count} >= ${rule.limit} THEN ${start} + ${rule.windowMs} ELSE 0 END
      WHERE "blockedUntil" <= ${now}
      RETURNING "count"`;
  }
  // Backoff: "windowStart" holds the last counted attempt.
  const count = Prisma.sql`CASE WHEN "windowStart" + ${rule.quietMs} <= ${now} THEN 1 ELSE "count" + 1 END`;
  const delay = Prisma.sql`min(${rule.maxMs}, ${rule.baseMs} * (1 << min(${count} - ${rule.free}, 30)))`;
  return Prisma.sql`INSERT INTO "RateBudget" ("key", "count", "windowStart", "blockedUntil")
    VALUES (${rule.key}, 1, ${now}, ${rule.free <= 1 ? now + rule.baseMs : 0})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = ${count},
      "windowStart" = ${now},
      "blockedUntil" = CASE WHEN ${count} >= ${rule.free} THEN ${now} + ${delay} ELSE 0 END
    WHERE "blockedUntil" <= ${now}
    RETURNING "count"`;
}

/** Takes one unit: 0 when granted, else the milliseconds until the budget allows another. */
export async function take(sql: Sql, rule: Rule, now = Date.now()): Promise<number> {
  const granted = await sql.rows<{ count: number }>(takeStatement(rule, now));
  if (granted.length > 0) return 0;
  const [row] = await sql.rows<{ blockedUntil: number }>(
    Prisma.sql`SELECT "blockedUntil" FROM "RateBudget" WHERE "key" = ${rule.key}`,
  );
  return Math.max(1000, Number(row?.blockedUntil ?? 0) - now);
}

/** Gives back a unit a request took but did not spend (a later budget refused it). */
export async function giveBack(sql: Sql, rule: WindowRule): Promise<void> {
  await sql.run(Prisma.sql`UPDATE "RateBudget"
    SET "count" = "count" - 1, "blockedUntil" = CASE WHEN "count" - 1 < ${rule.limit} THEN 0 ELSE "blockedUntil" END
    WHERE "key" = ${rule.key} AND "count" > 0`);
}

/** Forgets a counter (an account's failures after its owner signed in). */
export async function clear(sql: Sql, key: string): Promise<void> {
  await sql.run(Prisma.sql`DELETE FROM "RateBudget" WHERE "key" = ${key}`);
}

/** Deletes counters idle for a day; cheap enough to run now and then on a hot path. */
export async function prune(sql: Sql, now = Date.now()): Promise<void> {
  const old = now - 24 * 60 * 60_000;
  await sql.run(
    Prisma.sql`DELETE FROM "RateBudget" WHERE "windowStart" < ${old} AND "blockedUntil" < ${now}`,
  );
}

/**
 * Takes a unit from each rule in order (window rules first, at most one backoff rule last). If one
 * refuses, the units already taken are given back and the wait of the refusing rule is returned.
 */
export async function takeAll(
  sql: Sql,
  rules: Rule[],
  now = Date.now(),
): Promise<{ ok: true } | { ok: false; rule: Rule; waitMs: number }> {
  const taken: WindowRule[] = [];
  for (const rule of rules) {
    const waitMs = await take(sql, rule, now);
    if (waitMs > 0) {
      for (const t of taken) await giveBack(sql, t);
      return { ok: false, rule, waitMs };
    }
    if (rule.kind === "window") taken.push(rule);
  }
  return { ok: true };
}
