import type { ReactNode } from "react";
import type { PendingDraft } from "@/lib/authoring/drafts";
import type { EntityType } from "@/lib/authoring/snapshot";
import { DraftBar } from "./draft-bar";
import { DraftProvider } from "./draft-context";

/**
 * An editor for an item that may have a pending draft: the draft bar above it, "Save as draft"
 * offered for a published item, and the form mounted afresh when the live version changes or the
 * draft comes or goes (so it always starts from what is stored).
 */
export function DraftScope({
  type,
  id,
  status,
  version,
  draft,
  children,
}: {
  type: EntityType;
  id: string;
  status: string;
  version: number;
  draft: PendingDraft | null;
  children: ReactNode;
}) {
  return (
    <>
      {draft && <DraftBar type={type} id={id} version={version} draft={draft} />}
      <DraftProvider
        key={`${version}-${draft ? "draft" : "live"}`}
        enabled={status === "published"}
      >
        {children}
      </DraftProvider>
    </>
  );
}
