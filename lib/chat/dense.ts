/**
 * Dense retrieval through the model server's OpenAI-compatible /embeddings, when it has one:
 * passages are embedded once per index, the question on each ask, and ranked by cosine. A server
 * without embeddings (or a failing one) is left alone for a while; BM25 then ranks alone.
 */
import { endpoint, type LlmConfig } from "./llm";
import type { PassageIndex } from "./search-index";

const TIMEOUT_MS = 5_000;
const RETRY_AFTER_MS = 10 * 60_000;
const BATCH = 64;
const unavailable = new Map<string, number>();
const vectors = new WeakMap<PassageIndex, Map<string, Promise<Map<string, number[]>>>>();

async function embed(config: LlmConfig, input: string[], timeoutMs: number): Promise<number[][]> {
  const res = await fetch(endpoint(config, "embeddings"), {
    method: "POST",
    signal: AbortSignal.timeout(timeoutMs),
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: config.model, input }),
  });
  if (!res.ok) throw new Error(`Embeddings answered ${res.status}.`);
  const body = (await res.json()) as { data?: Array<{ embedding?: unknown; index?: number }> };
  const rows = [...(body.data ?? [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const out = rows.map((r) => r.embedding);
  if (out.length !== input.length || !out.every((v) => Array.isArray(v) && v.length > 0))
    throw new Error("Embeddings came back in an unexpected shape.");
  return out as number[][];
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function passageVectors(config: LlmConfig, index: PassageIndex): Promise<Map<string, number[]>> {
  const perModel = vectors.get(index) ?? new Map<string, Promise<Map<string, number[]>>>();
  vectors.set(index, perModel);
  const key = `${config.baseUrl}|${config.model}`;
  let pending = perModel.get(key);
  if (!pending) {
    pending = (async () => {
      const passages = [...index.byKey.values()];
      const out = new Map<string, number[]>();
      for (let i = 0; i < passages.length; i += BATCH) {
        const batch = passages.slice(i, i + BATCH);
        const embedded = await embed(
          config,
          batch.map((p) => `${p.title}\n${p.text}`.slice(0, 2000)),
          TIMEOUT_MS * 4,
        );
        batch.forEach((p, j) => out.set(p.key, embedded[j]!));
      }
      return out;
    })();
    perModel.set(key, pending);
    pending.catch(() => perModel.delete(key));
  }
  return pending;
}

/** Passage keys by embedding similarity to the question, or undefined when embeddings aren't there. */
export async function denseRanking(
  config: LlmConfig,
  index: PassageIndex,
  question: string,
  limit = 20,
): Promise<string[] | undefined> {
  const key = `${config.baseUrl}|${config.model}`;
  if ((unavailable.get(key) ?? 0) > Date.now()) return undefined;
  try {
    const [passages, [q]] = await Promise.all([
      passageVectors(config, index),
      embed(config, [question], TIMEOUT_MS),
    ]);
    return [...passages]
      .map(([k, v]) => [k, cosine(q!, v)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([k]) => k);
  } catch {
    unavailable.set(key, Date.now() + RETRY_AFTER_MS);
    return undefined;
  }
}
