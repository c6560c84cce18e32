/** Reading our .apkg files back in tests: with anki-reader (an independent reader) and with better-sqlite3. */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readAnkiPackage } from "anki-reader";
import Database from "better-sqlite3";
import { unzipSync } from "fflate";

const tmp = mkdtempSync(path.join(os.tmpdir(), "recall-apkg-test-"));
let files = 0;

export const readWithAnkiReader = (apkg: Uint8Array) =>
  readAnkiPackage(new Blob([new Uint8Array(apkg)]));

/** The package's collection as a read-only SQLite database (close it when done). */
export function openCollection(apkg: Uint8Array): Database.Database {
  const zip = unzipSync(apkg);
  const file = path.join(tmp, `collection-${files++}.anki2`);
  writeFileSync(file, zip["collection.anki2"]!);
  return new Database(file, { readonly: true });
}

export interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
}
export interface CardRow {
  id: number;
  nid: number;
  did: number;
  ord: number;
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  data: string;
}
export interface RevlogRow {
  id: number;
  cid: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}
export interface ModelJson {
  id: number;
  name: string;
  did: number;
  flds: Array<{ name: string; ord: number }>;
  tmpls: Array<{ qfmt: string; afmt: string }>;
}

export function collectionRows(apkg: Uint8Array) {
  const anki = openCollection(apkg);
  try {
    const col = anki.prepare("SELECT * FROM col").get() as {
      crt: number;
      ver: number;
      conf: string;
      models: string;
      decks: string;
      dconf: string;
    };
    return {
      col,
      conf: JSON.parse(col.conf) as Record<string, unknown>,
      models: JSON.parse(col.models) as Record<string, ModelJson>,
      decks: JSON.parse(col.decks) as Record<string, { id: number; name: string; conf: number }>,
      dconf: JSON.parse(col.dconf) as Record<string, { id: number }>,
      notes: anki.prepare("SELECT * FROM notes ORDER BY id").all() as NoteRow[],
      cards: anki.prepare("SELECT * FROM cards ORDER BY id").all() as CardRow[],
      revlog: anki.prepare("SELECT * FROM revlog ORDER BY id").all() as RevlogRow[],
    };
  } finally {
    anki.close();
  }
}
