/** A small course with every kind of item (code blocks, sections, options, several accepted answers), written with Prisma. */
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const COURSE = "rt-networks";

export async function createCourse(prisma: PrismaClient) {
  const course = await prisma.course.create({
    data: { slug: COURSE, title: "Networks: the round trip", status: "published" },
  });
  const lesson = (slug: string, title: string, position: number, body = "") =>
    prisma.lesson.create({
      data: { slug, title, body, courseId: course.id, position, status: "published" },
    });
  const one = await lesson(
    "rt-sockets",
    "Sockets :: the basics",
    0,
    "## Opening a socket\n\nText.",
  );
  const two = await lesson("rt-tcp", "TCP & UDP", 1);
  const card = (
    lessonId: string,
    id: string,
    front: string,
    back: string,
    position: number,
    section?: string,
  ) =>
    prisma.flashcard.create({
      data: { id, lessonId, front, back, position, section, status: "published" },
    });
  await card(
    one.id,
    "rt-c01",
    "What does `socket()` return?",
    "A file descriptor (an **int**).",
    0,
    "opening-a-socket",
  );
  await card(
    one.id,
    "rt-c02",
    "Open a TCP socket in Python",
    "```python\nimport socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n```",
    1,
  );
  await card(
    two.id,
    "rt-c03",
    "UDP is …",
    "connectionless; *no* handshake\n\n- datagrams\n- no ordering",
    0,
  );
  const question = (
    lessonId: string,
    id: string,
    type: string,
    prompt: string,
    options: Array<[string, boolean]>,
    explanation: string,
    position: number,
  ) =>
    prisma.question.create({
      data: {
        id,
        lessonId,
        type,
        prompt,
        explanation,
        position,
        status: "published",
        options: { create: options.map(([text, correct], i) => ({ text, correct, position: i })) },
      },
    });
  await question(
    one.id,
    "rt-q01",
    "multiple_choice",
    "Which call waits for a client?",
    [
      ["bind()", false],
      ["accept()", true],
      ["send()", false],
    ],
    "`accept()` blocks until a client connects.",
    0,
  );
  await question(
    two.id,
    "rt-q02",
    "true_false",
    "TCP guarantees ordered delivery.",
    [
      ["True", true],
      ["False", false],
    ],
    "Sequence numbers order the bytes.",
    0,
  );
  await question(
    two.id,
    "rt-q03",
    "typed",
    "The port HTTP uses by default?",
    [
      ["80", true],
      ["port 80", true],
    ],
    "Well-known port.",
    1,
  );
  return course;
}

/** Deletes the course and everything in it, so the database has no content left. */
export async function wipeContent(prisma: PrismaClient) {
  await prisma.reviewLog.deleteMany();
  await prisma.reviewItem.deleteMany();
  await prisma.questionOption.deleteMany();
  await prisma.question.deleteMany();
  await prisma.flashcard.deleteMany();
  await prisma.lesson.deleteMany();
  await prisma.course.deleteMany();
  await prisma.revision.deleteMany();
  await prisma.ankiCardSource.deleteMany();
}
