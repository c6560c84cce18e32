/**
 * SQL shared by the review hot path. Raw, parameterised queries (Prisma.sql) on purpose: the query
 * builder costs ~0.5 ms per call here, raw ~0.1 ms, and a rating must answer in a few ms.
 * Portable SQL only (quoted identifiers, no SQLite functions), like lib/stats.
 */
import { randomBytes } from "node:crypto";
import { Prisma } from "../generated/prisma/client";
import type { ItemState } from "./card";
import type { ItemFlags } from "./flags";

/** `alias` is published and not archived (a literal alias, never user input). */
export const live = (alias: string) =>
  Prisma.raw(`${alias}."status" = 'published' AND ${alias}."archivedAt" IS NULL`);

const courseFilter = (courseSlug?: string) =>
  courseSlug ? Prisma.sql`AND c."slug" = ${courseSlug}` : Prisma.empty;

/**
 * The item `r` is about live content (optionally in one course): one indexed lookup per item.
 * One EXISTS over a UNION ALL of the flashcard and question chains, not `EXISTS … OR EXISTS …`:
 * PostgreSQL turns each EXISTS of an OR into a hashed subplan that reads every flashcard and question
 * (161–185 ms per rating at 100,000 items, against one primary-key probe per branch here).
 */
export function itemIsLive(courseSlug?: string): Prisma.Sql {
  const chain = (
    table: string,
    column: string,
  ) => Prisma.sql`SELECT 1 FROM ${Prisma.raw(`"${table}"`)} x JOIN "Lesson" l ON l."id" = x."lessonId" JOIN "Course" c ON c."id" = l."courseId"
    WHERE x."id" = r.${Prisma.raw(`"${column}"`)} AND ${live("x")} AND ${live("l")} AND ${live("c")} ${courseFilter(courseSlug)}`;
  return Prisma.sql`EXISTS (${chain("Flashcard", "flashcardId")} UNION ALL ${chain("Question", "questionId")})`;
}

/**
 * The same as `itemIsLive` from the item's own `live` column, without reading the content: database
 * triggers (prisma/migrations/20261201202933_review_item_live) set it whenever an item is inserted
 * and whenever a card's, lesson's or course's status, archivedAt or parent changes, in that
 * transaction. For reads that walk many items (the queue's counts); with a course, that course's chain is still checked.
 */
export const itemIsLiveFlag = (courseSlug?: string): Prisma.Sql =>
  courseSlug ? itemIsLive(courseSlug) : Prisma.sql`r."live" = TRUE`;

/** A ReviewItem row as raw SQL returns it (DateTime columns arrive as Date). */
export type ItemRow = ItemState &
  ItemFlags & {
    id: string;
    userId: string;
    flashcardId: string | null;
    questionId: string | null;
  };

export const itemColumns = Prisma.raw(
  `r."id", r."userId", r."flashcardId", r."questionId", r."due", r."stability", r."difficulty", r."elapsedDays", r."scheduledDays", r."learningSteps", r."reps", r."lapses", r."state", r."lastReview", r."suspendedAt", r."buriedUntil", r."leech"`,
);

/** `r` is neither suspended nor buried at `now`: what every queue read adds. */
export const itemIsStudyable = (now: Date) =>
  Prisma.sql`r."suspendedAt" IS NULL AND (r."buriedUntil" IS NULL OR r."buriedUntil" <= ${now})`;

/** COUNT(*) is a bigint on SQLite, a string or number elsewhere. */
export const num = (v: unknown): number => Number(v ?? 0);

/** An id for a raw insert: time first (like Prisma's cuid), so ids sort by creation time as undo's tie-break expects. */
export const newId = (): string =>
  `c${Date.now().toString(36).padStart(9, "0")}${randomBytes(8).toString("hex")}`;

/** A whole number written into the SQL text (states, limits): bound as a parameter, SQLite plans and runs these queries measurably slower. */
export const int = (n: number) => Prisma.raw(String(Math.trunc(n)));
/** A list of whole numbers for IN (…), written into the SQL text like `int`. */
export const ints = (ns: readonly number[]) => Prisma.raw(ns.map((n) => Math.trunc(n)).join(", "));
