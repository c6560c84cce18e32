/** Turns the script's budget down (or up) until it speaks for 3–8 minutes at 150 words a minute. */
import { draftScript, type ScriptBudget } from "./script";
import {
  MAX_MINUTES,
  WORDS_PER_MINUTE,
  type PodcastInput,
  type PodcastLine,
  type PodcastScript,
} from "./types";

const countWords = (lines: PodcastLine[]) =>
  lines.reduce((n, l) => n + l.text.split(/\s+/).filter(Boolean).length, 0);

/** Two lines in a row from one speaker become one line, so the voices always alternate. */
function mergeRuns(lines: PodcastLine[]): PodcastLine[] {
  const out: PodcastLine[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last?.speaker === line.speaker) last.text += ` ${line.text}`;
    else out.push({ ...line });
  }
  return out;
}

// From the most to the least spoken; the first that fits under 8 minutes and over 3 wins.
const BUDGETS: ScriptBudget[] = [
  { sentencesPerSection: 8, cardsPerSection: 2, extraCards: 8 },
  { sentencesPerSection: 6, cardsPerSection: 2, extraCards: 4 },
  { sentencesPerSection: 5, cardsPerSection: 1, extraCards: 3 },
  { sentencesPerSection: 4, cardsPerSection: 1, extraCards: 2 },
  { sentencesPerSection: 3, cardsPerSection: 1, extraCards: 1 },
  { sentencesPerSection: 2, cardsPerSection: 1, extraCards: 0 },
  { sentencesPerSection: 2, cardsPerSection: 0, extraCards: 0 },
  { sentencesPerSection: 1, cardsPerSection: 0, extraCards: 0 },
];

export function podcastScript(input: PodcastInput): PodcastScript {
  let lines: PodcastLine[] = [];
  for (const budget of BUDGETS) {
    lines = mergeRuns(draftScript(input, budget));
    if (countWords(lines) <= MAX_MINUTES * WORDS_PER_MINUTE) break;
  }
  // A short lesson can't reach 3 minutes from its own words: it stays short rather than padded.
  const words = countWords(lines);
  const minutes = Math.round((words / WORDS_PER_MINUTE) * 10) / 10;
  const example = input.example && {
    id: input.example.id,
    title: input.example.title,
    outputFrom: input.example.outputFrom,
  };
  return { lessonSlug: input.lessonSlug, title: input.title, lines, words, minutes, example };
}
