import Link from "next/link";

const MODES = [
  {
    path: "quiz",
    label: "Play Quiz",
    hint: "Multiple choice, true/false, typed and output questions",
  },
  { path: "flashcards", label: "Study Flashcards", hint: "Flip, shuffle, star; keyboard friendly" },
  { path: "learn", label: "Learn", hint: "A choice, then typed, until you know every card" },
  { path: "match", label: "Match", hint: "Pair terms and definitions against the clock" },
  { path: "test", label: "Test", hint: "A printable test of the types you choose, graded" },
  { path: "/review", label: "Spaced Repetition", hint: "Today's due cards, scheduled by FSRS" },
  { path: "chat", label: "Chat to Lesson", hint: "Answers that cite this lesson" },
  { path: "podcast", label: "Podcast", hint: "A two-voice conversation about the lesson" },
] as const;

/**
 * The lesson's study modes, as Quizgecko lays them out, all running on our own data. An unfinished
 * Learn round turns its entry into "Continue Learn" with how far the round has got.
 */
export function StudyModes({ base, learnRound }: { base: string; learnRound?: string | null }) {
  return (
    <nav aria-label="Study modes">
      <ul className="grid gap-2 sm:grid-cols-3 lg:grid-cols-4">
        {MODES.map((mode) => {
          const resume = mode.path === "learn" && learnRound;
          return (
            <li key={mode.path}>
              <Link
                href={mode.path.startsWith("/") ? mode.path : `${base}/${mode.path}`}
                // Eight links on every lesson page: prefetched, they were 16 RSC requests parsed
                // while the page loads (bench:pages), for the one followed.
                prefetch={false}
                className={`block h-full rounded-xl border bg-white p-3 hover:border-brand-600 hover:bg-brand-50 ${resume ? "border-brand-600" : "border-slate-200"}`}
                data-testid={resume ? "continue-learn" : undefined}
              >
                <span className="block font-semibold text-brand-800">
                  {resume ? "Continue Learn" : mode.label}
                </span>
                <span className="mt-1 block text-xs text-slate-600">
                  {resume ? `Your round: ${learnRound}` : mode.hint}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
