/**
 * npm run bench:ask — each quiz question of the course asked as-is. Hit = a passage containing the
 * correct answer is in the top 3, with the question's own passage left out of the index.
 */
import { loadContent } from "../lib/content/load";
import { coursePassages } from "../lib/chat/passages";
import { corpusFromContent } from "../lib/chat/corpus-from-content";
import { answerFromIndex } from "../lib/chat/retrieve";
import { buildPassageIndex, searchPassages } from "../lib/chat/search-index";
import { answerText, containsAnswer, substringTop } from "./ask-measure";

const [content] = await loadContent();
const corpus = corpusFromContent(content!);
const passages = coursePassages(corpus);
const index = buildPassageIndex(passages);
const questions = corpus.lessons.flatMap((l) => l.questions);

let ours = 0;
let floor = 0;
const times: number[] = [];
const misses: string[] = [];
for (const q of questions) {
  const own = `question:${q.id}`;
  const answer = answerText(q);
  const exclude = new Set([own]);
  const top = searchPassages(index, q.prompt, { exclude, limit: 3 }).map((h) => h.passage);
  if (top.some((p) => containsAnswer(p, answer))) ours++;
  else
    misses.push(
      `${q.id}: ${q.prompt.split("\n")[0]!.slice(0, 70)} → ${top.map((p) => p.key).join(", ")}`,
    );
  if (substringTop(passages, q.prompt, own, 3).some((p) => containsAnswer(p, answer))) floor++;
  const t0 = performance.now();
  answerFromIndex(index, q.prompt, { exclude });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const pct = (n: number) => ((100 * n) / questions.length).toFixed(1);
const p50 = times[Math.floor(times.length / 2)]!;
console.log(
  `Chat to Lesson retrieval bench: ${questions.length} quiz questions of "${corpus.title}", ${passages.length} passages.`,
);
console.log(
  `Each question's own passage (its prompt, answer and explanation) is excluded, so the answer must come from a section, card or example.`,
);
console.log(
  `"Containing": the correct option's normalized text, or ≥ 60% of its key terms, is in the passage (true/false: the statement's terms).`,
);
console.log(
  `top-3 hit rate   ours (MiniSearch BM25+, stemmed): ${pct(ours)}%   floor (substring word count): ${pct(floor)}%   ratio ${(ours / Math.max(floor, 1)).toFixed(2)}×   target ≥ 90%`,
);
console.log(
  `p50 answer time  ${p50.toFixed(2)} ms (retrieve + key sentence + answer text, warm index)   target ≤ 30 ms`,
);
if (process.argv.includes("--misses")) console.log(misses.join("\n"));
if (ours / questions.length < 0.9) process.exitCode = 1;
