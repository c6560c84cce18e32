"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useContext } from "react";
import { saveItemAction } from "@/app/(teach)/teach/actions";
import { saveDraftAction } from "@/app/(teach)/teach/draft-actions";
import { useFocusFirstError } from "@/components/forms/form-status";
import type { SaveResult } from "@/lib/authoring/results";
import type { EntityType } from "@/lib/authoring/snapshot";
import { DraftContext } from "./draft-context";

export type SaveState =
  | SaveResult
  | { ok: false; error: string; status?: number; fieldErrors?: undefined; conflict?: undefined }
  | null;

interface Saved {
  result: SaveState;
  version: number;
}
interface SaveRequest {
  content: unknown;
  resetSchedule?: boolean;
  overVersion?: number;
  /** "Save as draft" was pressed: keep the edit beside the live version. */
  draft?: boolean;
}

/**
 * Saving an editor form (decision 0014: `useActionState`; the action revalidates the pages):
 * carries the version it loaded, keeps the typed text on any refusal, and after a conflict lets
 * the author deliberately save over the newer version. The fields are controlled (CodeMirror
 * among them), so the payload is the content, not FormData.
 */
export function useItemSave({
  type,
  id,
  parentId,
  version,
  editPath,
}: {
  type: EntityType;
  id?: string;
  parentId?: string;
  version: number;
  editPath: (id: string) => string;
}) {
  const router = useRouter();
  const initial: Saved = { result: null, version };
  const [state, dispatch, pending] = useActionState(
    async (prev: Saved, request: SaveRequest): Promise<Saved> => {
      const result = await (request.draft ? saveDraftAction : saveItemAction)(type, {
        id,
        parentId,
        version: request.overVersion ?? prev.version,
        content: request.content,
        resetSchedule: request.resetSchedule ?? false,
      });
      // A new item moves to its own page; an edit stays, its page revalidated by the action.
      if (result.ok && !id) router.push(editPath(result.id));
      return { result, version: result.ok ? result.version : prev.version };
    },
    initial,
  );
  const formRef = useFocusFirstError(state.result);
  const draftChoice = useContext(DraftContext);

  /** Called from onSubmit: a form action would reset the controlled fields React doesn't own. */
  function save(content: unknown, options: Omit<SaveRequest, "content"> = {}) {
    const draft = draftChoice?.take() ?? false;
    startTransition(() => dispatch({ content, ...options, draft }));
  }

  return {
    save,
    formRef,
    result: state.result,
    pending,
    version: state.version,
    fieldErrors:
      state.result && "fieldErrors" in state.result ? state.result.fieldErrors : undefined,
  };
}
