/**
 * GET /api/ready: 200 when this process can serve (database answers, sandbox can run code), else 503
 * saying which is not; 503 "draining" once the process has been told to stop (lib/http/shutdown.ts).
 */
import { db } from "@/lib/db";
import { readiness } from "@/lib/db/health";
import { isDraining } from "@/lib/http/shutdown";
import { checkSandbox } from "@/lib/sandbox";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  if (isDraining())
    return Response.json(
      { ready: false, status: "draining" },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  const state = await readiness(db, checkSandbox);
  return Response.json(state, {
    status: state.ready ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
