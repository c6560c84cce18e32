/** A lesson podcast: two hosts, one line each in turn, built from the lesson itself. */
export type Speaker = "host" | "cohost";

export interface PodcastLine {
  speaker: Speaker;
  text: string;
  /** Lesson section anchor the line talks about. */ section: string | null;
}

export interface PodcastInput {
  lessonSlug: string;
  title: string;
  summary: string;
  body: string;
  cards: Array<{ id: string; front: string; back: string; section: string | null }>;
  example: {
    id: string;
    title: string;
    description: string;
    output: string;
    outputFrom: "sandbox run" | "scenario expectation";
  } | null;
}

export interface PodcastScript {
  lessonSlug: string;
  title: string;
  lines: PodcastLine[];
  words: number;
  /** Spoken length at 150 words per minute. */
  minutes: number;
  /** The worked example used and where its output came from. */
  example: { id: string; title: string; outputFrom: "sandbox run" | "scenario expectation" } | null;
}

export const WORDS_PER_MINUTE = 150;
export const MAX_MINUTES = 8;
