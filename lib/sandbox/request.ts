/** The body of POST /api/sandbox/run: an example id and, for edited code, the changed files. */
import { z } from "zod";
import { slugSchema } from "../content/schema";
import { fileLimits } from "./limits";

export const runRequestSchema = z.strictObject({
  exampleId: slugSchema,
  /** Plain file names of the example → edited content; checked again against the example's own files. */
  files: z
    .record(
      z.string(),
      z
        .string()
        .max(
          fileLimits.maxFileBytes,
          `a file may be at most ${fileLimits.maxFileBytes / 1024} KiB`,
        ),
    )
    .refine(
      (files) => Object.keys(files).length <= fileLimits.maxFiles,
      `at most ${fileLimits.maxFiles} files`,
    )
    .optional(),
});

export type RunRequest = z.infer<typeof runRequestSchema>;

/** Largest request body read at all: every file at its maximum plus JSON overhead. */
export const MAX_BODY_BYTES = fileLimits.maxFiles * fileLimits.maxFileBytes * 2;
