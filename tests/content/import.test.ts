/**
 * The content importer against the real study notes (../shared/study-notes): counts, exact
 * answers and their letters, generated distractors, schema validity of what is written, and the
 * CLI refusing bad input without writing. Everything is written under os.tmpdir(), never content/.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { readMarkdown } from "../../lib/content/files";
import { runImportCli } from "../../lib/transfer/import/files/cli";
import { generateDistractors } from "../../lib/transfer/import/distractors";
import { htmlToMarkdown } from "../../lib/transfer/import/sources/html";
import { importLesson, type ImportOptions } from "../../lib/transfer/import/files/index";
import { parseUpload } from "../../lib/transfer/import/parse";
import { parseTermList } from "../../lib/transfer/import/sources/terms";
import { loadContent } from "../../lib/content/load";
import {
  flashcardsFileSchema,
  lessonFrontMatterSchema,
  questionsFileSchema,
  type FlashcardContent,
  type QuestionContent,
} from "../../lib/content/schema";

const NOTES = path.resolve(process.cwd(), "../shared/study-notes");
const NOTE_01 = path.join(NOTES, "01-client-server-model.quizgecko.txt");
const NOTE_02 = path.join(NOTES, "02-sockets-overview.quizgecko.txt");
const NOTE_05 = path.join(NOTES, "05-cis345-socket-quiz.terms.txt");
const NOISE = [
  "Signup and view",
  "Play Quiz",
  "Study Flashcards",
  "Spaced Repetition",
  "Chat to Lesson",
  "Podcast",
  "Get App",
  "Download our mobile app",
  "Choose a study mode",
  "(correct)",
  "<p>",
  "</p>",
  "<code>",
];

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "recall-import-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A fresh lessons folder inside a course, so the real loader can read the result. */
async function freshCourse(): Promise<{ root: string; lessonsDir: string }> {
  const root = await mkdtemp(path.join(tmp, "content-"));
  await mkdir(path.join(root, "courses", "socket-programming", "lessons"), { recursive: true });
  await writeFile(
    path.join(root, "courses", "socket-programming", "course.yaml"),
    "slug: socket-programming\ntitle: Socket Programming\n",
  );
  return { root, lessonsDir: path.join(root, "courses", "socket-programming", "lessons") };
}

async function readLesson(
  dir: string,
): Promise<{ questions: QuestionContent[]; flashcards: FlashcardContent[] }> {
  const md = await readMarkdown(path.join(dir, "lesson.md"), "lesson.md");
  if (!md.ok) throw new Error(md.issue.message);
  lessonFrontMatterSchema.parse(md.data);
  return {
    questions: questionsFileSchema.parse(
      YAML.parse(await readFile(path.join(dir, "questions.yaml"), "utf8")),
    ),
    flashcards: flashcardsFileSchema.parse(
      YAML.parse(await readFile(path.join(dir, "flashcards.yaml"), "utf8")),
    ),
  };
}

async function importInto(lessonsDir: string, file: string, extra: Partial<ImportOptions> = {}) {
  const result = await importLesson({ file, lessonsDir, ...extra });
  return { result, ...(await readLesson(result.dir)) };
}

/** Every question's correct option must appear in the note exactly as marked there. */
async function expectAnswersMatchNote(note: string, questions: QuestionContent[]) {
  const page = (await readFile(note, "utf8")).replace(/<\/?code>/g, "`");
  for (const q of questions) {
    const index = q.options.findIndex((o) => o.correct);
    const text = q.options[index]!.text;
    const marked = q.explanation.includes("generated")
      ? `<p>${text} (${"ABCD"[index]})</p>`
      : `${text} (correct)`;
    expect(page, `${q.id}: "${marked}"`).toContain(marked);
  }
}

function expectNoNoise(texts: string[]) {
  for (const text of texts) for (const noise of NOISE) expect(text).not.toContain(noise);
}

function expectWellFormed(questions: QuestionContent[]) {
  for (const q of questions) {
    expect(q.type).toBe("multiple_choice");
    expect(q.authored).toBe(false);
    expect(q.options.filter((o) => o.correct)).toHaveLength(1);
    expect(q.options).toHaveLength(4);
    expect(new Set(q.options.map((o) => o.text.trim().toLowerCase())).size).toBe(4);
    expectNoNoise([q.prompt, ...q.options.map((o) => o.text)]);
  }
}

describe("Quizgecko pages", () => {
  it("imports note 01: 20 questions with the note's answers at the note's letters, 20 cards", async () => {
    const { lessonsDir } = await freshCourse();
    const { result, questions, flashcards } = await importInto(lessonsDir, NOTE_01);
    expect(path.basename(result.dir)).toBe("01-client-server-model");
    expect(questions).toHaveLength(20);
    expect(flashcards).toHaveLength(20);
    expect(result.generatedDistractors).toBe(17);
    expect(questions[0]).toMatchObject({
      id: "csm-q01",
      explanation: "Imported from Quizgecko.",
      source: "01-client-server-model.quizgecko.txt",
    });
    expect(questions[0]!.options[1]).toEqual({
      text: "To provide defined services to clients.",
      correct: true,
    });
    // "<p>Concurrent servers (D)</p>": only the answer was shown; it must sit at D.
    expect(questions[3]!.options[3]).toEqual({ text: "Concurrent servers", correct: true });
    expect(questions[3]!.explanation).toBe("Imported from Quizgecko; distractors generated.");
    // "<p><code>s.accept()</code> (C)</p>": HTML code becomes Markdown, siblings become distractors.
    expect(questions[6]!.options.map((o) => o.text)).toEqual([
      "`s.bind()`",
      "`s.listen()`",
      "`s.accept()`",
      "`s.connect()`",
    ]);
    expect(questions[6]!.options[2]!.correct).toBe(true);
    expect(questions[13]!.prompt).toBe(
      "What does the following code snippet accomplish?\n\n```python\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n```",
    );
    expect(flashcards[0]).toMatchObject({
      id: "csm-c01",
      front: "Client-Server Model",
      kind: "card",
    });
    expect(flashcards.at(-1)).toMatchObject({
      front: "Socket programming",
      back: "A way of connecting two nodes on a network.",
    });
    expectWellFormed(questions);
    expectNoNoise(flashcards.flatMap((c) => [c.front, c.back]));
    await expectAnswersMatchNote(NOTE_01, questions);
  });

  it("imports note 02: 43 questions, 42 cards, summary from the page description", async () => {
    const { lessonsDir } = await freshCourse();
    const { result, questions, flashcards } = await importInto(lessonsDir, NOTE_02);
    expect(questions).toHaveLength(43);
    expect(flashcards).toHaveLength(42);
    expect(result.generatedDistractors).toBe(40);
    expect(questions[1]!.options.find((o) => o.correct)!.text).toBe("Datagram sockets");
    expect(
      questions
        .find((q) => q.prompt.startsWith("Which socket type is primarily"))!
        .options.map((o) => o.text),
    ).toEqual(["SOCK_DGRAM", "SOCK_RAW", expect.any(String), "SOCK_STREAM"]);
    expectWellFormed(questions);
    expectNoNoise(flashcards.flatMap((c) => [c.front, c.back]));
    await expectAnswersMatchNote(NOTE_02, questions);
    const md = await readFile(path.join(result.dir, "lesson.md"), "utf8");
    expect(md).toContain("summary: This quiz covers the fundamental concepts of sockets");
    expect(md).toContain(
      "## Partial Reads/Writes\n\n- Reading from or writing to a TCP socket may involve partial read/writes.",
    );
    for (const noise of ["Studying That Suits You", "Quiz Team", "More Like This", "Use Quizgecko"])
      expect(md).not.toContain(noise);
  });

  it("is deterministic: importing twice gives the same files", async () => {
    const a = await freshCourse();
    const b = await freshCourse();
    const [ra, rb] = [
      await importLesson({ file: NOTE_02, lessonsDir: a.lessonsDir }),
      await importLesson({ file: NOTE_02, lessonsDir: b.lessonsDir }),
    ];
    for (const name of ["lesson.md", "questions.yaml", "flashcards.yaml"]) {
      expect(await readFile(path.join(ra.dir, name), "utf8")).toBe(
        await readFile(path.join(rb.dir, name), "utf8"),
      );
    }
  });
});

describe("term lists", () => {
  it("imports note 05: 30 terms on alternating lines, code definitions intact", async () => {
    const { lessonsDir } = await freshCourse();
    const { result, questions, flashcards } = await importInto(lessonsDir, NOTE_05);
    expect(result.format).toBe("terms");
    expect(questions).toEqual([]);
    expect(flashcards).toHaveLength(30);
    expect(flashcards.every((c) => c.kind === "term")).toBe(true);
    expect(flashcards[0]).toMatchObject({
      id: "csq-c01",
      front: "gethostname ( )",
      back: "returns IP name of the host computer running the Python interpreter; Raises exception if computer does not have an IP address returns computer name to get hostName",
    });
    expect(flashcards.at(-1)).toMatchObject({
      id: "csq-c30",
      front: "Why TCP",
      back: "reliable- packets dropped in network are detected and retransmitted by sender in order data delivery- data is read by application in order it was written by sender don't have to worry about packet loss, out of order data",
    });
    expect(
      flashcards.find((c) => c.back.startsWith("from socket import * HOST='10.153"))!.back,
    ).toContain("data = s.recv(1024)");
    expect(await readFile(path.join(result.dir, "lesson.md"), "utf8")).toContain(
      "title: CIS 345 Socket Quiz",
    );
  });

  it.each([
    [
      "tab and newline",
      "Title line\nTCP\tTransmission Control Protocol\nUDP\tUser Datagram Protocol\n",
      {},
    ],
    [
      "comma and newline",
      "TCP,Transmission Control Protocol\nUDP,User Datagram Protocol, connectionless\n",
      {},
    ],
    ["tab and semicolon", "TCP\tTransmission Control Protocol;UDP\tUser Datagram Protocol;", {}],
    ["comma and semicolon", "TCP,Transmission Control Protocol;UDP,User Datagram Protocol", {}],
    [
      "custom separators",
      "TCP :: Transmission Control Protocol | UDP :: User Datagram Protocol",
      { term: "::", card: "|" },
    ],
  ])("reads Quizlet exports: %s", (_name, text, seps) => {
    const parsed = parseTermList(text, seps);
    expect(parsed.cards.map((c) => c.front)).toEqual(["TCP", "UDP"]);
    expect(parsed.cards[0]!.back).toBe("Transmission Control Protocol");
    expect(parsed.cards[1]!.back).toMatch(/^User Datagram Protocol/);
  });

  it("takes custom separators from the command line, with \\t escapes", async () => {
    const file = path.join(tmp, "quizlet.txt");
    await writeFile(file, "recv\treads bytes#sendall\twrites all bytes#");
    const out = path.join(tmp, "quizlet-out");
    const code = await runImportCli(
      [file, "--out", out, "--term-sep", "\\t", "--card-sep", "#", "--slug", "socket-calls"],
      { log: () => {}, error: () => {} },
    );
    expect(code).toBe(0);
    const { flashcards } = await readLesson(path.join(out, "01-socket-calls"));
    expect(flashcards.map((c) => [c.id, c.front, c.back])).toEqual([
      ["sc-c01", "recv", "reads bytes"],
      ["sc-c02", "sendall", "writes all bytes"],
    ]);
  });
});

describe("a whole course", () => {
  it("imports 01, 02 and 05 into one course that the content loader accepts: 63 questions, 92 cards", async () => {
    const { root, lessonsDir } = await freshCourse();
    for (const note of [NOTE_01, NOTE_02, NOTE_05]) await importLesson({ file: note, lessonsDir });
    const [course] = await loadContent(root);
    expect(course!.lessons.map((l) => l.slug)).toEqual([
      "client-server-model",
      "sockets-overview",
      "cis345-socket-quiz",
    ]);
    expect(course!.lessons.flatMap((l) => l.questions)).toHaveLength(63);
    expect(course!.lessons.flatMap((l) => l.flashcards)).toHaveLength(92);
  });
});

describe("distractors and HTML", () => {
  it("prefers sibling API names, never repeats or uses the answer", () => {
    expect(generateDistractors("`s.recv()`", [], 3)).toEqual(["`s.recvfrom()`", "`s.recv_into()`"]);
    expect(generateDistractors("SOCK_DGRAM", ["80", "SOCK_DGRAM", "s.bind()"], 3)).toEqual([
      "SOCK_STREAM",
      "SOCK_RAW",
      "s.bind()",
    ]);
    expect(
      generateDistractors("It waits for a client.", ["It waits for a server.", "x"], 3),
    ).toEqual(["It waits for a server.", "x"]);
  });

  it("turns HTML into Markdown and decodes entities", () => {
    expect(htmlToMarkdown("<p><code>a &lt; b</code> &amp;&nbsp;<strong>c</strong></p>")).toBe(
      "`a < b` & **c**",
    );
  });
});

describe("the CLI", () => {
  const quiet = () => {
    const lines: string[] = [];
    return {
      lines,
      out: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) },
    };
  };

  it("refuses an unknown format, a missing file and a file with nothing in it, writing nothing", async () => {
    const out = path.join(tmp, "bad-out");
    const prose = path.join(tmp, "prose.txt");
    await writeFile(prose, "Just one line of prose, no terms, no questions.\n");
    const slides = path.join(NOTES, "03-lab-socket-programming.slides.txt");
    const transcript = path.join(NOTES, "04-socket-programming-tcp-udp.transcript.txt");
    const bad = [
      [prose],
      [slides],
      [transcript],
      [path.join(tmp, "missing.txt")],
      [NOTE_05, "--format", "quizgecko"],
      [NOTE_01, "--format", "pdf"],
    ];
    for (const argv of bad) {
      const { lines, out: io } = quiet();
      expect(await runImportCli([...argv, "--out", out], io)).toBe(1);
      expect(lines.join("\n")).toMatch(/content:import: /);
      expect(lines.join("\n")).toContain(
        argv[1] === "--format" && argv[2] === "pdf" ? "--format" : path.basename(argv[0]!),
      );
    }
    await expect(readdir(out)).rejects.toThrow();
  });

  it("says what is wrong, in which file and field, and how to fix it, in plain words, writing nothing", async () => {
    const out = path.join(tmp, "plain-out");
    const sheet = path.join(tmp, "bad-sheet.csv");
    const cases: Array<[string[], string, string]> = [
      [
        [sheet],
        "question,options,answer,type\nPick one,a|b,a,essay\n",
        `content:import: ${sheet}: row 2, column "type": must be one of "multiple_choice", "true_false", "typed", "output", not "essay"`,
      ],
      [
        [sheet],
        "question,options,answer,explanation\n,a|b,a,Why.\n",
        `content:import: ${sheet}: row 2, column "question": is empty: fill it in`,
      ],
      [
        [sheet, "--format", "pdf"],
        "front,back\nsocket,An endpoint\n",
        'content:import: --format: must be one of "quizgecko", "terms", "anki", "csv", not "pdf"',
      ],
      [[], "", "content:import: file: give exactly one input file"],
    ];
    for (const [argv, text, said] of cases) {
      await writeFile(sheet, text);
      const { lines, out: io } = quiet();
      expect(await runImportCli([...argv, "--out", out], io)).toBe(1);
      expect(lines.join("\n").split("\n")[0]).toBe(said);
      expect(lines.join("\n")).not.toMatch(/Invalid (input|option)|expected \w+, received/);
    }
    await expect(readdir(out)).rejects.toThrow();
  });

  it("says what it wrote, refuses to overwrite without --force, and writes nothing on --dry-run", async () => {
    const out = path.join(tmp, "cli-out");
    const first = quiet();
    expect(await runImportCli([NOTE_01, "--out", out, "--dry-run"], first.out)).toBe(0);
    expect(first.lines.join("\n")).toMatch(
      /Dry run.*\n.*\n.*20 questions \(17 with generated distractors\)\n.*20 cards/,
    );
    await expect(readdir(out)).rejects.toThrow();
    expect(await runImportCli([NOTE_01, "--out", out], quiet().out)).toBe(0);
    const again = quiet();
    expect(await runImportCli([NOTE_01, "--out", out], again.out)).toBe(1);
    expect(again.lines.join("\n")).toContain("--force");
    expect(await runImportCli([NOTE_01, "--out", out, "--force"], quiet().out)).toBe(0);
    const clash = quiet();
    expect(
      await runImportCli(
        [NOTE_01, "--out", out, "--slug", "07-other", "--prefix", "csm"],
        clash.out,
      ),
    ).toBe(1);
    expect(clash.lines.join("\n")).toContain('id "csm-q01" (in 01-client-server-model)');
    expect(await readdir(out)).toEqual(["01-client-server-model"]);
  });

  it("exits non-zero from the real script on a missing file", async () => {
    const run = promisify(execFile);
    const tsx = path.resolve(process.cwd(), "node_modules/.bin/tsx");
    const failure = await run(tsx, [
      "scripts/content-import.ts",
      path.join(tmp, "nope.txt"),
      "--out",
      path.join(tmp, "script-out"),
    ]).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("nope.txt");
  }, 30_000);
});

const PAGES = path.resolve(process.cwd(), "tests/fixtures/term-pages");
const termPages = readdirSync(PAGES)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({
    name: f.replace(/\.json$/, ""),
    text: readFileSync(path.join(PAGES, f.replace(/\.json$/, ".txt")), "utf8"),
    ...(JSON.parse(readFileSync(path.join(PAGES, f), "utf8")) as {
      layout: string;
      heldOut: boolean;
      pairs: Array<{ term: string; definition: string }>;
    }),
  }));

describe("term lists pasted from real pages (tests/fixtures/term-pages)", () => {
  it("has at least ten pages, some held out, covering every layout", () => {
    expect(termPages.length).toBeGreaterThanOrEqual(10);
    expect(termPages.filter((p) => p.heldOut).length).toBeGreaterThanOrEqual(3);
    expect(new Set(termPages.map((p) => p.layout))).toEqual(
      new Set(["tab", "comma", "dash", "colon", "equals", "qa", "lines", "blocks"]),
    );
    expect(termPages.some((p) => p.text.includes("\r\n"))).toBe(true);
  });

  it.each(termPages.map((p) => [p.name, p] as const))(
    "%s: every pair exactly, nothing else",
    (_name, page) => {
      const parsed = parseTermList(page.text);
      expect(parsed.cards.map((c) => ({ term: c.front, definition: c.back }))).toEqual(page.pairs);
      expect(parsed.layout!.layout).toBe(page.layout);
    },
  );

  it("keeps a code definition's lines and indentation together", () => {
    const page = termPages.find((p) => p.name === "python-code-blocks")!;
    const loop = parseTermList(page.text).cards.find((c) => c.front === "Accept loop of a server")!;
    expect(loop.back).toBe("while True:\n    conn, addr = s.accept()\n    handle(conn)");
  });

  it("says when it is unsure, lists the other readings, and follows the layout a person picks", () => {
    // Term/definition pairs whose definitions hold " - ": dash per line, or alternating lines?
    const text =
      "alpha - first letter\nbeta - second letter\nGamma\nthird letter - Greek\nDelta\nfourth letter\n";
    const guess = parseTermList(text);
    expect(guess.layout!.confident).toBe(false);
    expect(guess.layout!.candidates.map((c) => c.layout)).toEqual(
      expect.arrayContaining(["dash", "lines"]),
    );
    const lines = parseTermList(text, { layout: "lines" });
    expect(lines.layout).toMatchObject({ layout: "lines", confident: true });
    expect(lines.cards.map((c) => c.front)).toEqual(["alpha - first letter", "Gamma", "Delta"]);
    const dash = parseTermList(text, { layout: "dash" });
    expect(dash.cards[0]).toEqual({ front: "alpha", back: "first letter" });
  });

  it("is sure of a clean page and checks the page's own count", () => {
    const clean = termPages.find((p) => p.name === "networking-quizlet-mirror")!;
    expect(parseTermList(clean.text).layout!.confident).toBe(true);
    const short = clean.text.replace("Terms in this set (8)", "Terms in this set (9)");
    const parsed = parseTermList(short);
    expect(parsed.layout!.confident).toBe(false);
    expect(parsed.warnings).toEqual(["the page says it has 9 terms; 8 were found"]);
  });

  it("drops a header row, a button label repeated on every card, and keeps a wrapped definition", () => {
    const header = "Term\nDefinition\nCell\nbasic unit of life\nTissue\ngroup of similar cells\n";
    expect(parseTermList(header).cards).toEqual([
      { front: "Cell", back: "basic unit of life" },
      { front: "Tissue", back: "group of similar cells" },
    ]);
    const starred =
      "photosynthesis\nlight to chemical energy\nStar\nrespiration\nglucose to ATP\nStar\nfermentation\nATP without oxygen\nStar\n";
    expect(parseTermList(starred).cards.map((c) => c.front)).toEqual([
      "photosynthesis",
      "respiration",
      "fermentation",
    ]);
    const wrapped =
      "recv\treads up to n bytes\nreturns b'' when the peer closed\nsend\twrites some bytes\nclose\tcloses it\n";
    expect(parseTermList(wrapped).cards[0]).toEqual({
      front: "recv",
      back: "reads up to n bytes\nreturns b'' when the peer closed",
    });
  });

  it("drops a lone interface word only beside other interface text", () => {
    const text = "Test\tprüfen\nMatch\temparejar\nlive\tvivir\nwrite\tescribir\n";
    expect(parseTermList(text).cards.map((c) => c.front)).toEqual([
      "Test",
      "Match",
      "live",
      "write",
    ]);
    const lines = "Spanish verbs\nvivir\nto live\nescribir\nto write\nFlashcards\nLearn\nTest\n";
    expect(parseTermList(lines).cards).toEqual([
      { front: "vivir", back: "to live" },
      { front: "escribir", back: "to write" },
    ]);
  });
});

const ANKI = [
  "#separator:tab",
  "#html:true",
  "#guid column:1",
  "#notetype column:2",
  "#deck column:3",
  "#tags column:6",
  "a1b2\tBasic\tSockets::Calls\t<b>recv</b>(bufsize)\tReads up to <i>bufsize</i> bytes&nbsp;&amp; returns b'' at EOF<script>alert(1)</script>\tsockets calls",
  'c3d4\tBasic\tSockets::Calls\t"sendall, with ""quotes"""\t"Sends <code>every</code> byte<br>or raises"\t',
  'e5f6\tCloze\tSockets\t{{c1::TCP}} is reliable; {{c2::UDP::protocol}} is not\t<img src="a.png" alt="diagram"> [sound:x.mp3]\t',
].join("\n");

describe("Anki plain-text export", () => {
  it("reads the headers, skips guid/notetype/deck/tags columns, turns HTML into safe Markdown, one card per cloze", () => {
    const read = parseUpload({ text: ANKI, format: "auto" });
    if (!read.ok) throw new Error(read.error);
    expect(read.upload.format).toBe("anki");
    expect(read.upload.cards.map((c) => [c.front, c.back])).toEqual([
      ["**recv**(bufsize)", "Reads up to *bufsize* bytes & returns b'' at EOF"],
      ['sendall, with "quotes"', "Sends `every` byte\\\nor raises"],
      ["[…] is reliable; UDP is not", "**TCP** is reliable; UDP is not\n\ndiagram"],
      ["TCP is reliable; [protocol] is not", "TCP is reliable; **UDP** is not\n\ndiagram"],
    ]);
    expect(read.upload.warnings).toEqual([
      "tags on 1 note are not kept",
      "notes from 2 decks (Sockets::Calls, Sockets) go into one lesson",
      "1 image left out (media is not imported); their alt text is kept",
      "1 sound left out (media is not imported)",
    ]);
  });

  it("keeps web links, drops script links and event handlers from HTML fields", () => {
    const text =
      '#html:true\n#separator:tab\n<a href="javascript:alert(1)" onclick="x()">click</a>\t<a href="https://docs.python.org/3/library/socket.html">docs</a><iframe src="https://evil.test"></iframe>\n';
    const read = parseUpload({ text, format: "auto" });
    if (!read.ok) throw new Error(read.error);
    expect(read.upload.cards.map((c) => [c.front, c.back])).toEqual([
      ["click", "[docs](https://docs.python.org/3/library/socket.html)"],
    ]);
  });

  it("gives a Basic (and reversed card) note both cards", () => {
    const text =
      "#separator:tab\n#notetype column:1\nBasic (and reversed card)\tport 80\tHTTP\nBasic\tport 443\tHTTPS\n";
    const read = parseUpload({ text, format: "auto" });
    if (!read.ok) throw new Error(read.error);
    expect(read.upload.cards.map((c) => [c.front, c.back])).toEqual([
      ["port 80", "HTTP"],
      ["HTTP", "port 80"],
      ["port 443", "HTTPS"],
    ]);
  });

  it("takes named separators, #columns labels and #html:false as Anki does", () => {
    const read = parseUpload({
      text: "#separator:Pipe\n#html:false\n#columns:Back|Front\nfour|2 + 2\n<b>x</b>|bold?\n",
      format: "auto",
    });
    if (!read.ok) throw new Error(read.error);
    expect(read.upload.cards.map((c) => [c.front, c.back])).toEqual([
      ["2 + 2", "four"],
      ["bold?", "\\<b>x\\</b>"],
    ]);
  });

  it("refuses a note without a back, naming its line, and the CLI writes nothing", async () => {
    const read = parseUpload({ text: "#separator:comma\nTCP,reliable\nlonely\n", format: "auto" });
    expect(read).toEqual({
      ok: false,
      error: 'line 3: the note has one field ("lonely"); a card needs a front and a back',
    });
    const file = path.join(tmp, "bad-anki.txt");
    await writeFile(file, "#separator:comma\nTCP,reliable\nlonely\n");
    const out = path.join(tmp, "bad-anki-out");
    const lines: string[] = [];
    expect(
      await runImportCli([file, "--out", out], {
        log: (l) => lines.push(l),
        error: (l) => lines.push(l),
      }),
    ).toBe(1);
    expect(lines.join("\n")).toContain("line 3: the note has one field");
    await expect(readdir(out)).rejects.toThrow();
  });

  it("imports an Anki export from the command line into cards the loader accepts", async () => {
    const file = path.join(tmp, "deck.txt");
    await writeFile(file, ANKI);
    const { lessonsDir } = await freshCourse();
    const { result, flashcards } = await importInto(lessonsDir, file, { slug: "anki-deck" });
    expect(result.format).toBe("anki");
    expect(flashcards.map((c) => [c.id, c.kind])).toEqual([
      ["ad-c01", "card"],
      ["ad-c02", "card"],
      ["ad-c03", "card"],
      ["ad-c04", "card"],
    ]);
  });
});

describe("the CLI on pasted pages", () => {
  it("reads a page with --layout when the detected layout is not the one wanted, and warns when unsure", async () => {
    const file = path.join(tmp, "greek.txt");
    await writeFile(
      file,
      "alpha - first letter\nbeta - second letter\nGamma\nthird letter - Greek\nDelta\nfourth letter\n",
    );
    const warned: string[] = [];
    const dry = await runImportCli([file, "--out", path.join(tmp, "greek-out"), "--dry-run"], {
      log: () => {},
      error: (l) => warned.push(l),
    });
    expect(dry).toBe(0);
    expect(warned.join("\n")).toMatch(
      /not sure of the layout; read as \w+ \(also possible: .*\); pass --layout/,
    );
    const { lessonsDir } = await freshCourse();
    const { flashcards } = await importInto(lessonsDir, file, { layout: "lines" });
    expect(flashcards.map((c) => c.front)).toEqual(["alpha - first letter", "Gamma", "Delta"]);
    const bad = await runImportCli([file, "--layout", "zigzag"], {
      log: () => {},
      error: (l) => warned.push(l),
    });
    expect(bad).toBe(1);
    expect(warned.at(-1)).toContain("--layout");
  });

  it("writes a pasted page's cards with code fenced and prose left as it is, and says how it read the page", async () => {
    const { lessonsDir } = await freshCourse();
    const lines: string[] = [];
    const code = await runImportCli(
      [path.join(PAGES, "python-code-blocks.txt"), "--out", lessonsDir, "--slug", "snippets"],
      { log: (l) => lines.push(l), error: (l) => lines.push(l) },
    );
    expect(code).toBe(0);
    expect(lines.join("\n")).toContain("from a terms file (read as blocks):");
    const { flashcards } = await readLesson(path.join(lessonsDir, "01-snippets"));
    expect(flashcards.find((c) => c.front === "Accept loop of a server")!.back).toBe(
      "```\nwhile True:\n    conn, addr = s.accept()\n    handle(conn)\n```",
    );
    expect(flashcards.find((c) => c.front === "Send every byte")!.back).toBe(
      'conn.sendall(b"hello, world")',
    );
    const music = await importInto(lessonsDir, path.join(PAGES, "music-blank-line-sides.txt"), {
      slug: "music",
    });
    expect(music.flashcards.find((c) => c.front === "Major scale intervals")!.back).toBe(
      "W – W – H – W – W – W – H\n(W = whole step, H = half step)",
    );
  });

  it("imports a CSV of questions from the command line, as the browser does, into files the loader accepts", async () => {
    const file = path.join(tmp, "calls.csv");
    await writeFile(
      file,
      "question,options,answer,explanation\nWhich call waits for a client?,accept|bind|listen,accept,It blocks.\n",
    );
    const { root, lessonsDir } = await freshCourse();
    const { result, questions } = await importInto(lessonsDir, file, { slug: "calls" });
    expect(result.format).toBe("csv");
    expect(questions).toMatchObject([
      {
        id: "c-q01",
        prompt: "Which call waits for a client?",
        options: [
          { text: "accept", correct: true },
          { text: "bind", correct: false },
          { text: "listen", correct: false },
        ],
      },
    ]);
    const [course] = await loadContent(root);
    expect(course!.lessons.flatMap((l) => l.questions)).toHaveLength(1);
  });

  it("refuses a binary file", async () => {
    const file = path.join(tmp, "binary.txt");
    await writeFile(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]));
    const lines: string[] = [];
    expect(
      await runImportCli([file, "--out", path.join(tmp, "bin-out")], {
        log: () => {},
        error: (l) => lines.push(l),
      }),
    ).toBe(1);
    expect(lines.join("\n")).toContain("binary file");
  });
});
