/**
 * Runs one fsrs-rs fit in a child process (child-source.ts) and waits for its answer: a panic that
 * aborts, a crash, a timeout or an error all come back as an OptimizerError with a plain reason,
 * and the caller's process (the web server) carries on. The child is killed on timeout.
 */
import { spawn } from "node:child_process";
import { CHILD_SOURCE } from "./child-source";
import { weightsSchema } from "../params";
import { evaluationItems, type WireItem } from "./items";

export interface Metrics {
  logLoss: number;
  rmseBins: number;
}
export interface FitRequest {
  train: WireItem[];
  /** Held-out items to evaluate on; the training items when absent (Anki's "before/after"). */
  test?: WireItem[];
  /** The parameters in use before this fit (null: FSRS-6 defaults). */
  baseline: number[] | null;
  /** More parameter sets to evaluate on the same items (the benchmark). */
  compare?: (number[] | null)[];
}
/** Null where fsrs-rs found too few items to evaluate on. */
export interface FitResult {
  weights: number[];
  before: Metrics | null;
  after: Metrics | null;
  compared: (Metrics | null)[];
  /** Peak resident memory of the child, in kB. */
  maxRssKb: number;
}
export type Runner = (request: FitRequest, options?: { timeoutMs?: number }) => Promise<FitResult>;

export class OptimizerError extends Error {}

export const FIT_TIMEOUT_MS = 120_000;

/** The line of a Rust panic that says what went wrong ("panicked at …: message"), if any. */
function panicReason(stderr: string): string | null {
  const lines = stderr.split("\n");
  const at = lines.findIndex((l) => l.includes("panicked at"));
  if (at < 0) return null;
  return [lines[at], lines[at + 1]].filter(Boolean).join(" ").trim().slice(0, 300);
}

export const runFit: Runner = (request, { timeoutMs = FIT_TIMEOUT_MS } = {}) =>
  new Promise<FitResult>((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD_SOURCE], {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { ...process.env, RUST_BACKTRACE: "0" },
    });
    let stderr = "";
    let answer: { ok: true; result: FitResult } | { ok: false; error: string } | null = null;
    child.stderr?.on("data", (d: Buffer) => {
      if (stderr.length < 20_000) stderr += d.toString();
    });
    const timer = setTimeout(() => {
      answer ??= {
        ok: false,
        error: `the optimizer took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`,
      };
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("message", (m: { ok: boolean; error?: string } & FitResult) => {
      if (!m.ok) answer = { ok: false, error: `fsrs-rs: ${m.error}` };
      else if (!weightsSchema.safeParse(m.weights).success)
        answer = { ok: false, error: "fsrs-rs returned parameters that are not 21 finite numbers" };
      else answer = { ok: true, result: m };
    });
    child.on("error", (e) => {
      answer ??= { ok: false, error: `the optimizer could not start (${e.message})` };
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (answer?.ok) return resolve(answer.result);
      const why =
        answer?.error ??
        `the optimizer stopped (${signal ?? `exit ${code}`})${
          panicReason(stderr) ? `: ${panicReason(stderr)}` : ""
        }`;
      reject(new OptimizerError(why));
    });
    // Only the reviews cross to the child (the items' times are ours).
    child.send({
      ...request,
      train: request.train.map((i) => i.reviews),
      test: evaluationItems(request.test ?? request.train).map((i) => i.reviews),
    });
  });
