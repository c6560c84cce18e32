/**
 * Authorization for import, export and item analysis: every page, action and route refuses
 * anonymous visitors (sign-in redirect or 401) and learners (403) and writes nothing when it
 * refuses; instructors and admins get through. Only the session is faked, as in tests/auth/roles.test.ts.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { GET } = await import("../../app/api/export/route");
const { importFormAction } = await import("../../app/(teach)/teach/import/actions");
const pages = {
  import: (await import("../../app/(teach)/teach/import/page")).default,
  export: (await import("../../app/(teach)/teach/export/page")).default,
  analysis: (await import("../../app/(teach)/teach/analysis/page")).default,
};

const prisma = await testPrisma();
const users: Record<"learner" | "instructor" | "admin", { id: string; role: string }> = {} as never;
const as = (who: keyof typeof users | null) => {
  session.current = who ? { user: users[who] } : null;
};
const counts = async () => [
  await prisma.question.count(),
  await prisma.flashcard.count(),
  await prisma.lesson.count(),
  await prisma.revision.count(),
];
const fields = {
  text: "front,back\nsocket,An endpoint\n",
  courseSlug: "auth-course",
  lessonMode: "new",
  lessonSlug: "auth-lesson",
  lessonTitle: "Auth",
};
const form = (extra: Record<string, string> = {}) => {
  const data = new FormData();
  for (const [k, v] of Object.entries({ ...fields, ...extra })) data.set(k, v);
  return data;
};
const previewImportAction = () => importFormAction({ ok: false }, form({ intent: "preview" }));
const runImportAction = (hash: string) =>
  importFormAction({ ok: false }, form({ intent: "import", previewHash: hash }));
const search = Promise.resolve({ course: "auth-course" });

/** What a page threw: Next's redirect and forbidden() carry their outcome in `digest`. */
async function pageOutcome(render: () => Promise<unknown>): Promise<string> {
  try {
    await render();
    return "rendered";
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? error);
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    if (digest.includes(";403")) return "403";
    throw error;
  }
}

beforeAll(async () => {
  for (const role of ["learner", "instructor", "admin"] as const) {
    const u = await prisma.user.create({
      data: {
        email: `${role}@auth-transfer.test`,
        role: role.toUpperCase() as "LEARNER",
        passwordHash: "x",
      },
    });
    users[role] = { id: u.id, role: u.role };
  }
  await prisma.course.create({ data: { slug: "auth-course", title: "Auth course" } });
});

describe("export route", () => {
  const get = () => GET(new Request("http://localhost/api/export?format=json&course=auth-course"));
  it("401 signed out, 403 for a learner, 200 for instructors and admins", async () => {
    as(null);
    expect((await get()).status).toBe(401);
    as("learner");
    const refused = await get();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: expect.stringContaining("role") });
    for (const who of ["instructor", "admin"] as const) {
      as(who);
      const ok = await get();
      expect(ok.status).toBe(200);
      expect(ok.headers.get("content-disposition")).toContain("auth-course.json");
      expect((await ok.json()).courses[0].slug).toBe("auth-course");
    }
    expect((await GET(new Request("http://localhost/api/export?format=pdf"))).status).toBe(400);
  });
});

describe("import actions", () => {
  it("refuse anonymous visitors and learners without writing, then work for an instructor", async () => {
    const before = await counts();
    as(null);
    expect(await previewImportAction()).toEqual({ ok: false, message: "Sign in first." });
    expect(await runImportAction("x")).toEqual({ ok: false, message: "Sign in first." });
    as("instructor");
    const { preview } = await previewImportAction();
    if (!preview) throw new Error("no preview");
    as("learner");
    expect(await previewImportAction()).toEqual({
      ok: false,
      message: "Your role does not allow this.",
    });
    expect(await runImportAction(preview.plan.hash)).toEqual({
      ok: false,
      message: "Your role does not allow this.",
    });
    expect(await counts()).toEqual(before);
    as("instructor");
    expect(await runImportAction(preview.plan.hash)).toMatchObject({
      ok: true,
      done: { stats: { created: 1 } },
    });
    expect(await prisma.flashcard.count()).toBe(before[1]! + 1);
  });
});

describe("pages", () => {
  const renders = {
    import: () => pages.import(),
    export: () => pages.export(),
    analysis: () => pages.analysis({ searchParams: search }),
  };
  it.each(Object.keys(renders) as Array<keyof typeof renders>)(
    "/teach/%s: sign-in redirect, 403 for learners, renders for instructors",
    async (name) => {
      as(null);
      expect(await pageOutcome(renders[name])).toMatch(
        new RegExp(`^redirect /signin\\?callbackUrl=%2Fteach%2F${name}`),
      );
      as("learner");
      expect(await pageOutcome(renders[name])).toBe("403");
      as("instructor");
      expect(await pageOutcome(renders[name])).toBe("rendered");
      as("admin");
      expect(await pageOutcome(renders[name])).toBe("rendered");
    },
  );
});
