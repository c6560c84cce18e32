/**
 * Writes an Anki package: a zip (fflate) holding `collection.anki2`, a schema-11 SQLite collection
 * built with better-sqlite3 in a temp file, and `media` = "{}" (no media files). Ids are stable
 * (ids.ts); with a learner's progress, cards carry their schedule and the revlog their reviews.
 * `recall-lab.json` (sidecar.ts) holds the items in our own Markdown, for our importer.
 */
import "server-only";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import { stableId } from "./ids";
import { NOTE_KINDS, noteTypeJson } from "./note-types";
import { courseDecks, courseNotes, type AnkiDeck, type AnkiNote } from "./notes";
import type { Progress } from "./progress";
import { collectionConfig, COLLECTION_SQL, deckConfigJson, decksJson } from "./schema";
import { buildSidecar, SIDECAR_FILE } from "./sidecar";
import type { DeckCourse } from "./source";
import { fieldChecksum, stripHtml } from "./text";
import { splitSteps, stepMinutes } from "../../validations/steps";

const SEPARATOR = "\x1f";
const CONF_ID = stableId("deck-options", "recall-lab");

/** Minutes west of UTC at `instant` in `timeZone`, Anki's sign for `creationOffset`/`localOffset`. */
function minutesWest(instant: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0;
  const east = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "+" ? -east : east;
}

const minutes = (steps: string) =>
  splitSteps(steps)
    .map(stepMinutes)
    .filter((n): n is number => n !== null);

interface Collection {
  courses: DeckCourse[];
  decks: AnkiDeck[];
  notes: AnkiNote[];
  now: Date;
  progress?: Progress;
}

function colRow(c: Collection) {
  const secs = Math.floor(c.now.getTime() / 1000);
  const models = Object.fromEntries(
    c.courses.flatMap((course) =>
      NOTE_KINDS.map((kind) => {
        const json = noteTypeJson(course.slug, kind, c.decks[0]?.id ?? 1, secs);
        return [json.id, json];
      }),
    ),
  );
  const s = c.progress?.settings;
  const zone = c.progress?.clock.timeZone ?? "UTC";
  const crt = c.progress?.crt ?? Math.floor(Date.UTC(2026, 0, 1, 4) / 1000);
  const options = {
    id: CONF_ID,
    name: "Recall Lab",
    learningMinutes: s ? minutes(s.learningSteps) : [1, 10],
    relearningMinutes: s ? minutes(s.relearningSteps) : [10],
    newPerDay: s?.newPerDay ?? 20,
    reviewsPerDay: s?.maxReviewsPerDay ?? 200,
    desiredRetention: s?.desiredRetention ?? 0.9,
  };
  const conf = collectionConfig(Number(Object.keys(models)[0] ?? 0), c.decks[0]?.id ?? 1, {
    rollover: c.progress?.clock.dayStartHour ?? 4,
    creationOffset: minutesWest(new Date(crt * 1000), zone),
    localOffset: minutesWest(c.now, zone),
  });
  return [
    crt,
    c.now.getTime(),
    c.now.getTime(),
    JSON.stringify(conf),
    JSON.stringify(models),
    JSON.stringify(decksJson(c.decks, secs, CONF_ID)),
    JSON.stringify(deckConfigJson(options)),
  ];
}

function writeCollection(file: string, c: Collection) {
  const sqlite = new Database(file);
  try {
    sqlite.exec(COLLECTION_SQL);
    sqlite
      .prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")
      .run(...colRow(c));
    const secs = Math.floor(c.now.getTime() / 1000);
    const addNote = sqlite.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const addCard = sqlite.prepare(
      "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)",
    );
    const addReview = sqlite.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)");
    sqlite.transaction(() => {
      const cardIds = new Map<string, number>();
      c.notes.forEach((note, i) => {
        const tags = note.tags.length ? ` ${note.tags.join(" ")} ` : "";
        const [first = ""] = note.fields;
        addNote.run(
          note.id,
          note.guid,
          note.modelId,
          secs,
          tags,
          note.fields.join(SEPARATOR),
          stripHtml(first),
          fieldChecksum(first),
        );
        const s = c.progress?.cards.get(note.itemId);
        // A new card's due is its position in the new queue.
        const sched = s ?? {
          type: 0,
          queue: 0,
          due: i + 1,
          ivl: 0,
          factor: 0,
          reps: 0,
          lapses: 0,
          left: 0,
          data: "",
        };
        addCard.run(
          note.cardId,
          note.id,
          note.deckId,
          secs,
          sched.type,
          sched.queue,
          sched.due,
          sched.ivl,
          sched.factor,
          sched.reps,
          sched.lapses,
          sched.left,
          sched.data,
        );
        cardIds.set(note.itemId, note.cardId);
      });
      for (const r of c.progress?.revlog ?? []) {
        const cid = cardIds.get(r.itemId);
        // Reviews of items no longer exported (archived, unpublished) have no card to belong to.
        if (cid) addReview.run(r.id, cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type);
      }
    })();
  } finally {
    sqlite.close();
  }
}

export async function writeApkg(
  courses: DeckCourse[],
  options: { now?: Date; progress?: Progress } = {},
): Promise<Uint8Array> {
  const collection: Collection = {
    courses,
    decks: courses.flatMap(courseDecks),
    notes: (await Promise.all(courses.map(courseNotes))).flat(),
    now: options.now ?? new Date(),
    progress: options.progress,
  };
  const dir = await mkdtemp(path.join(os.tmpdir(), "recall-apkg-"));
  try {
    const file = path.join(dir, "collection.anki2");
    writeCollection(file, collection);
    return zipSync({
      "collection.anki2": new Uint8Array(await readFile(file)),
      media: strToU8("{}"),
      [SIDECAR_FILE]: strToU8(JSON.stringify(buildSidecar(courses, collection.notes))),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
