"use client";
/**
 * Browse's bulk actions (decision 0014's form pattern): the listed rows' checkboxes belong to this
 * form; Suspend, Unsuspend and Reschedule submit at once, Reset asks first in a modal dialog (focus
 * moves in and back, Escape cancels). Undo takes back the last action, a whole bulk action at once.
 */
import { useActionState, useId, useRef, useState, type ReactNode } from "react";
import { FormMessage } from "@/components/forms/form-status";
import { useHydrated } from "@/components/keyboard/use-key-handler";
import { pluralize } from "@/lib/format/plural";
import { initialFormState } from "@/lib/validations/form-state";
import { bulkCards, undoCards } from "./actions";

const button =
  "rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-70";

export function BulkForm({ children }: { children: ReactNode }) {
  const [state, formAction, pending] = useActionState(bulkCards, initialFormState);
  const [undoState, undoAction, undoing] = useActionState(undoCards, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [toReset, setToReset] = useState(0);
  const hydrated = useHydrated();
  const titleId = useId();
  const textId = useId();
  const boxes = () => [
    ...(form.current?.querySelectorAll<HTMLInputElement>('input[name="cards"]') ?? []),
  ];
  const selectAll = (on: boolean) => boxes().forEach((b) => (b.checked = on));
  const askReset = () => {
    setToReset(boxes().filter((b) => b.checked).length);
    dialog.current?.showModal();
  };
  return (
    <form
      ref={form}
      action={formAction}
      className="space-y-3"
      aria-label="Selected cards"
      data-keys-ready={hydrated}
    >
      <div
        role="group"
        aria-label="With the selected cards"
        className="flex flex-wrap items-center gap-2"
      >
        <button type="button" className={button} onClick={() => selectAll(true)}>
          Select all on this page
        </button>
        <button type="button" className={button} onClick={() => selectAll(false)}>
          Clear selection
        </button>
        <button type="submit" name="action" value="suspend" disabled={pending} className={button}>
          Suspend selected
        </button>
        <button type="submit" name="action" value="unsuspend" disabled={pending} className={button}>
          Unsuspend selected
        </button>
        <button
          type="submit"
          name="action"
          value="reschedule"
          disabled={pending}
          className={button}
        >
          Reschedule selected to today
        </button>
        <button type="button" disabled={pending} className={button} onClick={askReset}>
          Reset selected…
        </button>
        <button
          type="submit"
          formAction={undoAction}
          disabled={undoing}
          className={button}
          data-testid="browse-undo"
        >
          Undo last action
        </button>
      </div>
      <FormMessage state={state} />
      <FormMessage state={undoState} />
      {children}
      <dialog
        ref={dialog}
        role="alertdialog"
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="m-auto max-w-sm rounded-lg border border-slate-300 p-5 text-slate-900 shadow-lg backdrop:bg-slate-900/40"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Reset {pluralize(toReset, "card")}?
        </h2>
        <p id={textId} className="mt-2 text-sm text-slate-700">
          They start again as new cards. Your past ratings are kept, and Undo takes the reset back.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          {/* Cancel first and focused: the safe choice is the default. */}
          <button
            type="button"
            autoFocus
            onClick={() => dialog.current?.close()}
            className={button}
          >
            Cancel
          </button>
          <button
            type="submit"
            name="action"
            value="reset"
            onClick={() => dialog.current?.close()}
            className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800"
          >
            Reset {pluralize(toReset, "card")}
          </button>
        </div>
      </dialog>
    </form>
  );
}
