/** Chat to Lesson for a signed-in learner: find the scope, retrieve, and answer (streamed when a model is set). */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { coursePassageIndex } from "./corpus";
import { denseRanking } from "./dense";
import { isFollowUp } from "./follow-up";
import { highlightPassages } from "./highlight";
import { lastQuestion } from "./history";
import {
  checkCitations,
  groundedPrompt,
  llmFromEnv,
  streamCompletion,
  type LlmConfig,
} from "./llm";
import { answerWithModel } from "./local-answer";
import type { AnswerPassage, AskResult } from "./types";

export interface ChatScope {
  courseId: string;
  courseSlug: string;
  lessonSlug: string | null;
  title: string;
}
export type AskEvent =
  | { type: "passages"; found: boolean; passages: AnswerPassage[] }
  | { type: "delta"; text: string }
  /** The text streamed so far is dropped (the model failed midway); deltas start again. */
  | { type: "reset" }
  | { type: "done"; result: AskResult };

const live = { archivedAt: null, status: "published" };

/** The course or lesson a learner may chat with, or null when it doesn't exist for them. */
export async function findChatScope(
  _user: CurrentUser,
  by: { courseSlug: string } | { lessonSlug: string },
): Promise<ChatScope | null> {
  if ("lessonSlug" in by) {
    const lesson = await db.lesson.findFirst({
      where: { slug: by.lessonSlug, ...live, course: live },
      select: { slug: true, title: true, course: { select: { id: true, slug: true } } },
    });
    return (
      lesson && {
        courseId: lesson.course.id,
        courseSlug: lesson.course.slug,
        lessonSlug: lesson.slug,
        title: lesson.title,
      }
    );
  }
  const course = await db.course.findFirst({
    where: { slug: by.courseSlug, ...live },
    select: { id: true, slug: true, title: true },
  });
  return (
    course && {
      courseId: course.id,
      courseSlug: course.slug,
      lessonSlug: null,
      title: course.title,
    }
  );
}

/** Answers from the retrieved passages; a configured model rewrites only found answers, from those passages. */
export async function* askStream(
  user: CurrentUser,
  scope: ChatScope,
  question: string,
  llm: LlmConfig | null = llmFromEnv(),
): AsyncGenerator<AskEvent> {
  const [index, previous] = await Promise.all([
    coursePassageIndex(scope.courseId),
    lastQuestion(user, scope),
  ]);
  const dense = llm ? await denseRanking(llm, index, question) : undefined;
  const local = await answerWithModel(index, question, {
    lessonSlug: scope.lessonSlug ?? undefined,
    previous: previous ?? undefined,
    dense,
  });
  const passages = await highlightPassages(local.passages);
  yield { type: "passages", found: local.found, passages };
  if (!llm || !local.found) {
    yield { type: "delta", text: local.answer };
    yield { type: "done", result: { ...local, passages } };
    return;
  }
  let answer = "";
  try {
    const earlier = previous && isFollowUp(question) ? previous : undefined;
    const prompt = groundedPrompt(question, local.passages, earlier);
    for await (const text of streamCompletion(llm, prompt)) {
      answer += text;
      yield { type: "delta", text };
    }
    answer = checkCitations(answer, passages.length).trim();
    if (!answer) throw new Error("The model gave no answer.");
  } catch {
    // The model is optional: when it fails, even halfway, the extractive answer replaces its text.
    answer = local.answer;
    yield { type: "reset" };
    yield { type: "delta", text: answer };
  }
  yield { type: "done", result: { ...local, answer, passages } };
}

export async function ask(
  user: CurrentUser,
  scope: ChatScope,
  question: string,
  llm?: LlmConfig | null,
): Promise<AskResult> {
  for await (const event of askStream(user, scope, question, llm))
    if (event.type === "done") return event.result;
  throw new Error("The answer stream ended without a result.");
}
