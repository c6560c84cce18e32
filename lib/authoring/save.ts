/** Saving from the editor: same zod schemas as the content files, then one conflict-safe commit. */
import "server-only";
import { saveEnvelopeSchema } from "../validations/authoring";
import { commitChange } from "./commit";
import { requireAuthor } from "./gate";
import { items } from "./items";
import type { SaveResult } from "./results";
import type { EntityType } from "./snapshot";

export async function saveItem(type: EntityType, input: unknown): Promise<SaveResult> {
  const user = await requireAuthor();
  const envelope = saveEnvelopeSchema.safeParse(input);
  if (!envelope.success)
    return {
      ok: false,
      status: 422,
      error: "The form sent something unexpected; reload the page.",
    };
  const { id, parentId, version, content, resetSchedule } = envelope.data;
  const parsed = items[type].parse(content);
  if (!parsed.ok)
    return {
      ok: false,
      status: 422,
      error: `Nothing was saved: ${parsed.message ?? "fix the fields marked below"}.`,
      fieldErrors: parsed.fieldErrors,
    };
  return commitChange({
    type,
    id,
    parentId,
    version,
    snapshot: parsed.snapshot,
    reason: "edit",
    authorId: user.id,
    resetSchedule,
  });
}
