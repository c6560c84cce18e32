/**
 * Test on the server: the items for a seed and settings, rendered; and grading a filled-in test
 * against the lesson's questions and cards as stored (a test never touches the review schedule).
 */
import "server-only";
import { z } from "zod";
import type { CurrentUser } from "../auth/session";
import { renderMarkdown } from "../content/render";
import { db } from "../db";
import {
  studyScopeSchema,
  testTypeLabels,
  type StudyScope,
  type TestSettings,
} from "../validations/study-modes";
import { expectedOutputs } from "./expected-output";
import { shownAnswer } from "./feedback";
import { gradeAnswer, typedAnswerIsRight } from "./grade";
import type { LearnCard } from "./learn-round";
import { quizQuestions } from "./questions";
import { studyCards } from "./study-cards";
import {
  buildTest,
  seededPick,
  testItemSchema,
  type TestItem,
  type TestQuestion,
} from "./test-build";
import { pluralize } from "../format/plural";

export interface TestItemView {
  label: string;
  promptHtml: string;
  /** radio: one of `options`; text: typed; matching: each of `terms` gets one of `options`. */
  input: "radio" | "text" | "matching";
  options: Array<{ value: string; html: string }>;
  terms: Array<{ id: string; html: string }>;
  /** The item as the form sends it back (JSON). */
  item: string;
}
export interface TestReviewItem {
  label: string;
  promptHtml: string;
  correct: boolean;
  /** What the learner gave, as HTML; "No answer" when blank. */
  givenHtml: string;
  rightHtml: string;
  pairs: Array<{ termHtml: string; givenHtml: string; rightHtml: string; correct: boolean }>;
}
export interface TestReview {
  score: number;
  total: number;
  items: TestReviewItem[];
}

async function lessonContent(scope: StudyScope) {
  const [cards, questions] = await Promise.all([
    studyCards(scope),
    quizQuestions(scope.courseSlug, scope.lessonSlug),
  ]);
  if (!cards) return null;
  const prompts = await db.question.findMany({
    where: { id: { in: questions.map((q) => q.id) } },
    select: { id: true, prompt: true, type: true, section: true, explanation: true },
  });
  const prompt = new Map(prompts.map((p) => [p.id, p.prompt]));
  const full: TestQuestion[] = questions.map((q) => ({ ...q, prompt: prompt.get(q.id) ?? "" }));
  return { cards, questions: full };
}

const html = (md: string) => renderMarkdown(md);
const plain = (text: string) => `<p>${text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`;

/** The test for this seed and these settings, ready to render; null when the lesson isn't visible. */
export async function generateTest(
  _user: CurrentUser,
  rawScope: StudyScope,
  settings: TestSettings,
  seed: number,
): Promise<TestItemView[] | null> {
  const scope = studyScopeSchema.parse(rawScope);
  const content = await lessonContent(scope);
  if (!content) return null;
  const { cards, questions } = content;
  const items = buildTest(questions, cards, settings, seededPick(seed));
  return Promise.all(items.map((item) => viewOf(item, cards, questions)));
}

async function viewOf(
  item: TestItem,
  cards: LearnCard[],
  questions: TestQuestion[],
): Promise<TestItemView> {
  const card = new Map(cards.map((c) => [c.id, c]));
  const base = { terms: [], options: [], item: JSON.stringify(item) };
  switch (item.kind) {
    case "question": {
      const q = questions.find((x) => x.id === item.questionId)!;
      const text = new Map([...questions.flatMap((x) => x.options)].map((o) => [o.id, o.text]));
      return {
        ...base,
        label: testTypeLabels[item.type],
        promptHtml: await html(q.prompt),
        input: item.optionIds.length ? "radio" : "text",
        options: await Promise.all(
          item.optionIds.map(async (id) => ({ value: id, html: await html(text.get(id) ?? "") })),
        ),
      };
    }
    case "card-choice":
      return {
        ...base,
        label: testTypeLabels.choice,
        promptHtml: await html(card.get(item.cardId)!.front),
        input: "radio",
        options: await Promise.all(
          item.optionIds.map(async (id) => ({ value: id, html: await html(card.get(id)!.back) })),
        ),
      };
    case "card-tf":
      return {
        ...base,
        label: testTypeLabels.true_false,
        promptHtml: `${await html(card.get(item.cardId)!.front)}${await html(`means: ${card.get(item.shownId)!.back}`)}`,
        input: "radio",
        options: [
          { value: "true", html: "True" },
          { value: "false", html: "False" },
        ],
      };
    case "card-typed":
      return {
        ...base,
        label: testTypeLabels.typed,
        promptHtml: `${await html(card.get(item.cardId)!.back)}${plain("Type the term.")}`,
        input: "text",
      };
    case "matching":
      return {
        ...base,
        label: testTypeLabels.matching,
        promptHtml: plain("Match each term with its definition."),
        input: "matching",
        terms: await Promise.all(
          item.cardIds.map(async (id) => ({ id, html: await html(card.get(id)!.front) })),
        ),
        options: await Promise.all(
          item.definitionIds.map(async (id) => ({
            value: id,
            html: await html(card.get(id)!.back),
          })),
        ),
      };
  }
}

/** A filled-in test as the form posts it: items and answers by position. */
export const filledTestSchema = z
  .array(
    z.object({
      item: z.string().max(4000),
      answer: z.string().max(2000),
      pairs: z.record(z.string(), z.string().max(200)),
    }),
  )
  .min(1, "The test has no questions; generate a new one.")
  .max(60, "A test has at most 50 questions.");
export type FilledTest = z.infer<typeof filledTestSchema>;

export type GradeResult =
  { ok: true; review: TestReview } | { ok: false; status: 400 | 404; error: string };

/** Grades every item against the stored lesson; an item not from this lesson refuses the whole test. */
export async function gradeTest(
  user: CurrentUser,
  rawScope: StudyScope,
  filled: FilledTest,
): Promise<GradeResult> {
  void user;
  const scope = studyScopeSchema.safeParse(rawScope);
  if (!scope.success) return { ok: false, status: 400, error: "Which lesson's test is missing." };
  const content = await lessonContent(scope.data);
  if (!content) return { ok: false, status: 404, error: "No such lesson." };
  const items: TestItem[] = [];
  for (const f of filled) {
    let json: unknown;
    try {
      json = JSON.parse(f.item);
    } catch {
      json = null;
    }
    const parsed = testItemSchema.safeParse(json);
    if (!parsed.success || !belongs(parsed.data, content))
      return {
        ok: false,
        status: 400,
        error: "This test no longer matches the lesson; generate a new one.",
      };
    items.push(parsed.data);
  }
  const review = await Promise.all(items.map((item, i) => gradeItem(item, filled[i]!, content)));
  return {
    ok: true,
    review: { score: review.filter((r) => r.correct).length, total: review.length, items: review },
  };
}

function belongs(
  item: TestItem,
  { cards, questions }: { cards: LearnCard[]; questions: TestQuestion[] },
) {
  const cardIds = new Set(cards.map((c) => c.id));
  switch (item.kind) {
    case "question": {
      const q = questions.find((x) => x.id === item.questionId);
      const ids = new Set(questions.flatMap((x) => x.options.map((o) => o.id)));
      return !!q && item.optionIds.every((id) => ids.has(id));
    }
    case "card-choice":
      return (
        [item.cardId, ...item.optionIds].every((id) => cardIds.has(id)) &&
        item.optionIds.includes(item.cardId)
      );
    case "card-tf":
      return cardIds.has(item.cardId) && cardIds.has(item.shownId);
    case "card-typed":
      return cardIds.has(item.cardId);
    case "matching":
      return (
        item.cardIds.every((id) => cardIds.has(id)) &&
        [...item.definitionIds].sort().join() === [...item.cardIds].sort().join()
      );
  }
}

const NO_ANSWER = plain("No answer");

async function gradeItem(
  item: TestItem,
  filled: FilledTest[number],
  { cards, questions }: { cards: LearnCard[]; questions: TestQuestion[] },
): Promise<TestReviewItem> {
  const card = new Map(cards.map((c) => [c.id, c]));
  const view = await viewOf(item, cards, questions);
  const given = filled.answer.trim();
  const base = { label: view.label, promptHtml: view.promptHtml, pairs: [] };
  switch (item.kind) {
    case "question": {
      const q = questions.find((x) => x.id === item.questionId)!;
      const chosen = item.optionIds.includes(given) ? given : undefined;
      const alsoAccepted = q.type === "output" && !chosen ? await expectedOutputs(q.id) : [];
      const answer = item.optionIds.length ? { optionId: chosen ?? "none" } : { response: given };
      const correct = given !== "" && gradeAnswer(q, answer, alsoAccepted);
      const chosenText = chosen ? q.options.find((o) => o.id === chosen)?.text : undefined;
      const shown = view.options.find((o) => o.value === chosen)?.html;
      return {
        ...base,
        correct,
        givenHtml:
          given === ""
            ? NO_ANSWER
            : (shown ?? (chosenText ? await html(chosenText) : plain(given))),
        rightHtml: await html(shownAnswer(q)),
      };
    }
    case "card-choice": {
      const c = card.get(item.cardId)!;
      const pickedCard = item.optionIds.includes(given) ? card.get(given) : undefined;
      return {
        ...base,
        correct: given === c.id,
        givenHtml: pickedCard ? await html(pickedCard.back) : NO_ANSWER,
        rightHtml: await html(c.back),
      };
    }
    case "card-tf": {
      const truth = item.shownId === item.cardId;
      const answered = given === "true" || given === "false";
      return {
        ...base,
        correct: answered && (given === "true") === truth,
        givenHtml: answered ? plain(given === "true" ? "True" : "False") : NO_ANSWER,
        rightHtml: truth
          ? plain("True")
          : `${plain("False. It means:")}${await html(card.get(item.cardId)!.back)}`,
      };
    }
    case "card-typed": {
      const c = card.get(item.cardId)!;
      return {
        ...base,
        correct: typedAnswerIsRight(given, [c.front]),
        givenHtml: given === "" ? NO_ANSWER : plain(given),
        rightHtml: await html(c.front),
      };
    }
    case "matching": {
      const pairs = await Promise.all(
        item.cardIds.map(async (id) => {
          const chosen = filled.pairs[id];
          const chosenCard =
            chosen && item.definitionIds.includes(chosen) ? card.get(chosen) : undefined;
          return {
            termHtml: await html(card.get(id)!.front),
            givenHtml: chosenCard ? await html(chosenCard.back) : NO_ANSWER,
            rightHtml: await html(card.get(id)!.back),
            correct: chosen === id,
          };
        }),
      );
      return {
        ...base,
        pairs,
        correct: pairs.every((p) => p.correct),
        givenHtml: plain(
          `${pairs.filter((p) => p.correct).length} of ${pluralize(pairs.length, "pair")} right`,
        ),
        rightHtml: "",
      };
    }
  }
}
