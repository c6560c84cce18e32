/** Errors as values at the study boundaries: actions return them, routes turn `status` into HTTP. */
export type Failure = { ok: false; status: 400 | 401 | 403 | 404 | 409; error: string };
export type Result<T> = ({ ok: true } & T) | Failure;

export function fail(status: Failure["status"], error: string): Failure {
  return { ok: false, status, error };
}
