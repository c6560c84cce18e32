import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { main as seedMain } from "../../scripts/seed";
import { allowConsoleError, consoleErrors } from "../helpers/console-errors";
import { testPrisma } from "../helpers/db";
import { fixtureCards, fixtureQuestions, writeFixture } from "../helpers/fixture-content";

const prisma = await testPrisma();

/** Gives a learner history on a card and a question: a review item, a review log, a quiz answer. */
async function makeHistory() {
  const user = await prisma.user.create({
    data: { email: `l${Date.now()}@x.test`, passwordHash: "x" },
  });
  const item = await prisma.reviewItem.create({
    data: { userId: user.id, flashcardId: "fx-c02", due: new Date(), reps: 3, stability: 4.2 },
  });
  await prisma.reviewLog.create({
    data: {
      reviewItemId: item.id,
      userId: user.id,
      rating: 3,
      stateBefore: 0,
      dueBefore: new Date(),
      elapsedDays: 0,
      scheduledDays: 1,
      previous: "{}",
    },
  });
  const option = await prisma.questionOption.findFirstOrThrow({
    where: { questionId: "fx-q01", correct: true },
  });
  const attempt = await prisma.quizAttempt.create({
    data: { userId: user.id, courseSlug: "fixture-course" },
  });
  await prisma.quizAnswer.create({
    data: {
      attemptId: attempt.id,
      questionId: "fx-q01",
      optionId: option.id,
      response: option.text,
      correct: true,
      timeMs: 1200,
    },
  });
  return { user, item };
}

describe("seed", () => {
  const fx = writeFixture();

  beforeAll(async () => {
    const stats = await seedContent(prisma, await loadContent(fx.root));
    expect(stats).toMatchObject({ updated: 0, archived: 0 });
  });

  it("loads courses, lessons, questions with options, cards, examples and their links", async () => {
    const question = await prisma.question.findUniqueOrThrow({
      where: { id: "fx-q01" },
      include: { options: { orderBy: { position: "asc" } }, examples: true },
    });
    expect(question.options.map((o) => o.correct)).toEqual([true, false, false, false]);
    expect(question.examples.map((e) => e.exampleId)).toEqual(["fx-echo"]);
    expect(await prisma.flashcard.count()).toBe(2);
    expect(await prisma.exampleFile.count({ where: { exampleId: "fx-echo" } })).toBe(2);
    const lesson = await prisma.lesson.findUniqueOrThrow({ where: { slug: "fixture-lesson" } });
    expect(lesson.body).toContain("## Server calls");
  });

  it("changes nothing when run again on unchanged content", async () => {
    const before = await prisma.flashcard.findMany({ orderBy: { id: "asc" } });
    const stats = await seedContent(prisma, await loadContent(fx.root));
    expect(stats).toEqual({ created: 0, updated: 0, archived: 0, unchanged: stats.unchanged });
    expect(stats.unchanged).toBeGreaterThan(5);
    expect(await prisma.flashcard.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("updates a changed card and keeps the learner's review history and quiz attempts", async () => {
    const { user, item } = await makeHistory();
    const cards = fixtureCards();
    cards[1]!.back = "Marks the socket as passive, ready to accept().";
    fx.write("lessons/01-fixture-lesson/flashcards.yaml", cards);
    const stats = await seedContent(prisma, await loadContent(fx.root));
    expect(stats.updated).toBe(1);
    expect((await prisma.flashcard.findUniqueOrThrow({ where: { id: "fx-c02" } })).back).toContain(
      "passive",
    );
    expect(await prisma.reviewItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      reps: 3,
      stability: 4.2,
    });
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect(await prisma.quizAnswer.count({ where: { attempt: { userId: user.id } } })).toBe(1);
  });

  it("archives removed content instead of deleting it", async () => {
    fx.write("lessons/01-fixture-lesson/flashcards.yaml", [fixtureCards()[0]]);
    const stats = await seedContent(prisma, await loadContent(fx.root));
    expect(stats.archived).toBe(1);
    const card = await prisma.flashcard.findUniqueOrThrow({ where: { id: "fx-c02" } });
    expect(card.archivedAt).toBeInstanceOf(Date);
    expect(await prisma.reviewItem.count({ where: { flashcardId: "fx-c02" } })).toBeGreaterThan(0);
    // Putting it back un-archives it.
    fx.write("lessons/01-fixture-lesson/flashcards.yaml", fixtureCards());
    await seedContent(prisma, await loadContent(fx.root));
    expect(
      (await prisma.flashcard.findUniqueOrThrow({ where: { id: "fx-c02" } })).archivedAt,
    ).toBeNull();
  });

  it("rolls back everything when a write fails part-way", async () => {
    const courses = await loadContent(fx.root);
    const before = await prisma.flashcard.findMany({ orderBy: { id: "asc" } });
    courses[0]!.lessons[0]!.flashcards[0]!.back = "changed before the failure";
    // A link to an example that does not exist fails a foreign key after the card update.
    courses[0]!.lessons[0]!.flashcards[1]!.examples = ["missing-example"];
    await expect(seedContent(prisma, courses)).rejects.toThrow();
    expect(await prisma.flashcard.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});

describe("npm run db:seed on invalid content", () => {
  /** Every content row the seed writes, to compare before and after. */
  const contentRows = async () => ({
    courses: await prisma.course.findMany({ orderBy: { slug: "asc" } }),
    lessons: await prisma.lesson.findMany({ orderBy: { id: "asc" } }),
    questions: await prisma.question.findMany({ orderBy: { id: "asc" } }),
    options: await prisma.questionOption.findMany({ orderBy: { id: "asc" } }),
    cards: await prisma.flashcard.findMany({ orderBy: { id: "asc" } }),
  });

  it("names file, item and field in plain words for each problem, and writes nothing", async () => {
    const fx = writeFixture();
    await seedContent(prisma, await loadContent(fx.root));
    const before = await contentRows();
    // One of each: a missing field, a wrong type, an unknown question type, bad YAML.
    const questions: Record<string, unknown>[] = fixtureQuestions();
    delete questions[0]!.prompt;
    questions[1]!.explanation = 42;
    questions.push({ ...fixtureQuestions()[1], id: "fx-q03", type: "essay" });
    fx.write("lessons/01-fixture-lesson/questions.yaml", questions);
    fx.write("lessons/01-fixture-lesson/flashcards.yaml", "- id: fx-c01\n  front: [unclosed\n");
    allowConsoleError(/Content is invalid/);

    expect(await seedMain([], fx.root)).toBe(1);
    const said = consoleErrors().join("\n");
    const file = "content/courses/fixture-course/lessons/01-fixture-lesson";
    expect(said).toContain(
      `${file}/questions.yaml: item "fx-q01", field "prompt": is missing: add it (text)`,
    );
    expect(said).toContain(
      `${file}/questions.yaml: item "fx-q02", field "explanation": should be text, not the number 42 (in YAML, put it in quotes: "42")`,
    );
    expect(said).toContain(
      `${file}/questions.yaml: item "fx-q03", field "type": must be one of "multiple_choice", "true_false", "typed", "output", not "essay"`,
    );
    expect(said).toMatch(
      new RegExp(
        `${file}/flashcards.yaml: invalid YAML: .* at line \\d+, column \\d+; fix it there`,
      ),
    );
    expect(said).toContain("Nothing was written to the database.");
    // zod's own wording never reaches the author.
    expect(said).not.toMatch(/Invalid (input|option)|expected \w+, received/);
    expect(await contentRows()).toEqual(before);
  });
});
