/**
 * db:backup while learners rate, then db:restore into an empty database: every rating acknowledged
 * before the backup began is in the copy, and the copy is one consistent state (each item's schedule
 * is the one its last log wrote). On whichever database the project runs.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { createPrisma } from "../../lib/db";
import { backupDatabase, BackupError, restoreDatabase } from "../../lib/db/backup";
import { applyRating } from "../../lib/srs/apply";
import { testPrisma } from "../helpers/db";
import { createDatabase, dropDatabase } from "../helpers/postgres";
import { makeCourse, makeUser } from "../srs/helpers";

const onPostgres = Boolean(inject("pgTemplate"));
const prisma = await testPrisma();
const dir = mkdtempSync(path.join(os.tmpdir(), "recall-lab-backup-"));

/** An empty database to restore into, and how to drop it. */
async function emptyTarget() {
  if (!onPostgres)
    return { url: `file:${path.join(dir, `${randomUUID()}.db`)}`, drop: async () => {} };
  const server = inject("pgServerUrl");
  const made = await createDatabase(server, inject("pgPrefix"));
  return { url: made.url, drop: () => dropDatabase(server, made.name) };
}

describe("backup and restore", () => {
  it("backs up while ratings stream in and restores every rating acknowledged before it began", async () => {
    const user = await makeUser(prisma);
    const { flashcardIds } = await makeCourse(prisma, { cards: 12 });
    const acknowledged: string[] = [];
    let stop = false;
    let now = Date.now();
    const stream = (async () => {
      for (let i = 0; !stop; i++) {
        now += 1000;
        const rated = await applyRating(prisma, {
          userId: user.id,
          item: { flashcardId: flashcardIds[i % flashcardIds.length]! },
          rating: 1 + (i % 4),
          durationMs: 5,
          source: "review",
          requestId: randomUUID(),
          now: new Date(now),
        });
        acknowledged.push(rated.logId);
        // Each rating as its own request: on SQLite the raw path resolves without I/O, and a loop of
        // only microtasks would starve the backup's steps (and every timer).
        await new Promise((r) => setImmediate(r));
      }
    })();
    while (acknowledged.length < 30) await new Promise((r) => setImmediate(r));
    const before = [...acknowledged];
    const file = path.join(dir, onPostgres ? "live.dump" : "live.db");
    await backupDatabase(process.env.DATABASE_URL!, file);
    const duringOrBefore = acknowledged.length;
    // Ratings go on after the backup; then stop them.
    while (acknowledged.length < duringOrBefore + 10) await new Promise((r) => setImmediate(r));
    stop = true;
    await stream;

    const target = await emptyTarget();
    try {
      await restoreDatabase(target.url, file);
      const restored = createPrisma(target.url);
      try {
        const logs = await restored.reviewLog.findMany({
          where: { userId: user.id },
          select: { id: true, reviewItemId: true, reviewedAt: true },
        });
        const ids = new Set(logs.map((l) => l.id));
        expect(before.filter((id) => !ids.has(id))).toEqual([]);
        expect(logs.length).toBeGreaterThanOrEqual(before.length);
        expect(logs.length).toBeLessThan(acknowledged.length);
        // One consistent state: each item's last review is its newest log.
        const items = await restored.reviewItem.findMany({
          where: { userId: user.id },
          select: { id: true, lastReview: true },
        });
        for (const item of items) {
          const newest = Math.max(
            ...logs.filter((l) => l.reviewItemId === item.id).map((l) => l.reviewedAt.getTime()),
          );
          expect(item.lastReview?.getTime()).toBe(newest);
        }
        // The restored database is a working one: the app's client rates on it.
        await applyRating(restored, {
          userId: user.id,
          item: { flashcardId: flashcardIds[0]! },
          rating: 3,
          durationMs: 5,
          source: "review",
          now: new Date(now + 60_000),
        });
      } finally {
        await restored.$disconnect();
      }
      // Never over a database that has data.
      await expect(restoreDatabase(target.url, file)).rejects.toBeInstanceOf(BackupError);
    } finally {
      await target.drop();
    }
  });
});
