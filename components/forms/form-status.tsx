"use client";
/** The pieces every form shares (decision 0014): its live message, an error under a field, and focus on the first error. */
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/validations/form-state";

/** The form's outcome, announced politely: green when saved, red when refused. */
export function FormMessage({ state, className = "" }: { state: FormState; className?: string }) {
  return (
    <p
      role="status"
      aria-live="polite"
      className={`${state.ok ? "text-green-800" : "text-red-700"} ${className}`.trim()}
    >
      {state.message}
    </p>
  );
}

/** One field's error; give the field `aria-invalid` and `aria-describedby={id}` to tie them. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {error}
    </p>
  );
}

/** A ref for the form: after a refusal with field errors, focus moves to the first invalid field. */
export function useFocusFirstError<T extends HTMLElement = HTMLFormElement>(
  state: FormState | null,
) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!state || state.ok || !state.fieldErrors) return;
    if (!Object.values(state.fieldErrors).some((e) => e?.length)) return;
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return ref;
}
