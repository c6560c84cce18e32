import { describe, expect, it } from "vitest";
import { ContentError } from "../../lib/content/errors";
import { loadContent } from "../../lib/content/load";
import { fixtureCards, fixtureQuestions, writeFixture } from "../helpers/fixture-content";

/** Loads and returns the ContentError's issues (fails the test if loading succeeds). */
async function issuesOf(root: string) {
  const error = await loadContent(root).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return { issues: (error as ContentError).issues, message: (error as ContentError).message };
}

describe("content loader", () => {
  it("loads a valid course with its lessons, items and examples", async () => {
    const { root } = writeFixture();
    const [course] = await loadContent(root);
    expect(course?.slug).toBe("fixture-course");
    expect(course?.lessons[0]?.questions.map((q) => q.id)).toEqual(["fx-q01", "fx-q02"]);
    expect(course?.lessons[0]?.flashcards).toHaveLength(2);
    expect(course?.examples[0]?.files["client.py"]).toContain("input()");
  });

  it("names file, item and field for a missing field", async () => {
    const fx = writeFixture();
    const questions = fixtureQuestions();
    delete (questions[0] as Partial<(typeof questions)[0]>).explanation;
    fx.write("lessons/01-fixture-lesson/questions.yaml", questions);
    const { issues, message } = await issuesOf(fx.root);
    expect(issues).toEqual([
      expect.objectContaining({
        file: expect.stringContaining("01-fixture-lesson/questions.yaml"),
        item: "fx-q01",
        field: "explanation",
      }),
    ]);
    expect(message).toContain('item "fx-q01", field "explanation"');
  });

  it("rejects a duplicate id", async () => {
    const fx = writeFixture();
    fx.write("lessons/01-fixture-lesson/flashcards.yaml", [
      ...fixtureCards(),
      { ...fixtureCards()[0], back: "again" },
    ]);
    const { issues } = await issuesOf(fx.root);
    expect(issues).toEqual([
      expect.objectContaining({
        item: "fx-c01",
        field: "id",
        message: expect.stringContaining("duplicate flashcard id"),
      }),
    ]);
  });

  it("rejects a question without exactly one correct option", async () => {
    const fx = writeFixture();
    const questions = fixtureQuestions();
    questions[0]!.options[1] = { text: "`listen()`", correct: true };
    fx.write("lessons/01-fixture-lesson/questions.yaml", questions);
    const { issues } = await issuesOf(fx.root);
    expect(issues).toEqual([
      expect.objectContaining({
        item: "fx-q01",
        field: "options",
        message: "needs exactly 1 correct option, found 2",
      }),
    ]);
  });

  it("rejects an unknown example id", async () => {
    const fx = writeFixture();
    const questions = fixtureQuestions();
    questions[0]!.examples = ["no-such-example"];
    fx.write("lessons/01-fixture-lesson/questions.yaml", questions);
    const { issues } = await issuesOf(fx.root);
    expect(issues).toEqual([
      expect.objectContaining({
        item: "fx-q01",
        field: "examples.0",
        message: expect.stringContaining('unknown example id "no-such-example"'),
      }),
    ]);
  });

  it("rejects a malformed scenario", async () => {
    const fx = writeFixture();
    fx.write("examples/fx-echo/scenario.yaml", {
      title: "Echo",
      processes: [{ name: "server", run: "server.py", ready: { port: 99999, protocol: "tcp" } }],
    });
    const { issues } = await issuesOf(fx.root);
    expect(issues).toEqual([
      expect.objectContaining({
        file: expect.stringContaining("fx-echo/scenario.yaml"),
        item: "fx-echo",
        field: "processes.0.ready.port",
      }),
    ]);
  });

  it("rejects a scenario whose process runs a file that is not there", async () => {
    const fx = writeFixture();
    fx.write("examples/fx-echo/scenario.yaml", {
      title: "Echo",
      processes: [{ name: "server", run: "missing.py" }],
    });
    const { issues } = await issuesOf(fx.root);
    expect(issues).toEqual([
      expect.objectContaining({ item: "fx-echo", field: "processes.0.run" }),
    ]);
  });

  it("rejects invalid YAML and a section anchor that does not exist", async () => {
    const fx = writeFixture();
    fx.write("lessons/01-fixture-lesson/flashcards.yaml", "- id: [unclosed\n");
    const questions = fixtureQuestions();
    questions[0]!.section = "nowhere";
    fx.write("lessons/01-fixture-lesson/questions.yaml", questions);
    const { issues } = await issuesOf(fx.root);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: expect.stringContaining("flashcards.yaml"),
          message: expect.stringContaining("invalid YAML"),
        }),
        expect.objectContaining({ item: "fx-q01", field: "section" }),
      ]),
    );
  });

  it("says each schema problem in plain words: what is wrong and how to fix it", async () => {
    const fx = writeFixture();
    const questions: Record<string, unknown>[] = fixtureQuestions();
    questions[0]!.options = "True";
    questions[1]!.hint = "look it up";
    fx.write("lessons/01-fixture-lesson/questions.yaml", questions);
    fx.write("lessons/01-fixture-lesson/flashcards.yaml", [{ ...fixtureCards()[0], front: true }]);
    const { message } = await issuesOf(fx.root);
    const file = "content/courses/fixture-course/lessons/01-fixture-lesson";
    expect(message.split("\n").slice(1)).toEqual([
      `  - ${file}/questions.yaml: item "fx-q01", field "options": should be a list, not text ("True") (in YAML, one item a line, each starting with "- ")`,
      `  - ${file}/questions.yaml: item "fx-q02": has fields we don't read (hint): remove them or check their spelling`,
      `  - ${file}/flashcards.yaml: item "fx-c01", field "front": should be text, not true (in YAML, put it in quotes: "true")`,
    ]);
  });
});
