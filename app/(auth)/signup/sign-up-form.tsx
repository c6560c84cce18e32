"use client";

import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef } from "react";
import { FormField } from "@/components/form-field";
import { signUpAction } from "./actions";

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, null);
  const password = useRef("");

  // Signed up: sign straight in with the same credentials.
  useEffect(() => {
    if (state?.ok) {
      void signIn("credentials", {
        email: state.email,
        password: password.current,
        redirect: false,
      }).then(() => window.location.assign("/"));
    }
  }, [state]);

  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form
      action={action}
      onSubmit={(e) => {
        password.current = String(new FormData(e.currentTarget).get("password") ?? "");
      }}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6"
      noValidate
    >
      {/* React resets the form after an action; the key + defaultValue put back what was typed. */}
      <FormField
        key={`name-${failed?.values.name}`}
        name="name"
        label="Name (optional)"
        autoComplete="name"
        error={errors.name}
        defaultValue={failed?.values.name}
      />
      <FormField
        key={`email-${failed?.values.email}`}
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        error={errors.email}
        defaultValue={failed?.values.email}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        error={errors.password}
      />
      <div role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {state?.ok ? "Account created. Signing you in…" : null}
      </div>
      <button
        type="submit"
        disabled={pending || state?.ok}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Creating account…" : "Sign up"}
      </button>
    </form>
  );
}
