/** The podcast says whole thoughts: lists with their lead-in, answers with their questions, no page talk. */
import { describe, expect, it } from "vitest";
import { podcastScript } from "../../lib/podcast/fit";
import { asTopic, cardQuestion, hostAsks, leadSentences } from "../../lib/podcast/script";
import { spokenSentences } from "../../lib/podcast/spoken";
import type { PodcastInput } from "../../lib/podcast/types";
import { spokenProblems } from "./spoken-checks";

describe("section headings in the host's question", () => {
  it("get an article, or are named on their own, never a bare singular noun after a preposition", () => {
    expect(hostAsks("The echo client and its bug", 2)).toBe(
      "Now, the echo client and its bug. What should we take away?",
    );
    expect(hostAsks("Sockets", 1)).toBe("Next up: Sockets. How does that work?");
    expect(asTopic("Goal of socket programming")).toBe("the goal of socket programming");
    expect(asTopic("General format of network applications")).toBe(
      "the general format of network applications",
    );
    expect(asTopic("The socket API")).toBe("the socket API");
    expect(asTopic("Blocking calls")).toBe("blocking calls");
    expect(asTopic("Socket programming with UDP")).toBe("socket programming with UDP");
    expect(asTopic("Sending All Data")).toBe("Sending All Data");
    expect(asTopic("TCP and UDP sockets")).toBe("TCP and UDP sockets");
    for (const bare of ["Iterative Server", "Example app: UDP client", "TCP Client", "Syntax"])
      expect(asTopic(bare), bare).toBeNull();
    const asked = [
      "Goal of socket programming",
      "Purpose of a listening socket",
      "Iterative Server",
      "Example app: UDP client",
      "Choice of port number",
      "Concurrent server",
    ].flatMap((t) => [0, 1, 2, 3, 4].map((i) => hostAsks(t, i)));
    for (const line of asked)
      expect(line).not.toMatch(
        /\b(?:with|about)\s+(?!the\b|a\b|an\b)(?:goal|purpose|iterative|example|choice|concurrent)\b/i,
      );
    expect(hostAsks("Goal of socket programming", 0)).toBe(
      "Let's start with the goal of socket programming. What is it about?",
    );
    expect(hostAsks("Iterative Server", 3)).toBe("Next up: Iterative Server. How does that work?");
    expect(hostAsks("Concurrent server", 4)).toBe(
      "Now, Concurrent server. What should we take away?",
    );
  });
});

describe("a list announced by a colon", () => {
  const styles = [
    "There are two basic styles of socket communication:",
    "",
    "- **Datagram (connectionless):** no connection is set up first. Each message stands alone.",
    "- **Stream (connection-based):** a connection comes first. Data then flows as a stream.",
    "",
    "Ports come next. They name services.",
  ].join("\n");
  const steps = [
    "The calls each side makes, in order:",
    "",
    "| Step | Client | Server |",
    "| --- | --- | --- |",
    "| 1 | socket() | socket() |",
    "| 2 | | bind() to its port |",
    "| 3 | sendto() | recvfrom() |",
    "",
    "After that the client closes.",
  ].join("\n");
  const numbered =
    "A server loops:\n\n1. Waits for a request.\n2. Handles it.\n3. Replies.\n\nThat is all.";

  it("is read to its last item, or by its items' names, never cut after the first", () => {
    for (const n of [1, 2, 3]) {
      const said = leadSentences(styles, n).join(" ");
      expect(said, `${n}`).toMatch(/[Ss]tream/);
      expect(said).toMatch(/[Dd]atagram/);
    }
    for (const n of [1, 2]) expect(leadSentences(steps, n).join(" "), `${n}`).toMatch(/Step 3/);
    for (const n of [1, 2]) expect(leadSentences(numbered, n).join(" ")).toMatch(/Replies\./);
  });

  it("that does not fit after other sentences is left for the page rather than begun", () => {
    const md = `A socket is an endpoint.\n\n${styles}`;
    expect(leadSentences(md, 2)).toEqual([
      "A socket is an endpoint.",
      "There are two basic styles of socket communication: datagram (connectionless) and stream (connection-based).",
    ]);
    const stepsAfter = `UDP has no connection.\n\n${steps}`;
    expect(leadSentences(stepsAfter, 2)).toEqual(["UDP has no connection."]);
  });
});

describe("questions in the lesson text", () => {
  it("are said with their answer", () => {
    const md =
      "The lecture ends with two true/false questions.\n\n" +
      "**Over TCP, must the server start first?** **True.** The client's connect() needs a listener.\n\n" +
      "**Over UDP, must it?** **False.** Nothing is sent until sendto().";
    for (const n of [1, 2, 3]) {
      const said = leadSentences(md, n);
      const q = said.findIndex((s) => s.endsWith("?"));
      expect(q, `${n}: ${said.join(" ")}`).toBeGreaterThanOrEqual(0);
      expect(said[q + 1], `${n}`).toBe("True.");
      expect(said[q + 2], `${n}`).toMatch(/connect\(\)/);
      // "Two questions" announced: both are asked, each with its answer.
      expect(said.join(" "), `${n}`).toMatch(/Over UDP, must it\? False\. Nothing is sent/);
    }
    expect(leadSentences("Why loop? To serve the next client.\n\nMore.", 1)).toEqual([
      "Why loop?",
      "To serve the next client.",
    ]);
  });
});

describe("page talk and code-dependent sentences", () => {
  it("are dropped, or lose the clause that points at the page", () => {
    const md = [
      "The following sections walk through this server line by line.",
      "",
      "```python\nwith socket.socket() as s:\n    pass\n```",
      "",
      "The with form closes the socket automatically when the block ends.",
      "",
      "See the table below for the details. The family is AF_INET, as explained above.",
      "",
      "The kind of socket you create depends on what you are building. The usual one is created like this:",
      "",
      "```python\ns = socket.socket()\n```",
      "",
      "With an import the same line is written s = socket().",
      "",
      "This table lists the calls. A socket is an endpoint (see below).",
    ].join("\n");
    expect(spokenSentences(md)).toEqual(["The family is AF_INET.", "A socket is an endpoint."]);
  });
});

describe("quick checks from card fronts", () => {
  it("ask about a term or a question, and skip a front that is neither", () => {
    expect(cardQuestion("Client: the code (echo client)")).toBeNull();
    expect(cardQuestion("Server: to set up a listening socket")).toBeNull();
    expect(cardQuestion("**Server**: to listen:")).toBeNull();
    expect(cardQuestion("Iterative server (lab definition)")).toBe(
      "Quick check: what is “Iterative server”?",
    );
    expect(cardQuestion("`s.bind()`")).toBe("Quick check: what does s.bind() do?");
    expect(cardQuestion("Diagram (from the NIC to the ISP)")).toBe(
      "Quick check: what is “Diagram (from the NIC to the ISP)”?",
    );
    expect(cardQuestion("Client side summary")).toBeNull();
    expect(cardQuestion("Sockets")).toBe("Quick check: what are “Sockets”?");
    expect(cardQuestion("Which call blocks?")).toBe("Quick check: Which call blocks?");
  });
});

describe("a whole generated script", () => {
  it("has none of these in any host or co-host line", () => {
    const input: PodcastInput = {
      lessonSlug: "talk-lesson",
      title: "Talk lesson",
      summary: "Sockets, lists and questions.",
      body: [
        "Intro.",
        "## Goal of the lab",
        "The goal is to build a server. The following sections explain it line by line.",
        "## Kinds of sockets",
        "There are two kinds:\n\n- **Stream:** TCP. Reliable.\n- **Datagram:** UDP. Unreliable.",
        "## Which one starts first?",
        "Two questions remain.\n\n**Must the server start first?** **True.** The client connects to it.",
        "## Creating a socket",
        "```python\nwith socket.socket() as s:\n    pass\n```\n\nThe with form closes it.",
      ].join("\n\n"),
      cards: [
        { id: "t-c1", front: "Server: to listen", back: "socket, bind and listen.", section: null },
        { id: "t-c2", front: "Stream", back: "A socket type for TCP.", section: null },
      ],
      example: null,
    };
    const text = podcastScript(input)
      .lines.map((l) => l.text)
      .join("\n");
    expect(
      spokenProblems(
        text.split("\n").map((t) => ({ text: t })),
        ["t-c1", "t-c2"],
      ),
    ).toEqual([]);
    expect(text).toMatch(/Datagram|datagram/);
    expect(text).toMatch(/The client connects to it\./);
    expect(text).not.toMatch(/following sections|line by line|with form|Server: to listen/);
    expect(text).toMatch(/the goal of the lab/i);
  });
});
