/** Shared set-up for the authoring tests: the fixture course seeded, one user per role, outcome of a page call. */
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { loadContent } from "../../lib/content/load";
import { seedContent } from "../../lib/seed/seed";
import { writeFixture } from "../helpers/fixture-content";
import type { session } from "../helpers/session";

// forbidden() only works with experimental.authInterrupts, which next.config.ts turns on for the app.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

export type FakeSession = typeof session;

export async function seedFixtureCourse(prisma: PrismaClient) {
  const fixture = writeFixture();
  await seedContent(prisma, await loadContent(fixture.root));
  const course = await prisma.course.findUniqueOrThrow({ where: { slug: "fixture-course" } });
  const lesson = await prisma.lesson.findUniqueOrThrow({ where: { slug: "fixture-lesson" } });
  return { fixture, course, lesson };
}

export async function makeUsers(prisma: PrismaClient, tag: string) {
  const make = (role: "LEARNER" | "INSTRUCTOR" | "ADMIN") =>
    prisma.user.create({
      data: {
        email: `${role.toLowerCase()}-${tag}@teach.test`,
        name: `${role} ${tag}`,
        role,
        passwordHash: "x",
      },
    });
  return {
    learner: await make("LEARNER"),
    instructor: await make("INSTRUCTOR"),
    admin: await make("ADMIN"),
  };
}

/** The fixture's card fx-c01 as the editor sends it, with `back` as its new back. */
export const fixtureCard = (back: string) => ({
  id: "fx-c01",
  front: "bind()",
  back,
  kind: "card",
  section: "server-calls",
  examples: [],
});

export const signIn = (session: FakeSession, user: { id: string; role: string } | null) => {
  session.current = user && { user: { id: user.id, role: user.role } };
};

/** How a page call ended: Next's redirect()/forbidden()/notFound() throw errors tagged with a digest. */
export async function pageOutcome(render: () => Promise<unknown>): Promise<string> {
  try {
    await render();
    return "ok";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect:${digest.split(";")[2]}`;
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "forbidden";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "not-found";
    throw error;
  }
}

/** Everything an authoring call could write, to prove a refused call wrote nothing. */
export async function everything(prisma: PrismaClient) {
  return JSON.stringify(
    await Promise.all([
      prisma.course.findMany({ orderBy: { id: "asc" } }),
      prisma.lesson.findMany({ orderBy: { id: "asc" } }),
      prisma.question.findMany({
        orderBy: { id: "asc" },
        include: { options: true, examples: true },
      }),
      prisma.flashcard.findMany({ orderBy: { id: "asc" }, include: { examples: true } }),
      prisma.example.findMany({ orderBy: { id: "asc" }, include: { files: true } }),
      prisma.revision.findMany({ orderBy: { id: "asc" } }),
      prisma.user.findMany({ orderBy: { id: "asc" } }),
      prisma.reviewItem.findMany({ orderBy: { id: "asc" } }),
    ]),
  );
}
