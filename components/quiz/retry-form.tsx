"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-status";
import { initialFormState, type FormState } from "@/lib/validations/form-state";

/** "Retry the missed ones": a new attempt with just those questions. */
export function RetryForm({
  action,
  attemptId,
  missed,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  attemptId: string;
  missed: number;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="attemptId" value={attemptId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Starting…" : `Retry the missed ones (${missed})`}
      </button>
      <FormMessage state={state} className="text-sm empty:hidden" />
    </form>
  );
}
