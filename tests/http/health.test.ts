/** GET /api/health (liveness) and GET /api/ready (database and sandbox), called in-process. */
import { describe, expect, it } from "vitest";
import { GET as health } from "../../app/api/health/route";
import { GET as ready } from "../../app/api/ready/route";
import { createPrisma } from "../../lib/db";
import { readiness } from "../../lib/db/health";
import { checkSandbox } from "../../lib/sandbox";

const sandboxOk = await checkSandbox().then(
  () => true,
  () => false,
);

describe("health and readiness", () => {
  it("answers liveness without touching anything", async () => {
    const res = health();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("is ready when the database answers (and says whether the sandbox can run code)", async () => {
    const res = await ready();
    const body = (await res.json()) as { ready: boolean; database: string; sandbox: string };
    expect(body.database).toBe("ok");
    expect(body.sandbox === "ok").toBe(sandboxOk);
    expect(res.status).toBe(sandboxOk ? 200 : 503);
  });

  it("is not ready, with 503 naming the database, when the database does not answer", async () => {
    const gone = process.env.DATABASE_URL!.startsWith("file:")
      ? createPrisma("file:/nonexistent-dir/none.db")
      : createPrisma("postgresql://nobody@127.0.0.1:1/none");
    const state = await readiness(gone, async () => {});
    expect(state.ready).toBe(false);
    expect(state.database).toMatch(/^unreachable: /);
    expect(state.sandbox).toBe("ok");
    const noSandbox = await readiness(gone, async () => {
      throw new Error("bubblewrap is not installed");
    });
    expect(noSandbox.sandbox).toBe("unavailable: bubblewrap is not installed");
  });
});
