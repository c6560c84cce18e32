/**
 * The Anki download routes keep the same-origin checks (lib/http): another site, or another port of
 * this host, gets 403 before the session is read; our own pages get the file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";
import { makeCourse } from "../srs/helpers";
import { collectionRows } from "./apkg-read";

const progressRoute = await import("../../app/api/export/progress/route");
const exportRoute = await import("../../app/api/export/route");
const prisma = await testPrisma();

const SITE = "http://127.0.0.1:3000";
const get = (path: string, headers: Record<string, string>) =>
  new Request(`${SITE}${path}`, { headers: { host: "127.0.0.1:3000", ...headers } });
const ours = { "sec-fetch-site": "same-origin" };
const foreign: Array<Record<string, string>> = [
  { origin: "http://127.0.0.1:4000" },
  { origin: "https://evil.test" },
  { "sec-fetch-site": "same-site" },
  { "sec-fetch-site": "cross-site" },
];

let learnerId = "";
let instructorId = "";
beforeAll(async () => {
  await makeCourse(prisma);
  learnerId = (await prisma.user.create({ data: { email: "l@routes.test", passwordHash: "x" } }))
    .id;
  instructorId = (
    await prisma.user.create({
      data: { email: "i@routes.test", passwordHash: "x", role: "INSTRUCTOR" },
    })
  ).id;
});

describe("Anki download routes", () => {
  it("refuse other sites with 403 before reading the session", async () => {
    session.current = { user: { id: learnerId, role: "LEARNER" } };
    for (const headers of foreign) {
      const res = await progressRoute.GET(get("/api/export/progress", headers));
      expect(res.status, JSON.stringify(headers)).toBe(403);
      const apkg = await exportRoute.GET(get("/api/export?format=apkg", headers));
      expect(apkg.status, JSON.stringify(headers)).toBe(403);
    }
  });

  it("give a signed-in learner their progress package, and a signed-out visitor 401", async () => {
    session.current = { user: { id: learnerId, role: "LEARNER" } };
    const res = await progressRoute.GET(get("/api/export/progress", ours));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="recall-lab-progress-\d{4}-\d{2}-\d{2}\.apkg"$/,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    const rows = collectionRows(new Uint8Array(await res.arrayBuffer()));
    expect(rows.notes.length).toBeGreaterThan(0);
    // A learner may not take the instructor's export.
    expect((await exportRoute.GET(get("/api/export?format=apkg", ours))).status).toBe(403);
    session.current = null;
    expect((await progressRoute.GET(get("/api/export/progress", ours))).status).toBe(401);
  });

  it("give an instructor the course package", async () => {
    session.current = { user: { id: instructorId, role: "INSTRUCTOR" } };
    const res = await exportRoute.GET(get("/api/export?format=apkg", ours));
    expect(res.status).toBe(200);
    expect(collectionRows(new Uint8Array(await res.arrayBuffer())).col.ver).toBe(11);
  });
});
