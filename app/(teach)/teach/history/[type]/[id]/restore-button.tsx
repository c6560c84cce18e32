"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/editor/fields";
import { FormMessage } from "@/components/forms/form-status";
import { initialFormState, type FormState } from "@/lib/validations/form-state";
import { restoreAction } from "../../../actions";

/** Restores one revision as a new version, based on the version this page loaded (decision 0014). */
export function RestoreButton({
  type,
  id,
  revisionId,
  revisionVersion,
  currentVersion,
}: {
  type: string;
  id: string;
  revisionId: string;
  revisionVersion: number;
  currentVersion: number;
}) {
  const [state, restore, pending] = useActionState(async (): Promise<FormState> => {
    const r = await restoreAction({ type, id, revisionId, version: currentVersion });
    return r.ok
      ? { ok: true, message: `Restored as version ${r.version}.` }
      : { ok: false, message: r.error };
  }, initialFormState);
  return (
    <form action={restore} className="inline-flex flex-wrap items-center gap-2">
      <button type="submit" className={buttonClass} disabled={pending}>
        Restore version {revisionVersion}
      </button>
      <FormMessage state={state} className="text-sm" />
    </form>
  );
}
