/**
 * An Anki package into a course, for instructors (browser and CLI): `planAnkiImport` says per lesson
 * and item what would be created, changed or left alone, writing nothing; `writeAnkiPlan` writes the
 * same plan inside the caller's transaction (course and lessons if new, items with one Revision each,
 * media by content, each item's Anki source with its tags). Item ids come from the package (our
 * exports) or from Anki's note guid and card template, so importing the same file twice changes nothing.
 */
import { createHash } from "node:crypto";
import { lessonSnapshot } from "../../../authoring/snapshot";
import type { FlashcardContent, QuestionContent } from "../../../content/schema";
import type { Tx } from "../../../db";
import { renderBody } from "../lesson-body";
import { writeCard, writeQuestion } from "../write";
import { guidsOf, mapPackage, type LessonMode, type MappedItem, type MappedPackage } from "./map";
import type { AnkiPackage } from "./package";

export interface AnkiImportRequest {
  /** An existing course to import into; by default the package's own (created if new). */
  courseSlug?: string;
  mode: LessonMode;
  publishNow: boolean;
  fileName?: string;
}

export type ItemStatus = "new" | "changed" | "unchanged" | "conflict";

export interface PlannedAnkiItem {
  status: ItemStatus;
  id: string;
  kind: "card" | QuestionContent["type"];
  /** What the preview shows: the front or prompt, the back or the options. */
  front: string;
  back: string;
  options: Array<{ text: string; correct: boolean }>;
  tags: string[];
  note?: string;
}

export interface PlannedLesson {
  slug: string;
  title: string;
  isNew: boolean;
  decks: string[];
  sections: string[];
  items: PlannedAnkiItem[];
}

export interface AnkiPlan {
  course: { slug: string; title: string; isNew: boolean };
  mode: LessonMode;
  lessons: PlannedLesson[];
  notes: number;
  cards: number;
  reviews: number;
  media: { files: number; stored: number };
  warnings: string[];
  counts: Record<ItemStatus, number>;
  hash: string;
}

export interface PlannedAnkiImport {
  plan: AnkiPlan;
  mapped: MappedPackage;
}

async function knownGuids(tx: Tx): Promise<Map<string, string>> {
  const [cards, questions] = await Promise.all([
    tx.flashcard.findMany({ where: { archivedAt: null }, select: { id: true } }),
    tx.question.findMany({ where: { archivedAt: null }, select: { id: true } }),
  ]);
  return guidsOf([...cards, ...questions].map((r) => r.id));
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

function sameCard(row: { front: string; back: string; section: string | null }, item: MappedItem) {
  if (!("card" in item.value)) return false;
  return (
    norm(row.front) === norm(item.value.card.front) &&
    norm(row.back) === norm(item.value.card.back) &&
    (row.section ?? null) === (item.section ?? null)
  );
}

function sameQuestion(
  row: {
    type: string;
    prompt: string;
    explanation: string;
    section: string | null;
    options: Array<{ text: string; correct: boolean }>;
  },
  item: MappedItem,
) {
  if (!("question" in item.value)) return false;
  const q = item.value.question;
  return (
    row.type === q.type &&
    norm(row.prompt) === norm(q.prompt) &&
    norm(row.explanation) === norm(q.explanation) &&
    (row.section ?? null) === (item.section ?? null) &&
    JSON.stringify(row.options.map((o) => [norm(o.text), o.correct])) ===
      JSON.stringify(q.options.map((o) => [norm(o.text), o.correct]))
  );
}

function shown(item: MappedItem): Pick<PlannedAnkiItem, "kind" | "front" | "back" | "options"> {
  if ("card" in item.value)
    return { kind: "card", front: item.value.card.front, back: item.value.card.back, options: [] };
  const q = item.value.question;
  return { kind: q.type, front: q.prompt, back: q.explanation, options: q.options };
}

export async function planAnkiImport(
  tx: Tx,
  pkg: AnkiPackage,
  request: AnkiImportRequest,
): Promise<PlannedAnkiImport | { error: string }> {
  const mapped = mapPackage(pkg, { mode: request.mode, knownGuids: await knownGuids(tx) });
  const courseSlug = request.courseSlug ?? mapped.course.slug;
  const courseRow = await tx.course.findFirst({
    where: { slug: courseSlug },
    select: { id: true, slug: true, title: true, archivedAt: true },
  });
  if (request.courseSlug && (!courseRow || courseRow.archivedAt))
    return { error: `no course "${request.courseSlug}"` };
  if (courseRow?.archivedAt)
    return {
      error: `the course "${courseSlug}" is archived; restore it or pick another course to import into`,
    };
  const course = courseRow
    ? { slug: courseRow.slug, title: courseRow.title, isNew: false }
    : { slug: mapped.course.slug, title: mapped.course.title, isNew: true };
  const ids = mapped.lessons.flatMap((l) => l.items.map((i) => i.id));
  const [lessonRows, cardRows, questionRows, stored] = await Promise.all([
    tx.lesson.findMany({
      where: { slug: { in: mapped.lessons.map((l) => l.slug) } },
      select: { slug: true, courseId: true, course: { select: { slug: true } } },
    }),
    tx.flashcard.findMany({
      where: { id: { in: ids } },
      include: { lesson: { select: { slug: true } } },
    }),
    tx.question.findMany({
      where: { id: { in: ids } },
      include: { options: { orderBy: { position: "asc" } }, lesson: { select: { slug: true } } },
    }),
    tx.mediaFile.findMany({
      where: { hash: { in: mapped.media.map((m) => m.hash) } },
      select: { hash: true },
    }),
  ]);
  const lessonsBySlug = new Map(lessonRows.map((l) => [l.slug, l]));
  for (const l of mapped.lessons) {
    const row = lessonsBySlug.get(l.slug);
    if (row && row.course.slug !== course.slug)
      return {
        error: `the lesson "${l.slug}" already belongs to the course "${row.course.slug}"; import into that course`,
      };
  }
  const cards = new Map(cardRows.map((c) => [c.id, c]));
  const questions = new Map(questionRows.map((q) => [q.id, q]));
  const counts: Record<ItemStatus, number> = { new: 0, changed: 0, unchanged: 0, conflict: 0 };
  const lessons: PlannedLesson[] = mapped.lessons.map((l) => ({
    slug: l.slug,
    title: l.title,
    isNew: !lessonsBySlug.has(l.slug),
    decks: l.decks,
    sections: l.sections.map((s) => s.heading),
    items: l.items.map((item): PlannedAnkiItem => {
      const card = cards.get(item.id);
      const question = questions.get(item.id);
      const isCard = "card" in item.value;
      const existing = isCard ? card : question;
      const other = isCard ? question : card;
      let status: ItemStatus = "new";
      let note: string | undefined;
      if (other) {
        status = "conflict";
        note = `${item.id} is already a ${isCard ? "question" : "flashcard"}; left alone`;
      } else if (existing) {
        const same = card ? sameCard(card, item) : sameQuestion(question!, item);
        status = same && !existing.archivedAt ? "unchanged" : "changed";
        if (existing.lesson.slug !== l.slug) note = `stays in lesson "${existing.lesson.slug}"`;
      }
      counts[status]++;
      return { status, id: item.id, ...shown(item), tags: item.tags, ...(note ? { note } : {}) };
    }),
  }));
  const have = new Set(stored.map((s) => s.hash));
  const plan: Omit<AnkiPlan, "hash"> = {
    course,
    mode: request.mode,
    lessons,
    notes: mapped.notes,
    cards: mapped.cards,
    reviews: mapped.reviews,
    media: {
      files: mapped.media.length,
      stored: mapped.media.filter((m) => !have.has(m.hash)).length,
    },
    warnings: mapped.warnings,
    counts,
  };
  const hash = createHash("sha256")
    .update(JSON.stringify({ plan, publish: request.publishNow }))
    .digest("hex");
  return { plan: { ...plan, hash }, mapped };
}

export interface AnkiWriteStats {
  created: number;
  updated: number;
  unchanged: number;
  lessonsCreated: number;
  mediaStored: number;
}

async function ensureCourse(tx: Tx, plan: AnkiPlan, status: string): Promise<string> {
  const row = await tx.course.findUnique({
    where: { slug: plan.course.slug },
    select: { id: true },
  });
  if (row) return row.id;
  const last = await tx.course.findFirst({
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const created = await tx.course.create({
    data: {
      slug: plan.course.slug,
      title: plan.course.title,
      status,
      position: (last?.position ?? -1) + 1,
    },
  });
  return created.id;
}

async function ensureLesson(
  tx: Tx,
  courseId: string,
  lesson: MappedPackage["lessons"][number],
  position: number,
  status: string,
  authorId: string | null,
  fileName?: string,
): Promise<{ id: string; created: boolean }> {
  const row = await tx.lesson.findUnique({ where: { slug: lesson.slug }, select: { id: true } });
  if (row) return { id: row.id, created: false };
  const body = renderBody(lesson.sections.map((s) => ({ heading: s.heading, bullets: [] })));
  const sources = fileName ? [fileName] : [];
  const created = await tx.lesson.create({
    data: {
      slug: lesson.slug,
      title: lesson.title,
      summary: "",
      body,
      sources: sources.join(","),
      courseId,
      position,
      status,
    },
  });
  await tx.revision.create({
    data: {
      entityType: "lesson",
      entityId: created.id,
      version: 1,
      authorId,
      reason: "import",
      snapshot: JSON.stringify(
        lessonSnapshot({ slug: lesson.slug, title: lesson.title, summary: "", sources, body }),
      ),
    },
  });
  return { id: created.id, created: true };
}

export async function writeAnkiPlan(
  tx: Tx,
  planned: PlannedAnkiImport,
  opts: { authorId: string | null; publishNow: boolean; fileName?: string },
): Promise<AnkiWriteStats> {
  const { plan, mapped } = planned;
  const status = opts.publishNow ? "published" : "draft";
  const stats: AnkiWriteStats = {
    created: 0,
    updated: 0,
    unchanged: 0,
    lessonsCreated: 0,
    mediaStored: 0,
  };
  const courseId = await ensureCourse(tx, plan, status);
  const last = await tx.lesson.findFirst({
    where: { courseId },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  let lessonPos = (last?.position ?? -1) + 1;
  const examples = new Set(
    (await tx.example.findMany({ where: { courseId }, select: { id: true } })).map((e) => e.id),
  );
  for (const [index, lesson] of mapped.lessons.entries()) {
    const planLesson = plan.lessons[index]!;
    const { id: lessonId, created } = await ensureLesson(
      tx,
      courseId,
      lesson,
      lessonPos,
      status,
      opts.authorId,
      opts.fileName,
    );
    if (created) {
      lessonPos++;
      stats.lessonsCreated++;
    }
    let qPos = 0;
    let cPos = 0;
    for (const [i, item] of lesson.items.entries()) {
      const p = planLesson.items[i]!;
      const section = item.section ? { section: item.section } : {};
      const linked = item.examples.filter((e) => examples.has(e)).sort();
      const where = `card ${item.cardId}`;
      const isCard = "card" in item.value;
      const position = isCard ? cPos++ : qPos++;
      if (p.status === "unchanged" || p.status === "conflict") {
        stats.unchanged++;
      } else if ("card" in item.value) {
        const value: FlashcardContent = {
          ...item.value.card,
          id: item.id,
          ...section,
          examples: linked,
        };
        await writeCard(
          tx,
          lessonId,
          { status: p.status, id: item.id, value, where },
          position,
          status,
          opts.authorId,
        );
      } else {
        const q = item.value.question;
        // Our own export's output questions are about an example: asked as such only when it is here.
        const type = q.type === "output" && linked.length === 0 ? "multiple_choice" : q.type;
        const value: QuestionContent = { ...q, type, id: item.id, ...section, examples: linked };
        await writeQuestion(
          tx,
          lessonId,
          { status: p.status, id: item.id, value, where },
          position,
          status,
          opts.authorId,
        );
      }
      if (p.status === "new") stats.created++;
      if (p.status === "changed") stats.updated++;
      if (p.status === "conflict") continue;
      const source = {
        guid: item.guid,
        ord: item.ord,
        tags: item.tags.join(" "),
        deck: lesson.decks[0] ?? "",
      };
      await tx.ankiCardSource.upsert({
        where: { itemId: item.id },
        create: { itemId: item.id, ...source },
        update: source,
      });
    }
  }
  const have = new Set(
    (
      await tx.mediaFile.findMany({
        where: { hash: { in: mapped.media.map((m) => m.hash) } },
        select: { hash: true },
      })
    ).map((m) => m.hash),
  );
  for (const m of mapped.media) {
    if (have.has(m.hash)) continue;
    await tx.mediaFile.create({
      data: {
        hash: m.hash,
        name: m.name,
        contentType: m.contentType,
        size: m.bytes.length,
        data: Buffer.from(m.bytes),
      },
    });
    have.add(m.hash);
    stats.mediaStored++;
  }
  return stats;
}
