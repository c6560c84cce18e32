/** The words an example's scenario contributes: its description and the output it expects. */
import { z } from "zod";

const expectation = z.union([
  z.string(),
  z.object({ stdout: z.string().optional(), stderr: z.string().optional() }),
]);
const scenarioShape = z.object({
  description: z.string().optional(),
  expect: z.record(z.string(), expectation).optional(),
});

export function scenarioSummary(scenarioJson: string): { description: string; expected: string } {
  const parsed = scenarioShape.safeParse(JSON.parse(scenarioJson));
  if (!parsed.success) return { description: "", expected: "" };
  const expected = Object.values(parsed.data.expect ?? {})
    .map((e) => (typeof e === "string" ? e : [e.stdout, e.stderr].filter(Boolean).join("\n")))
    .filter(Boolean)
    .join("\n");
  return { description: parsed.data.description ?? "", expected };
}
