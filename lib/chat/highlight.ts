/** Code in cited passages, highlighted on the server with shiki (same themes as lesson pages). */
import "server-only";
import { createHighlighter, type Highlighter } from "shiki";
import type { AnswerPassage } from "./types";

const LANGS = ["python", "bash", "yaml", "json", "text"];
let highlighter: Promise<Highlighter> | undefined;
const cache = new Map<string, string>();

async function toHtml(code: string, lang: string): Promise<string> {
  const key = `${lang}\n${code}`;
  const hit = cache.get(key);
  if (hit) return hit;
  highlighter ??= createHighlighter({
    themes: ["github-light", "github-dark"],
    langs: LANGS.filter((l) => l !== "text"),
  });
  const html = (await highlighter).codeToHtml(code, {
    lang: LANGS.includes(lang) ? lang : "text",
    // Light colours inline, dark ones in --shiki-dark (app/theme-dark.css); AA-contrast fixes as in lib/content/render.ts.
    themes: { light: "github-light", dark: "github-dark" },
    colorReplacements: {
      "github-light": { "#e36209": "#c2410c" },
      "github-dark": { "#6a737d": "#9ba5b0" },
    },
  });
  if (cache.size > 2000) cache.clear();
  cache.set(key, html);
  return html;
}

/** The passages with each code block's highlighted HTML filled in. */
export async function highlightPassages(passages: AnswerPassage[]): Promise<AnswerPassage[]> {
  return Promise.all(
    passages.map(async (p) => ({
      ...p,
      code: await Promise.all(
        p.code.map(async (c) => ({
          ...c,
          html: await toHtml(p.text.slice(c.start, c.end), c.lang),
        })),
      ),
    })),
  );
}

/** The passages without HTML, as kept in the history (rendered again when shown). */
export const withoutHtml = (passages: AnswerPassage[]): AnswerPassage[] =>
  passages.map((p) => ({ ...p, code: p.code.map(({ html: _html, ...c }) => c) }));
