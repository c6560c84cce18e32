import { describe, expect, it } from "vitest";
import { sqlOf, transaction, viaPrisma } from "../../lib/db-raw";
import { Prisma } from "../../lib/generated/prisma/client";
import { applyRating } from "../../lib/srs/apply";
import { testPrisma } from "../helpers/db";
import { makeCourse, makeUser } from "./helpers";

const prisma = await testPrisma();

describe("raw SQL on Prisma's own connection (lib/db-raw.ts)", () => {
  it("returns rows shaped exactly as $queryRaw shapes them: numbers, Dates, booleans, NULLs, counts", async () => {
    const { flashcardIds } = await makeCourse(prisma);
    const user = await makeUser(prisma);
    await applyRating(prisma, {
      userId: user.id,
      item: { flashcardId: flashcardIds[0]! },
      rating: 3,
      durationMs: 5,
      source: "review",
    });
    const queries = [
      Prisma.sql`SELECT r."id", r."due", r."stability", r."reps", r."state", r."lastReview", r."questionId" FROM "ReviewItem" r WHERE r."userId" = ${user.id}`,
      Prisma.sql`SELECT "id", "role", "disabled", "createdAt" FROM "User" WHERE "id" = ${user.id}`,
      Prisma.sql`SELECT COUNT(*) AS n, 7 AS seven FROM "ReviewLog" WHERE "userId" = ${user.id} AND "reviewedAt" < ${new Date(Date.now() + 60_000)}`,
    ];
    const fast = await sqlOf(prisma);
    for (const q of queries) {
      const [expected] = await viaPrisma(prisma).rows<Record<string, unknown>>(q);
      const normalized = Object.fromEntries(
        Object.entries(expected!).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]),
      );
      expect(await fast.rows(q)).toEqual([normalized]);
    }
  });

  it("a failing transaction writes nothing and releases the connection for the next one", async () => {
    const user = await makeUser(prisma);
    const rename = (name: string) =>
      Prisma.sql`UPDATE "User" SET "name" = ${name} WHERE "id" = ${user.id}`;
    await expect(
      transaction(prisma, async (sql) => {
        await sql.run(rename("half"));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBeNull();
    await transaction(prisma, (sql) => sql.run(rename("whole")));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("whole");
  });
});
