/** The /teach/import form's action (decision 0014): refusals keyed by the field to fix, nothing written. */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { testPrisma } from "../helpers/db";
import { session } from "../helpers/session";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { importFormAction } = await import("../../app/(teach)/teach/import/actions");
const prisma = await testPrisma();

const send = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return importFormAction({ ok: false }, data);
};
const base = {
  text: "question,options,answer,explanation\nWhich call waits for a client?,bind|listen|accept,accept,accept blocks\n",
  courseSlug: "form-course",
  lessonMode: "new",
  lessonSlug: "form-lesson",
  lessonTitle: "Form lesson",
  intent: "preview",
};

beforeAll(async () => {
  const u = await prisma.user.create({
    data: { email: "i@import-form.test", role: "INSTRUCTOR", passwordHash: "x" },
  });
  session.current = { user: { id: u.id, role: u.role } };
  await prisma.course.create({ data: { slug: "form-course", title: "Form course" } });
});

describe("import form action", () => {
  it("names the field to fix: a missing lesson title, a bad slug, an unknown existing lesson", async () => {
    const noTitle = await send({ ...base, lessonTitle: " " });
    expect(noTitle).toMatchObject({
      ok: false,
      fieldErrors: { lessonTitle: [expect.any(String)] },
    });
    expect(noTitle.values?.text).toBe(base.text);
    const badSlug = await send({ ...base, lessonSlug: "Not A Slug" });
    expect(Object.keys(badSlug.fieldErrors ?? {})).toEqual(["lessonSlug"]);
    const existing = await send({ ...base, lessonMode: "existing", existingLesson: "nope" });
    expect(existing.ok).toBe(false);
    expect(existing.message).toMatch(/no lesson "nope"/);
    expect(await prisma.question.count()).toBe(0);
  });

  it("previews each question with its options and answer, then imports on the preview's hash", async () => {
    const { preview } = await send(base);
    expect(preview?.plan.questions[0]?.value).toMatchObject({
      prompt: "Which call waits for a client?",
      options: [
        { text: "bind", correct: false },
        { text: "listen", correct: false },
        { text: "accept", correct: true },
      ],
    });
    expect(await prisma.question.count()).toBe(0);
    const stale = await send({ ...base, intent: "import", previewHash: "other" });
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/preview again/) });
    const done = await send({ ...base, intent: "import", previewHash: preview!.plan.hash });
    expect(done).toMatchObject({ ok: true, done: { stats: { created: 1 } } });
    expect(await prisma.question.count()).toBe(1);
  });

  it("a text it can't read is refused under the text field", async () => {
    const r = await send({ ...base, text: "" });
    expect(r.ok).toBe(false);
    expect(r.fieldErrors?.text?.[0]).toBeTruthy();
  });
});
