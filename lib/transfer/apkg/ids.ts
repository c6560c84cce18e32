/**
 * Stable Anki ids. Anki ids are epoch milliseconds; ours are hashes of our own content ids placed in
 * [1e12, 1.5e12) (2001–2017 as timestamps), a range Anki no longer hands out, so a newer export has the
 * same note type, deck, note and card ids and Anki updates instead of adding duplicates.
 */
import { createHash } from "node:crypto";

const BASE = 1_000_000_000_000;
const SPAN = 500_000_000_000;

/** A deterministic id for the given parts (e.g. "deck", lesson slug), inside Anki's id range. */
export function stableId(...parts: string[]): number {
  const digest = createHash("sha1").update(parts.join("\x1f")).digest();
  return BASE + (digest.readUIntBE(0, 6) % SPAN);
}

/** A stable guid per item id, so importing a newer export into Anki updates notes instead of adding copies. */
export function noteGuid(id: string): string {
  return createHash("sha1").update(`recall-lab:${id}`).digest("base64url").slice(0, 10);
}

/** Anki tags are space-separated: whitespace inside one becomes "_". */
export const ankiTag = (text: string): string => text.trim().replace(/\s+/g, "_");

/** "::" separates deck levels in Anki, so a title holding it would split the deck. */
export const deckPart = (title: string): string => title.replace(/::/g, ":").trim() || "Untitled";

/** The course's top deck and each lesson's subdeck (notes.ts), also how our importer recognises them. */
export const courseDeckId = (courseSlug: string) => stableId("deck", courseSlug);
export const lessonDeckId = (lessonSlug: string) => stableId("deck", "lesson", lessonSlug);
