/**
 * What a "what does this program print?" question's example is expected to print: the `expect`
 * text of the example's last process (the client, which the question asks about).
 */
import "server-only";
import { z } from "zod";
import { db } from "../db";

const scenarioSchema = z.looseObject({
  processes: z.array(z.looseObject({ name: z.string() })),
  expect: z
    .record(z.string(), z.union([z.string(), z.looseObject({ stdout: z.string().optional() })]))
    .optional(),
});

export async function expectedOutputs(questionId: string): Promise<string[]> {
  const links = await db.questionExample.findMany({
    where: { questionId },
    select: { example: { select: { scenario: true } } },
  });
  return links.flatMap(({ example }) => {
    const parsed = scenarioSchema.safeParse(JSON.parse(example.scenario));
    if (!parsed.success) return [];
    const last = parsed.data.processes.at(-1)?.name;
    const expected = last ? parsed.data.expect?.[last] : undefined;
    const text = typeof expected === "string" ? expected : expected?.stdout;
    return text ? [text] : [];
  });
}
