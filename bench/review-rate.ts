/**
 * "Rate a card and get the next one" through lib/srs, on the database DATABASE_URL names, in its own
 * process (lib/db's client is one per process): bench/review.ts runs it for PostgreSQL and reads the
 * timings it prints as JSON on its last line.
 */
import { register } from "node:module";
import { randomUUID } from "node:crypto";

register("./server-only-hook.mjs", import.meta.url);
const [userId, runs] = [process.argv[2]!, Number(process.argv[3] ?? 300)];
const { db } = await import("../lib/db");
const { rateCard, reviewState } = await import("../lib/srs/review");
const user = { id: userId, email: "bench0@bench.local", name: null, role: "LEARNER" as const };
let state = await reviewState(user);
const times: number[] = [];
for (let i = 0; i < runs + 20; i++) {
  if (!state.card) throw new Error("bench learner ran out of due cards");
  const t = performance.now();
  const result = await rateCard(user, {
    itemRef: state.card.ref,
    rating: 3,
    requestId: randomUUID(),
    durationMs: 1000,
  });
  if (i >= 20) times.push(performance.now() - t);
  if (!result.ok) throw new Error(result.error);
  state = result.review;
}
await db.$disconnect();
console.log(JSON.stringify(times));
