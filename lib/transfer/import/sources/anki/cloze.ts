/** Cloze notes: one card per deletion number, as Anki makes them. */
import type { RawCard } from "../types";

/** `{{c1::answer::hint}}`: the card for deletion n hides only its own deletions. */
export function clozeCards(text: string, extra: string): RawCard[] {
  const numbers = [...new Set([...text.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1])))];
  return numbers
    .sort((a, b) => a - b)
    .map((n) => {
      const show = (hide: boolean) =>
        text.replace(
          /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g,
          (_m, c: string, answer: string, hint?: string) =>
            Number(c) !== n ? answer : hide ? `[${hint ?? "…"}]` : `**${answer}**`,
        );
      return { front: show(true), back: [show(false), extra].filter(Boolean).join("\n\n") };
    });
}
