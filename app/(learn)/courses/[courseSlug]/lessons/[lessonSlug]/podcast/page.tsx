import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { KeyboardHelp } from "@/components/podcast/keyboard-help";
import { PodcastPlayer } from "@/components/podcast/podcast-player";
import { requirePageUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { hasPodcastAudio } from "@/lib/podcast/audio";
import { lessonPodcast } from "@/lib/podcast/source";
import { pluralize } from "@/lib/format/plural";
import { ShortTitle } from "@/components/short-title";

type Props = { params: Promise<{ courseSlug: string; lessonSlug: string }> };

export const metadata: Metadata = { title: "Podcast" };

export default async function PodcastPage({ params }: Props) {
  const { courseSlug, lessonSlug } = await params;
  const user = await requirePageUser(`/courses/${courseSlug}/lessons/${lessonSlug}/podcast`);
  const podcast = await lessonPodcast(user, lessonSlug);
  if (!podcast || podcast.courseSlug !== courseSlug) notFound();
  const { script } = podcast;
  const audio = await hasPodcastAudio(db, script.lessonSlug, podcast.version);
  const lessonPath = `/courses/${courseSlug}/lessons/${lessonSlug}`;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumbs
        items={[
          { href: "/", label: "Courses" },
          { href: `/courses/${courseSlug}`, label: podcast.courseTitle },
          { href: lessonPath, label: script.title },
          { label: "Podcast" },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          Podcast: <ShortTitle title={script.title} wrap />
        </h1>
        <p className="text-slate-700">
          A two-voice conversation built from this lesson: the host asks, the co-host explains,
          section by section. About {pluralize(Math.round(script.minutes), "minute")} (
          {pluralize(script.words, "word")}).
          {script.example &&
            ` The worked example is “${script.example.title}”, with ${script.example.outputFrom === "sandbox run" ? "what it printed the last time it ran" : "what it should print when you run it"}.`}
        </p>
        {audio && (
          <p>
            <a
              href={`${lessonPath}/podcast/audio`}
              download
              className="font-medium text-brand-700 underline"
            >
              Download the audio (WAV)
            </a>
          </p>
        )}
      </header>
      <KeyboardHelp />
      <PodcastPlayer lines={script.lines} />
    </div>
  );
}
