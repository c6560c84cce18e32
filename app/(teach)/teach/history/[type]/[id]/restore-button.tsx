"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { buttonClass } from "@/components/editor/fields";
import { restoreAction } from "../../../actions";

/** Restores one revision as a new version, based on the version this page loaded. */
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
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const restore = () =>
    start(async () => {
      const r = await restoreAction({ type, id, revisionId, version: currentVersion });
      setMessage(r.ok ? `Restored as version ${r.version}.` : r.error);
      router.refresh();
    });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={buttonClass} disabled={pending} onClick={restore}>
        Restore version {revisionVersion}
      </button>
      <span role="status" aria-live="polite" className="text-sm">
        {message}
      </span>
    </span>
  );
}
