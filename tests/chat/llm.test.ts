import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { makeLearner } from "./seeded";
import { ask, askStream, findChatScope } from "../../lib/chat/ask";
import { groundedPrompt } from "../../lib/chat/llm";

// A tiny OpenAI-compatible server on 127.0.0.1: records each request and streams a fixed answer.
const requests: Array<{
  url: string;
  body: { model: string; stream: boolean; messages: Array<{ role: string; content: string }> };
}> = [];
const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = "";
    req.on("data", (d) => (s += d));
    req.on("end", () => resolve(s));
  });
const server = createServer(async (req, res) => {
  requests.push({ url: req.url ?? "", body: JSON.parse(await read(req)) });
  res.writeHead(200, { "content-type": "text/event-stream" });
  for (const piece of ["recvfrom returns ", "the data and the sender's address ", "[1]."]) {
    res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: piece } }] })}\n\n`);
  }
  res.end("data: [DONE]\n\n");
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const llm = {
  baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
  model: "fake-model",
};
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const learner = await makeLearner("llm@chat.test");

describe("Chat to Lesson with a language model configured", () => {
  it("streams the model's answer, written from the retrieved passages only, keeping the citations", async () => {
    const scope = (await findChatScope(learner, { lessonSlug: "sockets-overview" }))!;
    const local = await ask(learner, scope, "What does recvfrom return?", null);
    const events = [];
    for await (const e of askStream(learner, scope, "What does recvfrom return?", llm))
      events.push(e);
    expect(events.map((e) => e.type)).toEqual(["passages", "delta", "delta", "delta", "done"]);
    const done = events.at(-1)!;
    expect(done.type === "done" && done.result.answer).toBe(
      "recvfrom returns the data and the sender's address [1].",
    );
    expect(done.type === "done" && done.result.passages).toEqual(local.passages);

    const sent = requests.at(-1)!;
    expect(sent.url).toBe("/v1/chat/completions");
    expect(sent.body).toMatchObject({ model: "fake-model", stream: true });
    // The prompt is exactly the question plus the cited passages: no other lesson text reaches the model.
    expect(sent.body.messages).toEqual(
      groundedPrompt("What does recvfrom return?", local.passages),
    );
    expect(sent.body.messages[0]!.content).toMatch(/only the numbered passages/);
    for (const p of local.passages) expect(sent.body.messages[1]!.content).toContain(p.text);
  });

  it("doesn't ask the model when nothing matches, so it can't invent an answer", async () => {
    const scope = (await findChatScope(learner, { lessonSlug: "sockets-overview" }))!;
    const before = requests.length;
    const result = await ask(learner, scope, "best sourdough hydration for bread", llm);
    expect(result.found).toBe(false);
    expect(requests.length).toBe(before);
  });

  it("falls back to the quoted answer when the model can't be reached", async () => {
    const scope = (await findChatScope(learner, { lessonSlug: "sockets-overview" }))!;
    const local = await ask(learner, scope, "What does recvfrom return?", null);
    const result = await ask(learner, scope, "What does recvfrom return?", {
      baseUrl: "http://127.0.0.1:9/v1",
      model: "x",
    });
    expect(result.answer).toBe(local.answer);
  });
});
