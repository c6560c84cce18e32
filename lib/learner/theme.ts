/**
 * The learner's light/dark choice: kept on their account when signed in, in a cookie otherwise
 * (and as a copy when signed in, so the next page is right before the account is read). No choice
 * means following the browser's prefers-color-scheme.
 */
import "server-only";
import { cache } from "react";
import { getCurrentUser, type CurrentUser } from "../auth/session";
import { db } from "../db";
import { themeSchema, type Theme } from "../validations/learner";

export const THEME_COOKIE = "theme";
export const THEME_COOKIE_MAX_AGE = 365 * 24 * 3600;

const parsed = (value: unknown): Theme | null => themeSchema.safeParse(value).data ?? null;

/** The theme for this render: the account's choice, else the cookie's, else null (follow the browser). */
export const currentTheme = cache(
  async (cookieValue: string | undefined): Promise<Theme | null> => {
    const user = await getCurrentUser();
    const saved = user
      ? (await db.user.findUnique({ where: { id: user.id }, select: { theme: true } }))?.theme
      : null;
    return parsed(saved) ?? parsed(cookieValue);
  },
);

export async function saveTheme(user: CurrentUser, theme: Theme): Promise<void> {
  await db.user.update({ where: { id: user.id }, data: { theme: themeSchema.parse(theme) } });
}
