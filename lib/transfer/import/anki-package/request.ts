/**
 * The JSON the Anki upload routes take: the package as base64 (routes take JSON only, decision 0010),
 * what to do with it, and for a confirmed import the preview's hash. Checked with zod.
 */
import { z } from "zod";
import { slugSchema } from "../../../content/schema";

/** Over this the route answers 413 before reading the body. */
export const UPLOAD_LIMIT_BYTES = 64 * 1024 * 1024;
/** The package itself, decoded. */
export const PACKAGE_LIMIT_BYTES = 45 * 1024 * 1024;

const packageSchema = z
  .string()
  .min(1, "choose an .apkg or .colpkg file")
  .max(
    Math.ceil((PACKAGE_LIMIT_BYTES * 4) / 3) + 4,
    "the package is over 45 MB; export fewer decks at a time",
  )
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, "the file was not sent as base64");

export const instructorUploadSchema = z.strictObject({
  action: z.enum(["preview", "import"]),
  file: packageSchema,
  fileName: z.string().max(200).optional(),
  courseSlug: slugSchema.optional(),
  mode: z.enum(["decks", "sections"]).default("decks"),
  publishNow: z.boolean().default(false),
  hash: z
    .string()
    .regex(/^[a-f0-9]{64}$/)
    .optional(),
});

export const learnerUploadSchema = z.strictObject({
  action: z.enum(["preview", "import"]),
  file: packageSchema,
  hash: z
    .string()
    .regex(/^[a-f0-9]{64}$/)
    .optional(),
});

export const decodePackage = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));

/** A 413 for a body over the limit, judged by its Content-Length, before it is read. */
export function tooLarge(request: Request): boolean {
  return Number(request.headers.get("content-length") ?? 0) > UPLOAD_LIMIT_BYTES;
}
