/**
 * What a spoken script must never contain, as general rules rather than the examples that were
 * reported: doubled punctuation ("Programming?." "…"), a sentence left hanging on a colon (code was
 * dropped after it), Markdown syntax read aloud, and words from our internals.
 */
export interface SpokenLine {
  text: string;
}

const RULES: Array<[string, RegExp]> = [
  ["doubled punctuation", /[?!:;,]\s*[.?!]|\.\s*\.|[.?!]\s*[,;:](?!\d)/],
  ["a sentence ending in a colon", /:\s*["”’)]?$/],
  ["Markdown code marks", /`/],
  ["Markdown emphasis", /\*\*|__|(?:^|\s)[*_][^\s*_][^*_]*[*_](?:\s|$)/],
  ["a Markdown link or image", /\]\(|!\[|\[[^\]]*\]\[/],
  ["a Markdown table", /\|/],
  ["a Markdown heading or list marker", /(?:^|\n)\s*(?:#{1,6}\s|[-*+]\s|>\s|\d+\.\s)/],
  ["an HTML tag", /<\/?[a-z][^>]*>/i],
  ["a line break inside a line", /\n/],
  [
    "talk about the page",
    /\b(?:following sections?|see (?:the \w+ )?below|(?:shown|explained|described|mentioned|listed) (?:above|below)|this table|the code (?:shows|above|below)|line by line|the with form)\b/i,
  ],
  ["a card front that is not a term read as one", /Quick check: what (?:is|are) “[^”]*:/],
  ["a bare singular noun after a preposition", /\b(?:start with|about) [a-z]+ of /],
  [
    "an internal word",
    /\b(?:scenario|sandbox|outputFrom|expectation|undefined|NaN)\b|\[object |\bnull\b/i,
  ],
];

/** Every rule a line breaks, with the line, so a failure says what and where. */
export function spokenProblems(lines: SpokenLine[], internalIds: string[] = []): string[] {
  const problems: string[] = [];
  for (const { text } of lines) {
    for (const [name, rule] of RULES) if (rule.test(text)) problems.push(`${name}: ${text}`);
    if (!/[.!?]["”’)\]]*$/.test(text)) problems.push(`no sentence end: ${text}`);
    for (const id of internalIds)
      if (
        new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(text)
      )
        problems.push(`the internal id "${id}": ${text}`);
  }
  return problems;
}
