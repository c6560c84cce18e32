/**
 * Warm spare sandboxes: bwrap and the supervisor take ~40 ms to start, about as long as an example itself,
 * so a few wait with their namespaces made, and a run only hands its files over stdin.
 */
import { checkSandbox } from "./bwrap";
import { sandboxRoot } from "./input";
import { defaultLimits, type SandboxLimits } from "./limits";
import { startSandbox, type SandboxProcess } from "./spawn";

export class SandboxPool {
  private readonly ready = new Set<SandboxProcess>();
  private readonly starting = new Set<Promise<void>>();
  private closed = false;

  /** `size` spares are kept; only runs with the default tmpfs caps use them (caps are fixed at mount). */
  constructor(readonly size = 2) {}

  /** A sandbox waiting for its run, or undefined when none is ready (then start one cold). */
  take(limits: SandboxLimits): SandboxProcess | undefined {
    const fits =
      limits.tmpBytes === defaultLimits.tmpBytes &&
      limits.workBytes === defaultLimits.workBytes &&
      limits.tmpInodes === defaultLimits.tmpInodes;
    const spare = fits ? this.ready.values().next().value : undefined;
    if (spare) this.ready.delete(spare);
    else void this.refill();
    return spare;
  }

  /** Starts spares up to `size`; resolves when they are waiting. Called after each run, off its critical path. */
  async refill(): Promise<void> {
    if (this.closed) return;
    await checkSandbox().catch(() => undefined);
    const root = await sandboxRoot();
    while (!this.closed && this.ready.size + this.starting.size < this.size) {
      const spare = startSandbox(root, defaultLimits);
      const started = new Promise<void>((resolve) => {
        spare.stdout.once("data", () => {
          spare.stdout.pause(); // the run's reader resumes it
          // Closed while this one started: end it too, or it would wait on stdin for ever.
          if (this.closed) spare.stdin.end();
          else this.ready.add(spare);
          resolve();
        });
        spare.once("exit", () => (this.ready.delete(spare), resolve()));
      }).finally(() => this.starting.delete(started));
      this.starting.add(started);
    }
    await Promise.all(this.starting);
  }

  /** Ends the spares (an empty stdin makes a waiting supervisor exit); later takes return undefined. */
  close(): void {
    this.closed = true;
    for (const spare of this.ready) spare.stdin.end();
    this.ready.clear();
  }
}
