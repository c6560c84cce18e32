/** At most N sandbox runs at once; the rest wait in order and are told their place in the queue. */
import { env } from "../env";
import { cpus } from "node:os";
import { SandboxPool } from "./pool";
import { runScenario, type RunOptions } from "./run";
import type { ScenarioFiles } from "./scenario";
import type { RunResult } from "./types";

export interface QueuedRunOptions extends RunOptions {
  /** Called with 1, 2, … while waiting (1 = next) and with 0 when the run starts. */
  onQueuePosition?: (position: number) => void;
}

interface Waiter {
  start: () => void;
  onQueuePosition?: (position: number) => void;
}

export class RunQueue {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly concurrency = cpus().length,
    /** Warm sandboxes for the runs of this queue; none by default. */
    readonly pool?: SandboxPool,
  ) {}

  get inFlight(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  async run(source: string | ScenarioFiles, options: QueuedRunOptions = {}): Promise<RunResult> {
    await this.acquire(options.onQueuePosition);
    try {
      return await runScenario(source, { pool: this.pool, ...options });
    } finally {
      this.release();
    }
  }

  private acquire(onQueuePosition?: (position: number) => void): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      onQueuePosition?.(0);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting.push({ start: resolve, onQueuePosition });
      onQueuePosition?.(this.waiting.length);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.running--;
      return;
    }
    // The slot passes straight to the next waiter; everyone behind moves up one place.
    next.onQueuePosition?.(0);
    next.start();
    this.waiting.forEach((w, i) => w.onQueuePosition?.(i + 1));
  }
}

// Kept on globalThis so Next's dev reloads reuse the queue instead of orphaning its warm spares.
const globalForQueue = globalThis as unknown as { sandboxRunQueue?: RunQueue };

/** The app-wide queue (one per server process); its pool starts filling on the first run. */
export const runQueue: RunQueue = (globalForQueue.sandboxRunQueue ??= new RunQueue(
  env.SANDBOX_CONCURRENCY ?? cpus().length,
  new SandboxPool(2),
));
