/** `npm run srs:optimize`, called in-process on this file's SQLite copy. */
import { describe, expect, it, vi } from "vitest";
import { main } from "../../scripts/srs-optimize";
import { allowConsoleError, consoleErrors } from "../helpers/console-errors";
import { testPrisma } from "../helpers/db";
import { makeCourse, makeUser } from "./helpers";
import { seedReviewHistory } from "./optimizer-seed";

const prisma = await testPrisma();

describe("npm run srs:optimize", () => {
  it("fits a course's parameters and prints the figures; refuses a bad or unknown course", async () => {
    const { course, flashcardIds } = await makeCourse(prisma, { lessons: 1, cards: 60 });
    const learner = await makeUser(prisma);
    await seedReviewHistory(prisma, learner.id, flashcardIds, { reviews: 200 });
    const out: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((line: string) => void out.push(line));
    allowConsoleError(/^--course: /);
    allowConsoleError(/^Usage: npm run srs:optimize/);
    try {
      expect(await main(["--course", course.slug])).toBe(0);
      expect(out.join("\n")).toMatch(
        new RegExp(`^${course.slug}: \\d+ reviews, \\d+ items; log loss [\\d.]+ → [\\d.]+`),
      );
      const row = await prisma.courseParameters.findUniqueOrThrow({
        where: { courseId: course.id },
      });
      expect(JSON.parse(row.weights!)).toHaveLength(21);
      expect(await main(["--course", "Bad Slug"])).toBe(2);
      expect(await main(["--course", "no-such-course"])).toBe(2);
      expect(consoleErrors().join("\n")).toMatch(/there is no course "no-such-course"/);
      expect(consoleErrors().join("\n")).not.toMatch(/Invalid (input|option|string)/);
    } finally {
      log.mockRestore();
    }
  });
});
