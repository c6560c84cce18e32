/**
 * `recall-lab.json`, the one file our packages add beside Anki's: per note (by guid) the item it was
 * made from, in our own Markdown, and the course and lessons, so our importer brings an export back
 * exactly (ids, slugs, options, code) instead of reading the rendered HTML. Anki ignores the file and
 * drops it on its own export; a note whose fields changed in Anki no longer matches its `fields`
 * fingerprint and is read from its HTML instead.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import type { AnkiNote } from "./notes";
import type { DeckCourse, DeckItem } from "./source";

export const SIDECAR_FILE = "recall-lab.json";

/** The fingerprint of a note's fields as Anki stores them (joined by \x1f). */
export const fieldsFingerprint = (fields: string[]): string =>
  createHash("sha256").update(fields.join("\x1f")).digest("hex").slice(0, 32);

const itemSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(["card", "multiple_choice", "true_false", "typed", "output"]),
  front: z.string(),
  back: z.string(),
  options: z.array(z.strictObject({ text: z.string(), correct: z.boolean() })),
  explanation: z.string(),
  section: z.string().nullable(),
  examples: z.array(z.string()),
});

export const sidecarSchema = z.object({
  format: z.literal("recall-lab"),
  version: z.literal(1),
  courses: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      lessons: z.array(z.object({ slug: z.string(), title: z.string() })),
    }),
  ),
  /** By note guid. */
  notes: z.record(
    z.string(),
    z.object({
      course: z.string(),
      lesson: z.string(),
      fields: z.string(),
      item: itemSchema,
    }),
  ),
});
export type Sidecar = z.infer<typeof sidecarSchema>;
export type SidecarItem = z.infer<typeof itemSchema>;

const plain = (item: DeckItem): SidecarItem => ({
  id: item.id,
  kind: item.kind,
  front: item.front,
  back: item.back,
  options: item.options,
  explanation: item.explanation,
  section: item.section,
  examples: item.examples.map((e) => e.id),
});

export function buildSidecar(courses: DeckCourse[], notes: AnkiNote[]): Sidecar {
  const byItem = new Map(notes.map((n) => [n.itemId, n]));
  const out: Sidecar = { format: "recall-lab", version: 1, courses: [], notes: {} };
  for (const course of courses) {
    out.courses.push({
      slug: course.slug,
      title: course.title,
      lessons: course.lessons.map((l) => ({ slug: l.slug, title: l.title })),
    });
    for (const lesson of course.lessons)
      for (const item of lesson.items) {
        const note = byItem.get(item.id);
        if (!note) continue;
        out.notes[note.guid] = {
          course: course.slug,
          lesson: lesson.slug,
          fields: fieldsFingerprint(note.fields),
          item: plain(item),
        };
      }
  }
  return out;
}
