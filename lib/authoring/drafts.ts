/**
 * Pending edits of published items: "Save as draft" keeps the edit beside the live version, which
 * learners go on seeing; "Publish" makes it the next version (a Revision, reason "publish", so the
 * history has both); "Discard" drops it. One draft per item; publishing is conflict-safe like a save.
 */
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { saveEnvelopeSchema, entityTypeSchema } from "../validations/authoring";
import { requireAuthor } from "./gate";
import { items } from "./items";
import type { ActionResult, SaveResult } from "./results";
import { ensureBaseline, recordRevision, theirVersion } from "./revisions";
import { sameSnapshot, type EntityType } from "./snapshot";

export interface PendingDraft {
  snapshot: unknown;
  baseVersion: number;
  savedAt: string;
  savedBy: string | null;
}

const draftRefSchema = z.strictObject({ type: entityTypeSchema, id: z.string().min(1) });
const key = (type: EntityType, id: string) => ({
  entityType_entityId: { entityType: type, entityId: id },
});

/** The pending draft of one item, for its editor. */
export async function itemDraft(type: EntityType, id: string): Promise<PendingDraft | null> {
  await requireAuthor();
  const row = await db.draft.findUnique({
    where: key(type, id),
    select: {
      snapshot: true,
      baseVersion: true,
      updatedAt: true,
      author: { select: { name: true, email: true } },
    },
  });
  return row
    ? {
        snapshot: JSON.parse(row.snapshot) as unknown,
        baseVersion: row.baseVersion,
        savedAt: row.updatedAt.toISOString(),
        savedBy: row.author ? (row.author.name ?? row.author.email) : null,
      }
    : null;
}

/** Which of these items have a pending draft (the teach lists mark them). */
export async function draftIds(type: EntityType, ids: string[]): Promise<Set<string>> {
  await requireAuthor();
  const rows = await db.draft.findMany({
    where: { entityType: type, entityId: { in: ids } },
    select: { entityId: true },
  });
  return new Set(rows.map((r) => r.entityId));
}

/** Saves the editor's content as the item's pending draft; the live item is not touched. */
export async function saveDraft(type: EntityType, input: unknown): Promise<SaveResult> {
  const user = await requireAuthor();
  const envelope = saveEnvelopeSchema.safeParse(input);
  if (!envelope.success || !envelope.data.id)
    return {
      ok: false,
      status: 422,
      error: "The form sent something unexpected; reload the page.",
    };
  const { id, version, content } = envelope.data;
  const item = items[type];
  const parsed = item.parse(content);
  if (!parsed.ok)
    return {
      ok: false,
      status: 422,
      error: "Nothing was saved: fix the fields marked below.",
      fieldErrors: parsed.fieldErrors,
    };
  return db.$transaction(async (tx): Promise<SaveResult> => {
    const state = await item.read(tx, id);
    if (!state) return { ok: false, status: 404, error: "This item no longer exists." };
    if (state.version !== version)
      return {
        ok: false,
        status: 409,
        error:
          "Someone saved a newer version while you were editing. Nothing was saved; your text is still in the form.",
        conflict: { theirs: await theirVersion(tx, type, state), mine: parsed.snapshot },
      };
    const errors = await item.checkRefs(tx, state.parentId, parsed.snapshot, state.id);
    if (Object.keys(errors).length)
      return {
        ok: false,
        status: 422,
        error: "Nothing was saved: fix the fields marked below.",
        fieldErrors: errors,
      };
    const data = {
      baseVersion: state.version,
      snapshot: JSON.stringify(parsed.snapshot),
      authorId: user.id,
    };
    await tx.draft.upsert({
      where: key(type, id),
      create: { entityType: type, entityId: id, ...data },
      update: data,
    });
    return { ok: true, id, version: state.version };
  });
}

const stale: ActionResult = {
  ok: false,
  status: 409,
  error:
    "The live version changed since this draft was saved; open the item, compare, and save the draft again.",
};

/** The draft becomes the item's next version, recorded in its history; the draft row goes. */
export async function publishDraft(input: unknown): Promise<ActionResult> {
  const user = await requireAuthor();
  const ref = draftRefSchema.safeParse(input);
  if (!ref.success) return { ok: false, status: 422, error: "Unknown item." };
  const { type, id } = ref.data;
  const item = items[type];
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const draft = await tx.draft.findUnique({ where: key(type, id) });
    if (!draft) return { ok: false, status: 404, error: "This item has no draft to publish." };
    const state = await item.read(tx, id);
    if (!state) return { ok: false, status: 404, error: "This item no longer exists." };
    if (state.version !== draft.baseVersion) return stale;
    const parsed = item.parseSnapshot(JSON.parse(draft.snapshot));
    if (!parsed.ok)
      return {
        ok: false,
        status: 422,
        error: "The draft no longer passes the content checks; open it and save it again.",
      };
    const refs = await item.checkRefs(tx, state.parentId, parsed.snapshot, state.id);
    if (Object.keys(refs).length)
      return {
        ok: false,
        status: 422,
        error: `The draft links to something that is gone (${Object.keys(refs).join(", ")}); open it and save it again.`,
      };
    if (!sameSnapshot(state.snapshot, parsed.snapshot)) {
      await ensureBaseline(tx, type, state);
      if (!(await item.update(tx, id, state.version, parsed.snapshot))) return stale;
      await recordRevision(tx, {
        type,
        id,
        version: state.version + 1,
        authorId: user.id,
        reason: "publish",
        snapshot: parsed.snapshot,
      });
    }
    await tx.draft.delete({ where: key(type, id) });
    return { ok: true };
  });
}

/** Drops the pending draft; the live version stays as it is. */
export async function discardDraft(input: unknown): Promise<ActionResult> {
  await requireAuthor();
  const ref = draftRefSchema.safeParse(input);
  if (!ref.success) return { ok: false, status: 422, error: "Unknown item." };
  const { count } = await db.draft.deleteMany({
    where: { entityType: ref.data.type, entityId: ref.data.id },
  });
  return count ? { ok: true } : { ok: false, status: 404, error: "This item has no draft." };
}
