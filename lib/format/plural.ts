/** Counts in words ("1 card", "3 cards"), with the rule chosen by Intl.PluralRules in one place. */
const rules = new Intl.PluralRules("en-US");

/** The word alone for `count`: `one` when English says "one", else `other` (default: one + "s"). */
export function pluralWord(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === "one" ? one : other;
}

/** The count and its word: pluralize(1, "runnable example") → "1 runnable example". */
export function pluralize(count: number, one: string, other = `${one}s`): string {
  return `${count} ${pluralWord(count, one, other)}`;
}
