/**
 * A review item's flags beside its schedule: suspended (out of the queue until unsuspended), buried
 * (out of the queue until the start of the learner's next study day) and leech (lapsed too often).
 * Every action on them is logged with rating 0 and the flags before it, so undo can put them back.
 */
export type { LeechAction } from "../validations/srs";

export interface ItemFlags {
  suspendedAt: Date | null;
  buriedUntil: Date | null;
  leech: boolean;
}

export const NO_FLAGS: ItemFlags = { suspendedAt: null, buriedUntil: null, leech: false };

/** Raw rows give SQLite's 0/1 for a Boolean column; Prisma gives a boolean. */
export const flagsOf = (row: {
  suspendedAt?: Date | null;
  buriedUntil?: Date | null;
  leech?: unknown;
}): ItemFlags => ({
  suspendedAt: row.suspendedAt ?? null,
  buriedUntil: row.buriedUntil ?? null,
  leech: row.leech === true || Number(row.leech) === 1,
});

export const isSuspended = (f: ItemFlags) => f.suspendedAt !== null;
export const isBuried = (f: ItemFlags, now: Date) =>
  f.buriedUntil !== null && f.buriedUntil.getTime() > now.getTime();

/** The flags as stored in ReviewLog.previous beside the schedule (older logs have none: no flags). */
export const serializeFlags = (f: ItemFlags) => ({
  suspendedAt: f.suspendedAt?.toISOString() ?? null,
  buriedUntil: f.buriedUntil?.toISOString() ?? null,
  leech: f.leech,
});

export function parseFlags(json: string): ItemFlags {
  const raw = JSON.parse(json) as {
    suspendedAt?: string | null;
    buriedUntil?: string | null;
    leech?: boolean;
  };
  return {
    suspendedAt: raw.suspendedAt ? new Date(raw.suspendedAt) : null,
    buriedUntil: raw.buriedUntil ? new Date(raw.buriedUntil) : null,
    leech: raw.leech === true,
  };
}
