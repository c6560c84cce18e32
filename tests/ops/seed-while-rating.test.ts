/**
 * `npm run db:seed` beside the running app: the real seed script in its own process, while this
 * process (the app's connection) records ratings through the review session's own code path
 * without pause. The seed must succeed and every acknowledged rating must be in the database.
 */
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { rateCard } from "../../lib/srs/review";
import { testPrisma } from "../helpers/db";
import { asCurrent, makeUser } from "../srs/helpers";
import { lines, runScript } from "./helpers";

const prisma = await testPrisma();
const file = process.env.DATABASE_URL!.replace(/^file:/, "");

describe("seeding while learners rate", () => {
  it("the seed script succeeds while ratings stream in from another connection, and no rating is lost", async () => {
    // The database lacks the last lesson's flashcards: the seed reads the whole course, then writes them.
    const content = await loadContent();
    const partial = structuredClone(content);
    const last = partial[0]!.lessons.at(-1)!;
    const missing = last.flashcards.map((f) => f.id);
    last.flashcards = [];
    await seedContent(prisma, partial);
    const user = asCurrent(await makeUser(prisma));
    const cards = (await prisma.flashcard.findMany({ select: { id: true } })).map((c) => c.id);

    const seed = runScript("scripts/seed.ts", { DATABASE_URL: process.env.DATABASE_URL });
    let acknowledged = 0,
      duringSeed = 0;
    const failures: unknown[] = [];
    // Rate until the seed has exited: one card after another, each its own transaction.
    for (let i = 0; !seed.exited(); i++) {
      try {
        const result = await rateCard(user, {
          itemRef: { flashcardId: cards[i % cards.length]! },
          rating: 1 + (i % 4),
          requestId: `seed-race-${i}`,
          durationMs: 100,
        });
        if (result.ok) acknowledged++;
        else failures.push(result);
      } catch (error) {
        failures.push(error);
      }
      if (!seed.exited()) duringSeed++;
      // better-sqlite3 is synchronous: let the child's exit event in between ratings.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const { code, stdout, stderr } = await seed.done;

    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(lines(stdout).at(-1)).toMatch(/^Seeded .*: \d+ created/);
    expect(failures).toEqual([]);
    // Ratings really streamed while the seed ran (it takes seconds: tsx, content, transaction).
    expect(duringSeed).toBeGreaterThan(50);
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(acknowledged);
    // And the seed did its writes: the missing flashcards exist now.
    expect(await prisma.flashcard.count({ where: { id: { in: missing } } })).toBe(missing.length);
  });

  it("a transaction holds the write lock from its first statement, a read (BEGIN IMMEDIATE)", async () => {
    const other = new Database(file, { timeout: 0 });
    try {
      await prisma.$transaction(async (tx) => {
        await tx.course.count();
        expect(() => other.exec("BEGIN IMMEDIATE")).toThrow(/database is locked/);
      });
      // Released at commit.
      other.exec("BEGIN IMMEDIATE");
      other.exec("ROLLBACK");
    } finally {
      other.close();
    }
  });

  it("a seed that cannot get the write lock says so in one line and exits 1", async () => {
    // Another process holds the write lock for longer than the busy timeout.
    const holder = new Database(file);
    holder.exec("BEGIN IMMEDIATE");
    try {
      const { code, stdout, stderr } = await runScript("scripts/seed.ts", {
        DATABASE_URL: process.env.DATABASE_URL,
      }).done;
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(lines(stderr)).toEqual([
        expect.stringMatching(
          /is busy: another process held its write lock .* run npm run db:seed again/,
        ),
      ]);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  });
});
