/**
 * Browser: sibling burying offline (docs/decisions/0017-offline.md). A lesson of this test's own
 * with a card and a question in one section ("intro") and a second card outside it. Offline, the
 * review page schedules from its IndexedDB pack: rating the section's card hides its question for
 * the day, as the server's rule (lib/srs/siblings.ts) does; with the learner's buryRelated off, the
 * question comes the same day. On reconnect the server buries the same question.
 */
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { SLOW, network, openReview, rateOffline, status, unexpected } from "./offline-page";

const app = inject("e2e");

describe.skipIf(app.skip)("sibling burying offline", () => {
  const file = fileBrowser();
  const prisma = file.prisma;

  /** A course of this test's own: card 1 and the question in section "intro", card 2 in none. */
  async function sectionCourse(tag: string) {
    const slug = `offline-siblings-${tag}-${Date.now()}`;
    const course = await prisma.course.create({
      data: { slug, title: `Siblings ${tag}`, position: 9000 },
    });
    const lesson = await prisma.lesson.create({
      data: {
        slug: `${slug}-l`,
        courseId: course.id,
        title: "Sections",
        body: "## Intro\n\nText.",
      },
    });
    const front = (name: string) => `${name} of ${slug}`;
    await prisma.flashcard.create({
      data: {
        id: `${slug}-c1`,
        lessonId: lesson.id,
        front: front("Card one"),
        back: "One",
        section: "intro",
        position: 0,
      },
    });
    await prisma.flashcard.create({
      data: {
        id: `${slug}-c2`,
        lessonId: lesson.id,
        front: front("Card two"),
        back: "Two",
        position: 1,
      },
    });
    await prisma.question.create({
      data: {
        id: `${slug}-q1`,
        lessonId: lesson.id,
        type: "multiple_choice",
        prompt: front("The question"),
        explanation: "Because.",
        section: "intro",
        options: {
          create: [
            { position: 0, text: "Yes", correct: true },
            { position: 1, text: "No" },
          ],
        },
      },
    });
    return { slug, front, questionId: `${slug}-q1` };
  }

  /** Offline, rates Easy whatever comes until the session is done; returns the fronts shown. */
  async function reviewOffline(buryRelated: boolean) {
    const course = await sectionCourse(buryRelated ? "on" : "off");
    const { context, page, errors, user } = await openReview(
      file,
      "offline-siblings",
      { buryRelated },
      `/review?course=${course.slug}`,
    );
    await network(page, context, true);
    await expect.poll(() => status(page).textContent(), SLOW).toBe("Offline — 0 ratings waiting");
    const shown: string[] = [];
    const done = page.getByRole("heading", { name: "Done for now" });
    for (let i = 1; i <= 5; i++) {
      const front = page.getByTestId("card-front");
      await front.or(done).first().waitFor();
      if (await done.isVisible()) break;
      shown.push((await front.textContent())!.trim());
      await rateOffline(page, 4, i);
    }
    return { course, context, page, errors, user, shown };
  }

  it("rating the section's card hides its question offline; the server buries the same one on reconnect", async () => {
    const { course, context, page, errors, user, shown } = await reviewOffline(true);
    expect(shown).toEqual([course.front("Card one"), course.front("Card two")]);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);

    await network(page, context, false);
    // The page replays, or the worker's Background Sync does first: either way under one lock.
    await page.getByText(/^Synced 2 offline ratings( in the background)?\.$/).waitFor();
    const question = await prisma.reviewItem.findFirstOrThrow({
      where: { userId: user.id, questionId: course.questionId },
    });
    expect(question.buriedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it("with the learner's burying turned off, the question comes the same day offline", async () => {
    const { course, context, errors, shown } = await reviewOffline(false);
    expect(shown).toEqual([
      course.front("Card one"),
      course.front("Card two"),
      course.front("The question"),
    ]);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
});
