/** Test content and learners for the review tests, written straight into this file's DB copy. */
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { signIn } from "../helpers/session";

let seq = 0;

/** One course with `lessons` lessons of `cards` flashcards and `questions` questions each. */
export async function makeCourse(
  prisma: PrismaClient,
  opts: { lessons?: number; cards?: number; questions?: number } = {},
) {
  const n = ++seq;
  const course = await prisma.course.create({
    data: { slug: `srs-course-${n}`, title: `Course ${n}`, position: n },
  });
  const flashcardIds: string[] = [],
    questionIds: string[] = [];
  for (let l = 0; l < (opts.lessons ?? 1); l++) {
    const lesson = await prisma.lesson.create({
      data: {
        slug: `srs-${n}-lesson-${l}`,
        title: `Lesson ${l}`,
        body: "## Intro",
        courseId: course.id,
        position: l,
      },
    });
    for (let c = 0; c < (opts.cards ?? 3); c++) {
      const card = await prisma.flashcard.create({
        data: {
          id: `srs-${n}-${l}-c${c}`,
          lessonId: lesson.id,
          front: `Front ${c}`,
          back: `Back **${c}**`,
          position: c,
        },
      });
      flashcardIds.push(card.id);
    }
    for (let q = 0; q < (opts.questions ?? 0); q++) {
      const question = await prisma.question.create({
        data: {
          id: `srs-${n}-${l}-q${q}`,
          lessonId: lesson.id,
          type: "multiple_choice",
          prompt: `Which call ${q}?`,
          explanation: "Because.",
          position: q,
          options: {
            create: [
              { position: 0, text: "`accept()`", correct: true },
              { position: 1, text: "`bind()`" },
            ],
          },
        },
      });
      questionIds.push(question.id);
    }
  }
  return { course, flashcardIds, questionIds };
}

export const makeUser = (prisma: PrismaClient, role: "LEARNER" | "INSTRUCTOR" = "LEARNER") =>
  prisma.user.create({
    data: { email: `srs-${++seq}-${Date.now()}@test.local`, role, passwordHash: "x" },
  });

export const asCurrent = (u: {
  id: string;
  email: string;
  role: "LEARNER" | "INSTRUCTOR" | "ADMIN";
}) => ({ id: u.id, email: u.email, name: null, role: u.role });

/** Lesson 0: cards c0, c1 and question q0; c0 and q0 in section "intro". */
export async function sectionCourse(prisma: PrismaClient) {
  const made = await makeCourse(prisma, { cards: 2, questions: 1 });
  await prisma.flashcard.update({
    where: { id: made.flashcardIds[0] },
    data: { section: "intro" },
  });
  await prisma.question.update({ where: { id: made.questionIds[0] }, data: { section: "intro" } });
  return made;
}

/** The study settings form (/settings) with valid values, changed by `values`. */
export function settingsForm(values: Record<string, string>): FormData {
  const form = new FormData();
  const valid = {
    desiredRetention: "0.9",
    newPerDay: "20",
    maxReviewsPerDay: "200",
    learningSteps: "1m, 10m",
    relearningSteps: "10m",
    timeZone: "UTC",
    dayStartHour: "4",
  };
  for (const [k, v] of Object.entries({ ...valid, ...values })) form.set(k, v);
  return form;
}

/** A learner made in the database and signed in for in-process calls (tests/helpers/session.ts). */
export async function signedInLearner(prisma: PrismaClient) {
  const user = await makeUser(prisma);
  signIn(user);
  return user;
}

/** A route handler's POST, called in-process. */
type RoutePost = (request: Request) => Promise<Response>;

/** Calls a route's POST (e.g. /api/review's) in-process with `body` as JSON, as the app's fetch sends it. */
export const postJson = (POST: RoutePost, path: string, body: unknown) =>
  POST(
    new Request(`http://localhost${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

/** postJson, answered with the status and the parsed JSON body. */
export async function postForJson<T = Record<string, unknown>>(
  POST: RoutePost,
  path: string,
  body: unknown,
): Promise<{ status: number; json: T }> {
  const res = await postJson(POST, path, body);
  return { status: res.status, json: (await res.json()) as T };
}
