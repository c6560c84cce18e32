/**
 * The "Questions and Answers" region. A question is a prompt (a line, maybe followed by a code
 * snippet) and then either four `•` options with one marked "(correct)", or one
 * `<p>correct text (B)</p> Signup and view all the answers` line holding only the answer.
 */
import { htmlToMarkdown, toMarkdownText } from "./html";
import { HIDDEN_ANSWER_SUFFIX, isNoise } from "./noise";
import type { RawQuestion } from "./types";

const OPTION = /^\s*[•●▪‣◦]\s*(.*)$/;
const CORRECT_MARK = /\s*\(correct\)\s*$/i;
const HIDDEN_ANSWER = /^\s*(<p>[\s\S]*<\/p>)\s*$/i;
const LETTER = /\s*\(([A-Fa-f])\)\s*$/;

/** Prose ends like a sentence and has no code punctuation; anything else is a snippet line. */
function isProse(line: string): boolean {
  return /[.?!:]$/.test(line.trim()) && !/[=()[\]{}]/.test(line);
}

/** First paragraph is the question; later paragraphs are prose or fenced code, as they look. */
export function buildPrompt(paragraphs: string[][]): string {
  const blocks: string[] = [];
  let code: string[] = [];
  const flush = () => {
    if (code.length) blocks.push(["```python", ...code, "```"].join("\n"));
    code = [];
  };
  paragraphs.forEach((lines, i) => {
    if (i === 0 || lines.every(isProse)) {
      flush();
      blocks.push(toMarkdownText(lines.join(" ")));
    } else {
      if (code.length) code.push("");
      code.push(...lines.map((l) => l.trimEnd()));
    }
  });
  flush();
  return blocks.join("\n\n");
}

function hiddenAnswer(
  html: string,
  fallbackPosition: number,
): { answer: string; position: number } {
  const inner = html.replace(/^<p>/i, "").replace(/<\/p>$/i, "");
  const letter = LETTER.exec(inner);
  const answer = htmlToMarkdown(letter ? inner.slice(0, letter.index) : inner);
  return {
    answer,
    position: letter ? letter[1]!.toUpperCase().charCodeAt(0) - 65 : fallbackPosition,
  };
}

export function parseQuestionLines(lines: string[], warnings: string[]): RawQuestion[] {
  const questions: RawQuestion[] = [];
  let prompt: string[][] = [[]];
  let options: Array<{ text: string; correct: boolean }> = [];
  const hasPrompt = () => prompt.some((p) => p.length > 0);
  const finish = (question: RawQuestion | null) => {
    if (question) questions.push(question);
    prompt = [[]];
    options = [];
  };
  const promptText = () => buildPrompt(prompt.filter((p) => p.length > 0));
  const finishOptions = () => {
    const correct = options.filter((o) => o.correct).length;
    if (correct === 1) finish({ prompt: promptText(), options });
    else {
      warnings.push(
        `question "${promptText()}": ${correct} options marked (correct), expected 1; skipped`,
      );
      finish(null);
    }
  };

  for (const raw of lines) {
    const line = raw.replace(HIDDEN_ANSWER_SUFFIX, "");
    const option = OPTION.exec(line);
    const hidden = HIDDEN_ANSWER.exec(line);
    if (!line.trim() || (isNoise(line) && !hidden)) {
      if (prompt.at(-1)!.length) prompt.push([]);
    } else if (option && hasPrompt()) {
      const text = option[1]!;
      options.push({
        text: toMarkdownText(text.replace(CORRECT_MARK, "")),
        correct: CORRECT_MARK.test(text),
      });
    } else if (hidden && hasPrompt()) {
      finish({ prompt: promptText(), ...hiddenAnswer(hidden[1]!, questions.length % 4) });
    } else {
      if (options.length) finishOptions();
      prompt.at(-1)!.push(line);
    }
  }
  if (options.length) finishOptions();
  else if (hasPrompt()) warnings.push(`question "${promptText()}" has no answer; skipped`);
  return questions;
}
