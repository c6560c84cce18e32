/**
 * Quizgecko renders answers as HTML fragments (`<p><code>s.accept()</code> (C)</p>`); lessons and
 * questions are Markdown, so inline code becomes backticks and entities are decoded.
 */
import { decodeHTML } from "entities";

/** A real tag (`<p>`, `</code>`, `<br/>`), not a `<` in text like `a < b`. */
const TAG = /<\/?([a-zA-Z][\w-]*)(?:\s[^<>]*)?\/?>/g;

export function hasHtml(text: string): boolean {
  return new RegExp(TAG.source).test(text);
}

/** Inline HTML to one line of Markdown: code and pre become backticks, emphasis stays, other tags go. */
export function htmlToMarkdown(html: string): string {
  const markdown = html
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<(code|pre|kbd|tt)\b[^>]*>([\s\S]*?)<\/\1>/gi, (_m, _tag: string, inner: string) =>
      codeSpan(decodeHTML(inner.replace(TAG, ""))),
    )
    .replace(/<(strong|b)\b[^>]*>([\s\S]*?)<\/\1>/gi, "**$2**")
    .replace(/<(em|i)\b[^>]*>([\s\S]*?)<\/\1>/gi, "*$2*")
    .replace(TAG, "");
  // Decode outside code spans only: their text was decoded above and may now hold a literal `&lt;`.
  return markdown
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : decodeHTML(part)))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** A code span that survives backticks inside the code (CommonMark: use a longer fence). */
function codeSpan(code: string): string {
  const text = code.replace(/\s+/g, " ").trim();
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Plain page text or an HTML fragment, as Markdown text; a stray `<b` in plain text must not become a tag. */
export function toMarkdownText(text: string): string {
  return hasHtml(text) ? htmlToMarkdown(text) : text.trim().replace(/<(?=[A-Za-z/!?])/g, "\\<");
}
