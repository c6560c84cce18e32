/**
 * A whole package as Recall Lab content: each card an item with a stable id, grouped by deck (each
 * deck a lesson, or each a section of one lesson: the instructor chooses), tags kept, media found,
 * and everything that can't come along counted for the preview. A note type we can't map is an
 * error naming it. Our own exports come back exactly through `recall-lab.json` (apkg/sidecar.ts).
 */
import { createHash } from "node:crypto";
import GithubSlugger from "github-slugger";
import { courseDeckId, lessonDeckId, noteGuid } from "../../apkg/ids";
import {
  fieldsFingerprint,
  sidecarSchema,
  type Sidecar,
  type SidecarItem,
} from "../../apkg/sidecar";
import { slugify } from "../naming";
import { pluralize, pluralWord } from "../../../format/plural";
import type { AnkiPackage } from "./package";
import { PackageError } from "./errors";
import { mediaFile, mediaPath, type MediaFile } from "./media";
import {
  ankiItemId,
  cardItem,
  converter,
  NO_EXPLANATION,
  unmappable,
  validItem,
  type ItemValue,
} from "./notes";

export type LessonMode = "decks" | "sections";

export interface MappedItem {
  id: string;
  /** Anki's ids: the card, its note and the note's guid. */
  cardId: number;
  noteId: number;
  guid: string;
  /** The card's template (or cloze deletion − 1). */
  ord: number;
  deckId: number;
  tags: string[];
  value: ItemValue;
  section?: string;
  /** Example ids our own export linked (kept only when the course has them). */
  examples: string[];
}

export interface MappedLesson {
  slug: string;
  title: string;
  /** Deck names this lesson came from. */
  decks: string[];
  /** `## heading` per section (sections mode). */
  sections: Array<{ heading: string; anchor: string }>;
  items: MappedItem[];
}

export interface MappedPackage {
  course: { slug: string; title: string };
  lessons: MappedLesson[];
  notes: number;
  cards: number;
  reviews: number;
  media: MediaFile[];
  warnings: string[];
  /** Anki card id → our item id. */
  items: Map<number, MappedItem>;
}

const short = (s: string | number) =>
  createHash("sha1").update(String(s)).digest("hex").slice(0, 4);

function ours(raw: unknown): Sidecar | null {
  const parsed = sidecarSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function fromSidecar(item: SidecarItem): ItemValue {
  if (item.kind === "card")
    return { card: { front: item.front, back: item.back, kind: "card", examples: [] } };
  return {
    question: {
      type: item.kind,
      prompt: item.front,
      options: item.options,
      explanation: item.explanation || NO_EXPLANATION,
      examples: [],
      authored: false,
    },
  };
}

interface DeckGroup {
  id: number;
  name: string;
  items: MappedItem[];
  /** Our export's lesson for this deck, and its course. */
  lesson?: { slug: string; title: string };
  course?: { slug: string; title: string };
}

export interface MapOptions {
  mode: LessonMode;
  /** guid → item id of our items already in the database (our exports read back from Anki). */
  knownGuids?: Map<string, string>;
}

export function mapPackage(pkg: AnkiPackage, options: MapOptions): MappedPackage {
  const { collection } = pkg;
  const sidecar = ours(pkg.ours);
  const warnings: string[] = [];
  const files = new Map<string, MediaFile>();
  const skippedMedia = new Set<string>();
  const media = (name: string) => {
    const key = pkg.media.has(name) ? name : safeDecode(name);
    const bytes = key ? pkg.media.get(key) : undefined;
    if (!bytes || !key) return null;
    const file = files.get(key) ?? mediaFile(key, bytes);
    if (!file) {
      skippedMedia.add(key);
      return null;
    }
    files.set(key, file);
    return mediaPath(file.hash, file.ext);
  };
  const convert = converter(media);
  const notes = new Map(collection.notes.map((n) => [n.id, n]));
  const problems = new Map<string, { count: number; reason: string }>();
  const skipped: string[] = [];
  const decks = new Map<number, DeckGroup>();
  const items = new Map<number, MappedItem>();
  for (const card of collection.cards) {
    const note = notes.get(card.nid);
    if (!note) continue;
    const model = collection.models.get(note.mid);
    const typeName = model?.name ?? `note type ${note.mid}`;
    const reason = model ? unmappable(model) : "the package doesn't define it";
    if (!model || reason) {
      const p = problems.get(typeName) ?? { count: 0, reason: reason! };
      p.count++;
      problems.set(typeName, p);
      continue;
    }
    const mine = sidecar?.notes[note.guid];
    const exact = mine && mine.fields === fieldsFingerprint(note.fields) ? mine.item : null;
    const result = exact ? fromSidecar(exact) : cardItem(model, note, card, convert.md);
    if ("error" in result) {
      const p = problems.get(typeName) ?? { count: 0, reason: result.error };
      p.count++;
      problems.set(typeName, p);
      continue;
    }
    const where = `"${plainStart(note.fields[0] ?? "")}" (${typeName})`;
    if ("skip" in result) {
      skipped.push(`${where}: ${result.skip}`);
      continue;
    }
    const id =
      mine?.item.id ??
      options.knownGuids?.get(note.guid) ??
      ankiItemId(note.guid, card.ord, model.cloze);
    const invalid = validItem(id, result);
    if (invalid) {
      skipped.push(`${where}: ${invalid}`);
      continue;
    }
    const deckId = card.odid || card.did;
    const deckRow = collection.decks.get(deckId);
    const group = decks.get(deckId) ?? { id: deckId, name: deckRow?.name ?? "Default", items: [] };
    if (mine && !group.lesson) {
      const lesson = sidecar!.courses.flatMap((c) => c.lessons).find((l) => l.slug === mine.lesson);
      if (lesson) group.lesson = lesson;
    }
    decks.set(deckId, group);
    const item: MappedItem = {
      id,
      cardId: card.id,
      noteId: note.id,
      guid: note.guid,
      ord: card.ord,
      deckId,
      tags: note.tags,
      value: result,
      ...(exact?.section ? { section: exact.section } : {}),
      examples: exact?.examples ?? [],
    };
    group.items.push(item);
    items.set(card.id, item);
  }
  if (problems.size) {
    const list = [...problems].map(
      ([name, p]) => `"${name}" (${pluralize(p.count, "card")}: ${p.reason})`,
    );
    throw new PackageError(
      `Recall Lab can't map the ${pluralWord(problems.size, "note type")} ${list.join("; ")}; change those notes to Basic, Cloze or Basic (type in the answer) in Anki, or leave them out of the export`,
    );
  }
  // Our exports keep their order (the sidecar's); Anki's notes go in the order they were added.
  const order = new Map(Object.keys(sidecar?.notes ?? {}).map((guid, i) => [guid, i]));
  const rank = (i: MappedItem) => order.get(i.guid) ?? order.size + i.noteId;
  for (const d of decks.values()) d.items.sort((a, b) => rank(a) - rank(b) || a.ord - b.ord);
  for (const d of decks.values()) if (!d.lesson) recoverLesson(d, collection.decks);
  const lessonOrder = (sidecar?.courses ?? []).flatMap((c) => c.lessons.map((l) => l.slug));
  const deckRank = (d: DeckGroup) =>
    d.lesson ? lessonOrder.indexOf(d.lesson.slug) : lessonOrder.length;
  const groups = [...decks.values()]
    .filter((d) => d.items.length)
    .sort((a, b) => deckRank(a) - deckRank(b) || a.name.localeCompare(b.name));
  if (groups.length === 0)
    throw new PackageError(
      collection.cards.length
        ? "none of the package's cards could be read"
        : "the package has no cards",
    );
  if (skipped.length)
    warnings.push(
      `${pluralize(skipped.length, "card")} left out: ${skipped.slice(0, 5).join("; ")}${skipped.length > 5 ? "; …" : ""}`,
    );
  if (convert.losses.images)
    warnings.push(
      `${pluralize(convert.losses.images, "image")} not in the package; their alt text is kept`,
    );
  if (convert.losses.sounds)
    warnings.push(`${pluralize(convert.losses.sounds, "sound")} not in the package, left out`);
  if (skippedMedia.size)
    warnings.push(
      `${pluralize(skippedMedia.size, "media file")} of a kind we don't serve (${[...skippedMedia].slice(0, 3).join(", ")}) left out`,
    );
  const course = courseOf(sidecar, groups);
  const lessons = options.mode === "sections" ? asSections(course, groups) : asLessons(groups);
  const reviews = collection.revlog.filter((r) => items.has(r.cid)).length;
  return {
    course,
    lessons,
    notes: new Set([...items.values()].map((i) => i.noteId)).size,
    cards: items.size,
    reviews,
    media: [...files.values()],
    warnings,
    items,
  };
}

/**
 * Our export read back without recall-lab.json (it went through Anki): the lesson's slug is the tag
 * whose deck id is this deck's, the course's the tag whose deck id is the parent's, sections are
 * `lesson::section` tags (apkg/notes.ts).
 */
function recoverLesson(d: DeckGroup, deckRows: Map<number, { id: number; name: string }>) {
  const tags = new Set(d.items.flatMap((i) => i.tags));
  const slug = [...tags].find((t) => lessonDeckId(t) === d.id);
  if (!slug) return;
  const title = levels(d.name).slice(1).join("::") || d.name;
  d.lesson = { slug, title };
  const parent = levels(d.name)[0];
  const parentId = [...deckRows.values()].find((r) => r.name === parent)?.id;
  const course = [...tags].find((t) => courseDeckId(t) === parentId);
  if (course) d.course = { slug: course, title: parent! };
  for (const item of d.items) {
    const section = item.tags.find((t) => t.startsWith(`${slug}::`));
    if (section && !item.section) item.section = section.slice(slug.length + 2);
  }
}

function safeDecode(name: string): string | null {
  try {
    return decodeURIComponent(name);
  } catch {
    return null;
  }
}

function plainStart(field: string): string {
  const text = field
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const levels = (name: string) =>
  name
    .split("::")
    .map((s) => s.trim())
    .filter(Boolean);

function courseOf(sidecar: Sidecar | null, groups: DeckGroup[]) {
  const known = sidecar?.courses[0] ?? groups.find((g) => g.course)?.course;
  if (known) return { slug: known.slug, title: known.title };
  const top = levels(groups[0]!.name)[0] ?? "Anki deck";
  return { slug: slugify(top) || `anki-${short(top)}`, title: top };
}

/** A deck's title below the course's top deck: "Spanish::Verbs::Irregular" → "Verbs › Irregular". */
function deckTitle(name: string): string {
  const parts = levels(name);
  return (parts.length > 1 ? parts.slice(1) : parts).join(" › ") || "Default";
}

function asLessons(groups: DeckGroup[]): MappedLesson[] {
  return groups.map((g) => {
    const slug =
      g.lesson?.slug ?? `${slugify(deckTitle(g.name)).slice(0, 40) || "deck"}-${short(g.id)}`;
    return {
      slug,
      title: g.lesson?.title ?? deckTitle(g.name),
      decks: [g.name],
      sections: [],
      items: g.items,
    };
  });
}

function asSections(course: { slug: string; title: string }, groups: DeckGroup[]): MappedLesson[] {
  const slugger = new GithubSlugger();
  const sections = groups.map((g) => {
    const heading = deckTitle(g.name);
    return { heading, anchor: slugger.slug(heading), group: g };
  });
  return [
    {
      slug: `${course.slug}-anki`,
      title: course.title,
      decks: groups.map((g) => g.name),
      sections: sections.map(({ heading, anchor }) => ({ heading, anchor })),
      items: sections.flatMap((s) => s.group.items.map((item) => ({ ...item, section: s.anchor }))),
    },
  ];
}

/** guid → id for items already in the database, as our export computes guids. */
export function guidsOf(ids: string[]): Map<string, string> {
  return new Map(ids.map((id) => [noteGuid(id), id]));
}
