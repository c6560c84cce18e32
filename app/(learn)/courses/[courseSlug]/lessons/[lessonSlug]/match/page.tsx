import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { MatchGame } from "@/components/match/match-game";
import { ShortTitle } from "@/components/short-title";
import { requirePageUser } from "@/lib/auth/session";
import { matchGame } from "@/lib/study/match";
import { getQuizInfo } from "@/lib/study/quiz-info";
import { recordMatchAction } from "./actions";

type Props = { params: Promise<{ courseSlug: string; lessonSlug: string }> };

export const metadata: Metadata = { title: "Match" };

export default async function MatchPage({ params }: Props) {
  const { courseSlug, lessonSlug } = await params;
  const lessonHref = `/courses/${courseSlug}/lessons/${lessonSlug}`;
  const user = await requirePageUser(`${lessonHref}/match`);
  const [info, game] = await Promise.all([
    getQuizInfo(user, courseSlug, lessonSlug),
    matchGame(user, courseSlug, lessonSlug),
  ]);
  if (!info?.lessonTitle || !game) notFound();
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: `/courses/${courseSlug}`, label: info.courseTitle },
          { href: lessonHref, label: info.lessonTitle },
          { label: "Match" },
        ]}
      />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
        Match: <ShortTitle title={info.lessonTitle} wrap />
      </h1>
      {game.pairs.length > 0 ? (
        <MatchGame
          key={game.pairs.map((p) => p.id).join()}
          pairs={game.pairs}
          bestMs={game.bestMs}
          record={recordMatchAction.bind(null, { courseSlug, lessonSlug })}
        />
      ) : (
        <p>Match needs at least 6 flashcards with different terms and definitions.</p>
      )}
    </div>
  );
}
