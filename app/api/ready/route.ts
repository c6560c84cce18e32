/**
 * GET /api/ready: 200 when this process can serve (database answers; the sandbox can run code here, or with
 * PostgreSQL the job queue answers: lib/sandbox/readiness.ts), else 503
 * saying which is not; 503 "draining" once the process has been told to stop (lib/http/shutdown.ts).
 */
import { db } from "@/lib/db";
import { readiness } from "@/lib/db/health";
import { isDraining } from "@/lib/http/shutdown";
import { sandboxReadiness } from "@/lib/sandbox/readiness";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  if (isDraining())
    return Response.json(
      { ready: false, status: "draining" },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  const state = await readiness(db, sandboxReadiness);
  return Response.json(state, {
    status: state.ready ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
