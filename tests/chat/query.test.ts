import { describe, expect, it } from "vitest";
import { borrowedTerms, isFollowUp } from "../../lib/chat/follow-up";
import { correctWord } from "../../lib/chat/spelling";
import { markdownToQuote } from "../../lib/chat/quote-text";
import { processTerm, termsOf } from "../../lib/chat/terms";

describe("how questions become search terms", () => {
  it("reads follow-ups against the previous question, swapping the side of a pair it names", () => {
    expect(isFollowUp("and for UDP?")).toBe(true);
    expect(isFollowUp("why?")).toBe(true);
    expect(isFollowUp("What does recvfrom return in a UDP server?")).toBe(false);
    const borrowed = borrowedTerms(
      "and for UDP?",
      "does the tcp server have to run before the client?",
    );
    expect(borrowed).toEqual(["server", "run", "client"]);
    // Naming UDP drops TCP; a standalone question borrows nothing.
    expect(borrowed).not.toContain("tcp");
    expect(borrowedTerms("What does SO_REUSEADDR do in a server?", "what is tcp?")).toEqual([]);
  });

  it("repairs typos against the course's words, but never changes a word's first letter", () => {
    const words = new Map([
      ["receive", 9],
      ["socket", 40],
      ["accept", 12],
      ["port", 30],
    ]);
    expect(correctWord("recive", words)).toBe("receive");
    expect(correctWord("sokcet", words)).toBe("socket");
    expect(correctWord("acept", words)).toBe("accept");
    expect(correctWord("sort", words)).toBeNull();
    expect(correctWord("socket", words)).toBeNull();
  });

  it("keeps identifiers whole and split, and maps irregular forms", () => {
    expect(termsOf("SO_REUSEADDR")).toEqual(["so_reuseaddr", "reuseaddr"]);
    expect(termsOf("CIS345 notes")).toEqual(expect.arrayContaining(["cis345", "ci", "345"]));
    expect(processTerm("made")).toBe(processTerm("make"));
    expect(processTerm("sent")).toBe(processTerm("send"));
  });
});

describe("quoted text keeps code as code", () => {
  it("marks fenced code as spans with their indentation and language, and reads table rows as lines", () => {
    const { text, code } = markdownToQuote(
      "Echo it back:\n\n```python\nwhile True:\n    data = conn.recv(1024)\n```\n\n| Protocol | Port |\n| --- | --- |\n| DNS | 53 |\n",
    );
    expect(code).toHaveLength(1);
    expect(code[0]!.lang).toBe("python");
    expect(text.slice(code[0]!.start, code[0]!.end)).toBe(
      "while True:\n    data = conn.recv(1024)",
    );
    expect(text).toContain("DNS: 53");
    expect(text.startsWith("Echo it back:")).toBe(true);
  });
});
