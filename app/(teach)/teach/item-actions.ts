"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AuthError } from "@/lib/auth/session";
import { discardDraft, publishDraft } from "@/lib/authoring/drafts";
import { requireAuthor } from "@/lib/authoring/gate";
import type { ActionResult } from "@/lib/authoring/results";
import {
  archiveItem,
  moveItem,
  publishItem,
  unarchiveItem,
  unpublishItem,
} from "@/lib/authoring/status";
import { entityTypeSchema } from "@/lib/validations/authoring";
import { formValues, invalid, type FormState } from "@/lib/validations/form-state";

const commands = [
  "up",
  "down",
  "publish",
  "unpublish",
  "archive",
  "unarchive",
  "publish-draft",
  "discard-draft",
] as const;
export type ItemControlCommand = (typeof commands)[number];

const controlSchema = z.object({
  type: entityTypeSchema,
  id: z.string().min(1),
  version: z.coerce.number().int().min(1),
  command: z.enum(commands, "Unknown command."),
});

const DONE: Record<ItemControlCommand, string> = {
  up: "Moved up.",
  down: "Moved down.",
  publish: "Published.",
  unpublish: "Unpublished: learners no longer see it.",
  archive: "Archived.",
  unarchive: "Unarchived.",
  "publish-draft": "Draft published: learners see it now.",
  "discard-draft": "Draft discarded.",
};

function run(command: ItemControlCommand, ref: { type: string; id: string; version: number }) {
  const { type, id } = ref;
  switch (command) {
    case "up":
    case "down":
      return moveItem({ type, id, direction: command });
    case "publish":
      return publishItem(ref);
    case "unpublish":
      return unpublishItem(ref);
    case "archive":
      return archiveItem(ref);
    case "unarchive":
      return unarchiveItem(ref);
    case "publish-draft":
      return publishDraft({ type, id });
    case "discard-draft":
      return discardDraft({ type, id });
  }
}

/** One list row's buttons (decision 0014): the pressed button's `command` says what to do. */
export async function itemControlAction(_previous: FormState, form: FormData): Promise<FormState> {
  try {
    // The role first: a signed-out caller learns nothing about what it sent.
    await requireAuthor();
    const values = formValues(form);
    const parsed = controlSchema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values, "That didn't work; reload the page.");
    const { command, ...ref } = parsed.data;
    const result: ActionResult = await run(command, ref);
    if (!result.ok) return { ok: false, message: result.error };
    revalidatePath("/", "layout");
    return { ok: true, message: DONE[command] };
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, message: error.message };
    throw error;
  }
}
