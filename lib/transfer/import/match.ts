/**
 * Decides, per uploaded item, what an import would do: create it (new), update the lesson's
 * item with the same id or prompt (changed), leave it (unchanged), or skip it because the same
 * id lives in another lesson or the same text already exists (duplicate). Pure, so the preview
 * and the write compute the same plan.
 */
import type { FlashcardContent, QuestionContent } from "../../content/schema";

export type ItemStatus = "new" | "changed" | "unchanged" | "duplicate";

/** An item already in the database, in the content-file shape plus where it lives. */
export interface KnownItem<T> {
  value: T;
  lessonSlug: string;
  inTarget: boolean;
}

export interface PlannedItem<T> {
  status: ItemStatus;
  id: string;
  value: T;
  where: string;
  note?: string;
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

type Kind<T> = {
  key: (v: Omit<T, "id">) => string;
  same: (a: Omit<T, "id">, b: Omit<T, "id">) => boolean;
  /** An update keeps what the upload cannot say (section, linked examples). */
  merge: (existing: T, incoming: Omit<T, "id">) => T;
};

export const questionKind: Kind<QuestionContent> = {
  key: (q) => norm(q.prompt),
  same: (a, b) =>
    a.type === b.type &&
    norm(a.prompt) === norm(b.prompt) &&
    norm(a.explanation) === norm(b.explanation) &&
    JSON.stringify(a.options.map((o) => [norm(o.text), o.correct])) ===
      JSON.stringify(b.options.map((o) => [norm(o.text), o.correct])),
  merge: (e, q) => ({
    ...e,
    type: q.type,
    prompt: q.prompt,
    options: q.options,
    explanation: q.explanation,
    ...(q.section ? { section: q.section } : {}),
  }),
};

export const cardKind: Kind<FlashcardContent> = {
  key: (c) => norm(c.front),
  same: (a, b) => norm(a.front) === norm(b.front) && norm(a.back) === norm(b.back),
  merge: (e, c) => ({
    ...e,
    front: c.front,
    back: c.back,
    ...(c.section ? { section: c.section } : {}),
  }),
};

/** Fresh ids continue the lesson's numbering: `csm-q21` after `csm-q20`, skipping any id in use. */
export function idMaker(prefix: string, letter: "q" | "c", used: Set<string>) {
  let n = 0;
  return () => {
    let id: string;
    do id = `${prefix}-${letter}${String(++n).padStart(2, "0")}`;
    while (used.has(id));
    used.add(id);
    return id;
  };
}

export function planItems<T extends { id: string }>(
  incoming: Array<Omit<T, "id"> & { id?: string; where: string }>,
  known: Map<string, KnownItem<T>>,
  kind: Kind<T>,
  nextId: () => string,
): Array<PlannedItem<T>> {
  const claimed = new Set<string>();
  const target = [...known.values()].filter((k) => k.inTarget);
  const planned: Array<PlannedItem<T>> = [];
  const strip = ({
    id: _id,
    where: _where,
    ...rest
  }: Omit<T, "id"> & { id?: string; where: string }) => rest as unknown as Omit<T, "id">;
  for (const item of incoming) {
    const body = strip(item);
    const make = (status: ItemStatus, id: string, note?: string) =>
      planned.push({ status, id, value: { ...body, id } as unknown as T, where: item.where, note });
    const update = (existing: KnownItem<T>) => {
      claimed.add(existing.value.id);
      const same = kind.same(existing.value, body);
      planned.push({
        status: same ? "unchanged" : "changed",
        id: existing.value.id,
        value: same ? existing.value : kind.merge(existing.value, body),
        where: item.where,
      });
    };
    const earlier = planned.find((p) => kind.same(p.value, body));
    if (earlier) {
      make("duplicate", earlier.id, `same text as ${earlier.where} of this upload`);
      continue;
    }
    if (item.id && planned.some((p) => p.id === item.id)) {
      make("duplicate", item.id, "id used twice in this upload");
      continue;
    }
    const byId = item.id ? known.get(item.id) : undefined;
    if (item.id && byId && !byId.inTarget) {
      make("duplicate", item.id, `id already used in lesson "${byId.lessonSlug}"`);
      continue;
    }
    if (item.id && byId) {
      update(byId);
      continue;
    }
    const free = (k: KnownItem<T>) => !claimed.has(k.value.id);
    const exact = item.id ? undefined : target.find((k) => free(k) && kind.same(k.value, body));
    if (exact) {
      update(exact);
      continue;
    }
    const elsewhere = [...known.values()].find((k) => !k.inTarget && kind.same(k.value, body));
    if (elsewhere) {
      make(
        "duplicate",
        elsewhere.value.id,
        `same text as ${elsewhere.value.id} in lesson "${elsewhere.lessonSlug}"`,
      );
      continue;
    }
    const similar = item.id
      ? undefined
      : target.find((k) => free(k) && kind.key(k.value) === kind.key(body));
    if (similar) {
      update(similar);
      continue;
    }
    make("new", item.id ?? nextId());
  }
  return planned;
}
