/** Writing revisions: one per saved version, in the content-file shape. */
import type { Tx } from "../db";
import type { ItemState } from "./items/types";
import type { EntityType } from "./snapshot";
import type { TheirVersion } from "./results";

export type RevisionReason =
  "seed" | "edit" | "restore" | "import" | "publish" | "unpublish" | "archive" | "unarchive";

export async function recordRevision(
  tx: Tx,
  r: {
    type: EntityType;
    id: string;
    version: number;
    authorId: string | null;
    reason: RevisionReason;
    snapshot: unknown;
  },
) {
  await tx.revision.create({
    data: {
      entityType: r.type,
      entityId: r.id,
      version: r.version,
      authorId: r.authorId,
      reason: r.reason,
      snapshot: JSON.stringify(r.snapshot),
    },
  });
}

/** Items seeded before revisions existed get their current content recorded first, so it can be restored. */
export async function ensureBaseline(tx: Tx, type: EntityType, state: ItemState<object>) {
  const any = await tx.revision.findFirst({
    where: { entityType: type, entityId: state.id },
    select: { id: true },
  });
  if (!any)
    await recordRevision(tx, {
      type,
      id: state.id,
      version: state.version,
      authorId: null,
      reason: "seed",
      snapshot: state.snapshot,
    });
}

/** The version in the database, with who saved it, for the side-by-side conflict view. */
export async function theirVersion(
  tx: Tx,
  type: EntityType,
  state: ItemState<object>,
): Promise<TheirVersion> {
  const revision = await tx.revision.findUnique({
    where: {
      entityType_entityId_version: { entityType: type, entityId: state.id, version: state.version },
    },
    select: { createdAt: true, author: { select: { name: true, email: true } } },
  });
  return {
    version: state.version,
    snapshot: state.snapshot,
    savedBy: revision?.author ? (revision.author.name ?? revision.author.email) : null,
    savedAt: revision?.createdAt.toISOString() ?? null,
  };
}
