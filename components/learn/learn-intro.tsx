/** How a round works, said once on both Learn pages. */
export function LearnIntro() {
  return (
    <p className="text-slate-700 dark:text-slate-300">
      Each card comes first as a choice, then typed; two right answers in a row master it, and a
      miss comes back a few cards later. Your first answer to each card feeds your review schedule.
      Keys: 1–4 choose, Enter checks and goes on. Leave any time: the round is kept.
    </p>
  );
}
