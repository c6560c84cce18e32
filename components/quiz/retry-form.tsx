"use client";

import { useActionState } from "react";

type FormState = { error?: string } | null;

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
  const [state, formAction, pending] = useActionState(action, null);
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
      <div role="status" aria-live="polite" className="text-sm text-red-700 empty:hidden">
        {state?.error}
      </div>
    </form>
  );
}
