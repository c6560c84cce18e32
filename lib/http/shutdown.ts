/**
 * Graceful shutdown of a `next start` process (decision 0018), installed by instrumentation.ts.
 *
 * What `next start` 16.4.5 does by itself on SIGTERM (next/dist/server/lib/start-server.js):
 * `server.close()` (no new connections; the listening socket goes at once, so a load balancer's
 * readiness probe gets "connection refused", never an answer), waits for open requests with no
 * time limit (one stuck SSE stream holds the process for ever), then exits 143.
 * What we do instead, on SIGTERM or SIGINT:
 * 1. at once, every new request is answered 503 with `Connection: close` (GET /api/ready says
 *    `"status":"draining"`), so a load balancer moves away and nginx retries it on another process;
 * 2. the requests in flight, and the sandbox runs of this process's queue, finish;
 * 3. then the sockets close, the `onClosed` steps run (the database pool) and the
 *    process exits 0 — or 1 after SHUTDOWN_TIMEOUT_SECONDS, naming what was still running.
 * Requests are counted through Node's `http.server.request.start` diagnostics channel, which also
 * names the server (Next does not hand it to instrumentation).
 */
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { pluralize } from "../format/plural";

interface ShutdownState {
  installed: boolean;
  draining: boolean;
  servers: Set<Server>;
  inFlight: Set<ServerResponse>;
  changed: () => void;
}

// On globalThis: the route modules and instrumentation are bundled separately but share the process.
const global = globalThis as unknown as { recallLabShutdown?: ShutdownState };
const state: ShutdownState = (global.recallLabShutdown ??= {
  installed: false,
  draining: false,
  servers: new Set(),
  inFlight: new Set(),
  changed: () => {},
});

/** Whether this process has been told to stop (GET /api/ready answers 503 "draining"). */
export const isDraining = () => state.draining;

/** The sandbox queue of this process (lib/sandbox/queue.ts keeps it on globalThis). */
interface QueueLike {
  inFlight: number;
  queued: number;
  pool?: { close(): void };
}
const sandboxQueue = () =>
  (globalThis as unknown as { sandboxRunQueue?: QueueLike }).sandboxRunQueue;

function refuse(request: IncomingMessage, response: ServerResponse) {
  const ready = (request.url ?? "").split("?")[0] === "/api/ready";
  response.writeHead(503, {
    "content-type": "application/json",
    "cache-control": "no-store",
    "retry-after": "1",
    connection: "close",
  });
  response.end(
    JSON.stringify(
      ready
        ? { ready: false, status: "draining" }
        : { error: "This server is restarting. Try again in a moment." },
    ),
  );
}

/** From now on every server answers new requests with refuse() instead of handing them to Next. */
function refuseNewRequests(server: Server) {
  const handlers = server.listeners("request") as ((...args: unknown[]) => void)[];
  server.removeAllListeners("request");
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    if (state.draining) return refuse(request, response);
    for (const handler of handlers) handler.call(server, request, response);
  });
  server.closeIdleConnections();
}

const busy = () => {
  const queue = sandboxQueue();
  const runs = (queue?.inFlight ?? 0) + (queue?.queued ?? 0);
  return { requests: state.inFlight.size, runs };
};

export interface ShutdownOptions {
  timeoutMs: number;
  /** Steps after the last request (closing the database pool, the SQLite serving lock). */
  onClosed?: () => Promise<void> | void;
  log?: (line: string) => void;
  exit?: (code: number) => void;
}

/** Starts counting requests and replaces Next's SIGTERM/SIGINT handling with the drain above. */
export function installGracefulShutdown(options: ShutdownOptions): void {
  if (state.installed) return;
  state.installed = true;
  const log = options.log ?? ((line: string) => console.log(line));
  const exit = options.exit ?? ((code: number) => process.exit(code));

  subscribe("http.server.request.start", (message) => {
    const { server, response } = message as { server: Server; response: ServerResponse };
    if (!state.servers.has(server)) {
      state.servers.add(server);
      if (state.draining) refuseNewRequests(server);
    }
    if (state.draining) return; // refused at once; not waited for
    state.inFlight.add(response);
    response.once("close", () => {
      state.inFlight.delete(response);
      state.changed();
    });
  });

  const drain = async (signal: NodeJS.Signals) => {
    if (state.draining) return;
    state.draining = true;
    for (const server of state.servers) refuseNewRequests(server);
    const started = Date.now();
    const { requests, runs } = busy();
    log(
      `${signal}: draining (readiness answers 503); waiting for ${pluralize(requests, "request")} and ${pluralize(runs, "sandbox run")} in flight, at most ${Math.round(options.timeoutMs / 1000)} s.`,
    );
    const timer = setTimeout(() => {
      const left = busy();
      log(
        `Shutdown timed out after ${Math.round(options.timeoutMs / 1000)} s with ${pluralize(left.requests, "request")} and ${pluralize(left.runs, "sandbox run")} still running; exiting.`,
      );
      exit(1);
    }, options.timeoutMs);
    timer.unref();
    await new Promise<void>((resolve) => {
      const check = () => {
        const now = busy();
        if (now.requests === 0 && now.runs === 0) resolve();
      };
      state.changed = check;
      // Sandbox runs report no event here; poll them as well.
      const poll = setInterval(check, 100);
      poll.unref();
      check();
    });
    sandboxQueue()?.pool?.close();
    // Nothing is in flight: close the sockets without waiting for idle or upgraded connections.
    for (const server of state.servers) {
      server.close();
      server.closeAllConnections();
    }
    await options.onClosed?.();
    clearTimeout(timer);
    log(`Drained in ${Date.now() - started} ms; exiting.`);
    exit(0);
  };

  // Next's own handlers would close the socket at once and exit 143 (see above): ours replace them.
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void drain(signal));
  }
}
