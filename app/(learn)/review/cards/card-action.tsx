"use client";
/**
 * One row's Unsuspend or Unbury (decision 0014's form pattern). The row sits inside Browse's bulk
 * form, and forms can't nest: this is that form's submit button with its own form action, which
 * dispatches only `card` = "<action>:<review item id>" (React reserves a function formAction's
 * button name, so the payload is built here); the result is read out beside it.
 */
import { useActionState } from "react";
import { initialFormState } from "@/lib/validations/form-state";
import { FormMessage } from "@/components/forms/form-status";
import { changeCard } from "./actions";

export function CardAction({
  reviewItemId,
  action,
  label,
}: {
  reviewItemId: string;
  action: "unsuspend" | "unbury";
  label: string;
}) {
  const [state, formAction, pending] = useActionState(changeCard, initialFormState);
  const payload = () => {
    const form = new FormData();
    form.set("card", `${action}:${reviewItemId}`);
    return form;
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="submit"
        formAction={() => formAction(payload())}
        disabled={pending}
        aria-label={label}
        className="rounded-md border border-slate-400 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-70"
      >
        {action === "unsuspend" ? "Unsuspend" : "Unbury"}
      </button>
      <FormMessage state={state} className="text-sm" />
    </span>
  );
}
