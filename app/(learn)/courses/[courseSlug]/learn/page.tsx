import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { LearnIntro } from "@/components/learn/learn-intro";
import { LearnPlayer } from "@/components/learn/learn-player";
import { requirePageUser } from "@/lib/auth/session";
import { getLearnRound } from "@/lib/study/learn";
import { getQuizInfo } from "@/lib/study/quiz-info";
import { learnAnswerAction, learnRestartAction } from "./actions";

type Props = { params: Promise<{ courseSlug: string }> };

export const metadata: Metadata = { title: "Learn" };

export default async function CourseLearnPage({ params }: Props) {
  const { courseSlug } = await params;
  const user = await requirePageUser(`/courses/${courseSlug}/learn`);
  const scope = { courseSlug };
  const [info, round] = await Promise.all([
    getQuizInfo(user, courseSlug),
    getLearnRound(user, scope),
  ]);
  if (!info || !round) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: `/courses/${courseSlug}`, label: info.courseTitle },
          { label: "Learn" },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Learn: {info.courseTitle}</h1>
        <LearnIntro />
      </header>
      {round.progress.total > 0 ? (
        <LearnPlayer
          initial={round}
          answer={learnAnswerAction.bind(null, scope)}
          restart={learnRestartAction.bind(null, scope)}
        />
      ) : (
        <p>This course has no flashcards yet.</p>
      )}
    </div>
  );
}
