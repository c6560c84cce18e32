import { z } from "zod";

export const roleSchema = z.enum(["LEARNER", "INSTRUCTOR", "ADMIN"]);
export type RoleName = z.infer<typeof roleSchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("enter a valid email address"));
export const passwordSchema = z
  .string()
  .min(8, "use at least 8 characters")
  .max(200, "use at most 200 characters");

export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .max(80, "use at most 80 characters")
    .optional()
    .transform((v) => v || undefined),
  email: emailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "enter your password"),
});
