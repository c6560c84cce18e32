import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportContent } from "../../lib/content/export";
import { exportSchema } from "../../lib/content/export-schema";
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { main as exportCli } from "../../scripts/content-export";
import { testPrisma } from "../helpers/db";
import { fixtureCards, writeFixture } from "../helpers/fixture-content";

const prisma = await testPrisma();

describe("export", () => {
  it("has the documented shape and leaves archived items out", async () => {
    const fx = writeFixture();
    await seedContent(prisma, await loadContent(fx.root));
    fx.write("lessons/01-fixture-lesson/flashcards.yaml", [fixtureCards()[0]]);
    await seedContent(prisma, await loadContent(fx.root));
    const data = exportSchema.parse(await exportContent(prisma));
    const lesson = data.courses[0]!.lessons[0]!;
    expect(Object.keys(data.courses[0]!).slice(0, 3)).toEqual(["slug", "title", "description"]);
    expect(lesson.questions[0]).toMatchObject({
      id: "fx-q01",
      type: "multiple_choice",
      options: [
        { text: "`accept()`", correct: true },
        { text: "`listen()`", correct: false },
        { text: "`bind()`", correct: false },
        { text: "`connect()`", correct: false },
      ],
      examples: ["fx-echo"],
    });
    expect(lesson.flashcards.map((f) => f.id)).toEqual(["fx-c01"]);
    expect(data.courses[0]!.examples[0]).toMatchObject({
      id: "fx-echo",
      files: { "client.py": "print(input())\n" },
      scenario: { title: "Echo" },
    });
  });

  it("writes the file from the CLI (its main, in-process; tests/app/env.test.ts spawns it once)", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "export-")), "out.json");
    expect(await exportCli(["--out", out])).toBe(0);
    const data = exportSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(data.courses[0]!.slug).toBe("fixture-course");
  });
});
