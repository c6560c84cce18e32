/** Publish, archive and reorder. Publishing and archiving are versions too; moving is not content. */
import "server-only";
import { db } from "../db";
import { itemRefSchema, moveSchema } from "../validations/authoring";
import { requireAuthor } from "./gate";
import { items } from "./items";
import { bumpVersion, setPosition, siblingsOf, type StateChange } from "./items/rows";
import type { ActionResult } from "./results";
import { ensureBaseline, recordRevision, type RevisionReason } from "./revisions";

const stale: ActionResult = {
  ok: false,
  status: 409,
  error: "Someone changed this item since you loaded the page; reload and try again.",
};

async function changeState(
  input: unknown,
  reason: RevisionReason,
  data: StateChange,
): Promise<ActionResult> {
  const user = await requireAuthor();
  const ref = itemRefSchema.safeParse(input);
  if (!ref.success) return { ok: false, status: 422, error: "Unknown item." };
  const { type, id, version } = ref.data;
  return db.$transaction(async (tx) => {
    const state = await items[type].read(tx, id);
    if (!state) return { ok: false, status: 404, error: "This item no longer exists." };
    if (state.version !== version) return stale;
    await ensureBaseline(tx, type, state);
    if (!(await bumpVersion(tx, type, id, version, data))) return stale;
    await recordRevision(tx, {
      type,
      id,
      version: version + 1,
      authorId: user.id,
      reason,
      snapshot: state.snapshot,
    });
    return { ok: true };
  });
}

export const publishItem = (input: unknown) =>
  changeState(input, "publish", { status: "published" });
export const unpublishItem = (input: unknown) =>
  changeState(input, "unpublish", { status: "draft" });
// Archiving hides an item and keeps its row, so learners' reviews and answers keep their item.
export const archiveItem = (input: unknown) =>
  changeState(input, "archive", { archivedAt: new Date() });
export const unarchiveItem = (input: unknown) =>
  changeState(input, "unarchive", { archivedAt: null });

/** Swaps the item with its neighbour in the list (course, lesson), renumbering the list 0..n-1. */
export async function moveItem(input: unknown): Promise<ActionResult> {
  await requireAuthor();
  const move = moveSchema.safeParse(input);
  if (!move.success) return { ok: false, status: 422, error: "Unknown item." };
  const { type, id, direction } = move.data;
  return db.$transaction(async (tx) => {
    const state = await items[type].read(tx, id);
    if (!state) return { ok: false, status: 404, error: "This item no longer exists." };
    const list = (await siblingsOf(tx, type, state.parentId)).map((s) => s.id);
    const from = list.indexOf(id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= list.length) return { ok: true };
    [list[from], list[to]] = [list[to]!, list[from]!];
    for (const [position, sibling] of list.entries())
      await setPosition(tx, type, sibling, position);
    return { ok: true };
  });
}
