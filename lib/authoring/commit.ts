/** One save of one item in one transaction: version check, write, revision, optional schedule reset. */
import { db } from "../db";
import { items } from "./items";
import { nextPosition } from "./items/rows";
import type { FieldErrors } from "./items/types";
import type { SaveResult } from "./results";
import { ensureBaseline, recordRevision, theirVersion, type RevisionReason } from "./revisions";
import { resetSchedules } from "./schedule";
import { sameSnapshot, type EntityType } from "./snapshot";

export interface Change {
  type: EntityType;
  id?: string;
  parentId?: string;
  version: number;
  snapshot: object;
  reason: RevisionReason;
  authorId: string;
  resetSchedule?: boolean;
}

/** What no one field can fix (no parent chosen, say) goes in the message, the rest under its field. */
const invalid = ({ form, ...fieldErrors }: FieldErrors): SaveResult => ({
  ok: false,
  status: 422,
  error: form?.length
    ? `Nothing was saved: ${form.join("; ")}.`
    : "Nothing was saved: fix the fields marked below.",
  fieldErrors,
});

export async function commitChange(change: Change): Promise<SaveResult> {
  const item = items[change.type];
  return db.$transaction(async (tx) => {
    if (!change.id) {
      const parentId = change.type === "course" ? null : (change.parentId ?? null);
      const errors = await item.checkRefs(tx, parentId, change.snapshot);
      if (Object.keys(errors).length) return invalid(errors);
      const id = await item.create(
        tx,
        parentId ?? "",
        change.snapshot,
        await nextPosition(tx, change.type, parentId),
      );
      await recordRevision(tx, {
        type: change.type,
        id,
        version: 1,
        authorId: change.authorId,
        reason: change.reason,
        snapshot: change.snapshot,
      });
      return { ok: true, id, version: 1 };
    }
    const state = await item.read(tx, change.id);
    if (!state) return { ok: false, status: 404, error: "This item no longer exists." };
    const conflict = async (): Promise<SaveResult> => ({
      ok: false,
      status: 409,
      error:
        "Someone saved a newer version while you were editing. Nothing was saved; your text is still in the form.",
      conflict: {
        theirs: await theirVersion(tx, change.type, (await item.read(tx, state.id)) ?? state),
        mine: change.snapshot,
      },
    });
    if (state.version !== change.version) return conflict();
    const errors = await item.checkRefs(tx, state.parentId, change.snapshot, state.id);
    if (Object.keys(errors).length) return invalid(errors);
    if (sameSnapshot(state.snapshot, change.snapshot) && !change.resetSchedule)
      return { ok: true, id: state.id, version: state.version };
    await ensureBaseline(tx, change.type, state);
    if (!(await item.update(tx, state.id, change.version, change.snapshot))) return conflict();
    await recordRevision(tx, {
      type: change.type,
      id: state.id,
      version: change.version + 1,
      authorId: change.authorId,
      reason: change.reason,
      snapshot: change.snapshot,
    });
    if (change.resetSchedule) await resetSchedules(tx, change.type, state.id);
    return { ok: true, id: state.id, version: change.version + 1 };
  });
}
