/** GET /api/sandbox/run?exampleId=…: the panel's data (files + stored last run) for panels that render in the browser. */
import "server-only";
import { AuthError, requireUser } from "../auth/session";
import { slugSchema } from "../content/schema";
import { examplePanel } from "./last-run";

export async function respondToPanel(request: Request): Promise<Response> {
  try {
    const user = await requireUser();
    const id = slugSchema.safeParse(new URL(request.url).searchParams.get("exampleId") ?? "");
    if (!id.success)
      return Response.json(
        { ok: false, error: "Ask for an example like ?exampleId=tcp-uppercase." },
        { status: 400 },
      );
    const example = await examplePanel(user, id.data);
    if (!example)
      return Response.json({ ok: false, error: `no example "${id.data}"` }, { status: 404 });
    return Response.json({ ok: true, example }, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    if (e instanceof AuthError)
      return Response.json({ ok: false, error: e.message }, { status: e.status });
    throw e;
  }
}
