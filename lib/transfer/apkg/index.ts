/**
 * Writes an Anki package: a zip (fflate) holding `collection.anki2`, a schema-11 SQLite
 * collection built with better-sqlite3 in a temp file, and `media` = "{}" (no media files).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import type { ContentExport } from "../../content/export-schema";
import { courseNotes, fieldChecksum, stripHtml, type AnkiNote } from "./notes";
import { basicModel, collectionConfig, COLLECTION_SQL, DECK_CONFIG, decks } from "./schema";

const SEPARATOR = "\x1f";

function writeCollection(file: string, deckName: string, notes: AnkiNote[], now: number) {
  const sqlite = new Database(file);
  try {
    sqlite.exec(COLLECTION_SQL);
    // Ids are epoch milliseconds in Anki; deck and model ids just need to be distinct.
    const modelId = now;
    const deckId = now + 1;
    const secs = Math.floor(now / 1000);
    sqlite
      .prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")
      .run(
        secs,
        now,
        now,
        JSON.stringify(collectionConfig(modelId, deckId)),
        JSON.stringify(basicModel(modelId, deckId, secs)),
        JSON.stringify(decks(deckId, deckName, secs)),
        JSON.stringify(DECK_CONFIG),
      );
    const addNote = sqlite.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const addCard = sqlite.prepare(
      "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
    );
    sqlite.transaction(() => {
      notes.forEach((note, i) => {
        const id = now + 10 + i;
        const tags = note.tags.length ? ` ${note.tags.join(" ")} ` : "";
        addNote.run(
          id,
          note.guid,
          modelId,
          secs,
          tags,
          `${note.front}${SEPARATOR}${note.back}`,
          stripHtml(note.front),
          fieldChecksum(note.front),
        );
        addCard.run(id, id, deckId, secs, i + 1);
      });
    })();
  } finally {
    sqlite.close();
  }
}

export async function writeApkg(
  data: ContentExport,
  deckName: string,
  now = Date.now(),
): Promise<Uint8Array> {
  const notes = (await Promise.all(data.courses.map(courseNotes))).flat();
  const dir = await mkdtemp(path.join(os.tmpdir(), "recall-apkg-"));
  try {
    const file = path.join(dir, "collection.anki2");
    writeCollection(file, deckName, notes, now);
    return zipSync({
      "collection.anki2": new Uint8Array(await readFile(file)),
      media: strToU8("{}"),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
