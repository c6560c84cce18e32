/**
 * The browser's offline database (IndexedDB through `idb`) and its outbox: the ratings in the order
 * they were made, and what background syncs did (`notices`). Everything read back is validated with
 * zod; anything damaged is deleted (and counted), never sent. The review page and the service worker
 * (its Background Sync replay) both use this module, so it imports no pack schema or scheduler: the
 * worker's bundle stays small (zod/mini schemas, lib/offline/outbox-schema.ts). The pack's own
 * reads and writes are in lib/offline/store.ts.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { requestBackgroundSync } from "./background-sync";
import {
  outboxEntrySchema,
  syncNoticeSchema,
  type OutboxEntry,
  type SyncNotice,
} from "./outbox-schema";

export const DB_NAME = "recall-lab-offline";
/** 2 added `notices`. */
const DB_VERSION = 2;

interface OfflineDb extends DBSchema {
  pack: { key: string; value: unknown };
  outbox: { key: number; value: unknown; indexes: { userId: string } };
  /** What background syncs did, per learner, until a review page shows it. */
  notices: { key: string; value: unknown };
}

let opened: Promise<IDBPDatabase<OfflineDb>> | null = null;

/** The one connection of this page or worker (reopened after another one upgraded the database). */
export function database(): Promise<IDBPDatabase<OfflineDb>> {
  opened ??= openDB<OfflineDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore("pack");
        const outbox = db.createObjectStore("outbox", { keyPath: "id", autoIncrement: true });
        outbox.createIndex("userId", "userId");
      }
      if (oldVersion < 2) db.createObjectStore("notices");
    },
    // Another tab upgraded the database: close ours so it can, and reopen on the next call.
    blocking() {
      void opened?.then((db) => db.close());
      opened = null;
    },
  });
  return opened;
}

/** The learner's outbox in the order the ratings were made; entries that don't validate are deleted and counted. */
export async function readOutbox(
  userId: string,
): Promise<{ entries: OutboxEntry[]; discarded: number }> {
  const db = await database();
  const tx = db.transaction("outbox", "readwrite");
  const entries: OutboxEntry[] = [];
  let discarded = 0;
  let cursor = await tx.store.openCursor();
  while (cursor) {
    const value = cursor.value as { userId?: unknown };
    if (value && typeof value === "object" && value.userId === userId) {
      const parsed = outboxEntrySchema.safeParse(cursor.value);
      if (parsed.success && parsed.data.id === cursor.key) entries.push(parsed.data);
      else {
        discarded++;
        await cursor.delete();
      }
    } else if (!value || typeof value !== "object" || typeof value.userId !== "string") {
      // Not anyone's entry at all (damaged): it can never be sent.
      discarded++;
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return { entries, discarded };
}

/** Keeps a rating; one still to send also asks for a background sync where the browser has it. */
export async function addToOutbox(entry: Omit<OutboxEntry, "id">): Promise<number> {
  const db = await database();
  const id = await db.add("outbox", entry as OutboxEntry);
  if (!entry.sent) void requestBackgroundSync();
  return id;
}

/** Adds what a background sync did to what the learner's next review page will show. */
export async function addSyncNotice(userId: string, notice: SyncNotice): Promise<void> {
  const db = await database();
  const tx = db.transaction("notices", "readwrite");
  const held = syncNoticeSchema.safeParse(await tx.store.get(userId));
  const before = held.success ? held.data : null;
  await tx.store.put(
    {
      sent: (before?.sent ?? 0) + notice.sent,
      conflicts: [...(before?.conflicts ?? []), ...notice.conflicts].slice(-50),
      refused: [...(before?.refused ?? []), ...notice.refused].slice(-50),
      discarded: (before?.discarded ?? 0) + notice.discarded,
    } satisfies SyncNotice,
    userId,
  );
  await tx.done;
}

/** What background syncs did since the page last looked (null: nothing, or it didn't validate), and forgets it. */
export async function takeSyncNotice(userId: string): Promise<SyncNotice | null> {
  const db = await database();
  const tx = db.transaction("notices", "readwrite");
  const held = await tx.store.get(userId);
  if (held !== undefined) await tx.store.delete(userId);
  await tx.done;
  const parsed = syncNoticeSchema.safeParse(held);
  return parsed.success ? parsed.data : null;
}

export async function markSent(id: number): Promise<void> {
  const db = await database();
  const tx = db.transaction("outbox", "readwrite");
  const value = (await tx.store.get(id)) as OutboxEntry | undefined;
  if (value) await tx.store.put({ ...value, sent: true });
  await tx.done;
}

export async function removeFromOutbox(id: number): Promise<void> {
  const db = await database();
  await db.delete("outbox", id);
}
