/** Lesson Markdown read aloud: the rules hold for any mix of headings, code, lists, tables and links. */
import { describe, expect, it } from "vitest";
import { podcastScript } from "../../lib/podcast/fit";
import { cardQuestion, hostAsks } from "../../lib/podcast/script";
import { spokenSentences } from "../../lib/podcast/spoken";
import type { PodcastInput } from "../../lib/podcast/types";
import { spokenProblems } from "./spoken-checks";

const lines = (markdown: string) => spokenSentences(markdown).map((text) => ({ text }));

describe("spoken sentences", () => {
  it("cuts the clause that introduced dropped code, or drops the sentence, never ends on a colon", () => {
    const md = [
      "In Python, socket programming needs the `socket` module, which you include with:",
      "",
      "```python\nimport socket\n```",
      "",
      "A server commonly looks like this:",
      "",
      "```python\ns = socket.socket()\n```",
      "",
      "The basic syntax is:",
      "",
      "    s = socket(family, type)",
      "",
      "Then it listens.",
    ].join("\n");
    expect(spokenSentences(md)).toEqual([
      "In Python, socket programming needs the socket module.",
      "Then it listens.",
    ]);
  });

  it("reads a list after a lead-in as its continuation: short names as a series, steps as sentences", () => {
    expect(
      spokenSentences("The server calls:\n\n- socket\n- bind\n- listen\n- `accept`\n"),
    ).toEqual(["The server calls: socket, bind, listen and accept."]);
    expect(
      spokenSentences("It loops:\n\n1. Wait for a request.\n2. Process it\n3. **Send** a reply;\n"),
    ).toEqual(["It loops: Wait for a request.", "Process it.", "Send a reply."]);
  });

  it("reads table rows as sentences, header left out, numbered steps naming their columns", () => {
    const md =
      "Two kinds:\n\n| Type | Transport |\n| --- | --- |\n| `SOCK_STREAM` | TCP. |\n| SOCK_DGRAM | UDP |\n\n" +
      "| Step | Client | Server |\n| --- | --- | --- |\n| 1 | socket() | socket() |\n| 2 | | bind() |\n";
    expect(spokenSentences(md)).toEqual([
      "Two kinds: SOCK_STREAM: TCP.",
      "SOCK_DGRAM: UDP.",
      "Step 1: client socket(), server socket().",
      "Step 2: server bind().",
    ]);
  });

  it("keeps the words of links, inline code, emphasis and images; drops HTML and headings", () => {
    const md =
      "See [the docs](https://docs.python.org) for *more* on `recv()`. ![A diagram](x.png)\n\n" +
      "<div>raw</div>\n\n#### A small heading\n\nDone e.g. now, vs. later.";
    expect(spokenSentences(md)).toEqual([
      "See the docs for more on recv().",
      "A diagram.",
      "Done e.g. now, vs. later.",
    ]);
  });

  it("does not double the end of a sentence that closes inside parentheses or quotes", () => {
    expect(spokenSentences("(It raises a TypeError.)\n\nIt prints “done.”")).toEqual([
      "(It raises a TypeError.)",
      "It prints “done.”",
    ]);
  });
});

describe("host lines", () => {
  it("ask a question heading as it is, name prepositional headings, and drop a heading's colon", () => {
    expect(hostAsks("What Is Socket Programming?", 0)).toBe(
      "Let's start with a question. What Is Socket Programming?",
    );
    expect(hostAsks("Which program must start first?", 3)).toMatch(
      /\. Which program must start first\?$/,
    );
    expect(hostAsks("About this term list", 0)).toBe(
      "First up: About this term list. What is it about?",
    );
    expect(hostAsks("Don't block!", 2)).toBe("Next up: Don't block! What's behind that?");
    expect(hostAsks("Syntax:", 1)).toBe("Next up: Syntax. How does that work?");
    expect(hostAsks("The `recv()` call", 4)).toBe("Tell me about the recv() call.");
    expect(cardQuestion("What does `accept()` return?")).toBe(
      "Quick check: What does accept() return?",
    );
    expect(cardQuestion("**Server**: to listen:")).toBeNull();
  });
});

/** A small seeded generator (mulberry32), so the mixes are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADINGS = [
  "What Is a Socket?",
  "Don't Forget to Close!",
  "Ports:",
  "The `bind()` call",
  "From the NIC to the ISP",
  "TCP vs. UDP",
  "Why *blocking* matters?",
  "[Links](https://example.org) in headings",
];
const BLOCKS = [
  "A socket is an endpoint. It has an address.",
  "You create one with:",
  "```python\nimport socket\ns = socket.socket()\n```",
  "The steps are:",
  "- create\n- bind\n- listen",
  "1. Wait for a client.\n2. Serve it.\n3. Close the connection",
  "| Call | Meaning |\n| --- | --- |\n| `bind` | attach an address. |\n| listen | wait |",
  "See [the manual](https://docs.python.org/3/library/socket.html) and `socket.AF_INET`.",
  "> A quoted **note**: sockets are files;",
  "Here is an image: ![the flow](flow.png)",
  "<details><summary>More</summary>hidden</details>",
  "Options include, for example:",
  "It ends (as it should.)",
  "Watch out, e.g. for partial reads, i.e. short recv() results...",
  "---",
  "Term:\nsocket\nbind\nlisten",
];

describe("any mix of Markdown", () => {
  it("gives a script with no doubled punctuation, hanging colon, Markdown syntax or internal word", () => {
    const next = random(14);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
    for (let doc = 0; doc < 150; doc++) {
      const sections = Array.from({ length: 2 + Math.floor(next() * 4) }, () => {
        const body = Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(BLOCKS));
        return `## ${pick(HEADINGS)}\n\n${body.join("\n\n")}`;
      });
      const input: PodcastInput = {
        lessonSlug: "mixed-lesson",
        title: pick(HEADINGS),
        summary: pick(BLOCKS),
        body: `Intro text.\n\n${sections.join("\n\n")}\n`,
        cards: [
          { id: "ml-c1", front: pick(HEADINGS), back: pick(BLOCKS), section: null },
          { id: "ml-c2", front: "`s.recv()`", back: pick(BLOCKS), section: null },
        ],
        example: {
          id: "ml-example",
          title: "Echo `server`",
          description: pick(BLOCKS),
          output: "received b'hi'\nclosing",
          outputFrom: doc % 2 ? "sandbox run" : "scenario expectation",
        },
      };
      const script = podcastScript(input);
      expect(
        spokenProblems(script.lines, ["mixed-lesson", "ml-c1", "ml-c2", "ml-example"]),
        input.body,
      ).toEqual([]);
    }
    // Each block alone, once: its script does not depend on the mix (was checked 150 times).
    for (const block of BLOCKS) expect(spokenProblems(lines(block)), block).toEqual([]);
  });
});
