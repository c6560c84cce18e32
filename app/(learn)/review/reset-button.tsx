"use client";
/** "Reset this card" asks first, in a modal <dialog> (focus moves in and comes back, Escape cancels). */
import { useId, useRef } from "react";

export function ResetButton({ onConfirm }: { onConfirm: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-slate-400 px-3 py-1.5 text-slate-800 hover:bg-slate-100"
      >
        Reset this card
      </button>
      <dialog
        ref={dialog}
        role="alertdialog"
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="m-auto max-w-sm rounded-lg border border-slate-300 p-5 text-slate-900 shadow-lg backdrop:bg-slate-900/40"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Reset this card?
        </h2>
        <p id={textId} className="mt-2 text-sm text-slate-700">
          It starts again as a new card. Your past ratings are kept, and Z undoes the reset.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          {/* Cancel first and focused: the safe choice is the default. */}
          <button
            type="button"
            autoFocus
            onClick={close}
            className="rounded-md border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100"
          >
            Cancel
          </button>
          <button
            type="button"
            onClick={() => {
              close();
              onConfirm();
            }}
            className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800"
          >
            Reset card
          </button>
        </div>
      </dialog>
    </>
  );
}
