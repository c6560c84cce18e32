import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ShortTitle } from "@/components/short-title";
import { TestSettingsForm } from "@/components/test/test-settings-form";
import { TestSheet } from "@/components/test/test-sheet";
import { requirePageUser } from "@/lib/auth/session";
import { pluralize } from "@/lib/format/plural";
import { getQuizInfo } from "@/lib/study/quiz-info";
import { generateTest } from "@/lib/study/test";
import { testSettingsSchema } from "@/lib/validations/study-modes";
import { gradeTestAction, testSettingsAction } from "./actions";

type Props = {
  params: Promise<{ courseSlug: string; lessonSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Test" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function TestPage({ params, searchParams }: Props) {
  const { courseSlug, lessonSlug } = await params;
  const query = await searchParams;
  const lessonHref = `/courses/${courseSlug}/lessons/${lessonSlug}`;
  const user = await requirePageUser(`${lessonHref}/test`);
  const info = await getQuizInfo(user, courseSlug, lessonSlug);
  if (!info?.lessonTitle) notFound();
  const scope = { courseSlug, lessonSlug };
  // A test is opened by the settings form's redirect: ?count=10&types=choice,typed&seed=123.
  const settings = testSettingsSchema.safeParse({
    count: one(query.count),
    types: one(query.types)?.split(",") ?? [],
  });
  const seed = Number(one(query.seed));
  const items =
    settings.success && Number.isInteger(seed)
      ? await generateTest(user, scope, settings.data, seed)
      : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="print:hidden">
        <Breadcrumbs
          items={[
            { href: "/", label: "Courses" },
            { href: `/courses/${courseSlug}`, label: info.courseTitle },
            { href: lessonHref, label: info.lessonTitle },
            { label: "Test" },
          ]}
        />
      </div>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          Test: <ShortTitle title={info.lessonTitle} wrap />
        </h1>
        <p className="text-slate-700 dark:text-slate-300 print:hidden">
          {items
            ? `${pluralize(items.length, "question")}. Answer in any order, then grade the test for a review of every answer. It doesn't touch your review schedule.`
            : "A test made from this lesson's questions and cards, graded at the end, printable."}
        </p>
        {items && (
          <p className="hidden print:block">
            Name: ______________________ Date: ____________ · {pluralize(items.length, "question")}
          </p>
        )}
      </header>
      {items && items.length > 0 ? (
        <TestSheet
          key={`${one(query.seed)}`}
          items={items}
          action={gradeTestAction.bind(null, scope)}
          newTestHref={`${lessonHref}/test`}
        />
      ) : (
        <>
          {items && <p role="alert">No questions of those types in this lesson; choose others.</p>}
          <TestSettingsForm action={testSettingsAction.bind(null, scope)} />
        </>
      )}
    </div>
  );
}
