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

// Columns of the existing row, qualified: in PostgreSQL's ON CONFLICT DO UPDATE a bare name is
// ambiguous with EXCLUDED's. Numbers are cast to BIGINT (epoch milliseconds overflow PostgreSQL's
// integer, which an untyped parameter would otherwise become), and min() is written as CASE
// (SQLite's scalar min is PostgreSQL's LEAST).
const col = (name: "count" | "windowStart" | "blockedUntil") =>
  Prisma.raw(`"RateBudget"."${name}"`);
const big = (n: number) => Prisma.sql`CAST(${n} AS BIGINT)`;
const least = (a: Prisma.Sql, b: Prisma.Sql) =>
  Prisma.sql`CASE WHEN ${a} < ${b} THEN ${a} ELSE ${b} END`;

function takeStatement(rule: Rule, now: number): Prisma.Sql {
  if (rule.kind === "window") {
    const fresh = Prisma.sql`${col("windowStart")} + ${big(rule.windowMs)} <= ${big(now)}`;
    const count = Prisma.sql`CASE WHEN ${fresh} THEN 1 ELSE ${col("count")} + 1 END`;
    const start = Prisma.sql`CASE WHEN ${fresh} THEN ${big(now)} ELSE ${col("windowStart")} END`;
    return Prisma.sql`INSERT INTO "RateBudget" ("key", "count", "windowStart", "blockedUntil")
      VALUES (${rule.key}, 1, ${big(now)}, ${big(rule.limit <= 1 ? now + rule.windowMs : 0)})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = ${count},
        "windowStart" = ${start},
        "blockedUntil" = CASE WHEN ${count} >= ${rule.limit} THEN ${start} + ${big(rule.windowMs)} ELSE 0 END
      WHERE ${col("blockedUntil")} <= ${big(now)}
      RETURNING "count"`;
  }
  // Backoff: "windowStart" holds the last counted attempt.
  const count = Prisma.sql`CASE WHEN ${col("windowStart")} + ${big(rule.quietMs)} <= ${big(now)} THEN 1 ELSE ${col("count")} + 1 END`;
  const shift = least(Prisma.sql`${count} - ${rule.free}`, Prisma.raw("30"));
  const delay = least(
    big(rule.maxMs),
    Prisma.sql`${big(rule.baseMs)} * (CAST(1 AS BIGINT) << ${shift})`,
  );
  return Prisma.sql`INSERT INTO "RateBudget" ("key", "count", "windowStart", "blockedUntil")
    VALUES (${rule.key}, 1, ${big(now)}, ${big(rule.free <= 1 ? now + rule.baseMs : 0)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = ${count},
      "windowStart" = ${big(now)},
      "blockedUntil" = CASE WHEN ${count} >= ${rule.free} THEN ${big(now)} + ${delay} ELSE 0 END
    WHERE ${col("blockedUntil")} <= ${big(now)}
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
    SET "count" = "count" - 1, "blockedUntil" = CASE WHEN "count" - 1 < ${rule.limit} THEN CAST(0 AS BIGINT) ELSE "blockedUntil" END
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
