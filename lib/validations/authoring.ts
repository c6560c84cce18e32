/** What the instructor editor sends: the content-file schemas plus an envelope carrying the version it loaded. */
import { z } from "zod";
import { parseUserYaml } from "../yaml";
import { lessonFrontMatterSchema, scenarioSchema, slugSchema } from "../content/schema";
import { roleSchema } from "./auth";

/** The kinds of item an instructor edits. */
export const entityTypes = ["course", "lesson", "question", "flashcard", "example"] as const;
export type EntityType = (typeof entityTypes)[number];

export const entityTypeSchema = z.enum(entityTypes);

export const saveEnvelopeSchema = z.strictObject({
  /** Absent when creating. */
  id: z.string().min(1).optional(),
  /** Course (lessons, examples) or lesson (questions, flashcards) a new item goes into. */
  parentId: z.string().min(1).optional(),
  /** The version the form loaded; 0 when creating. */
  version: z.number().int().min(0),
  content: z.unknown(),
  /** Questions and cards only: put everyone's schedule for it back to "new". */
  resetSchedule: z.boolean().default(false),
});
export type SaveEnvelope = z.input<typeof saveEnvelopeSchema>;

export const lessonContentSchema = lessonFrontMatterSchema.extend({
  body: z.string().min(1, "write the lesson"),
});

const exampleFileName = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*\.py$/, "a plain Python file name like server.py");

/** scenario.yaml arrives as text, as instructors write it; it is parsed, then checked like the file. */
export const exampleFormSchema = z
  .strictObject({
    id: slugSchema,
    files: z.record(exampleFileName, z.string()),
    scenario: z
      .string()
      .transform((text, ctx) => {
        const parsed = parseUserYaml(text);
        if (parsed.ok) return parsed.value;
        ctx.addIssue({ code: "custom", message: `not valid YAML: ${parsed.error}` });
        return z.NEVER;
      })
      .pipe(scenarioSchema),
  })
  .superRefine((e, ctx) => {
    e.scenario.processes.forEach((p, i) => {
      if (!(p.run in e.files))
        ctx.addIssue({
          code: "custom",
          path: ["scenario", "processes", i, "run"],
          message: `${p.run} is not one of this example's files`,
        });
    });
  });

/** A stored example revision (already parsed scenario). */
export const exampleSnapshotSchema = z.strictObject({
  id: slugSchema,
  title: z.string(),
  files: z.record(exampleFileName, z.string()),
  scenario: scenarioSchema,
});

export const itemRefSchema = z.strictObject({
  type: entityTypeSchema,
  id: z.string().min(1),
  version: z.number().int().min(1),
});
export const moveSchema = z.strictObject({
  type: entityTypeSchema,
  id: z.string().min(1),
  direction: z.enum(["up", "down"]),
});
export const restoreSchema = z.strictObject({
  type: entityTypeSchema,
  id: z.string().min(1),
  revisionId: z.string().min(1),
  version: z.number().int().min(1),
});
export const previewSchema = z.string().max(200_000, "the text is too long to preview");
export const runDraftSchema = z.strictObject({
  files: z.record(exampleFileName, z.string()),
  scenario: z.string(),
});

export const roleChangeSchema = z.strictObject({ userId: z.string().min(1), role: roleSchema });
export const disableSchema = z.strictObject({ userId: z.string().min(1), disabled: z.boolean() });
