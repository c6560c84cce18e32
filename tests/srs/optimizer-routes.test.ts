/**
 * The review-log CSV downloads and the "Optimize my schedule" action, called in-process on this
 * file's SQLite copy: a learner gets their own logs, an instructor a course's with anonymised ids,
 * bad queries 400, foreign sites 403, signed out 401; the action refuses too little data with a
 * message and writes nothing, and with enough it stores the fit.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asCurrent } from "./helpers";
import { CSV_HEADER } from "../../lib/srs/optimizer/csv";
import { initialFormState } from "../../lib/validations/form-state";
import { testPrisma } from "../helpers/db";
import { session, signIn } from "../helpers/session";
import { makeCourse, makeUser, postJson } from "./helpers";
import { seedReviewHistory } from "./optimizer-seed";

// Next's page cache isn't there outside a request; the action's revalidatePath calls are no-ops here.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const route = await import("../../app/api/export/review-logs/route");
const review = await import("../../app/api/review/route");
const { optimizeSchedule, showWorkload } =
  await import("../../app/(learn)/settings/optimize-actions");
const { optimizeCourseAction } = await import("../../app/(teach)/teach/schedule/actions");
const { OptimizeSchedule } = await import("../../app/(learn)/settings/optimize-schedule");
const prisma = await testPrisma();
const { course, flashcardIds } = await makeCourse(prisma, { lessons: 1, cards: 100 });

const SITE = "http://127.0.0.1:3000";
const get = (path: string, headers: Record<string, string> = { "sec-fetch-site": "same-origin" }) =>
  route.GET(new Request(`${SITE}${path}`, { headers: { host: "127.0.0.1:3000", ...headers } }));

describe("GET /api/export/review-logs", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("gives a learner their own logs as optimizer CSV, numbered card ids, no database ids", async () => {
    const [me, other] = [await makeUser(prisma), await makeUser(prisma)];
    const { logCount } = await seedReviewHistory(prisma, me.id, flashcardIds, { reviews: 80 });
    await seedReviewHistory(prisma, other.id, flashcardIds, { reviews: 30, seed: 3 });
    expect((await get("/api/export/review-logs")).status).toBe(401);
    signIn(me);
    const res = await get("/api/export/review-logs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="recall-lab-review-logs-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = (await res.text()).trimEnd().split("\n");
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toHaveLength(logCount + 1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\d+,\d{13},[1-4],[0-3],4000$/);
    expect(lines.join("\n")).not.toContain(me.id);
  });

  it("gives an instructor a course's logs of every learner; refuses learners, unknown courses and bad queries", async () => {
    const [a, b] = [await makeUser(prisma), await makeUser(prisma)];
    const teacher = await makeUser(prisma, "INSTRUCTOR");
    const seeded = [
      await seedReviewHistory(prisma, a.id, flashcardIds, { reviews: 40, seed: 7 }),
      await seedReviewHistory(prisma, b.id, flashcardIds, { reviews: 40, seed: 8 }),
    ];
    signIn(a);
    expect((await get(`/api/export/review-logs?course=${course.slug}`)).status).toBe(403);
    signIn(teacher);
    const res = await get(`/api/export/review-logs?course=${course.slug}`);
    expect(res.status).toBe(200);
    const body = await res.text();
    const all = await prisma.reviewLog.count();
    expect(body.trimEnd().split("\n")).toHaveLength(all + 1);
    expect(all).toBeGreaterThanOrEqual(seeded[0]!.logCount + seeded[1]!.logCount);
    expect(body).not.toContain(a.id);
    const missing = await get("/api/export/review-logs?course=no-such-course");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'There is no course "no-such-course".' });
    const bad = await get("/api/export/review-logs?course=Not%20A%20Slug");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/^course: /);
    expect((await get("/api/export/review-logs?format=json")).status).toBe(400);
    expect((await get("/api/export/review-logs", { origin: "https://evil.test" })).status).toBe(
      403,
    );
  });
});

describe("the Optimize my schedule action", () => {
  it("refuses too little data with a message and writes nothing; with enough it stores the fit", async () => {
    const few = await makeUser(prisma);
    await seedReviewHistory(prisma, few.id, flashcardIds, { reviews: 30, seed: 9 });
    signIn(few);
    const refused = await optimizeSchedule(initialFormState, new FormData());
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/needs at least 64 reviews/);
    expect(await prisma.learnerParameters.count({ where: { userId: few.id } })).toBe(0);

    const many = await makeUser(prisma);
    await seedReviewHistory(prisma, many.id, flashcardIds, { reviews: 300, seed: 10 });
    signIn(many);
    const done = await optimizeSchedule(initialFormState, new FormData());
    expect(done.message).toMatch(/^Optimized on \d+ reviews: log loss [\d.]+ → [\d.]+, RMSE/);
    expect(done.ok).toBe(true);
    const row = await prisma.learnerParameters.findUniqueOrThrow({ where: { userId: many.id } });
    expect(JSON.parse(row.weights!)).toHaveLength(21);

    // The Settings section (server-rendered): the parameters in force, the fit's figures, the workload.
    const html = renderToStaticMarkup(
      await OptimizeSchedule({ user: asCurrent(many), desiredRetention: 0.9 }),
    );
    expect(html).toMatch(
      /Your reviews are scheduled with your own parameters, fitted on \d+ reviews/,
    );
    expect(html).toContain(
      `<td class="border-b border-slate-200 px-3 py-1.5 text-left">${row.logLossAfter!.toFixed(4)}</td>`,
    );
    // The workload: asked for, not on load.
    expect(html).toContain("Show expected workload");
    const workload = await showWorkload(initialFormState, new FormData());
    expect(workload.rows!.map((r) => r.retention)).toEqual([0.8, 0.85, 0.9, 0.95]);
    expect(workload.rows!.every((r) => r.reviewsPerDay > 0)).toBe(true);
    expect(html).toContain('href="/api/export/review-logs"');
  });
});

describe("the instructors' Optimize course parameters action", () => {
  const form = (course: string) => {
    const data = new FormData();
    data.set("course", course);
    return data;
  };

  it("fits the course for an instructor, refuses learners, bad and unknown courses", async () => {
    const teacher = await makeUser(prisma, "INSTRUCTOR");
    const learner = await makeUser(prisma);
    signIn(learner);
    await expect(optimizeCourseAction(initialFormState, form(course.slug))).rejects.toThrow();
    signIn(teacher);
    const bad = await optimizeCourseAction(initialFormState, form("Not a slug"));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { course: ["Choose a course."] } });
    const unknown = await optimizeCourseAction(initialFormState, form("no-such-course"));
    expect(unknown).toEqual({ ok: false, message: 'There is no course "no-such-course".' });
    const done = await optimizeCourseAction(initialFormState, form(course.slug));
    expect(done.message).toMatch(/^Fitted on \d+ reviews: log loss/);
    const row = await prisma.courseParameters.findUniqueOrThrow({ where: { courseId: course.id } });
    expect(JSON.parse(row.weights!)).toHaveLength(21);
  });
});

describe("the refit after a rating", () => {
  it("answers the rating first, then fits a learner who has reached 500 ratings", async () => {
    const { flashcardIds: cards } = await makeCourse(prisma, { lessons: 2, cards: 100 });
    const user = await makeUser(prisma);
    const { logCount } = await seedReviewHistory(prisma, user.id, cards.slice(0, -1), {
      reviews: 520,
      seed: 31,
    });
    expect(logCount).toBe(520);
    signIn(user);
    const res = await postJson(review.POST, "/api/review", {
      itemRef: { flashcardId: cards.at(-1) },
      rating: 3,
      requestId: `refit-${Date.now()}`,
      durationMs: 1000,
    });
    expect(res.status).toBe(200);
    // The answer came before any fit was recorded: the check runs after it.
    expect(await prisma.learnerParameters.count({ where: { userId: user.id } })).toBe(0);
    await expect
      .poll(
        async () =>
          (await prisma.learnerParameters.findUnique({ where: { userId: user.id } }))?.reviewCount,
        { timeout: 30_000, interval: 200 },
      )
      .toBe(521);
  });
});
