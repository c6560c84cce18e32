import { z } from "zod";
import { weakPasswordReason } from "./password-strength";

export const roleSchema = z.enum(["LEARNER", "INSTRUCTOR", "ADMIN"]);
export type RoleName = z.infer<typeof roleSchema>;

/** RFC 5321's longest usable address; checked before the email parser sees a long string. */
export const EMAIL_MAX = 254;
export const NAME_MAX = 80;

export const emailSchema = z
  .string()
  .trim()
  .max(EMAIL_MAX, `use at most ${EMAIL_MAX} characters`)
  .toLowerCase()
  .pipe(z.email("enter a valid email address"));

export const nameSchema = z
  .string()
  .trim()
  .max(NAME_MAX, `use at most ${NAME_MAX} characters`)
  .optional()
  .transform((v) => v || undefined);

const passwordLength = z
  .string()
  .min(8, "use at least 8 characters")
  .max(200, "use at most 200 characters");

/** Length, then strength: the commonest passwords and one repeated character are refused. */
export const passwordSchema = passwordLength.pipe(
  z.string().superRefine((password, ctx) => {
    const reason = weakPasswordReason(password);
    if (reason) ctx.addIssue({ code: "custom", message: reason });
  }),
);

/** The shape of a sign-up; its password's strength is checked after the sign-up budget (lib/users/sign-up.ts). */
export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordLength,
});

/**
 * A sign-in: what the form checks before sending (app/(auth)/signin/submit-sign-in.ts) and the
 * server again before the password check (lib/auth/credentials.ts). An empty email is told apart
 * from a malformed one.
 */
export const signInSchema = z.object({
  email: z
    .string({ error: "enter your email address" })
    .trim()
    .min(1, "enter your email address")
    .pipe(emailSchema),
  password: z
    .string({ error: "enter your password" })
    .min(1, "enter your password")
    .max(200, "use at most 200 characters"),
});
