/** GET /api/health: liveness for load balancers and process managers. The process answers; nothing else is checked (that is /api/ready). */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
