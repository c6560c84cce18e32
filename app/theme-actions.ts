"use server";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { saveTheme, THEME_COOKIE, THEME_COOKIE_MAX_AGE } from "@/lib/learner/theme";
import { themeSchema } from "@/lib/validations/learner";

export type ThemeResult = { ok: true } | { ok: false; message: string };

/** The header's theme toggle: saves the choice on the account (signed in) and in a cookie. */
export async function setThemeAction(theme: unknown): Promise<ThemeResult> {
  const parsed = themeSchema.safeParse(theme);
  if (!parsed.success) return { ok: false, message: "Choose light or dark." };
  const user = await getCurrentUser();
  if (user) await saveTheme(user, parsed.data);
  (await cookies()).set(THEME_COOKIE, parsed.data, {
    path: "/",
    maxAge: THEME_COOKIE_MAX_AGE,
    sameSite: "lax",
  });
  return { ok: true };
}
