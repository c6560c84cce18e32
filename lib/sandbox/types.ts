/** What one sandbox run returns, as types derived from its schemas (lib/sandbox/result-schema.ts). */
import type { z } from "zod";
import type {
  expectCheckSchema,
  processResultSchema,
  runResultSchema,
  transcriptLineSchema,
} from "./result-schema";

export type RunResult = z.infer<typeof runResultSchema>;
export type RunStatus = RunResult["status"];
export type ProcessResult = z.infer<typeof processResultSchema>;
export type TranscriptLine = z.infer<typeof transcriptLineSchema>;
export type Stream = TranscriptLine["stream"];
export type ExpectCheck = z.infer<typeof expectCheckSchema>;
