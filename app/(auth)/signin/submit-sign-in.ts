/**
 * The sign-in form's action (decision 0014's pattern, run in the browser): the fields through
 * `signInSchema`, field errors in the shared `FormState` shape, then next-auth's credentials
 * sign-in, which checks the pair on the server (lib/auth/credentials.ts: the same throttles, the
 * same answer for an unknown email and a wrong password) and sets the session cookie.
 */
import { signInSchema } from "@/lib/validations/auth";
import { formValues, invalid, type FormState } from "@/lib/validations/form-state";
import { pluralize } from "@/lib/format/plural";

/** next-auth's `signIn("credentials", { redirect: false, … })`, or a stand-in for it in tests. */
export type CredentialsSignIn = (credentials: {
  email: string;
  password: string;
}) => Promise<{ ok: boolean; error?: string | null } | undefined>;

/** What the server's `authorize` threw ("throttled:<seconds>" or "invalid") as a sentence. */
function refusal(error: string) {
  if (error.startsWith("throttled:"))
    return `Too many failed attempts. Try again in ${pluralize(Number(error.split(":")[1]), "second")}.`;
  return "That email and password don't match an account.";
}

/** `ok` once signed in (the caller then leaves for the callback URL); never echoes the password. */
export async function submitSignIn(form: FormData, signIn: CredentialsSignIn): Promise<FormState> {
  const submitted = formValues(form);
  const values = { email: (submitted.email ?? "").slice(0, 300) };
  const parsed = signInSchema.safeParse(submitted);
  if (!parsed.success) return invalid(parsed.error, values);
  const result = await signIn(parsed.data);
  if (result?.ok && !result.error) return { ok: true, message: "Signed in. Loading your page…" };
  return { ok: false, message: refusal(result?.error ?? "invalid"), values };
}
