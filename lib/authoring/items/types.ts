/** The shape every authored kind (course, lesson, question, flashcard, example) plugs into. */
import { z } from "zod";
import { fieldErrorsOf, type FieldErrors } from "../../validations/form-state";
import type { EntityType } from "../snapshot";
import type { Tx } from "../../db";

export type { FieldErrors };
/** A refused parse: errors by field (decision 0014), and what is wrong with the whole, if anything. */
export type Parsed<S> =
  { ok: true; snapshot: S } | { ok: false; fieldErrors: FieldErrors; message?: string };

export interface ItemState<S> {
  id: string;
  version: number;
  status: string;
  archivedAt: Date | null;
  parentId: string | null;
  snapshot: S;
}

/** A row's editing state (its version, status and parent) with its content as a snapshot. */
export const itemState = <S>(
  row: Omit<ItemState<S>, "parentId" | "snapshot">,
  parentId: string | null,
  snapshot: S,
): ItemState<S> => ({
  id: row.id,
  version: row.version,
  status: row.status,
  archivedAt: row.archivedAt,
  parentId,
  snapshot,
});

export interface ItemAdapter<S> {
  type: EntityType;
  /** The editor's form content → snapshot. */
  parse(content: unknown): Parsed<S>;
  /** A stored revision → snapshot (checked again: the schema may have tightened since). */
  parseSnapshot(snapshot: unknown): Parsed<S>;
  read(tx: Tx, id: string): Promise<ItemState<S> | null>;
  /** Links and unique names the schema can't see, e.g. linked examples must exist in the course. */
  checkRefs(tx: Tx, parentId: string | null, snapshot: S, id?: string): Promise<FieldErrors>;
  create(tx: Tx, parentId: string, snapshot: S, position: number): Promise<string>;
  /** Writes the content when the row is still at `expected`; false when someone saved first. */
  update(tx: Tx, id: string, expected: number, snapshot: S): Promise<boolean>;
}

export function parseWith<T, S>(
  schema: z.ZodType<T>,
  content: unknown,
  toSnapshot: (value: T) => S,
): Parsed<S> {
  const parsed = schema.safeParse(content);
  return parsed.success
    ? { ok: true, snapshot: toSnapshot(parsed.data) }
    : {
        ok: false,
        fieldErrors: fieldErrorsOf(parsed.error),
        message: z.flattenError(parsed.error).formErrors.join(" ") || undefined,
      };
}
