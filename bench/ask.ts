/**
 * npm run bench:ask — Chat to Lesson on three question sets, each beside the plain-substring floor:
 * the dev and held-out halves of bench/ask-eval (student-style questions, split before tuning),
 * and the course's quiz prompts (each asked with its own question left out of the index).
 * `--misses` lists the dev half's misses (never the held-out half's); `--only=dev,quiz` picks sets.
 */
import { loadContent } from "../lib/content/load";
import { corpusFromContent } from "../lib/chat/corpus-from-content";
import { coursePassages } from "../lib/chat/passages";
import { answerFromIndex } from "../lib/chat/retrieve";
import { buildPassageIndex } from "../lib/chat/search-index";
import type { AskResult, CourseCorpus, Passage } from "../lib/chat/types";
import { runSet, type Case, type SetFigures } from "./ask-run";
import { answerText, containsAnswer, holdsPhrase, loadEval } from "./ask-measure";

const [content] = await loadContent();
const corpus = corpusFromContent(content!);
const passages = coursePassages(corpus);
const index = buildPassageIndex(passages);
const args = process.argv.slice(2);

/** The half's questions, asked at course level or (`perLesson`) in their own lesson's chat. */
function evalCases(half: "dev" | "held-out", perLesson = false): Case[] {
  return loadEval(half).map((item) => {
    const lessonSlug = perLesson ? item.lesson : undefined;
    return {
      id: item.id,
      question: item.q,
      offTopic: item.offTopic ?? false,
      correct: (text: string) => holdsPhrase(text, item.expect),
      ask: () => answerFromIndex(index, item.q, { previous: item.previous, lessonSlug }),
      passages: lessonSlug ? passages.filter((p) => p.lessons.includes(lessonSlug)) : passages,
      floorQuestion: item.previous ? `${item.previous} ${item.q}` : item.q,
    };
  });
}

/** The course without one quiz question: its prompt may not help answer itself. */
function without(course: CourseCorpus, id: string): CourseCorpus {
  return {
    ...course,
    lessons: course.lessons.map((l) => ({
      ...l,
      questions: l.questions.filter((q) => q.id !== id),
    })),
  };
}

function quizCases(): Case[] {
  return corpus.lessons
    .flatMap((l) => l.questions)
    .map((q) => {
      const rest = coursePassages(without(corpus, q.id));
      const own = buildPassageIndex(rest);
      const answer = answerText(q);
      return {
        id: q.id,
        question: q.prompt,
        offTopic: false,
        correct: (text: string) => containsAnswer(text, answer),
        ask: (): AskResult => answerFromIndex(own, q.prompt),
        passages: rest as Passage[],
        floorQuestion: q.prompt,
      };
    });
}

// `--only dev,quiz` while tuning: the held-out half is run only when all sets are.
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const wanted = (name: string) => !only || only.includes(name);
const sets: Array<[string, Case[]]> = [];
if (wanted("dev")) sets.push(["dev", evalCases("dev")]);
if (wanted("held-out")) sets.push(["held-out", evalCases("held-out")]);
if (wanted("quiz")) sets.push(["quiz", quizCases()]);
if (wanted("lesson")) {
  if (wanted("dev")) sets.push(["dev, in each question's lesson chat", evalCases("dev", true)]);
  if (wanted("held-out"))
    sets.push(["held-out, in each question's lesson chat", evalCases("held-out", true)]);
}

console.log(
  `Chat to Lesson bench: "${corpus.title}", ${passages.length} passages, course-level chat, no model.`,
);
console.log(
  `hit = a cited passage holds an expected phrase; opening = the answer's first line holds one; floor = plain substring word count.`,
);
const results: Array<[string, SetFigures]> = sets.map(([name, cases]) => [
  name,
  runSet(cases, !name.startsWith("held-out") && args.includes("--misses")),
]);
for (const [name, f] of results) f.print(name);
const held = results.find(([n]) => n === "held-out")?.[1];
// Exit 1 when the held-out half misses a target, so a regression can't pass unnoticed.
if (held && !held.meetsTargets()) process.exitCode = 1;
