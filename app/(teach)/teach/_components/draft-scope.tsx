import type { ReactNode } from "react";
import type { PendingDraft } from "@/lib/authoring/drafts";
import type { EntityType } from "@/lib/authoring/snapshot";
import { DraftBar } from "./draft-bar";
import { DraftProvider } from "./draft-context";

/**
 * An editor for an item that may have a pending draft: the draft bar above it, "Save as draft"
 * offered for a published item, and the form mounted afresh when the draft comes or goes (so it
 * starts from what is stored). Not on every new version: a save bumps the version, and a remount
 * would wipe the form's own "Saved as version N" result before anyone sees it.
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
      <DraftProvider key={draft ? "draft" : "live"} enabled={status === "published"}>
        {children}
      </DraftProvider>
    </>
  );
}
