"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-status";
import { initialFormState } from "@/lib/validations/form-state";
import { optimizeSchedule } from "./optimize-actions";

export function OptimizeButton() {
  const [state, action, pending] = useActionState(optimizeSchedule, initialFormState);
  return (
    <form action={action} className="space-y-2" aria-busy={pending}>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Optimizing…" : "Optimize my schedule"}
      </button>
      {pending ? (
        <p role="status" aria-live="polite" className="text-slate-700">
          Fitting the parameters to your reviews; you can keep using the app meanwhile.
        </p>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}
