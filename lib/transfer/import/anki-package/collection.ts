/**
 * Reads an Anki collection (the SQLite file inside a package) from memory with better-sqlite3:
 * schema 11 (`collection.anki2`/`.anki21`: note types and decks as JSON in `col`) or schema 18
 * (`collection.anki21b`: `notetypes`, `fields`, `templates`, `decks` and `config` tables, configs
 * as protobuf). Returns plain rows; nothing here knows about Recall Lab.
 */
import Database from "better-sqlite3";
import { PackageError } from "./errors";
import { num, readMessage, text } from "./protobuf";

export interface AnkiModel {
  id: number;
  name: string;
  cloze: boolean;
  fields: string[];
  templates: Array<{ name: string; qfmt: string; afmt: string }>;
}
export interface AnkiDeckRow {
  id: number;
  /** Levels joined with "::", as Anki shows them. */
  name: string;
}
export interface AnkiNoteRow {
  id: number;
  guid: string;
  mid: number;
  tags: string[];
  fields: string[];
}
export interface AnkiCardRow {
  id: number;
  nid: number;
  did: number;
  ord: number;
  type: number;
  queue: number;
  due: number;
  ivl: number;
  reps: number;
  lapses: number;
  left: number;
  odid: number;
  data: string;
}
export interface AnkiRevlogRow {
  id: number;
  cid: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}
export interface AnkiCollection {
  schema: number;
  /** Start of the collection's first day, epoch seconds. */
  crt: number;
  /** Hour the study day starts. */
  rollover: number;
  models: Map<number, AnkiModel>;
  decks: Map<number, AnkiDeckRow>;
  notes: AnkiNoteRow[];
  cards: AnkiCardRow[];
  revlog: AnkiRevlogRow[];
}

/** Schema versions we read: 11 (legacy JSON in `col`) and 14–18 (tables). */
const READABLE = (v: number) => v === 11 || (v >= 14 && v <= 18);

function legacyModels(json: string): Map<number, AnkiModel> {
  const raw = JSON.parse(json || "{}") as Record<
    string,
    {
      id: number | string;
      name: string;
      type: number;
      flds: Array<{ name: string; ord: number }>;
      tmpls: Array<{ name: string; ord: number; qfmt: string; afmt: string }>;
    }
  >;
  return new Map(
    Object.values(raw).map((m) => [
      Number(m.id),
      {
        id: Number(m.id),
        name: m.name,
        cloze: m.type === 1,
        fields: [...m.flds].sort((a, b) => a.ord - b.ord).map((f) => f.name),
        templates: [...m.tmpls]
          .sort((a, b) => a.ord - b.ord)
          .map((t) => ({ name: t.name, qfmt: t.qfmt, afmt: t.afmt })),
      },
    ]),
  );
}

function tableModels(sqlite: Database.Database): Map<number, AnkiModel> {
  const types = sqlite.prepare("SELECT id, name, config FROM notetypes").all() as Array<{
    id: number;
    name: string;
    config: Uint8Array;
  }>;
  const fields = sqlite
    .prepare("SELECT ntid, ord, name FROM fields ORDER BY ntid, ord")
    .all() as Array<{
    ntid: number;
    name: string;
  }>;
  const templates = sqlite
    .prepare("SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord")
    .all() as Array<{ ntid: number; name: string; config: Uint8Array }>;
  return new Map(
    types.map((t) => {
      const config = readMessage(t.config);
      return [
        t.id,
        {
          id: t.id,
          name: t.name,
          cloze: num(config, 1) === 1,
          fields: fields.filter((f) => f.ntid === t.id).map((f) => f.name),
          templates: templates
            .filter((x) => x.ntid === t.id)
            .map((x) => {
              const c = readMessage(x.config);
              return { name: x.name, qfmt: text(c, 1), afmt: text(c, 2) };
            }),
        },
      ];
    }),
  );
}

function legacyDecks(json: string): Map<number, AnkiDeckRow> {
  const raw = JSON.parse(json || "{}") as Record<string, { id: number | string; name: string }>;
  return new Map(Object.values(raw).map((d) => [Number(d.id), { id: Number(d.id), name: d.name }]));
}

function tableDecks(sqlite: Database.Database): Map<number, AnkiDeckRow> {
  const rows = sqlite.prepare("SELECT id, name FROM decks").all() as AnkiDeckRow[];
  // Schema 18 stores the levels separated by \x1f.
  return new Map(rows.map((d) => [d.id, { id: d.id, name: d.name.split("\x1f").join("::") }]));
}

function hasTable(sqlite: Database.Database, name: string): boolean {
  return Boolean(
    sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name),
  );
}

function rolloverOf(sqlite: Database.Database, conf: string): number {
  const legacy = JSON.parse(conf || "{}") as { rollover?: number };
  if (typeof legacy.rollover === "number") return legacy.rollover;
  if (!hasTable(sqlite, "config")) return 4;
  const row = sqlite.prepare("SELECT val FROM config WHERE KEY = 'rollover'").get() as
    { val: Uint8Array } | undefined;
  const value = row ? Number(new TextDecoder().decode(row.val)) : 4;
  return Number.isInteger(value) ? value : 4;
}

function read(sqlite: Database.Database, file: string): AnkiCollection {
  if (!hasTable(sqlite, "col") || !hasTable(sqlite, "notes") || !hasTable(sqlite, "cards"))
    throw new PackageError(
      `${file} has no Anki tables (col, notes, cards); it is not an Anki collection`,
    );
  const col = sqlite.prepare("SELECT crt, ver, conf, models, decks FROM col").get() as
    { crt: number; ver: number; conf: string; models: string; decks: string } | undefined;
  if (!col) throw new PackageError(`${file} has an empty col table`);
  if (!READABLE(col.ver))
    throw new PackageError(
      `${file} has schema version ${col.ver}; Recall Lab reads 11 (Anki 2.1) and 18 (Anki 23+); open the deck in a current Anki and export it again`,
    );
  const tables = hasTable(sqlite, "notetypes");
  const notes = (
    sqlite.prepare("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id").all() as Array<{
      id: number;
      guid: string;
      mid: number;
      tags: string;
      flds: string;
    }>
  ).map((n) => ({
    id: n.id,
    guid: n.guid,
    mid: n.mid,
    tags: n.tags.split(/\s+/).filter(Boolean),
    fields: n.flds.split("\x1f"),
  }));
  const cards = sqlite
    .prepare(
      "SELECT id, nid, did, ord, type, queue, due, ivl, reps, lapses, left, odid, data FROM cards ORDER BY id",
    )
    .all() as AnkiCardRow[];
  const revlog = hasTable(sqlite, "revlog")
    ? (sqlite
        .prepare("SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id")
        .all() as AnkiRevlogRow[])
    : [];
  return {
    schema: col.ver,
    crt: col.crt,
    rollover: rolloverOf(sqlite, col.conf),
    models: tables ? tableModels(sqlite) : legacyModels(col.models),
    decks: tables && hasTable(sqlite, "decks") ? tableDecks(sqlite) : legacyDecks(col.decks),
    notes,
    cards,
    revlog,
  };
}

export function readCollection(bytes: Uint8Array, file: string): AnkiCollection {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new PackageError(`${file} is not an SQLite database (${(error as Error).message})`);
  }
  try {
    return read(sqlite, file);
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError(
      `${file} is damaged or not an Anki collection (${(error as Error).message}); export it from Anki again`,
    );
  } finally {
    sqlite.close();
  }
}
