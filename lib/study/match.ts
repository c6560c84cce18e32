/**
 * Match: six term/definition pairs of a lesson drawn at random, and the learner's fastest game
 * (penalties included) kept per lesson in MatchBest. The time is the browser's; the server checks
 * it is a plausible game (decision: no server-side clock, a best time cheats only oneself).
 */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { renderMarkdown } from "../content/render";
import { db } from "../db";
import { matchResultSchema, MATCH_PAIRS, type MatchResultInput } from "../validations/study-modes";
import { normalizeAnswer } from "./grade";
import { shuffled } from "./plan";
import { fail, type Result } from "./result";
import { studyCards } from "./study-cards";

export interface MatchPair {
  id: string;
  termHtml: string;
  definitionHtml: string;
}

/** One paragraph of Markdown shown inline in a tile (a <p> inside a button is not valid HTML). */
async function inlineHtml(markdown: string) {
  const html = (await renderMarkdown(markdown)).trim();
  const one = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return one && !one[1]!.includes("<p>") ? one[1]! : html;
}

/** Six pairs whose terms and definitions all read differently, and the best time; null when not visible. */
export async function matchGame(user: CurrentUser, courseSlug: string, lessonSlug: string) {
  const [cards, lesson] = await Promise.all([
    studyCards({ courseSlug, lessonSlug }),
    db.lesson.findFirst({
      where: { slug: lessonSlug, course: { slug: courseSlug } },
      select: { id: true },
    }),
  ]);
  if (!cards || !lesson) return null;
  const seen = new Set<string>();
  const chosen = shuffled(cards)
    .filter((c) => {
      const keys = [normalizeAnswer(c.front), normalizeAnswer(c.back)];
      if (keys.some((k) => k === "" || seen.has(k))) return false;
      keys.forEach((k) => seen.add(k));
      return true;
    })
    .slice(0, MATCH_PAIRS);
  const best = await db.matchBest.findUnique({
    where: { userId_lessonId: { userId: user.id, lessonId: lesson.id } },
    select: { bestMs: true, games: true },
  });
  const pairs: MatchPair[] = await Promise.all(
    chosen.map(async (c) => ({
      id: c.id,
      termHtml: await inlineHtml(c.front),
      definitionHtml: await inlineHtml(c.back),
    })),
  );
  return {
    pairs: pairs.length === MATCH_PAIRS ? pairs : [],
    bestMs: best?.bestMs ?? null,
    games: best?.games ?? 0,
  };
}

/** Records a finished game; the best time only ever goes down. */
export async function recordMatch(
  user: CurrentUser,
  raw: MatchResultInput,
): Promise<Result<{ bestMs: number; newBest: boolean; games: number }>> {
  const parsed = matchResultSchema.safeParse(raw);
  if (!parsed.success) return fail(400, parsed.error.issues[0]?.message ?? "Invalid game.");
  const { courseSlug, lessonSlug, timeMs } = parsed.data;
  const lesson = await db.lesson.findFirst({
    where: {
      slug: lessonSlug,
      archivedAt: null,
      status: "published",
      course: { slug: courseSlug },
    },
    select: { id: true },
  });
  if (!lesson) return fail(404, "No such lesson.");
  return db.$transaction(async (tx) => {
    const key = { userId_lessonId: { userId: user.id, lessonId: lesson.id } };
    const before = await tx.matchBest.findUnique({ where: key });
    const newBest = !before || timeMs < before.bestMs;
    const row = await tx.matchBest.upsert({
      where: key,
      create: { userId: user.id, lessonId: lesson.id, bestMs: timeMs },
      update: { games: { increment: 1 }, ...(newBest ? { bestMs: timeMs } : {}) },
    });
    return { ok: true as const, bestMs: row.bestMs, newBest, games: row.games };
  });
}
