"use client";

import { useActionState } from "react";
import { itemControlAction, type ItemControlCommand } from "@/app/(teach)/teach/item-actions";
import { buttonClass } from "@/components/editor/fields";
import { FormMessage } from "@/components/forms/form-status";
import type { EntityType } from "@/lib/authoring/snapshot";
import { initialFormState } from "@/lib/validations/form-state";

interface Item {
  type: EntityType;
  id: string;
  version: number;
  status: string;
  archived: boolean;
  label: string;
  first?: boolean;
  last?: boolean;
  /** A published item with an edit saved as a draft, not yet live. */
  hasDraft?: boolean;
}

/**
 * Move up/down, publish and archive for one row of a list, as one form (decision 0014): each
 * button submits its command; every button says which item it acts on. ↑ is disabled on the
 * first row and ↓ on the last, where there is nothing to move past.
 */
export function ItemControls({ item }: { item: Item }) {
  const [state, action, pending] = useActionState(itemControlAction, initialFormState);
  const button = (command: ItemControlCommand, text: string, label: string, disabled = false) => (
    <button
      type="submit"
      name="command"
      value={command}
      className={buttonClass}
      disabled={pending || disabled}
      aria-label={label}
    >
      {text}
    </button>
  );
  return (
    <form action={action} className="flex flex-wrap items-center gap-1">
      <input type="hidden" name="type" value={item.type} />
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      {button("up", "↑", `Move ${item.label} up`, item.first)}
      {button("down", "↓", `Move ${item.label} down`, item.last)}
      {item.hasDraft &&
        button("publish-draft", "Publish draft", `Publish the draft of ${item.label}`)}
      {item.hasDraft &&
        button("discard-draft", "Discard draft", `Discard the draft of ${item.label}`)}
      {item.status === "draft"
        ? button("publish", "Publish", `Publish ${item.label}`)
        : button("unpublish", "Unpublish", `Unpublish ${item.label}`)}
      {item.archived
        ? button("unarchive", "Unarchive", `Unarchive ${item.label}`)
        : button("archive", "Archive", `Archive ${item.label}`)}
      <FormMessage state={state} className="text-sm" />
    </form>
  );
}

export function StatusBadge({
  status,
  archived,
  hasDraft = false,
}: {
  status: string;
  archived: boolean;
  hasDraft?: boolean;
}) {
  const text = archived ? "archived" : status;
  const tone = archived
    ? "bg-slate-200 text-slate-800"
    : status === "draft"
      ? "bg-amber-100 text-amber-900"
      : "bg-green-100 text-green-900";
  return (
    <>
      <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${tone}`}>{text}</span>
      {hasDraft && (
        <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
          draft changes pending
        </span>
      )}
    </>
  );
}
