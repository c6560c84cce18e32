/**
 * Optional model-written answers through an OpenAI-compatible /chat/completions endpoint. The model
 * sees only the question and the retrieved passages, and is told to cite them by number. The
 * server-sent events are parsed with eventsource-parser (multi-line `data:` fields are joined).
 */
import { EventSourceParserStream } from "eventsource-parser/stream";
import { env } from "../env";
import type { AnswerPassage } from "./types";

export interface LlmConfig {
  baseUrl: string;
  model: string;
  /** Longest wait for the first byte and between chunks, and for the whole answer (ms). */
  idleTimeoutMs?: number;
  totalTimeoutMs?: number;
}
export interface ChatTurn {
  role: "system" | "user";
  content: string;
}

const IDLE_TIMEOUT_MS = 15_000;
const TOTAL_TIMEOUT_MS = 60_000;
/** More unreadable events than this and the stream is not an answer. */
const MAX_MALFORMED = 3;

export function llmFromEnv(): LlmConfig | null {
  return env.LLM_BASE_URL && env.LLM_MODEL
    ? { baseUrl: env.LLM_BASE_URL, model: env.LLM_MODEL }
    : null;
}

export const endpoint = (config: LlmConfig, path: string) =>
  `${config.baseUrl.replace(/\/$/, "")}/${path}`;

/** The prompt: the passages and the question (with the earlier one, when it is a follow-up). */
export function groundedPrompt(
  question: string,
  passages: AnswerPassage[],
  earlier?: string,
): ChatTurn[] {
  const sources = passages.map((p, i) => `[${i + 1}] ${p.source.title}\n${p.text}`).join("\n\n");
  return [
    {
      role: "system",
      content:
        "Answer the learner's question using only the numbered passages. Open with one or two plain sentences that answer it, then add detail if needed. Cite each claim with its passage number like [1]. If the passages do not answer the question, say so. Never add facts that are not in the passages.",
    },
    {
      role: "user",
      content: `Passages:\n${sources}\n\n${earlier ? `Earlier question: ${earlier}\nFollow-up question: ` : "Question: "}${question}`,
    },
  ];
}

/** An abort signal that fires when nothing arrives for `idleMs`; `touch()` restarts the wait. */
function idleWatch(idleMs: number, outer?: AbortSignal) {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(new Error("The model stopped answering.")), idleMs);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new Error("The model stopped answering.")), idleMs);
  };
  const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
  return { signal, touch, stop: () => clearTimeout(timer) };
}

/** Streams the answer text as it arrives (`data: {choices:[{delta:{content}}]}`, then `[DONE]`). */
export async function* streamCompletion(
  config: LlmConfig,
  messages: ChatTurn[],
  signal?: AbortSignal,
): AsyncGenerator<string> {
  const total = AbortSignal.timeout(config.totalTimeoutMs ?? TOTAL_TIMEOUT_MS);
  const watch = idleWatch(
    config.idleTimeoutMs ?? IDLE_TIMEOUT_MS,
    signal ? AbortSignal.any([signal, total]) : total,
  );
  try {
    const res = await fetch(endpoint(config, "chat/completions"), {
      method: "POST",
      signal: watch.signal,
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ model: config.model, messages, stream: true, temperature: 0 }),
    });
    if (!res.ok || !res.body) throw new Error(`The language model answered ${res.status}.`);
    const events = res.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream())
      .getReader();
    let malformed = 0;
    for (;;) {
      const { value, done } = await events.read();
      if (done) return;
      watch.touch();
      if (value.data.trim() === "[DONE]") return;
      let delta: string | undefined;
      try {
        const chunk = JSON.parse(value.data) as {
          choices?: Array<{ delta?: { content?: unknown } }>;
        };
        const content = chunk.choices?.[0]?.delta?.content;
        delta = typeof content === "string" ? content : undefined;
      } catch {
        if (++malformed > MAX_MALFORMED) throw new Error("The model's stream is not readable.");
        continue;
      }
      if (delta) yield delta;
    }
  } finally {
    watch.stop();
  }
}

/** Keeps only citations of passages that exist: a model can't cite a passage it wasn't given. */
export function checkCitations(answer: string, passages: number): string {
  return answer.replace(/\s?\[(\d+)\]/g, (m, n: string) =>
    Number(n) >= 1 && Number(n) <= passages ? m : "",
  );
}
