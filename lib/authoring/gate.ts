/** Who may author: every authoring function asks here first, so a page or action can't forget. */
import "server-only";
import { requireUser } from "../auth/session";

export const requireAuthor = () => requireUser(["INSTRUCTOR", "ADMIN"]);
export const requireAdmin = () => requireUser(["ADMIN"]);
