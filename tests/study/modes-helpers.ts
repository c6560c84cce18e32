/** The study course (questions of every type) with seven term cards, enough for Learn, Match and Test. */
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { seedStudyCourse } from "./helpers";

export const TERMS: Array<[string, string, string]> = [
  ["fx-c01", "`bind()`", "Associates a local address with a socket."],
  ["fx-c02", "`listen()`", "Announces willingness to accept connections."],
  ["fx-c03", "`accept()`", "Waits for a client and returns a new socket."],
  ["fx-c04", "`connect()`", "Opens a connection to a server."],
  ["fx-c05", "`sendall()`", "Sends every byte of a buffer."],
  ["fx-c06", "`recv()`", "Reads up to n bytes from the socket."],
  ["fx-c07", "`close()`", "Releases the socket."],
];

export const fixtureScope = { courseSlug: "fixture-course", lessonSlug: "fixture-lesson" };

export const seedModesCourse = (prisma: PrismaClient) =>
  seedStudyCourse(
    prisma,
    TERMS.map(([id, front, back]) => ({ id, front, back, kind: "term" })),
  );
