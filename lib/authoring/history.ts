/** An item's history page: every revision, what changed from the one before, and restoring one. */
import "server-only";
import { diffLines, type ChangeObject } from "diff";
import YAML from "yaml";
import { db } from "../db";
import { restoreSchema } from "../validations/authoring";
import { commitChange } from "./commit";
import { requireAuthor } from "./gate";
import { items } from "./items";
import type { SaveResult } from "./results";
import type { EntityType } from "./snapshot";

export interface RevisionView {
  id: string;
  version: number;
  reason: string;
  createdAt: Date;
  author: string | null;
  snapshotText: string;
  /** Lines added/removed since the previous revision (the first revision shows all as added). */
  changes: Array<Pick<ChangeObject<string>, "value" | "added" | "removed">>;
}

/** YAML reads like the content files, so the diff is what an instructor would see in git. */
export const snapshotText = (snapshot: unknown) => YAML.stringify(snapshot, { lineWidth: 0 });

export async function itemHistory(type: EntityType, id: string) {
  await requireAuthor();
  const state = await db.$transaction((tx) => items[type].read(tx, id));
  if (!state) return null;
  const rows = await db.revision.findMany({
    where: { entityType: type, entityId: id },
    orderBy: { version: "asc" },
    select: {
      id: true,
      version: true,
      reason: true,
      createdAt: true,
      snapshot: true,
      author: { select: { name: true, email: true } },
    },
  });
  let previous = "";
  const revisions: RevisionView[] = rows.map((r) => {
    const text = snapshotText(JSON.parse(r.snapshot));
    const changes = diffLines(previous, text)
      .filter((c) => c.added || c.removed)
      .map(({ value, added, removed }) => ({ value, added, removed }));
    previous = text;
    return {
      id: r.id,
      version: r.version,
      reason: r.reason,
      createdAt: r.createdAt,
      author: r.author ? (r.author.name ?? r.author.email) : null,
      snapshotText: text,
      changes,
    };
  });
  return { state, revisions: revisions.reverse() };
}

/** Restoring writes the old content as a new version (reason "restore"); history only grows. */
export async function restoreRevision(input: unknown): Promise<SaveResult> {
  const user = await requireAuthor();
  const req = restoreSchema.safeParse(input);
  if (!req.success) return { ok: false, status: 422, error: "Unknown revision." };
  const { type, id, revisionId, version } = req.data;
  const revision = await db.revision.findFirst({
    where: { id: revisionId, entityType: type, entityId: id },
  });
  if (!revision)
    return { ok: false, status: 404, error: "That revision doesn't belong to this item." };
  const parsed = items[type].parseSnapshot(JSON.parse(revision.snapshot));
  if (!parsed.ok)
    return {
      ok: false,
      status: 422,
      error: "That revision no longer passes the content checks; copy what you need by hand.",
      fieldErrors: parsed.fieldErrors,
    };
  return commitChange({
    type,
    id,
    version,
    snapshot: parsed.snapshot,
    reason: "restore",
    authorId: user.id,
  });
}
