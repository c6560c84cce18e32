/** Turns the supervisor's events into per-process output and a merged, line-by-line transcript. */
import { constants } from "node:os";
import type { SupervisorEvent } from "./events";
import type { ProcessResult, Stream, TranscriptLine } from "./types";

interface OpenLine {
  text: string;
  ms: number;
}

export class RunCollector {
  readonly processes = new Map<string, ProcessResult>();
  readonly transcript: TranscriptLine[] = [];
  limit: string | null = null;
  timedOut = false;
  done = false;
  private readonly open = new Map<string, OpenLine>();

  constructor(names: string[]) {
    for (const name of names) {
      this.processes.set(name, {
        name,
        exitCode: null,
        signal: null,
        stoppedBySandbox: false,
        stdout: "",
        stderr: "",
      });
    }
  }

  add(event: SupervisorEvent): void {
    if (event.e === "out") this.addOutput(event.p, event.s, event.d, event.ms);
    else if (event.e === "exit") this.addExit(event);
    else if (event.e === "limit") this.limit ??= event.kind;
    else if (event.e === "timeout") this.timedOut = true;
    else if (event.e === "done") this.done = true;
  }

  /** Flushes unterminated last lines; call once when the sandbox has exited. */
  finish(): void {
    for (const [key, line] of this.open) {
      const [process, stream] = key.split("\0") as [string, Stream];
      this.transcript.push({ process, stream, text: line.text, ms: line.ms });
    }
    this.open.clear();
    this.transcript.sort((a, b) => a.ms - b.ms);
  }

  private addOutput(name: string, stream: Stream, text: string, ms: number): void {
    const proc = this.processes.get(name);
    if (!proc) return;
    proc[stream] += text;
    const key = `${name}\0${stream}`;
    const parts = text.split("\n");
    const last = parts.pop() ?? "";
    for (const part of parts) {
      const line = this.open.get(key);
      this.transcript.push({
        process: name,
        stream,
        text: (line?.text ?? "") + part,
        ms: line?.ms ?? ms,
      });
      this.open.delete(key);
    }
    if (last) {
      const line = this.open.get(key);
      this.open.set(key, { text: (line?.text ?? "") + last, ms: line?.ms ?? ms });
    }
  }

  private addExit(event: Extract<SupervisorEvent, { e: "exit" }>): void {
    const proc = this.processes.get(event.p);
    if (!proc) return;
    proc.exitCode = event.code;
    proc.signal = event.signal === null ? null : signalName(event.signal);
    proc.stoppedBySandbox = event.stopped;
  }
}

function signalName(signal: number): string {
  const entry = Object.entries(constants.signals).find(([, n]) => n === signal);
  return entry ? entry[0] : `signal ${signal}`;
}
