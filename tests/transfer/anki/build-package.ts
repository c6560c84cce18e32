/**
 * Anki packages made the way Anki makes them, for the importer's tests: schema 11 (`collection.anki2`
 * with note types and decks as JSON in `col`, media as a JSON map) and schema 18 (Anki 23+:
 * `collection.anki21b` zstd-compressed, `notetypes`/`fields`/`templates`/`decks`/`config` tables with
 * protobuf configs, a `meta` file, a protobuf media map and zstd media, and the dummy
 * `collection.anki2` Anki adds for old clients). zstd frames here use raw blocks (valid zstd that
 * any decoder reads); tests/fixtures/anki/ has one made by the real zstd.
 */
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { strToU8, zipSync, type Zippable } from "fflate";
import { COLLECTION_SQL } from "@/lib/transfer/apkg/schema";
import { fieldChecksum, stripHtml } from "@/lib/transfer/apkg/text";
import type { RevlogRow } from "../apkg-read";

export interface ModelSpec {
  id: number;
  name: string;
  cloze?: boolean;
  fields: string[];
  templates: Array<{ name: string; qfmt: string; afmt: string }>;
}
export interface NoteSpec {
  id: number;
  guid: string;
  mid: number;
  tags?: string[];
  fields: string[];
}
export interface CardSpec {
  id: number;
  nid: number;
  did: number;
  ord: number;
  type?: number;
  queue?: number;
  due?: number;
  ivl?: number;
  reps?: number;
  lapses?: number;
  left?: number;
  /** The original deck while the card is in a filtered deck. */
  odid?: number;
  data?: string;
}
/** A revlog row as written: the same columns tests/transfer/apkg-read.ts reads back. */
export type RevlogSpec = RevlogRow;
export interface CollectionSpec {
  models: ModelSpec[];
  decks: Array<{ id: number; name: string }>;
  notes: NoteSpec[];
  cards: CardSpec[];
  revlog?: RevlogSpec[];
  crt?: number;
  rollover?: number;
  ver?: number;
}

export const BASIC: ModelSpec = {
  id: 1_600_000_000_001,
  name: "Basic",
  fields: ["Front", "Back"],
  templates: [
    { name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" },
  ],
};
export const REVERSED: ModelSpec = {
  id: 1_600_000_000_002,
  name: "Basic (and reversed card)",
  fields: ["Front", "Back"],
  templates: [
    { name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" },
    { name: "Card 2", qfmt: "{{Back}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}" },
  ],
};
export const CLOZE: ModelSpec = {
  id: 1_600_000_000_003,
  name: "Cloze",
  cloze: true,
  fields: ["Text", "Back Extra"],
  templates: [
    { name: "Cloze", qfmt: "{{cloze:Text}}", afmt: "{{cloze:Text}}<br>\n{{Back Extra}}" },
  ],
};
export const TYPED: ModelSpec = {
  id: 1_600_000_000_004,
  name: "Basic (type in the answer)",
  fields: ["Front", "Back"],
  templates: [
    {
      name: "Card 1",
      qfmt: "{{Front}}\n\n{{type:Back}}",
      afmt: "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}",
    },
  ],
};

function legacyModel(m: ModelSpec) {
  return {
    id: m.id,
    name: m.name,
    type: m.cloze ? 1 : 0,
    mod: 0,
    usn: 0,
    sortf: 0,
    did: 1,
    tags: [],
    vers: [],
    css: ".card {}",
    flds: m.fields.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: "Arial",
      size: 20,
      media: [],
    })),
    tmpls: m.templates.map((t, ord) => ({ ...t, ord, did: null, bqfmt: "", bafmt: "" })),
    req: [[0, "any", [0]]],
    latexPre: "",
    latexPost: "",
  };
}

// --- protobuf, as Anki writes it ---
function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}
export const pbVarint = (field: number, n: number) => [...varint(field * 8), ...varint(n)];
export const pbBytes = (field: number, bytes: Uint8Array | number[]) => [
  ...varint(field * 8 + 2),
  ...varint(bytes.length),
  ...bytes,
];
export const pbString = (field: number, s: string) => pbBytes(field, strToU8(s));

const SCHEMA_18 = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null,
  data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (oid integer not null, type integer not null, usn integer not null, primary key (oid, type)) without rowid;
CREATE TABLE deck_config (id integer primary key not null, name text not null, mtime_secs integer not null, usn integer not null, config blob not null);
CREATE TABLE config (KEY text not null primary key, usn integer not null, mtime_secs integer not null, val blob not null) without rowid;
CREATE TABLE fields (ntid integer not null, ord integer not null, name text not null, config blob not null, primary key (ntid, ord)) without rowid;
CREATE TABLE templates (ntid integer not null, ord integer not null, name text not null, mtime_secs integer not null, usn integer not null,
  config blob not null, primary key (ntid, ord)) without rowid;
CREATE TABLE notetypes (id integer not null primary key, name text not null, mtime_secs integer not null, usn integer not null, config blob not null);
CREATE TABLE decks (id integer primary key not null, name text not null, mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null);
CREATE TABLE tags (tag text not null primary key collate nocase, usn integer not null, collapsed boolean not null, config blob null) without rowid;
`;

function fill(sqlite: Database.Database, spec: CollectionSpec) {
  const addNote = sqlite.prepare("INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, ?, 0, '')");
  const addCard = sqlite.prepare(
    "INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?, ?, 2500, ?, ?, ?, 0, ?, 0, ?)",
  );
  const addRev = sqlite.prepare("INSERT INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)");
  for (const n of spec.notes) {
    const tags = n.tags?.length ? ` ${n.tags.join(" ")} ` : "";
    addNote.run(
      n.id,
      n.guid,
      n.mid,
      tags,
      n.fields.join("\x1f"),
      stripHtml(n.fields[0] ?? ""),
      fieldChecksum(n.fields[0] ?? ""),
    );
  }
  spec.cards.forEach((c, i) =>
    addCard.run(
      c.id,
      c.nid,
      c.did,
      c.ord,
      c.type ?? 0,
      c.queue ?? 0,
      c.due ?? i + 1,
      c.ivl ?? 0,
      c.reps ?? 0,
      c.lapses ?? 0,
      c.left ?? 0,
      c.odid ?? 0,
      c.data ?? "",
    ),
  );
  for (const r of spec.revlog ?? [])
    addRev.run(r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type);
}

function serialize(sqlite: Database.Database): Uint8Array {
  const bytes = new Uint8Array(sqlite.serialize());
  sqlite.close();
  return bytes;
}

export function schema11(spec: CollectionSpec): Uint8Array {
  const sqlite = new Database(":memory:");
  sqlite.exec(COLLECTION_SQL);
  const models = Object.fromEntries(spec.models.map((m) => [m.id, legacyModel(m)]));
  const decks = Object.fromEntries(
    [{ id: 1, name: "Default" }, ...spec.decks].map((d) => [
      d.id,
      { id: d.id, name: d.name, dyn: 0, conf: 1 },
    ]),
  );
  sqlite
    .prepare("INSERT INTO col VALUES (1, ?, 0, 0, ?, 0, 0, 0, ?, ?, ?, '{}', '{}')")
    .run(
      spec.crt ?? 1_767_240_000,
      spec.ver ?? 11,
      JSON.stringify({ rollover: spec.rollover ?? 4 }),
      JSON.stringify(models),
      JSON.stringify(decks),
    );
  fill(sqlite, spec);
  return serialize(sqlite);
}

export function schema18(spec: CollectionSpec): Uint8Array {
  const sqlite = new Database(":memory:");
  sqlite.exec(SCHEMA_18);
  sqlite
    .prepare("INSERT INTO col VALUES (1, ?, 0, 0, ?, 0, 0, 0, '', '', '', '', '')")
    .run(spec.crt ?? 1_767_240_000, spec.ver ?? 18);
  sqlite
    .prepare("INSERT INTO config VALUES ('rollover', 0, 0, ?)")
    .run(Buffer.from(String(spec.rollover ?? 4)));
  for (const m of spec.models) {
    sqlite
      .prepare("INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)")
      .run(
        m.id,
        m.name,
        Buffer.from([...pbVarint(1, m.cloze ? 1 : 0), ...pbString(3, ".card {}")]),
      );
    m.fields.forEach((name, ord) =>
      sqlite
        .prepare("INSERT INTO fields VALUES (?, ?, ?, ?)")
        .run(m.id, ord, name, Buffer.from(pbString(3, "Arial"))),
    );
    m.templates.forEach((t, ord) =>
      sqlite
        .prepare("INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)")
        .run(m.id, ord, t.name, Buffer.from([...pbString(1, t.qfmt), ...pbString(2, t.afmt)])),
    );
  }
  for (const d of [{ id: 1, name: "Default" }, ...spec.decks])
    sqlite
      .prepare("INSERT INTO decks VALUES (?, ?, 0, 0, ?, ?)")
      .run(d.id, d.name.split("::").join("\x1f"), Buffer.from([]), Buffer.from(pbBytes(1, [])));
  fill(sqlite, spec);
  return serialize(sqlite);
}

/** A zstd frame of raw blocks (RFC 8878 §3.1.1): content size given, no checksum. */
export function zstdRaw(data: Uint8Array): Uint8Array {
  const out: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0xa0];
  out.push(
    data.length & 0xff,
    (data.length >>> 8) & 0xff,
    (data.length >>> 16) & 0xff,
    (data.length >>> 24) & 0xff,
  );
  const BLOCK = 128 * 1024;
  for (let at = 0; at < data.length || at === 0; at += BLOCK) {
    const chunk = data.subarray(at, at + BLOCK);
    const last = at + BLOCK >= data.length ? 1 : 0;
    const header = (chunk.length << 3) | last; // raw block (type 0)
    out.push(header & 0xff, (header >>> 8) & 0xff, (header >>> 16) & 0xff);
    for (const b of chunk) out.push(b);
    if (data.length === 0) break;
  }
  return Uint8Array.from(out);
}

export interface PackageSpec extends CollectionSpec {
  media?: Record<string, Uint8Array>;
  /** Extra zip entries, e.g. a dangerous media file name. */
  extra?: Zippable;
}

/** A legacy .apkg (Anki ≤ 2.1.49, or "support older Anki versions" ticked). */
export function legacyApkg(
  spec: PackageSpec,
  file: "collection.anki2" | "collection.anki21" = "collection.anki2",
): Uint8Array {
  const names = Object.keys(spec.media ?? {});
  const zip: Zippable = {
    [file]: schema11(spec),
    media: strToU8(JSON.stringify(Object.fromEntries(names.map((n, i) => [String(i), n])))),
    ...Object.fromEntries(names.map((n, i) => [String(i), spec.media![n]!])),
    ...spec.extra,
  };
  return zipSync(zip);
}

/** A current .apkg/.colpkg (Anki 23+): meta, zstd collection.anki21b, protobuf media map, zstd media. */
export function latestApkg(
  spec: PackageSpec,
  compress: (d: Uint8Array) => Uint8Array = zstdRaw,
): Uint8Array {
  const names = Object.keys(spec.media ?? {});
  const entries = names.flatMap((n) => {
    const bytes = spec.media![n]!;
    const sha1 = createHash("sha1").update(bytes).digest();
    return pbBytes(1, [...pbString(1, n), ...pbVarint(2, bytes.length), ...pbBytes(3, sha1)]);
  });
  const dummy = schema11({ models: [BASIC], decks: [], notes: [], cards: [] });
  const zip: Zippable = {
    "collection.anki2": dummy,
    "collection.anki21b": compress(schema18(spec)),
    meta: Uint8Array.from(pbVarint(1, 3)),
    media: compress(Uint8Array.from(entries)),
    ...Object.fromEntries(names.map((n, i) => [String(i), compress(spec.media![n]!)])),
    ...spec.extra,
  };
  return zipSync(zip);
}
