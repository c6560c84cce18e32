import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { LearnIntro } from "@/components/learn/learn-intro";
import { LearnPlayer } from "@/components/learn/learn-player";
import { ShortTitle } from "@/components/short-title";
import { requirePageUser } from "@/lib/auth/session";
import { getLearnRound } from "@/lib/study/learn";
import { getQuizInfo } from "@/lib/study/quiz-info";
import { learnAnswerAction, learnRestartAction } from "../../../learn/actions";

type Props = { params: Promise<{ courseSlug: string; lessonSlug: string }> };

export const metadata: Metadata = { title: "Learn" };

export default async function LessonLearnPage({ params }: Props) {
  const { courseSlug, lessonSlug } = await params;
  const lessonHref = `/courses/${courseSlug}/lessons/${lessonSlug}`;
  const user = await requirePageUser(`${lessonHref}/learn`);
  const scope = { courseSlug, lessonSlug };
  const [info, round] = await Promise.all([
    getQuizInfo(user, courseSlug, lessonSlug),
    getLearnRound(user, scope),
  ]);
  if (!info?.lessonTitle || !round) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: `/courses/${courseSlug}`, label: info.courseTitle },
          { href: lessonHref, label: info.lessonTitle },
          { label: "Learn" },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          Learn: <ShortTitle title={info.lessonTitle} wrap />
        </h1>
        <LearnIntro />
      </header>
      {round.progress.total > 0 ? (
        <LearnPlayer
          initial={round}
          answer={learnAnswerAction.bind(null, scope)}
          restart={learnRestartAction.bind(null, scope)}
        />
      ) : (
        <p>This lesson has no flashcards yet.</p>
      )}
    </div>
  );
}
