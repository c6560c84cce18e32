"use client";

import { useContext } from "react";
import YAML from "yaml";
import { useHydrated } from "@/components/keyboard/use-key-handler";
import { DraftContext } from "./draft-context";
import type { SaveState } from "./use-item-save";
import { buttonClass, primaryButtonClass } from "@/components/editor/fields";

const asText = (snapshot: unknown) => YAML.stringify(snapshot, { lineWidth: 0 });

/** Save button, the outcome in a live region, and on a conflict both versions side by side. */
export function SavePanel({
  result,
  pending,
  version,
  label = "Save",
  onSaveOver,
}: {
  result: SaveState;
  pending: boolean;
  version: number;
  label?: string;
  onSaveOver: (theirVersion: number) => void;
}) {
  const conflict = result && !result.ok ? result.conflict : undefined;
  // A published item: "Save" goes live at once, "Save as draft" keeps it aside until published.
  const draft = useContext(DraftContext);
  const asDraft = result?.ok === true && result.draft === true;
  const hydrated = useHydrated();
  return (
    <div className="space-y-3" data-testid="save-panel" data-keys-ready={hydrated}>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className={primaryButtonClass}
          onClick={() => {
            draft?.choose(false);
          }}
        >
          {pending ? "Saving…" : draft ? `${label} and publish` : label}
        </button>
        {draft && (
          <button
            type="submit"
            disabled={pending}
            className={buttonClass}
            onClick={() => {
              draft.choose(true);
            }}
          >
            Save as draft
          </button>
        )}
        {version > 0 && <span className="text-sm text-slate-600">Editing version {version}</span>}
      </div>
      <div role="status" aria-live="polite" className="min-h-5 text-sm">
        {result?.ok && asDraft && (
          <p className="text-green-800">
            Draft saved. Learners still see version {result.version} until you publish it.
          </p>
        )}
        {result?.ok && !asDraft && (
          <p className="text-green-800">Saved as version {result.version}.</p>
        )}
        {result && !result.ok && <p className="font-medium text-red-700">{result.error}</p>}
      </div>
      {conflict && (
        <section
          aria-labelledby="conflict-heading"
          className="space-y-3 rounded-xl border border-amber-400 bg-amber-50 p-4"
        >
          <h2 id="conflict-heading" className="font-semibold">
            Your version and the saved one
          </h2>
          <div className="grid gap-3 md:grid-cols-2">
            <figure className="min-w-0">
              <figcaption className="mb-1 text-sm font-medium">Yours (not saved)</figcaption>
              <pre
                data-testid="conflict-mine"
                className="overflow-auto rounded bg-white p-3 text-xs"
              >
                {asText(conflict.mine)}
              </pre>
            </figure>
            <figure className="min-w-0">
              <figcaption className="mb-1 text-sm font-medium">
                Theirs: version {conflict.theirs.version}
                {conflict.theirs.savedBy ? ` by ${conflict.theirs.savedBy}` : ""}
                {conflict.theirs.savedAt
                  ? `, ${new Date(conflict.theirs.savedAt).toLocaleString()}`
                  : ""}
              </figcaption>
              <pre
                data-testid="conflict-theirs"
                className="overflow-auto rounded bg-white p-3 text-xs"
              >
                {asText(conflict.theirs.snapshot)}
              </pre>
            </figure>
          </div>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass}
              onClick={() => onSaveOver(conflict.theirs.version)}
            >
              Save mine over theirs
            </button>
            <button type="button" className={buttonClass} onClick={() => window.location.reload()}>
              Discard mine and load theirs
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
