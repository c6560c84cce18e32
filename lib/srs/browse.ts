/**
 * Browse (/review/cards): every live card of every course for one learner, met or not, searchable,
 * filtered and sorted, one page at a time on the server. Query builder only (portable to PostgreSQL):
 * the list is cut into segments the builder can page on its own, each with a count and a
 * skip/take read, and a page takes what it needs from each in turn:
 * - sorted by lesson: flashcards, then questions, each in course → lesson → position order, with the
 *   learner's review item (if any) beside each;
 * - sorted by a schedule field (due, interval, difficulty, lapses, last review): the learner's review
 *   items in that order, then the cards not met yet (flashcards, questions) in lesson order.
 * A page reads at most three counts and a page's worth of rows, whatever the deck's size.
 */
import "server-only";
import { State } from "ts-fsrs";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { BROWSE_PAGE_SIZE, type BrowseQuery, type CardKey } from "../validations/browse";
import { clockOf, studyDayNumber, studyDayStart } from "./day";
import { flagsOf, isBuried, isSuspended } from "./flags";
import { loadStudySettings } from "./settings";
import { sqlOf } from "../db-raw";
import { env } from "../env";

export const STATE_LABELS = ["New", "Learning", "Review", "Relearning"] as const;
export const RATING_LABELS = ["", "Again", "Hard", "Good", "Easy"] as const;

export interface BrowseRow {
  key: CardKey;
  reviewItemId: string | null;
  kind: "flashcard" | "question";
  contentId: string;
  text: string;
  courseTitle: string;
  lessonTitle: string;
  lessonSlug: string;
  state: number;
  /** Study days from today to the due day (negative: overdue); null for a new card. */
  dueInDays: number | null;
  intervalDays: number | null;
  /** FSRS difficulty, 1 (easy) to 10 (hard): Anki's "ease" column under FSRS. */
  difficulty: number | null;
  lapses: number;
  lastRating: number | null;
  lastReviewedAt: Date | null;
  suspended: boolean;
  buried: boolean;
  leech: boolean;
  starred: boolean;
}

export interface BrowsePage {
  rows: BrowseRow[];
  total: number;
  page: number;
  pages: number;
}

const published = { status: "published", archivedAt: null } as const;
const RATED = ["review", "quiz", "cram"];

const lastRatingLog = {
  where: { rating: { gt: 0 }, source: { in: RATED } },
  orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
  take: 1,
  select: { rating: true, reviewedAt: true },
} satisfies Prisma.ReviewItem$logsArgs;
const itemInclude = () => ({ logs: lastRatingLog });
type ItemWith = Prisma.ReviewItemGetPayload<{ include: { logs: typeof lastRatingLog } }>;
const lessonSelect = {
  select: { title: true, slug: true, course: { select: { title: true } } },
} as const;

interface Context {
  userId: string;
  now: Date;
  today: number;
  dayEnd: Date;
  clock: ReturnType<typeof clockOf>;
}

/** The learner's item matches the filter (item-side conditions). */
function itemFilter(show: BrowseQuery["show"], c: Context): Prisma.ReviewItemWhereInput | null {
  switch (show) {
    case "due":
      return {
        state: { in: [State.Learning, State.Review, State.Relearning] },
        due: { lt: c.dayEnd },
        suspendedAt: null,
        OR: [{ buriedUntil: null }, { buriedUntil: { lte: c.now } }],
      };
    case "new":
      return { state: State.New };
    case "suspended":
      return { suspendedAt: { not: null } };
    case "buried":
      return { buriedUntil: { gt: c.now } };
    case "leech":
      return { leech: true };
    case "flagged":
      return {
        OR: [{ suspendedAt: { not: null } }, { buriedUntil: { gt: c.now } }, { leech: true }],
      };
    default:
      return null;
  }
}

function lessonWhere(q: BrowseQuery): Prisma.LessonWhereInput {
  return {
    ...published,
    ...(q.lesson ? { slug: q.lesson } : {}),
    course: { ...published, ...(q.course ? { slug: q.course } : {}) },
  };
}

/**
 * Text search, case-insensitive on both databases: SQLite's LIKE already is (for ASCII); PostgreSQL
 * needs Prisma's `mode: "insensitive"` (ILIKE), which the SQLite client's types don't have.
 */
const onPostgres = /^postgres(ql)?:/i.test(env.DATABASE_URL);
const has = (text: string) =>
  (onPostgres ? { contains: text, mode: "insensitive" } : { contains: text }) as {
    contains: string;
  };
const flashcardText = (text?: string): Prisma.FlashcardWhereInput =>
  text ? { OR: [{ front: has(text) }, { back: has(text) }] } : {};
const questionText = (text?: string): Prisma.QuestionWhereInput =>
  text
    ? {
        OR: [
          { prompt: has(text) },
          { explanation: has(text) },
          { options: { some: { correct: true, text: has(text) } } },
        ],
      }
    : {};

/**
 * The conditions on the learner's item that a flashcard or question must meet (the filter; `met`
 * narrows to cards with / without an item). The same for both kinds: each has `reviewItems`.
 */
function itemConditions(q: BrowseQuery, c: Context, met?: boolean) {
  const mine = itemFilter(q.show, c);
  const none = { reviewItems: { none: { userId: c.userId } } };
  const some = { reviewItems: { some: { userId: c.userId, ...mine } } };
  const and: (typeof none | typeof some | { OR: (typeof none | typeof some)[] })[] = [];
  if (q.show === "new") and.push({ OR: [none, some] });
  else if (mine) and.push(some);
  if (met === false) and.push(none);
  return and;
}

/** Cards of one kind matching the query (content side), with that kind's own conditions. */
const contentWhere = <W>(q: BrowseQuery, c: Context, met: boolean | undefined, own: W[]) => ({
  AND: [{ ...published, lesson: lessonWhere(q) }, ...own, ...itemConditions(q, c, met)],
});
const flashcardWhere = (q: BrowseQuery, c: Context, met?: boolean): Prisma.FlashcardWhereInput =>
  contentWhere(q, c, met, [
    flashcardText(q.q),
    ...(q.show === "starred" ? [{ stars: { some: { userId: c.userId } } }] : []),
  ]);
const questionWhere = (q: BrowseQuery, c: Context, met?: boolean): Prisma.QuestionWhereInput =>
  // Questions have no star: none is starred.
  contentWhere(q, c, met, [
    questionText(q.q),
    ...(q.show === "starred" ? [{ id: { in: [] } }] : []),
  ]);

/** The learner's items matching the query (item side), for the schedule sorts. */
function itemWhere(q: BrowseQuery, c: Context): Prisma.ReviewItemWhereInput {
  const mine = itemFilter(q.show, c);
  const flashcard: Prisma.FlashcardWhereInput = {
    ...published,
    lesson: lessonWhere(q),
    ...flashcardText(q.q),
    ...(q.show === "starred" ? { stars: { some: { userId: c.userId } } } : {}),
  };
  const question: Prisma.QuestionWhereInput = {
    ...published,
    lesson: lessonWhere(q),
    ...questionText(q.q),
  };
  const content: Prisma.ReviewItemWhereInput = {
    OR:
      q.show === "starred"
        ? [{ flashcard: { is: flashcard } }]
        : [{ flashcard: { is: flashcard } }, { question: { is: question } }],
  };
  return { userId: c.userId, AND: mine ? [mine, content] : [content] };
}

const lessonOrder = (dir: "asc" | "desc") =>
  [
    { lesson: { course: { position: dir } } },
    { lesson: { course: { id: dir } } },
    { lesson: { position: dir } },
    { lesson: { id: dir } },
    { position: dir },
    { id: dir },
  ] as const;

function itemOrder(q: BrowseQuery): Prisma.ReviewItemOrderByWithRelationInput[] {
  const dir = q.dir;
  const by: Record<
    Exclude<BrowseQuery["sort"], "lesson">,
    Prisma.ReviewItemOrderByWithRelationInput
  > = {
    due: { due: dir },
    interval: { scheduledDays: dir },
    difficulty: { difficulty: dir },
    lapses: { lapses: dir },
    reviewed: { lastReview: { sort: dir, nulls: "last" } },
  };
  return [by[q.sort as keyof typeof by], { id: dir }];
}

type Content = {
  id: string;
  lesson: { title: string; slug: string; course: { title: string } };
  stars?: unknown[];
} & ({ front: string } | { prompt: string });

function rowOf(content: Content, item: ItemWith | null, c: Context): BrowseRow {
  const kind = "front" in content ? "flashcard" : "question";
  const flags = flagsOf(item ?? {});
  const isNew = !item || item.state === State.New;
  const last = item?.logs[0];
  return {
    key: item ? `i:${item.id}` : `${kind === "flashcard" ? "f" : "q"}:${content.id}`,
    reviewItemId: item?.id ?? null,
    kind,
    contentId: content.id,
    text: "front" in content ? content.front : content.prompt,
    courseTitle: content.lesson.course.title,
    lessonTitle: content.lesson.title,
    lessonSlug: content.lesson.slug,
    state: item?.state ?? State.New,
    dueInDays: isNew || !item ? null : studyDayNumber(item.due, c.clock) - c.today,
    intervalDays: !item || item.state !== State.Review ? null : item.scheduledDays,
    difficulty: isNew || !item ? null : item.difficulty,
    lapses: item?.lapses ?? 0,
    lastRating: last?.rating ?? null,
    lastReviewedAt: last?.reviewedAt ?? null,
    suspended: isSuspended(flags),
    buried: isBuried(flags, c.now),
    leech: flags.leech,
    starred: (content.stars?.length ?? 0) > 0,
  };
}

interface Segment {
  count: () => Promise<number>;
  read: (skip: number, take: number) => Promise<BrowseRow[]>;
}

/** What a content row reads beside its own text: its lesson, the learner's star and item. */
const contentSelect = (c: Context) => ({
  id: true,
  lesson: lessonSelect,
  reviewItems: { where: { userId: c.userId }, include: itemInclude() },
});
const starSelect = (c: Context) => ({ where: { userId: c.userId }, select: { userId: true } });

function flashcardSegment(q: BrowseQuery, c: Context, met?: boolean): Segment {
  const where = flashcardWhere(q, c, met);
  const orderBy = [...lessonOrder(met === false ? "asc" : q.dir)];
  const select = { ...contentSelect(c), front: true, stars: starSelect(c) };
  return {
    count: () => db.flashcard.count({ where }),
    read: async (skip, take) =>
      (await db.flashcard.findMany({ where, orderBy, skip, take, select })).map((f) =>
        rowOf(f, f.reviewItems[0] ?? null, c),
      ),
  };
}

function questionSegment(q: BrowseQuery, c: Context, met?: boolean): Segment {
  const where = questionWhere(q, c, met);
  const orderBy = [...lessonOrder(met === false ? "asc" : q.dir)];
  const select = { ...contentSelect(c), prompt: true };
  return {
    count: () => db.question.count({ where }),
    read: async (skip, take) =>
      (await db.question.findMany({ where, orderBy, skip, take, select })).map((x) =>
        rowOf(x, x.reviewItems[0] ?? null, c),
      ),
  };
}

function itemSegment(q: BrowseQuery, c: Context): Segment {
  const where = itemWhere(q, c);
  const include = {
    ...itemInclude(),
    flashcard: { select: { id: true, front: true, lesson: lessonSelect, stars: starSelect(c) } },
    question: { select: { id: true, prompt: true, lesson: lessonSelect } },
  };
  return {
    count: () => db.reviewItem.count({ where }),
    read: async (skip, take) =>
      (await db.reviewItem.findMany({ where, orderBy: itemOrder(q), skip, take, include })).map(
        (i) => rowOf((i.flashcard ?? i.question)!, i, c),
      ),
  };
}

/** Filters that only items can match: no card not met yet is listed under them. */
const ITEM_ONLY = new Set<BrowseQuery["show"]>(["due", "suspended", "buried", "leech", "flagged"]);

function segmentsFor(q: BrowseQuery, c: Context): Segment[] {
  if (q.sort === "lesson") {
    const both = [flashcardSegment(q, c), questionSegment(q, c)];
    return q.dir === "desc" ? both.reverse() : both;
  }
  const items = itemSegment(q, c);
  if (ITEM_ONLY.has(q.show)) return [items];
  if (q.show === "starred") return [items, flashcardSegment(q, c, false)];
  return [items, flashcardSegment(q, c, false), questionSegment(q, c, false)];
}

/** One page of the learner's cards: at most BROWSE_PAGE_SIZE rows, the total, and how many pages. */
export async function browseCards(
  user: CurrentUser,
  query: BrowseQuery,
  now = new Date(),
): Promise<BrowsePage> {
  const settings = await loadStudySettings(await sqlOf(db), user.id);
  const clock = clockOf(settings);
  const today = studyDayNumber(now, clock);
  const c: Context = {
    userId: user.id,
    now,
    today,
    dayEnd: studyDayStart(today + 1, clock),
    clock,
  };
  const segments = segmentsFor(query, c);
  const counts = await Promise.all(segments.map((s) => s.count()));
  const total = counts.reduce((a, b) => a + b, 0);
  const pages = Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  let skip = (page - 1) * BROWSE_PAGE_SIZE;
  let left = BROWSE_PAGE_SIZE;
  const reads: Promise<BrowseRow[]>[] = [];
  segments.forEach((segment, i) => {
    const n = counts[i]!;
    if (left <= 0 || skip >= n) {
      skip = Math.max(0, skip - n);
      return;
    }
    const take = Math.min(left, n - skip);
    reads.push(segment.read(skip, take));
    left -= take;
    skip = 0;
  });
  const rows = (await Promise.all(reads)).flat();
  return { rows, total, page, pages };
}

/** Lessons of live courses, for the course and lesson filters. */
export async function browseLessons() {
  return db.course.findMany({
    where: published,
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      title: true,
      lessons: {
        where: published,
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { slug: true, title: true },
      },
    },
  });
}
