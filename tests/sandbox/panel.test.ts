/** The panel's stored "last run": which run counts, when it is stale, and how the panel shows it (rendered on the server). */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import { ExamplePanel } from "../../components/example-panel";
import { ranAgo } from "../../components/example-panel/ran-ago";
import { runQueue } from "../../lib/sandbox";

import { examplePanel } from "../../lib/sandbox/last-run";
import { testPrisma } from "../helpers/db";
import { asCurrent, makeUser, postJson } from "../srs/helpers";
import { workerWhenOnPostgres } from "./queue-helpers";
import { describeSandbox, makeExample } from "./helpers";
import { session } from "../helpers/session";

const { GET, POST } = await import("../../app/api/sandbox/run/route");

const prisma = await testPrisma();
const post = (body: unknown) => postJson(POST, "/api/sandbox/run", body);

async function setUp() {
  const { id, files } = await makeExample(prisma);
  const user = await makeUser(prisma);
  session.current = { user: { id: user.id, role: user.role } };
  return { id, files, user: asCurrent(user) };
}

describeSandbox("the panel's stored last run", { leakCheck: false }, () => {
  afterAll(() => runQueue.pool?.close());
  workerWhenOnPostgres();

  it("is null before any run, then the latest unedited run with its time", async () => {
    const { id, user } = await setUp();
    expect((await examplePanel(user, id))?.lastRun).toBeNull();
    expect((await post({ exampleId: id })).status).toBe(200);
    const row = await prisma.sandboxRun.findFirstOrThrow({ where: { exampleId: id } });
    const panel = await examplePanel(user, id);
    expect(panel?.lastRun?.ranAt).toBe(row.ranAt.toISOString());
    expect(panel?.lastRun?.result.processes[1]?.stdout).toContain(
      "From Server: HELLO FROM THE CLIENT",
    );
    expect(panel?.files.map((f) => f.name)).toEqual(["client.py", "server.py"]);
  });

  it("never takes an edited run as the example's last run", async () => {
    const { id, files, user } = await setUp();
    const edited = {
      "client.py": (files["client.py"] ?? "").replace("print('From Server:'", "print('EDITED:'"),
    };
    expect((await post({ exampleId: id, files: edited })).status).toBe(200);
    expect((await examplePanel(user, id))?.lastRun).toBeNull();
    expect((await post({ exampleId: id })).status).toBe(200);
    expect((await post({ exampleId: id, files: edited })).status).toBe(200);
    const shown = (await examplePanel(user, id))?.lastRun?.result;
    expect(JSON.stringify(shown)).not.toContain("EDITED:");
    expect(shown?.processes[1]?.stdout).toContain("From Server: HELLO FROM THE CLIENT");
    expect(await prisma.sandboxRun.count({ where: { exampleId: id, edited: true } })).toBe(2);
  });

  it("drops a run whose files changed since (seed or instructor edit: a stale input hash)", async () => {
    const { id, files, user } = await setUp();
    expect((await post({ exampleId: id })).status).toBe(200);
    expect((await examplePanel(user, id))?.lastRun).not.toBeNull();
    await prisma.exampleFile.update({
      where: { exampleId_name: { exampleId: id, name: "client.py" } },
      data: { content: `${files["client.py"]}\n# changed by an instructor\n` },
    });
    expect((await examplePanel(user, id))?.lastRun).toBeNull();
    // Changing it back makes the old run current again: same files, same hash.
    await prisma.exampleFile.update({
      where: { exampleId_name: { exampleId: id, name: "client.py" } },
      data: { content: files["client.py"] ?? "" },
    });
    expect((await examplePanel(user, id))?.lastRun).not.toBeNull();
  });

  it("renders the stored output at once, with when it ran in words and the exact time in a tooltip", async () => {
    const { id, user } = await setUp();
    expect((await post({ exampleId: id })).status).toBe(200);
    const panel = await examplePanel(user, id);
    if (!panel?.lastRun) throw new Error("no stored run");
    // RanAgo's clock moves in half-minute ticks: 3 min 40 s ago reads as 3 minutes at any point of a tick.
    const ranAt = new Date(Date.now() - 3 * 60_000 - 40_000).toISOString();
    const html = renderToStaticMarkup(
      createElement(ExamplePanel, {
        exampleId: id,
        initial: { ...panel, lastRun: { ...panel.lastRun, ranAt } },
      }),
    );
    expect(html).toContain("From Server: HELLO FROM THE CLIENT");
    expect(html).toContain("Last run of this example&#x27;s code");
    expect(html).toMatch(
      new RegExp(`<time dateTime="${ranAt}" title="[^"]+"[^>]*>ran 3 minutes ago</time>`),
    );
    expect(html).toContain("Status: ok");
    expect(html).toContain("Expected output matched");
  });

  it("GET /api/sandbox/run?exampleId= gives browser-rendered panels the same data; signed out → 401, unknown → 404", async () => {
    const { id, user } = await setUp();
    expect((await post({ exampleId: id })).status).toBe(200);
    const get = (query: string) => GET(new Request(`http://localhost/api/sandbox/run?${query}`));
    const res = await get(`exampleId=${id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, example: await examplePanel(user, id) });
    expect((await get("exampleId=no-such-example")).status).toBe(404);
    expect((await get("exampleId=../x")).status).toBe(400);
    session.current = null;
    expect((await get(`exampleId=${id}`)).status).toBe(401);
  });

  it("says 'not run yet' when there is no stored run", () => {
    const html = renderToStaticMarkup(
      createElement(ExamplePanel, {
        exampleId: "x",
        initial: { id: "x", title: "X", processes: [], files: [], lastRun: null },
      }),
    );
    expect(html).toContain("Not run yet");
  });
});

describe("ranAgo", () => {
  it("says how long ago in words", () => {
    const now = new Date("2025-01-01T12:00:00Z");
    const ago = (ms: number) => ranAgo(new Date(now.getTime() - ms), now);
    expect([
      ago(10_000),
      ago(3 * 60_000),
      ago(60_000),
      ago(2 * 3_600_000),
      ago(86_400_000 + 5),
    ]).toEqual([
      "ran just now",
      "ran 3 minutes ago",
      "ran 1 minute ago",
      "ran 2 hours ago",
      "ran yesterday",
    ]);
  });
});
