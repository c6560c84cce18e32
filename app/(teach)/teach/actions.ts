"use server";

import { revalidatePath } from "next/cache";
import { restoreRevision } from "@/lib/authoring/history";
import { previewMarkdown } from "@/lib/authoring/preview";
import { refusedAsValue, type ActionResult } from "@/lib/authoring/results";
import { requireAuthor } from "@/lib/authoring/gate";
import { runDraftExample } from "@/lib/authoring/run";
import { saveItem } from "@/lib/authoring/save";
import {
  archiveItem,
  moveItem,
  publishItem,
  unarchiveItem,
  unpublishItem,
} from "@/lib/authoring/status";
import { entityTypeSchema, type SaveEnvelope } from "@/lib/validations/authoring";

// Thin wrappers: every one re-checks the role inside lib/authoring and answers with a value, never a throw.

/** A change shows on the teach pages and the learners' ones: the whole tree renders again (decision 0014). */
function revalidated<T extends { ok: boolean }>(result: T): T {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function saveItemAction(type: string, input: SaveEnvelope) {
  return refusedAsValue(async () => {
    // The role first: a signed-out caller learns nothing about what it sent.
    await requireAuthor();
    const kind = entityTypeSchema.safeParse(type);
    if (!kind.success)
      return { ok: false as const, status: 422 as const, error: "Unknown kind of item." };
    return revalidated(await saveItem(kind.data, input));
  });
}

export type ItemCommand = "publish" | "unpublish" | "archive" | "unarchive";
// A Map, not an object literal: "constructor" or "__proto__" must not find Object's own functions.
const commands = new Map<string, (input: unknown) => Promise<ActionResult>>([
  ["publish", publishItem],
  ["unpublish", unpublishItem],
  ["archive", archiveItem],
  ["unarchive", unarchiveItem],
]);

export async function itemCommandAction(
  command: ItemCommand,
  input: { type: string; id: string; version: number },
) {
  return refusedAsValue(async (): Promise<ActionResult> => {
    // Check the role before looking at anything the client sent.
    await requireAuthor();
    const run = typeof command === "string" ? commands.get(command) : undefined;
    if (!run) return { ok: false, status: 422, error: "Unknown command." };
    return revalidated(await run(input));
  });
}

export async function moveAction(input: { type: string; id: string; direction: "up" | "down" }) {
  return refusedAsValue(async () => revalidated(await moveItem(input)));
}

export async function restoreAction(input: {
  type: string;
  id: string;
  revisionId: string;
  version: number;
}) {
  return refusedAsValue(async () => revalidated(await restoreRevision(input)));
}

export async function previewAction(markdown: string) {
  return refusedAsValue(() => previewMarkdown(markdown));
}

export async function runDraftAction(input: { files: Record<string, string>; scenario: string }) {
  return refusedAsValue(() => runDraftExample(input));
}
