import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requirePageUser } from "@/lib/auth/session";
import { renderSectionHtml } from "@/lib/content/section-html";
import { getLesson, publishedTitle } from "@/lib/courses/queries";
import { sectionHref } from "@/lib/learner/links";
import { recordPlace, sectionsRead } from "@/lib/learner/places";
import { readingSections, sectionOf } from "@/lib/learner/sections";
import { openLearnRounds, roundSummary } from "@/lib/study/open-rounds";
import { LessonView } from "./lesson-view";
import { SectionView } from "./section-view";
import { StudyModes } from "./study-modes";

type Props = {
  params: Promise<{ courseSlug: string; lessonSlug: string }>;
  searchParams?: Promise<{ section?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = await publishedTitle("lesson", (await params).lessonSlug);
  return { title: title ?? "Lesson" };
}

/** A lesson, one `##` section at a time (`?section=<anchor>`; docs/decisions/0014-lesson-sections.md). */
export default async function LessonPage({ params, searchParams }: Props) {
  const { courseSlug, lessonSlug } = await params;
  const { section: asked } = (await searchParams) ?? {};
  const user = await requirePageUser(`/courses/${courseSlug}/lessons/${lessonSlug}`);
  const lesson = await getLesson(user, lessonSlug);
  if (!lesson || lesson.course.slug !== courseSlug) notFound();
  const sections = readingSections(lesson.body);
  const wanted = typeof asked === "string" ? asked : undefined;
  const current = sectionOf(sections, wanted) ?? sections[0];
  // A heading inside a section, given as the section: show its section, scrolled to the heading.
  if (wanted && current && current.anchor !== wanted)
    redirect(sectionHref(courseSlug, lessonSlug, current.anchor, wanted));
  const round = (await openLearnRounds(user, courseSlug)).find((r) => r.lessonSlug === lessonSlug);
  const learnRound = round ? roundSummary(round.progress) : null;
  const crumbs = (
    <Breadcrumbs
      items={[
        { href: "/", label: "Courses" },
        { href: `/courses/${courseSlug}`, label: lesson.course.title },
        { label: lesson.title },
      ]}
    />
  );
  if (!current)
    return (
      <article className="space-y-8">
        {crumbs}
        <LessonView
          lesson={lesson}
          afterHeader={
            <StudyModes
              base={`/courses/${courseSlug}/lessons/${lessonSlug}`}
              learnRound={learnRound}
            />
          }
        />
      </article>
    );
  await recordPlace(user, { courseSlug, kind: "section", lessonSlug, section: current.anchor });
  const [html, read] = await Promise.all([
    renderSectionHtml(lesson.body),
    sectionsRead(user, [lessonSlug]),
  ]);
  return (
    <article>
      {crumbs}
      <SectionView
        lesson={lesson}
        courseSlug={courseSlug}
        lessonSlug={lessonSlug}
        sections={sections}
        current={current}
        html={html.get(current.anchor) ?? ""}
        read={read.get(lessonSlug) ?? new Set()}
        learnRound={learnRound}
      />
    </article>
  );
}
