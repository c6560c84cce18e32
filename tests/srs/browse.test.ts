/**
 * Browse (/review/cards): every card of every course with the learner's schedule, searched,
 * filtered, sorted and paged on the server; bulk actions in one transaction, refused whole for a card
 * that isn't the learner's, undone whole by one undo; a reset keeps every earlier log.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { asCurrent, makeCourse, signedInLearner } from "./helpers";
import { session } from "../helpers/session";
import { browseQuerySchema, type BrowseQuery } from "../../lib/validations/browse";
import { renderToStaticMarkup } from "react-dom/server";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { browseCards } = await import("../../lib/srs/browse");
const { bulkCards, undoCards } = await import("../../app/(learn)/review/cards/actions");
const { flagCard, rateCard, reviewState, undoLast } = await import("../../lib/srs/review");
const { default: BrowsePage } = await import("../../app/(learn)/review/cards/page");

const prisma = await testPrisma();
let n = 0;
const rid = () => `browse-${Date.now()}-${++n}`;
const q = (params: Record<string, string | string[]> = {}): BrowseQuery =>
  browseQuerySchema.parse(params);

async function learner() {
  const user = await signedInLearner(prisma);
  return { user, me: asCurrent(user) };
}
const rate = (me: ReturnType<typeof asCurrent>, flashcardId: string, rating: number, now?: Date) =>
  rateCard(me, { itemRef: { flashcardId }, rating, requestId: rid(), durationMs: 5 }, now);
const bulk = (action: string | null, cards: string[]) => {
  const f = new FormData();
  if (action) f.set("action", action);
  for (const c of cards) f.append("cards", c);
  return bulkCards({ ok: false }, f);
};
const snapshot = async (userId: string) => ({
  logs: await prisma.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } }),
  items: await prisma.reviewItem.findMany({ where: { userId }, orderBy: { id: "asc" } }),
});

describe("browse", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("lists met and unmet cards of a course in lesson order, searches front, back and prompt, pages on the server", async () => {
    const { me } = await learner();
    const { course, flashcardIds, questionIds } = await makeCourse(prisma, {
      lessons: 2,
      cards: 3,
      questions: 1,
    });
    await rate(me, flashcardIds[1]!, 3);
    const all = await browseCards(me, q({ course: course.slug }));
    expect(all.total).toBe(8);
    expect(all.rows.map((r) => r.contentId)).toEqual([...flashcardIds, ...questionIds]);
    const met = all.rows.find((r) => r.contentId === flashcardIds[1])!;
    expect(met).toMatchObject({ state: 1, lastRating: 3, key: `i:${met.reviewItemId}` });
    expect(met.difficulty).toBeGreaterThan(0);
    expect(all.rows[0]).toMatchObject({ key: `f:${flashcardIds[0]}`, state: 0, dueInDays: null });

    // Text search: the front ("Front 2"), the back ("Back **1**"), a question's prompt and its answer.
    const found = async (text: string) =>
      (await browseCards(me, q({ course: course.slug, q: text }))).rows.map((r) => r.contentId);
    expect(await found("front 2")).toEqual([flashcardIds[2], flashcardIds[5]]);
    expect(await found("**1**")).toEqual([flashcardIds[1], flashcardIds[4]]);
    expect(await found("which call")).toEqual(questionIds);
    expect(await found("accept()")).toEqual(questionIds);
    expect(await found("nothing like this")).toEqual([]);

    // A lesson filter.
    const lesson = await prisma.lesson.findFirstOrThrow({
      where: { courseId: course.id, position: 1 },
    });
    expect(
      (await browseCards(me, q({ lesson: lesson.slug }))).rows.map((r) => r.contentId),
    ).toEqual([...flashcardIds.slice(3), questionIds[1]]);

    // Lesson order descending reverses it.
    expect(
      (await browseCards(me, q({ course: course.slug, dir: "desc" }))).rows.map((r) => r.contentId),
    ).toEqual([...flashcardIds, ...questionIds].reverse());
  });

  it("pages a big deck 50 rows at a time across flashcards and questions", async () => {
    const { me } = await learner();
    const { course, flashcardIds, questionIds } = await makeCourse(prisma, {
      lessons: 1,
      cards: 70,
      questions: 40,
    });
    const order = [...flashcardIds, ...questionIds];
    const pages = await Promise.all(
      [1, 2, 3].map((page) => browseCards(me, q({ course: course.slug, page: String(page) }))),
    );
    expect(pages.map((p) => [p.total, p.pages, p.rows.length])).toEqual([
      [110, 3, 50],
      [110, 3, 50],
      [110, 3, 10],
    ]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.contentId))).toEqual(order);
    // Past the end: the last page.
    const past = await browseCards(me, q({ course: course.slug, page: "9" }));
    expect(past.page).toBe(3);
  });

  it("filters due, new, suspended, buried, leeches and starred, and sorts by the schedule (cards not met last)", async () => {
    const { user, me } = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 6 });
    const [a, b, c, d, e, f] = flashcardIds as [string, string, string, string, string, string];
    const past = new Date(Date.now() - 30 * 86_400_000);
    await rate(me, a, 3, past);
    await rate(me, a, 3, new Date(past.getTime() + 700_000));
    await rate(me, b, 1);
    await flagCard(me, { flashcardId: c }, "suspend");
    await flagCard(me, { flashcardId: d }, "bury");
    await prisma.flashcardStar.create({ data: { userId: user.id, flashcardId: e } });
    await prisma.reviewItem.updateMany({
      where: { userId: user.id, flashcardId: a },
      data: { leech: true, lapses: 9, due: new Date(Date.now() - 86_400_000) },
    });
    const ids = async (params: Record<string, string>) =>
      (await browseCards(me, q({ course: course.slug, ...params }))).rows.map((r) => r.contentId);
    expect(await ids({ show: "due" })).toEqual([a, b]);
    expect(await ids({ show: "new" })).toEqual([c, d, e, f]);
    expect(await ids({ show: "suspended" })).toEqual([c]);
    expect(await ids({ show: "buried" })).toEqual([d]);
    expect(await ids({ show: "leech" })).toEqual([a]);
    expect(await ids({ show: "flagged" })).toEqual([a, c, d]);
    expect(await ids({ show: "starred" })).toEqual([e]);
    expect(await ids({ show: "due", q: "front 1" })).toEqual([b]);

    // Schedule sorts: items by the field, then the cards not met yet in lesson order.
    const byLapses = await ids({ sort: "lapses", dir: "desc" });
    expect(byLapses[0]).toBe(a);
    expect(byLapses.slice(-2)).toEqual([e, f]);
    const byDue = await ids({ sort: "due" });
    expect(byDue[0]).toBe(a); // overdue first
    expect(byDue.slice(-2)).toEqual([e, f]);
    const byReviewed = await ids({ sort: "reviewed", dir: "desc", show: "due" });
    expect(byReviewed).toEqual([b, a]);
    expect(await ids({ sort: "difficulty", dir: "desc", show: "due" })).toEqual([b, a]);
  });

  it("column headers are links that sort (aria-sort on the active one, again the other way); a row's Unsuspend is a plain submit", async () => {
    const { me } = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 2 });
    await flagCard(me, { flashcardId: flashcardIds[0]! }, "suspend");
    const render = async (params: Record<string, string>) =>
      renderToStaticMarkup(
        await BrowsePage({ searchParams: Promise.resolve({ course: course.slug, ...params }) }),
      );
    const header = (html: string, sort: string) =>
      html.match(new RegExp(`<th[^>]*data-testid="sort-${sort}"[^>]*>.*?</th>`))![0];
    const href = (th: string) => th.match(/href="([^"]*)"/)![1]!.replaceAll("&amp;", "&");

    const plain = await render({});
    // Lesson order is the default: its header is the sorted one; a click on it turns it round.
    expect(header(plain, "lesson")).toContain('aria-sort="ascending"');
    expect(href(header(plain, "lesson"))).toBe(`/review/cards?course=${course.slug}&dir=desc`);
    for (const sort of ["due", "interval", "difficulty", "lapses", "reviewed"]) {
      expect(header(plain, sort)).not.toContain("aria-sort");
      expect(href(header(plain, sort))).toBe(`/review/cards?course=${course.slug}&sort=${sort}`);
    }
    expect(plain.match(/aria-sort=/g)).toHaveLength(1);
    const byDue = await render({ sort: "due", page: "1" });
    expect(header(byDue, "due")).toContain('aria-sort="ascending"');
    expect(header(byDue, "lesson")).not.toContain("aria-sort");
    expect(href(header(byDue, "due"))).toBe(
      `/review/cards?course=${course.slug}&sort=due&dir=desc`,
    );
    const back = await render({ sort: "due", dir: "desc" });
    expect(header(back, "due")).toContain('aria-sort="descending"');
    expect(href(header(back, "due"))).toBe(`/review/cards?course=${course.slug}&sort=due`);
    // A header link leaves the page number out (page 1 of the new order).
    expect(href(header(await render({ page: "2" }), "lapses"))).not.toContain("page=");

    // The row's Unsuspend: a submit button of the page's form carrying its own card, no client code.
    const item = await prisma.reviewItem.findFirstOrThrow({ where: { userId: me.id } });
    const button = plain.match(new RegExp(`<button[^>]*value="unsuspend:${item.id}"[^>]*>`))![0];
    expect(button).toContain('type="submit"');
    expect(button).toContain('name="card"');
    expect(button).not.toContain("formAction");
  });

  it("refuses bad search parameters with a message naming them, and reads nothing", async () => {
    await learner();
    for (const bad of [
      { show: "everything" },
      { sort: "colour" },
      { page: "0" },
      { page: "two" },
      { dir: "sideways" },
      { show: ["due", "new"] },
      { q: "x".repeat(201) },
    ]) {
      const parsed = browseQuerySchema.safeParse(bad);
      expect(parsed.success, JSON.stringify(bad)).toBe(false);
    }
    const html = JSON.stringify(
      await BrowsePage({ searchParams: Promise.resolve({ sort: "colour", page: "0" }) }),
    );
    expect(html).toContain("sort is one of lesson, due, interval, difficulty, lapses, reviewed");
    expect(html).toContain("page is a whole number from 1");
    // Unknown parameters are ignored.
    expect(browseQuerySchema.parse({ utm_source: "mail" })).toMatchObject({ show: "all", page: 1 });
  });
});

describe("bulk actions", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("suspend a selection (met and not met) in one go; one undo takes the whole batch back", async () => {
    const { user, me } = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 4 });
    await rate(me, flashcardIds[0]!, 3);
    const rows = (await browseCards(me, q({ course: course.slug }))).rows;
    const keys = rows.slice(0, 3).map((r) => r.key);
    expect(keys[0]).toMatch(/^i:/);
    expect(keys[1]).toMatch(/^f:/);
    const result = await bulk("suspend", keys);
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/Suspended 3 cards/) });
    expect(
      (await browseCards(me, q({ course: course.slug, show: "suspended" }))).rows.map(
        (r) => r.contentId,
      ),
    ).toEqual(flashcardIds.slice(0, 3));
    expect((await reviewState(me, course.slug)).counts.new).toBe(1);
    // Again: nothing to change, said so.
    expect(await bulk("suspend", keys)).toMatchObject({
      ok: true,
      message: expect.stringMatching(/3 cards left as they were \(already suspended\)/),
    });

    const undone = await undoCards({ ok: false }, new FormData());
    expect(undone).toMatchObject({ ok: true, message: expect.stringMatching(/3 cards/) });
    expect((await browseCards(me, q({ course: course.slug, show: "suspended" }))).rows).toEqual([]);
    // The two cards never met have no item again; the rated one keeps its rating.
    const items = await prisma.reviewItem.findMany({ where: { userId: user.id } });
    expect(items.map((i) => i.flashcardId)).toEqual([flashcardIds[0]]);
    // And the undo before that is the rating.
    expect(await undoLast(me)).toMatchObject({ ok: true, undone: "rating" });
  });

  it("reset keeps every log and undo restores the schedule; reschedule to today puts review cards in today's queue", async () => {
    const { user, me } = await learner();
    const { course, flashcardIds } = await makeCourse(prisma, { cards: 3 });
    const [a, b] = flashcardIds as [string, string];
    const past = new Date(Date.now() - 20 * 86_400_000);
    for (const id of [a, b]) {
      await rate(me, id, 3, past);
      await rate(me, id, 3, new Date(past.getTime() + 700_000));
      await rate(me, id, 4, new Date(past.getTime() + 3 * 86_400_000));
    }
    const reviewed = await prisma.reviewItem.findMany({ where: { userId: user.id } });
    expect(reviewed.every((i) => i.state === 2 && i.due.getTime() > Date.now())).toBe(true);
    expect((await reviewState(me, course.slug)).counts.review).toBe(0);

    const keys = reviewed.map((i) => `i:${i.id}`);
    expect(await bulk("reschedule", keys)).toMatchObject({ ok: true });
    expect((await reviewState(me, course.slug)).counts.review).toBe(2);
    const undone = await undoCards({ ok: false }, new FormData());
    expect(undone.ok).toBe(true);
    const schedule = (items: typeof reviewed) => items.map(({ updatedAt: _, ...rest }) => rest);
    expect(schedule(await prisma.reviewItem.findMany({ where: { userId: user.id } }))).toEqual(
      schedule(reviewed),
    );

    const logsBefore = await prisma.reviewLog.count({ where: { userId: user.id } });
    expect(await bulk("reset", keys)).toMatchObject({ ok: true });
    const reset = await prisma.reviewItem.findMany({ where: { userId: user.id } });
    expect(reset.every((i) => i.state === 0 && i.reps === 0)).toBe(true);
    // Every rating's log is still there, plus one reset log per card.
    expect(await prisma.reviewLog.count({ where: { userId: user.id, source: "review" } })).toBe(6);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(logsBefore + 2);
    await undoCards({ ok: false }, new FormData());
    const back = await prisma.reviewItem.findMany({ where: { userId: user.id } });
    expect(back.map((i) => [i.state, i.stability, i.due])).toEqual(
      reviewed.map((i) => [i.state, i.stability, i.due]),
    );
  });

  it("refuses bad input and someone else's cards whole, writing nothing", async () => {
    const other = await learner();
    const { flashcardIds } = await makeCourse(prisma, { cards: 2 });
    await rate(other.me, flashcardIds[0]!, 3);
    const theirs = await prisma.reviewItem.findFirstOrThrow({ where: { userId: other.user.id } });
    const { user, me } = await learner();
    await rate(me, flashcardIds[1]!, 3);
    const mine = await prisma.reviewItem.findFirstOrThrow({ where: { userId: user.id } });
    const before = await snapshot(user.id);
    const theirsBefore = await snapshot(other.user.id);

    expect(await bulk("suspend", [`i:${mine.id}`, `i:${theirs.id}`])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/aren't yours/),
    });
    expect(await bulk("suspend", ["f:no-such-card"])).toMatchObject({ ok: false });
    expect(await bulk("delete", [`i:${mine.id}`])).toMatchObject({
      ok: false,
      fieldErrors: { action: [expect.stringMatching(/choose suspend/)] },
    });
    expect(await bulk("suspend", [])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/select at least one card/),
    });
    expect(await bulk(null, [`i:${mine.id}`])).toMatchObject({ ok: false });
    expect(await bulk("suspend", ["x:'; DROP TABLE"])).toMatchObject({ ok: false });
    expect(
      await bulk(
        "suspend",
        Array.from({ length: 201 }, (_, i) => `f:c${i}`),
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/at most 200/) });
    // The one-card action: someone else's item, and a malformed one.
    const one = (card: string) => {
      const f = new FormData();
      f.set("card", card);
      f.append("cards", `i:${mine.id}`); // a selection beside the row's button changes nothing
      return bulkCards({ ok: false }, f);
    };
    expect(await one(`unsuspend:${theirs.id}`)).toMatchObject({ ok: false });
    expect(await one("delete:abc")).toMatchObject({ ok: false });
    expect(await snapshot(user.id)).toEqual(before);
    expect(await snapshot(other.user.id)).toEqual(theirsBefore);

    // Signed out: refused before anything is read.
    session.current = null;
    await expect(bulk("suspend", [`i:${mine.id}`])).rejects.toThrow();
    expect(await snapshot(user.id)).toEqual(before);
  });
});
