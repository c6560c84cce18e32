/** POST /api/sandbox/run against this file's real SQLite copy; only the signed session is faked. */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadScenarioFolder, runQueue } from "../../lib/sandbox";
import { findExampleFolder } from "../../lib/sandbox/examples";
import { testPrisma } from "../helpers/db";
import { makeUser } from "../srs/helpers";
import { requireSandbox, skipSandbox, unavailable } from "./helpers";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; role: string } } }));
vi.mock("next-auth", () => ({ getServerSession: async () => session.current }));
const { POST } = await import("../../app/api/sandbox/run/route");

const prisma = await testPrisma();
const post = (body: unknown) => POST(new Request("http://localhost/api/sandbox/run", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) }));
const signIn = (u: { id: string; role: string }) => void (session.current = { user: { id: u.id, role: u.role } });
const errorOf = async (res: Response) => ((await res.json()) as { error: string }).error;

async function makeExample(status = "published") {
  const folder = await findExampleFolder("tcp-uppercase");
  const { scenario, files } = await loadScenarioFolder(folder ?? "");
  const id = `sbx-${status}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const course = await prisma.course.create({ data: { slug: id, title: id } });
  await prisma.example.create({
    data: { id, courseId: course.id, title: "TCP uppercase", status, scenario: JSON.stringify(scenario), files: { create: Object.entries(files).map(([name, content]) => ({ name, content })) } },
  });
  return { id, files };
}

describe.skipIf(skipSandbox)(`POST /api/sandbox/run${unavailable ? ` (${unavailable})` : ""}`, () => {
  beforeEach(() => {
    requireSandbox();
    session.current = null;
  });
  // The app-wide queue keeps warm spares; end them so no sandbox outlives this file.
  afterAll(() => runQueue.pool?.close());

  it("signed out → 401", async () => {
    expect((await post({ exampleId: "tcp-uppercase" })).status).toBe(401);
  });

  it("runs an example, stores the unedited run, and runs edited code as edited", async () => {
    const { id, files } = await makeExample();
    const user = await makeUser(prisma);
    signIn(user);
    const res = await post({ exampleId: id });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { status: string; expect: { matched: boolean } } };
    expect(body.result).toMatchObject({ status: "ok", expect: { matched: true } });
    const edited = await post({ exampleId: id, files: { "client.py": (files["client.py"] ?? "").replace("modifiedSentence.decode()", "'edited'") } });
    expect(((await edited.json()) as { result: { processes: Array<{ stdout: string }> } }).result.processes[1]?.stdout).toContain("From Server: edited");
    const runs = await prisma.sandboxRun.findMany({ where: { exampleId: id }, orderBy: { ranAt: "asc" } });
    expect(runs.map((r) => [r.status, r.edited])).toEqual([["ok", false], ["ok", true]]);
  });

  it("bad JSON, unknown or draft examples, extra, path-like or oversized files → 4xx with a message", async () => {
    const { id } = await makeExample();
    const draft = await makeExample("draft");
    signIn(await makeUser(prisma));
    const cases: Array<[unknown, number]> = [
      ["{not json", 400],
      [{ exampleId: "no-such-example" }, 404],
      [{ exampleId: draft.id }, 404],
      [{ exampleId: id, files: { "extra.py": "print(1)" } }, 400],
      [{ exampleId: id, files: { "../x.py": "print(1)" } }, 400],
      [{ exampleId: id, files: { "client.py": "x".repeat(70 * 1024) } }, 400],
      [{ exampleId: id, extra: true }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(await errorOf(res)).toMatch(/\w+/);
    }
  });

  it("allows 10 runs a minute per user, then 429", async () => {
    const { id } = await makeExample();
    const user = await makeUser(prisma);
    signIn(user);
    const statuses = await Promise.all(Array.from({ length: 12 }, () => post({ exampleId: id }).then((r) => r.status)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
  });
});
