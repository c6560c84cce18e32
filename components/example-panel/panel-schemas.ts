/**
 * What the panel checks the server's answers against. Imported only when the panel fetches or
 * runs (`import("./panel-schemas")`), so Zod (28 kB compressed) is not in the lesson page's
 * first scripts when the panel's data came with the page (bench:pages).
 */
import { z } from "zod";
import { panelExampleSchema, runStreamLineSchema } from "@/lib/sandbox/result-schema";

export const responseSchema = z.union([
  z.object({ ok: z.literal(true), example: panelExampleSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export const errorBody = z.object({ error: z.string() });

export { runStreamLineSchema };
