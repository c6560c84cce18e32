/** What authoring actions answer: errors are values, so forms can show them next to the field. */
import { AuthError } from "../auth/session";
import type { FieldErrors } from "./items/types";

export interface TheirVersion {
  version: number;
  snapshot: unknown;
  savedBy: string | null;
  savedAt: string | null;
}
export interface Conflict {
  theirs: TheirVersion;
  mine: unknown;
}

export type SaveResult =
  | {
      ok: true;
      id: string;
      /** The live version; after "Save as draft" (`draft`), still the one learners see. */
      version: number;
      draft?: true;
    }
  | {
      ok: false;
      error: string;
      status?: 401 | 403 | 404 | 409 | 422;
      fieldErrors?: FieldErrors;
      conflict?: Conflict;
    };

export type ActionResult =
  { ok: true } | { ok: false; error: string; status?: 401 | 403 | 404 | 409 | 422 };

/** Turns a refused session into a value; anything else is a bug and still throws. */
export async function refusedAsValue<T>(
  run: () => Promise<T>,
): Promise<T | { ok: false; error: string; status: 401 | 403 }> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AuthError)
      return { ok: false, error: error.message, status: error.status };
    throw error;
  }
}
