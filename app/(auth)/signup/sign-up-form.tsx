"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { FormField } from "@/components/form-field";
import { useFocusFirstError } from "@/components/forms/form-status";
import { errorAt } from "@/lib/validations/form-state";
import { signUpAction } from "./actions";

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noChange = () => () => {};

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, null);
  // The new account's study day starts in this browser's zone (the server checks it; empty before hydration → UTC).
  const timeZone = useSyncExternalStore(noChange, browserTimeZone, () => "");
  const password = useRef("");
  const [signInFailed, setSignInFailed] = useState(false);
  const formRef = useFocusFirstError(state);

  // Signed up (or the email had an account: the answer is the same): sign in with what was typed.
  useEffect(() => {
    if (state?.ok) {
      void signIn("credentials", {
        email: state.email,
        password: password.current,
        redirect: false,
      }).then((result) => {
        if (result?.ok && !result.error)
          window.location.assign(new URL("/", window.location.href).href);
        else setSignInFailed(true);
      });
    }
  }, [state]);

  const failed = state && !state.ok ? state : null;
  const err = (name: string) => errorAt(failed?.fieldErrors, name);
  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={(e) => {
        password.current = String(new FormData(e.currentTarget).get("password") ?? "");
      }}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6"
      noValidate
    >
      <input type="hidden" name="timeZone" value={timeZone} />
      {/* React resets the form after an action; the key + defaultValue put back what was typed. */}
      <FormField
        key={`name-${failed?.values.name}`}
        name="name"
        label="Name (optional)"
        autoComplete="name"
        error={err("name")}
        defaultValue={failed?.values.name}
      />
      <FormField
        key={`email-${failed?.values.email}`}
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        error={err("email")}
        defaultValue={failed?.values.email}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters, not a common password."
        error={err("password")}
      />
      <div role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {failed?.message ? <span className="text-red-700">{failed.message}</span> : null}
        {state?.ok && !signInFailed ? "Done. Signing you in…" : null}
        {state?.ok && signInFailed ? (
          <>
            If this email is new, its account is ready; if it had one already, that account is
            unchanged.{" "}
            <Link href="/signin" className="font-medium text-brand-700 underline">
              Sign in with its password
            </Link>{" "}
            to continue.
          </>
        ) : null}
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
