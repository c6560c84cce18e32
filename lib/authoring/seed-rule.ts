/**
 * How a re-seed treats items edited in the browser (docs/decisions/0005-authoring.md):
 * the files win only when they changed since the last seed; otherwise the browser edit stays.
 * Either way every version is a Revision, so nothing an instructor wrote is lost.
 */
import { sameSnapshot, type EntityType } from "./snapshot";
import type { Tx } from "../db";

async function history(tx: Tx, entityType: EntityType, entityId: string) {
  return tx.revision.findMany({
    where: { entityType, entityId },
    orderBy: { version: "desc" },
    select: { reason: true, snapshot: true },
  });
}

/** "keep" when the browser changed the item last and its file is the same as at the last seed. */
export async function seedVerdict(
  tx: Tx,
  entityType: EntityType,
  entityId: string,
  fileSnapshot: unknown,
): Promise<"keep" | "write"> {
  const revisions = await history(tx, entityType, entityId);
  const latest = revisions[0];
  if (!latest || latest.reason === "seed") return "write";
  const lastSeed = revisions.find((r) => r.reason === "seed");
  return lastSeed && sameSnapshot(JSON.parse(lastSeed.snapshot), fileSnapshot) ? "keep" : "write";
}

/** Items created in the browser were never in the files, so their absence there is no reason to archive them. */
export async function seedMayArchive(
  tx: Tx,
  entityType: EntityType,
  entityId: string,
): Promise<boolean> {
  const revisions = await history(tx, entityType, entityId);
  return revisions.length === 0 || revisions.some((r) => r.reason === "seed");
}

export async function recordSeedRevision(
  tx: Tx,
  entityType: EntityType,
  entityId: string,
  version: number,
  snapshot: unknown,
) {
  await tx.revision.create({
    data: { entityType, entityId, version, reason: "seed", snapshot: JSON.stringify(snapshot) },
  });
}
