"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveItemAction } from "@/app/(teach)/teach/actions";
import type { SaveResult } from "@/lib/authoring/results";
import type { EntityType } from "@/lib/authoring/snapshot";

export type SaveState =
  | SaveResult
  | { ok: false; error: string; status?: number; fieldErrors?: undefined; conflict?: undefined }
  | null;

/**
 * Saving an editor form: carries the version it loaded, keeps the typed text on any refusal,
 * and after a conflict lets the author deliberately save over the newer version.
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
  const [loaded, setLoaded] = useState(version);
  const [result, setResult] = useState<SaveState>(null);
  const [pending, start] = useTransition();

  function save(content: unknown, options: { resetSchedule?: boolean; overVersion?: number } = {}) {
    start(async () => {
      const based = options.overVersion ?? loaded;
      const r = await saveItemAction(type, {
        id,
        parentId,
        version: based,
        content,
        resetSchedule: options.resetSchedule ?? false,
      });
      setResult(r);
      if (!r.ok) return;
      setLoaded(r.version);
      if (!id) router.push(editPath(r.id));
      else router.refresh();
    });
  }

  return {
    save,
    result,
    pending,
    version: loaded,
    fieldErrors: result && !result.ok ? result.fieldErrors : undefined,
  };
}
