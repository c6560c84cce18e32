import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { makeLearner } from "./seeded";
import { ask, askStream, findChatScope, type AskEvent } from "../../lib/chat/ask";
import { saveExchange } from "../../lib/chat/history";
import { groundedPrompt } from "../../lib/chat/llm";

// A small OpenAI-compatible server on 127.0.0.1. The model name picks its behaviour.
type Sent = {
  url: string;
  body: {
    model: string;
    stream?: boolean;
    input?: string[];
    messages?: Array<{ role: string; content: string }>;
  };
};
const requests: Sent[] = [];
const open = new Set<ServerResponse>();
const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = "";
    req.on("data", (d) => (s += d));
    req.on("end", () => resolve(s));
  });
const event = (content: string) =>
  `data: ${JSON.stringify({ choices: [{ delta: { content } }] })}\n\n`;

const behaviours: Record<string, (res: ServerResponse) => void> = {
  fine(res) {
    for (const piece of ["recvfrom returns ", "the data and the sender's address ", "[1]."])
      res.write(event(piece));
    res.end("data: [DONE]\n\n");
  },
  // One event's data split over two `data:` lines, and an event cut across two TCP writes.
  multiline(res) {
    res.write('data: {"choices":[{"delta":\ndata: {"content":"Two lines, "}}]}\n\n');
    const cut = event("one answer [1] [7].");
    res.write(cut.slice(0, 20));
    res.end(cut.slice(20) + "data: [DONE]\n\n");
  },
  // A broken chunk among good ones is skipped; the answer still arrives.
  "one-bad-chunk"(res) {
    res.write(event("It returns the data "));
    res.write("data: {not json\n\n");
    res.end(event("and the address [1].") + "data: [DONE]\n\n");
  },
  garbage(res) {
    for (let i = 0; i < 6; i++) res.write(`data: <html>${i}\n\n`);
    res.end();
  },
  // Starts answering, then goes silent without closing the stream.
  stalls(res) {
    res.write(event("recvfrom returns"));
  },
  error(res) {
    res.writeHead(500, { "content-type": "application/json" }).end('{"error":"overloaded"}');
  },
};

const server = createServer(async (req, res) => {
  const body = JSON.parse(await read(req)) as Sent["body"];
  requests.push({ url: req.url ?? "", body });
  if (req.url?.endsWith("/embeddings")) {
    if (body.model !== "embeds") return void res.writeHead(404).end();
    // A toy "embedding" that maps the question "binding fails" near the SO_REUSEADDR passages.
    const data = body.input!.map((text, index) => ({
      index,
      embedding: /SO_REUSEADDR|binding fails/i.test(text) ? [1, 0] : [0, 1],
    }));
    return void res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ data }));
  }
  const behaviour = behaviours[body.model] ?? behaviours.fine!;
  if (body.model !== "error") res.writeHead(200, { "content-type": "text/event-stream" });
  open.add(res);
  res.on("close", () => open.delete(res));
  behaviour(res);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
const llm = (model: string) => ({ baseUrl, model, idleTimeoutMs: 300 });
afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const learner = await makeLearner("llm@chat.test");
const scope = (await findChatScope(learner, { lessonSlug: "sockets-overview" }))!;
const question = "What does recvfrom return?";
const local = await ask(learner, scope, question, null);

async function events(model: string, q = question): Promise<AskEvent[]> {
  const out: AskEvent[] = [];
  for await (const e of askStream(learner, scope, q, llm(model))) out.push(e);
  return out;
}
const answerOf = (all: AskEvent[]) => {
  const done = all.at(-1)!;
  if (done.type !== "done") throw new Error("no done event");
  return done.result;
};

describe("Chat to Lesson with a language model configured", () => {
  it("streams the model's answer, written from the retrieved passages only, keeping the citations", async () => {
    const all = await events("fine");
    expect(all.map((e) => e.type)).toEqual(["passages", "delta", "delta", "delta", "done"]);
    expect(answerOf(all).answer).toBe("recvfrom returns the data and the sender's address [1].");
    expect(answerOf(all).passages.map((p) => p.source)).toEqual(
      local.passages.map((p) => p.source),
    );

    const sent = requests.filter((r) => r.url === "/v1/chat/completions").at(-1)!;
    expect(sent.body).toMatchObject({ model: "fine", stream: true });
    // The prompt is exactly the question plus the cited passages: no other lesson text reaches the model.
    expect(sent.body.messages).toEqual(groundedPrompt(question, local.passages));
    expect(sent.body.messages![0]!.content).toMatch(/only the numbered passages/);
    for (const p of local.passages) expect(sent.body.messages![1]!.content).toContain(p.text);
  });

  it("joins multi-line data fields and events cut across writes, and drops citations of passages it wasn't given", async () => {
    const result = answerOf(await events("multiline"));
    expect(result.passages.length).toBeLessThan(7);
    expect(result.answer).toBe("Two lines, one answer [1].");
  });

  it("skips one malformed chunk but gives up on a stream that is mostly garbage", async () => {
    expect(answerOf(await events("one-bad-chunk")).answer).toBe(
      "It returns the data and the address [1].",
    );
    const garbage = await events("garbage");
    expect(garbage.map((e) => e.type)).toContain("reset");
    expect(answerOf(garbage).answer).toBe(local.answer);
  });

  it("a model that goes silent midway is cut off and replaced by the extractive answer", async () => {
    const all = await events("stalls");
    const types = all.map((e) => e.type);
    expect(types.slice(0, 2)).toEqual(["passages", "delta"]);
    expect(types).toContain("reset");
    expect(answerOf(all).answer).toBe(local.answer);
  });

  it("a server error or an unreachable server falls back to the extractive answer", async () => {
    expect(answerOf(await events("error")).answer).toBe(local.answer);
    const unreachable = await ask(learner, scope, question, {
      baseUrl: "http://127.0.0.1:9/v1",
      model: "x",
    });
    expect(unreachable.answer).toBe(local.answer);
  });

  it("a follow-up reaches the model with the earlier question of the same chat", async () => {
    const follower = await makeLearner("follow@chat.test");
    const chat = (await findChatScope(follower, { lessonSlug: "tcp-udp-socket-programming" }))!;
    const earlier = "does the tcp server have to run before the client?";
    await saveExchange(follower, chat, earlier, await ask(follower, chat, earlier, null));
    await ask(follower, chat, "and for UDP?", llm("fine"));
    const sent = requests.filter((r) => r.url === "/v1/chat/completions").at(-1)!;
    expect(sent.body.messages![1]!.content).toContain(
      `Earlier question: ${earlier}\nFollow-up question: and for UDP?`,
    );
  });

  it("doesn't ask the model when nothing matches, so it can't invent an answer", async () => {
    const before = requests.filter((r) => r.url.endsWith("/chat/completions")).length;
    const result = await ask(learner, scope, "best sourdough hydration for bread", llm("fine"));
    expect(result.found).toBe(false);
    expect(requests.filter((r) => r.url.endsWith("/chat/completions")).length).toBe(before);
  });

  it("uses the server's /embeddings for dense ranking when it has them, and BM25 alone when not", async () => {
    const q = "what happens when binding fails";
    const reuse = (r: { passages: Array<{ text: string; source: { title: string } }> }) => {
      const i = r.passages.findIndex((p) => /SO_REUSEADDR/.test(p.text + p.source.title));
      return i === -1 ? Infinity : i;
    };
    const plain = await ask(learner, scope, q, null);
    const withDense = await ask(learner, scope, q, llm("embeds"));
    const embedCalls = requests.filter(
      (r) => r.url === "/v1/embeddings" && r.body.model === "embeds",
    );
    // Every passage embedded once (in batches), then the question.
    expect(embedCalls.flatMap((r) => r.body.input!)).toContain(q);
    expect(embedCalls.flatMap((r) => r.body.input!).length).toBeGreaterThan(100);
    // The embeddings favour SO_REUSEADDR passages: one moves up the cited list.
    expect(withDense.found).toBe(true);
    expect(reuse(withDense)).toBeLessThan(reuse(plain));
    // A server without embeddings (404) leaves the lexical ranking as it is.
    const without = await ask(learner, scope, q, llm("no-embeddings"));
    expect(without.passages.map((p) => p.source.id)).toEqual(
      plain.passages.map((p) => p.source.id),
    );
  });
});
