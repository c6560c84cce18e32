/** The course and lesson an import goes into, as the instructor picked them. */
import { z } from "zod";
import { slugSchema } from "../../content/schema";
import { termLayouts } from "./sources/terms";
import { uploadFormats } from "./types";

const separator = z
  .string()
  .max(10)
  .optional()
  .transform((s) => (s ? s.replace(/\\t/g, "\t").replace(/\\n/g, "\n") : undefined));

export const importInputSchema = z.strictObject({
  text: z.string().max(900_000, "the upload is larger than 900 KB; split it into lessons"),
  fileName: z.string().max(200).optional(),
  format: z.enum(uploadFormats).default("auto"),
  termSeparator: separator,
  cardSeparator: separator,
  /** A term-list layout picked in the preview when the reader was unsure. */
  layout: z.enum(termLayouts).optional(),
  courseSlug: slugSchema,
  lesson: z.discriminatedUnion("mode", [
    z.strictObject({ mode: z.literal("existing"), slug: slugSchema }),
    z.strictObject({
      mode: z.literal("new"),
      slug: slugSchema,
      title: z.string().trim().min(1, "give the new lesson a title").max(200),
    }),
  ]),
  publishNow: z.boolean().default(false),
});

export type ImportInput = z.input<typeof importInputSchema>;
export type ImportRequest = z.output<typeof importInputSchema>;
