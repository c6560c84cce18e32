"use client";
import { useActionState } from "react";
import { changeCard, type CardActionState } from "./actions";

const initial: CardActionState = { ok: false, message: "" };

/** One button (Unsuspend or Unbury) for one card, with its result read out. */
export function CardAction({
  reviewItemId,
  action,
  label,
}: {
  reviewItemId: string;
  action: "unsuspend" | "unbury";
  label: string;
}) {
  const [state, formAction, pending] = useActionState(changeCard, initial);
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="reviewItemId" value={reviewItemId} />
      <input type="hidden" name="action" value={action} />
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className="rounded-md border border-slate-400 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-70"
      >
        {action === "unsuspend" ? "Unsuspend" : "Unbury"}
      </button>
      <span role="status" className={state.ok ? "text-green-800" : "text-red-700"}>
        {state.message}
      </span>
    </form>
  );
}
