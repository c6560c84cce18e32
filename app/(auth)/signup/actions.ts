"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { registerLearner, type SignUpResult } from "@/lib/users/sign-up";

/** Form → zod → create; returns field errors for the form, never throws to the client. */
export async function signUpAction(
  _prev: SignUpResult | null,
  form: FormData,
): Promise<SignUpResult> {
  const input = {
    name: form.get("name") ?? undefined,
    email: form.get("email"),
    password: form.get("password"),
    timeZone: form.get("timeZone"),
  };
  return registerLearner(input, clientAddress(await headers()));
}
