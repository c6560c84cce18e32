/**
 * An example's code and output as HTML that keeps its look in Anki, which has none of our CSS: shiki
 * writes every colour as an inline style (same theme and AA-contrast orange as the lesson pages).
 */
import "server-only";
import { createHighlighter, type Highlighter } from "shiki";
import type { DeckExample } from "./source";
import { escapeHtml } from "./text";

let highlighter: Promise<Highlighter> | undefined;

async function highlight(code: string): Promise<string> {
  highlighter ??= createHighlighter({ themes: ["github-light"], langs: ["python"] });
  return (await highlighter).codeToHtml(code, {
    lang: "python",
    theme: "github-light",
    colorReplacements: { "#e36209": "#c2410c" },
  });
}

const PRE = `style="background-color:#f8fafc;color:#0f172a;padding:0.5em;white-space:pre-wrap"`;

export async function examplesCodeHtml(examples: DeckExample[]): Promise<string> {
  const parts: string[] = [];
  for (const e of examples) {
    parts.push(`<div><b>${escapeHtml(e.title)}</b></div>`);
    for (const f of e.files) {
      parts.push(`<div><i>${escapeHtml(f.name)}</i></div>`, await highlight(f.content));
    }
  }
  return parts.join("\n");
}

export function examplesOutputHtml(examples: DeckExample[]): string {
  return examples
    .flatMap((e) =>
      e.output.map(
        (o) => `<div><i>${escapeHtml(o.process)}</i></div><pre ${PRE}>${escapeHtml(o.text)}</pre>`,
      ),
    )
    .join("\n");
}
