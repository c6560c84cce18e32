/** The fixture course plus a typed question and two questions with one wrong option each, seeded into this file's DB. */
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import type { CurrentUser } from "../../lib/auth/session";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { fixtureQuestions, writeFixture } from "../helpers/fixture-content";

export async function seedStudyCourse(prisma: PrismaClient, cards?: unknown[]) {
  const fx = writeFixture();
  if (cards) fx.write("lessons/01-fixture-lesson/flashcards.yaml", cards);
  fx.write("lessons/01-fixture-lesson/questions.yaml", [
    ...fixtureQuestions(),
    {
      id: "fx-q03",
      type: "typed",
      prompt: "Which call waits for a connection? Type it.",
      options: [
        { text: "accept", correct: true },
        { text: "s.accept()", correct: true },
      ],
      explanation: "accept() blocks.",
      section: "server-calls",
    },
    {
      id: "fx-q04",
      type: "multiple_choice",
      prompt: "Which call names the local address?",
      options: [{ text: "`bind()`", correct: true }, { text: "`close()`" }],
      explanation: "bind() sets the address.",
    },
    {
      id: "fx-q06",
      type: "output",
      prompt: "The echo client sends `hi`. What does it print?",
      options: [
        { text: "Echo: hi", correct: true },
        { text: "hi hi" },
        { text: "b'hi'" },
        { text: "nothing" },
      ],
      explanation: "It prints what came back.",
      examples: ["fx-echo"],
    },
    {
      id: "fx-q05",
      type: "multiple_choice",
      prompt: "Which call starts a client connection?",
      options: [{ text: "`connect()`", correct: true }, { text: "`sendall()`" }],
      explanation: "connect() dials the server.",
    },
  ]);
  await seedContent(prisma, await loadContent(fx.root));
}

let n = 0;
export async function makeLearner(prisma: PrismaClient): Promise<CurrentUser> {
  const user = await prisma.user.create({
    data: { email: `learner${++n}-${Date.now()}@x.test`, passwordHash: "x" },
  });
  return { id: user.id, email: user.email, name: null, role: "LEARNER" };
}

export const rightOption = (prisma: PrismaClient, questionId: string) =>
  prisma.questionOption.findFirstOrThrow({ where: { questionId, correct: true } });
export const wrongOption = (prisma: PrismaClient, questionId: string) =>
  prisma.questionOption.findFirstOrThrow({ where: { questionId, correct: false } });
