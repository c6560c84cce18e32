/**
 * Optional model-written answers through an OpenAI-compatible /chat/completions endpoint. The model
 * sees only the question and the retrieved passages, and is told to cite them by number.
 */
import { env } from "../env";
import type { AnswerPassage } from "./types";

export interface LlmConfig {
  baseUrl: string;
  model: string;
}
export interface ChatTurn {
  role: "system" | "user";
  content: string;
}

export function llmFromEnv(): LlmConfig | null {
  return env.LLM_BASE_URL && env.LLM_MODEL
    ? { baseUrl: env.LLM_BASE_URL, model: env.LLM_MODEL }
    : null;
}

export function groundedPrompt(question: string, passages: AnswerPassage[]): ChatTurn[] {
  const sources = passages.map((p, i) => `[${i + 1}] ${p.source.title}\n${p.text}`).join("\n\n");
  return [
    {
      role: "system",
      content:
        "Answer the learner's question using only the numbered passages. Cite each claim with its passage number like [1]. If the passages do not answer the question, say so. Never add facts that are not in the passages.",
    },
    { role: "user", content: `Passages:\n${sources}\n\nQuestion: ${question}` },
  ];
}

/** Streams the answer text as it arrives (server-sent events, `data: {choices:[{delta:{content}}]}`). */
export async function* streamCompletion(
  config: LlmConfig,
  messages: ChatTurn[],
  signal?: AbortSignal,
): AsyncGenerator<string> {
  const url = `${config.baseUrl.replace(/\/$/, "")}/chat/completions`;
  const res = await fetch(url, {
    method: "POST",
    signal,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: config.model, messages, stream: true, temperature: 0 }),
  });
  if (!res.ok || !res.body) throw new Error(`The language model answered ${res.status}.`);
  const decoder = new TextDecoder();
  let buffer = "";
  for await (const chunk of res.body) {
    buffer += decoder.decode(chunk, { stream: true });
    const lines = buffer.split("\n");
    buffer = lines.pop()!;
    for (const line of lines) {
      const data = line.replace(/^data:\s*/, "").trim();
      if (!line.startsWith("data:") || !data || data === "[DONE]") continue;
      const delta = (JSON.parse(data) as { choices?: Array<{ delta?: { content?: string } }> })
        .choices?.[0]?.delta?.content;
      if (delta) yield delta;
    }
  }
}
