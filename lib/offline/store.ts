/**
 * The offline pack in the browser (IndexedDB, lib/offline/outbox.ts's database): one per learner,
 * validated with zod when read (another version's shape or a damaged one is deleted and reported,
 * never used) and fetched fresh from GET /api/review/offline. The review page only: the service
 * worker's replay needs no pack.
 */
import { outboxEntrySchema } from "./outbox-schema";
import { database } from "./outbox";
import { packSchema, type OfflinePack } from "./pack-schema";

/** The learner's pack, or null; `discarded` when one was there but didn't validate (an older version, or damaged). */
export async function readPack(
  userId: string,
): Promise<{ pack: OfflinePack | null; discarded: boolean }> {
  const db = await database();
  const raw = await db.get("pack", userId);
  if (raw === undefined) return { pack: null, discarded: false };
  const parsed = packSchema.safeParse(raw);
  if (parsed.success && parsed.data.userId === userId)
    return { pack: parsed.data, discarded: false };
  await db.delete("pack", userId);
  return { pack: null, discarded: true };
}

export async function writePack(pack: OfflinePack): Promise<void> {
  const db = await database();
  const tx = db.transaction(["pack", "outbox"], "readwrite");
  await tx.objectStore("pack").put(pack, pack.userId);
  // Ratings the server already has and the new pack already includes are done with.
  const made = Date.parse(pack.generatedAt);
  let cursor = await tx.objectStore("outbox").index("userId").openCursor(pack.userId);
  while (cursor) {
    const e = outboxEntrySchema.safeParse(cursor.value);
    if (e.success && e.data.sent && Date.parse(e.data.reviewedAt) <= made) await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}

/** Fetches a fresh pack and keeps it; null when offline or the reply isn't a pack this version reads. */
export async function refreshPack(courseSlug?: string): Promise<OfflinePack | null> {
  let res: Response;
  try {
    res = await fetch(
      `/api/review/offline${courseSlug ? `?course=${encodeURIComponent(courseSlug)}` : ""}`,
      {
        cache: "no-store",
      },
    );
  } catch {
    return null;
  }
  if (!res.ok) return null;
  const parsed = packSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) return null;
  await writePack(parsed.data);
  return parsed.data;
}
