"use server";

import { redirect } from "next/navigation";
import { AuthError, requireUser } from "@/lib/auth/session";
import { filledTestSchema, gradeTest } from "@/lib/study/test";
import { invalid, type FormState } from "@/lib/validations/form-state";
import { testSettingsSchema, type StudyScope } from "@/lib/validations/study-modes";
import type { TestReview } from "@/lib/study/test";

type TestFormState = FormState & { review?: TestReview };

async function signedIn() {
  try {
    return await requireUser();
  } catch (e) {
    if (e instanceof AuthError) return null;
    throw e;
  }
}

/** Checks the settings and opens the test they describe (a seed keeps it the same on reload and print). */
export async function testSettingsAction(
  scope: { courseSlug: string; lessonSlug: string },
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  if (!(await signedIn())) return { ok: false, message: "Sign in again to make a test." };
  const types = form.getAll("types").map(String);
  const values = {
    count: String(form.get("count") ?? ""),
    ...Object.fromEntries(types.map((t) => [`types:${t}`, "on"])),
  };
  const parsed = testSettingsSchema.safeParse({ count: form.get("count"), types });
  if (!parsed.success) return invalid(parsed.error, values);
  const seed = Math.floor(Math.random() * 2 ** 31);
  const query = new URLSearchParams({
    count: String(parsed.data.count),
    types: parsed.data.types.join(","),
    seed: String(seed),
  });
  redirect(`/courses/${scope.courseSlug}/lessons/${scope.lessonSlug}/test?${query}`);
}

/** Grades the handed-in test: `item.N` (what was asked), `answer.N` and `pair.N.<card>` (the answers). */
export async function gradeTestAction(
  scope: StudyScope,
  _prev: TestFormState,
  form: FormData,
): Promise<TestFormState> {
  const user = await signedIn();
  if (!user) return { ok: false, message: "Sign in again to grade your test." };
  const filled: Array<{ item: string; answer: string; pairs: Record<string, string> }> = [];
  for (const [name, value] of form.entries()) {
    const m = /^item\.(\d{1,2})$/.exec(name);
    if (m && typeof value === "string")
      filled[Number(m[1])] = { item: value, answer: "", pairs: {} };
  }
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const answer = /^answer\.(\d{1,2})$/.exec(name);
    const pair = /^pair\.(\d{1,2})\.(.+)$/.exec(name);
    if (answer && filled[Number(answer[1])]) filled[Number(answer[1])]!.answer = value;
    if (pair && filled[Number(pair[1])]) filled[Number(pair[1])]!.pairs[pair[2]!] = value;
  }
  const parsed = filledTestSchema.safeParse(filled.filter(Boolean));
  if (!parsed.success) return invalid(parsed.error, undefined, parsed.error.issues[0]?.message);
  const graded = await gradeTest(user, scope, parsed.data);
  if (!graded.ok) return { ok: false, message: graded.error };
  return { ok: true, message: "Graded.", review: graded.review };
}
