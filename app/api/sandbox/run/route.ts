/**
 * POST /api/sandbox/run: { exampleId } or { exampleId, files: { "client.py": "…" } } → the run's result.
 * Signed-in users only, 10 runs a minute each; bad JSON, unknown examples, extra or oversized files get a 4xx,
 * and a host without bubblewrap answers 503 saying what to install. `Accept: application/x-ndjson` streams
 * queue positions before the result (see lib/sandbox/run-response.ts).
 *
 * GET /api/sandbox/run?exampleId=… → the example's files and its stored last run, for panels rendered in the browser.
 */
import { refuseUnsafeRequest } from "@/lib/http/request-guard";
import { respondToPanel } from "@/lib/sandbox/panel-response";
import { respondToRun } from "@/lib/sandbox/run-response";

export async function POST(request: Request): Promise<Response> {
  return refuseUnsafeRequest(request) ?? respondToRun(request);
}

export async function GET(request: Request): Promise<Response> {
  return refuseUnsafeRequest(request) ?? respondToPanel(request);
}
