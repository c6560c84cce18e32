import Link from "next/link";
import { ProgressBar } from "@/components/progress-bar";
import { pluralize } from "@/lib/format/plural";
import type { ReadingSection } from "@/lib/learner/sections";
import { sectionHref } from "@/lib/learner/links";
import { AnchorResolver } from "./anchor-resolver";
import { ExampleList } from "./example-list";
import { FlashcardList } from "./flashcard-list";
import { LessonHeader, type LessonViewData } from "./lesson-view";
import { QuestionList } from "./question-list";
import { SectionNav } from "./section-nav";
import { SectionRead } from "./section-read";
import { StudyModes } from "./study-modes";

interface Props {
  lesson: LessonViewData;
  courseSlug: string;
  lessonSlug: string;
  sections: ReadingSection[];
  current: ReadingSection;
  html: string;
  read: Set<string>;
  /** The unfinished Learn round's progress ("3 of 10 cards mastered"), if there is one. */
  learnRound?: string | null;
}

/** One section of a lesson: its text, the examples and cards that belong to it, and the way on. */
export function SectionView({
  lesson,
  courseSlug,
  lessonSlug,
  sections,
  current,
  html,
  read,
  learnRound,
}: Props) {
  const base = `/courses/${courseSlug}/lessons/${lessonSlug}`;
  const at = sections.indexOf(current);
  const last = at === sections.length - 1;
  const prev = sections[at - 1];
  const next = sections[at + 1];
  // Items name a section anchor (maybe a ### inside one); items naming none belong to the last section.
  const here = (section: string | null | undefined) =>
    section && sections.some((s) => s.anchors.includes(section))
      ? current.anchors.includes(section)
      : last;
  const questions = lesson.questions.filter((q) => here(q.section));
  const cards = lesson.flashcards.filter((c) => here(c.section));
  const used = new Set([...questions, ...cards].flatMap((i) => i.examples.map((e) => e.exampleId)));
  const examples = lesson.examples.filter((e) => used.has(e.id));
  const titles = Object.fromEntries(lesson.examples.map((e) => [e.id, e.title]));
  const readCount = sections.filter((s) => read.has(s.anchor)).length;
  return (
    <div className="space-y-6 pb-16 lg:pb-0">
      <LessonHeader lesson={lesson}>
        <div className="max-w-md space-y-1">
          <p className="text-sm text-slate-700" data-testid="reading-progress">
            Read {readCount} of {pluralize(sections.length, "section")}
          </p>
          <ProgressBar
            value={readCount}
            max={sections.length}
            label="Reading progress"
            valueText={`${readCount} of ${pluralize(sections.length, "section")} read`}
          />
        </div>
      </LessonHeader>
      <StudyModes base={base} learnRound={learnRound} />
      <div className="gap-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
        <SectionNav
          current={current.anchor}
          sections={sections.map((s) => ({
            anchor: s.anchor,
            title: s.title,
            href: sectionHref(courseSlug, lessonSlug, s.anchor),
            read: read.has(s.anchor),
          }))}
        />
        <div className="min-w-0 space-y-6">
          <p className="text-sm font-medium text-slate-600">
            Section {at + 1} of {sections.length}
          </p>
          <section
            aria-labelledby={current.anchor}
            className="rounded-xl border border-slate-200 bg-white p-5 sm:p-8"
            data-testid="lesson-section"
          >
            <div
              className="prose prose-slate max-w-none prose-pre:p-4 prose-code:before:content-none prose-code:after:content-none"
              dangerouslySetInnerHTML={{ __html: html }}
            />
            <SectionRead
              key={current.anchor}
              section={{ courseSlug, lessonSlug, section: current.anchor }}
              read={read.has(current.anchor)}
            />
          </section>
          <ExampleList examples={examples} />
          <QuestionList questions={questions} heading="Check yourself" examplesBelow={titles} />
          <FlashcardList cards={cards} examplesBelow={titles} />
          <nav
            aria-label="Previous and next section"
            className="flex flex-wrap justify-between gap-3"
          >
            {prev ? (
              <Link
                href={sectionHref(courseSlug, lessonSlug, prev.anchor)}
                className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
                rel="prev"
              >
                ← {prev.title}
              </Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link
                href={sectionHref(courseSlug, lessonSlug, next.anchor)}
                className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
                rel="next"
              >
                Next: {next.title} →
              </Link>
            ) : (
              <Link
                href={`${base}/quiz`}
                className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
              >
                End of the lesson: play its quiz →
              </Link>
            )}
          </nav>
        </div>
      </div>
      <AnchorResolver
        key={current.anchor}
        base={base}
        sectionOfAnchor={Object.fromEntries(
          sections.flatMap((s) => s.anchors.map((a) => [a, s.anchor])),
        )}
      />
    </div>
  );
}
