/**
 * Anki's collection schema, version 11 (the `collection.anki2` inside an .apkg; tables as in
 * rslib/src/storage/upgrades/schema11.sql), and the JSON its `col` row carries besides the note types
 * (note-types.ts): decks, deck options and the collection config.
 */
export const COLLECTION_SQL = `
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
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** The decks as `col.decks` holds them: Default (id 1, Anki requires it) and ours, all on options `confId`. */
export function decksJson(decks: Array<{ id: number; name: string }>, mod: number, confId: number) {
  const deck = (id: number, name: string, conf: number) => ({
    id,
    name,
    mod,
    usn: -1,
    desc: "",
    dyn: 0,
    conf,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  });
  return Object.fromEntries([
    [1, deck(1, "Default", 1)],
    ...decks.map((d) => [d.id, deck(d.id, d.name, confId)]),
  ]);
}

export interface DeckOptions {
  id: number;
  name: string;
  learningMinutes: number[];
  relearningMinutes: number[];
  newPerDay: number;
  reviewsPerDay: number;
  desiredRetention: number;
}

/** Deck options ("dconf"): Anki's defaults, or the learner's steps, limits and desired retention. */
export function deckConfigJson(options: DeckOptions) {
  const config = (id: number, name: string, o: Omit<DeckOptions, "id" | "name">) => ({
    id,
    name,
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    desiredRetention: o.desiredRetention,
    new: {
      bury: true,
      delays: o.learningMinutes,
      initialFactor: 2500,
      ints: [1, 4, 0],
      order: 1,
      perDay: o.newPerDay,
      separate: true,
    },
    lapse: { delays: o.relearningMinutes, leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    rev: {
      bury: true,
      ease4: 1.3,
      fuzz: 0.05,
      ivlFct: 1,
      maxIvl: 36500,
      minSpace: 1,
      perDay: o.reviewsPerDay,
      hardFactor: 1.2,
    },
  });
  const defaults = {
    learningMinutes: [1, 10],
    relearningMinutes: [10],
    newPerDay: 20,
    reviewsPerDay: 200,
    desiredRetention: 0.9,
  };
  return {
    1: config(1, "Default", defaults),
    [options.id]: config(options.id, options.name, options),
  };
}

/** `col.conf`: the current deck and note type, the v2/v3 scheduler, and the learner's day start. */
export function collectionConfig(
  modelId: number,
  deckId: number,
  day: { rollover: number; creationOffset: number; localOffset: number },
) {
  return {
    activeDecks: [deckId],
    curDeck: deckId,
    curModel: modelId,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    nextPos: 1,
    sortType: "noteFld",
    sortBackwards: false,
    addToCur: true,
    schedVer: 2,
    sched2021: true,
    rollover: day.rollover,
    creationOffset: day.creationOffset,
    localOffset: day.localOffset,
  };
}
