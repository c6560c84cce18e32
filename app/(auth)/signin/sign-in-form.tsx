"use client";

import { signIn } from "next-auth/react";
import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import { FormMessage, useFocusFirstError } from "@/components/forms/form-status";
import { errorAt, initialFormState, type FormState } from "@/lib/validations/form-state";
import { submitSignIn } from "./submit-sign-in";

/** next-auth's client sign-in: its route checks the pair and sets the session cookie (decision 0014). */
const credentialsSignIn = (credentials: { email: string; password: string }) =>
  signIn("credentials", { ...credentials, redirect: false });

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(async (_prev: FormState, form: FormData) => {
    const result = await submitSignIn(form, credentialsSignIn);
    if (result.ok) window.location.assign(callbackUrl);
    return result;
  }, initialFormState);
  const formRef = useFocusFirstError(state);
  const err = (name: string) => errorAt(state.fieldErrors, name);
  return (
    <form
      ref={formRef}
      action={action}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6"
      noValidate
    >
      {/* React resets the form after an action; the key + defaultValue put back what was typed. */}
      <FormField
        key={`email-${state.values?.email}`}
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        error={err("email")}
        defaultValue={state.values?.email}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={err("password")}
      />
      <FormMessage state={state} className="min-h-5 text-sm" />
      <button
        type="submit"
        disabled={pending || state.ok}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending || state.ok ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
