/** Writes a small valid course into a temp dir so tests can break it one field at a time. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import YAML from "yaml";

export interface Fixture {
  root: string;
  lessonDir: string;
  write(rel: string, data: unknown): void;
}

export const fixtureQuestions = () => [
  {
    id: "fx-q01",
    type: "multiple_choice",
    prompt: "Which call accepts a TCP connection?",
    options: [
      { text: "`accept()`", correct: true },
      { text: "`listen()`" },
      { text: "`bind()`" },
      { text: "`connect()`" },
    ],
    explanation: "accept() blocks until a client connects and returns a new socket.",
    section: "server-calls",
    examples: ["fx-echo"],
  },
  {
    id: "fx-q02",
    type: "true_false",
    prompt: "UDP needs a connection before sending.",
    options: [{ text: "True" }, { text: "False", correct: true }],
    explanation: "UDP is connectionless.",
  },
];

export const fixtureCards = () => [
  {
    id: "fx-c01",
    front: "bind()",
    back: "Associates a local address with a socket.",
    section: "server-calls",
  },
  { id: "fx-c02", front: "listen()", back: "Announces willingness to accept connections." },
];

export function writeFixture(): Fixture {
  const root = path.join(mkdtempSync(path.join(os.tmpdir(), "recall-lab-content-")), "content");
  const course = path.join(root, "courses", "fixture-course");
  const lessonDir = path.join(course, "lessons", "01-fixture-lesson");
  const exampleDir = path.join(course, "examples", "fx-echo");
  mkdirSync(lessonDir, { recursive: true });
  mkdirSync(exampleDir, { recursive: true });
  const write = (rel: string, data: unknown) =>
    writeFileSync(path.join(course, rel), typeof data === "string" ? data : YAML.stringify(data));
  write("course.yaml", {
    slug: "fixture-course",
    title: "Fixture Course",
    description: "For tests.",
  });
  write(
    "lessons/01-fixture-lesson/lesson.md",
    "---\nslug: fixture-lesson\ntitle: Fixture Lesson\n---\n\n## Server calls\n\nbind, listen, accept.\n\n## Clients\n\nconnect.\n",
  );
  write("lessons/01-fixture-lesson/questions.yaml", fixtureQuestions());
  write("lessons/01-fixture-lesson/flashcards.yaml", fixtureCards());
  write("examples/fx-echo/scenario.yaml", {
    title: "Echo",
    processes: [
      { name: "server", run: "server.py", ready: { port: 12000, protocol: "tcp" } },
      { name: "client", run: "client.py", stdin: "hi\n" },
    ],
    expect: { client: "hi" },
  });
  write("examples/fx-echo/server.py", "print('server')\n");
  write("examples/fx-echo/client.py", "print(input())\n");
  return { root, lessonDir, write };
}
