"use client";

import { useActionState } from "react";
import { itemControlAction } from "@/app/(teach)/teach/item-actions";
import { buttonClass, primaryButtonClass } from "@/components/editor/fields";
import { FormMessage } from "@/components/forms/form-status";
import type { PendingDraft } from "@/lib/authoring/drafts";
import type { EntityType } from "@/lib/authoring/snapshot";
import { initialFormState } from "@/lib/validations/form-state";

/** A published item's pending draft: what learners see meanwhile, and Publish / Discard. */
export function DraftBar({
  type,
  id,
  version,
  draft,
}: {
  type: EntityType;
  id: string;
  version: number;
  draft: PendingDraft;
}) {
  const [state, action, pending] = useActionState(itemControlAction, initialFormState);
  return (
    <section
      aria-labelledby="draft-heading"
      className="space-y-2 rounded-xl border border-amber-400 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="draft-heading" className="font-semibold">
        Draft changes pending
      </h2>
      <p className="text-sm">
        The form below holds your draft
        {draft.savedBy ? `, saved by ${draft.savedBy}` : ""}. Learners still see version {version}{" "}
        until you publish it.
      </p>
      <form action={action} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="type" value={type} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <button
          type="submit"
          name="command"
          value="publish-draft"
          disabled={pending}
          className={primaryButtonClass}
        >
          Publish the draft
        </button>
        <button
          type="submit"
          name="command"
          value="discard-draft"
          disabled={pending}
          className={buttonClass}
        >
          Discard the draft
        </button>
        <FormMessage state={state} className="text-sm" />
      </form>
    </section>
  );
}
