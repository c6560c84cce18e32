/** A learner's own chat history per course or lesson: listed on return, cleared on request. */
import "server-only";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { storedPassagesSchema } from "../validations/chat";
import type { ChatScope } from "./ask";
import { highlightPassages, withoutHtml } from "./highlight";
import type { AnswerPassage, AskResult } from "./types";

export interface ChatEntry {
  id: string;
  role: "user" | "assistant";
  text: string;
  passages: AnswerPassage[];
  createdAt: string;
}

const where = (user: CurrentUser, scope: Pick<ChatScope, "courseSlug" | "lessonSlug">) => ({
  userId: user.id,
  courseSlug: scope.courseSlug,
  lessonSlug: scope.lessonSlug,
});

export async function listChat(user: CurrentUser, scope: ChatScope): Promise<ChatEntry[]> {
  const rows = await db.chatMessage.findMany({
    where: where(user, scope),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
  });
  return Promise.all(
    rows.map(async (r) => {
      const passages = storedPassagesSchema.safeParse(JSON.parse(r.passages));
      return {
        id: r.id,
        role: r.role === "user" ? "user" : "assistant",
        text: r.text,
        passages: passages.success ? await highlightPassages(passages.data) : [],
        createdAt: r.createdAt.toISOString(),
      } as const;
    }),
  );
}

/** The learner's previous question in this chat, so a follow-up can lean on it. */
export async function lastQuestion(
  user: CurrentUser,
  scope: Pick<ChatScope, "courseSlug" | "lessonSlug">,
): Promise<string | null> {
  const row = await db.chatMessage.findFirst({
    where: { ...where(user, scope), role: "user" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { text: true },
  });
  return row?.text ?? null;
}

/** Saves the question and its answer together. */
export async function saveExchange(
  user: CurrentUser,
  scope: ChatScope,
  question: string,
  result: AskResult,
): Promise<void> {
  const base = where(user, scope);
  const now = Date.now();
  await db.$transaction([
    db.chatMessage.create({
      data: { ...base, role: "user", text: question, createdAt: new Date(now) },
    }),
    db.chatMessage.create({
      data: {
        ...base,
        role: "assistant",
        text: result.answer,
        // Highlighted HTML isn't stored: it is rendered again from the code when the chat is shown.
        passages: JSON.stringify(withoutHtml(result.passages)),
        createdAt: new Date(now + 1),
      },
    }),
  ]);
}

export async function clearChat(
  user: CurrentUser,
  scope: Pick<ChatScope, "courseSlug" | "lessonSlug">,
): Promise<number> {
  const { count } = await db.chatMessage.deleteMany({ where: where(user, scope) });
  return count;
}
