/**
 * Interface text that study sites put around a set (buttons, counters, ratings, nags, authors,
 * dates). It is never a term or a definition, so readers drop it before looking for pairs.
 */
const CHROME_LINES = new Set(
  [
    "skip to main content",
    "home",
    "log in",
    "login",
    "sign in",
    "sign up",
    "sign up for free",
    "get started",
    "flashcards",
    "learn",
    "test",
    "match",
    "spell",
    "write",
    "gravity",
    "live",
    "blocks",
    "blast",
    "save",
    "print",
    "embed",
    "share",
    "copy",
    "copy link",
    "copy set",
    "combine",
    "export",
    "report",
    "report this set",
    "edit",
    "more",
    "flip",
    "shuffle",
    "star",
    "hint",
    "get a hint",
    "show more",
    "show less",
    "see more",
    "know",
    "still learning",
    "mastery",
    "new cards",
    "new card",
    "view set",
    "preview",
    "study these flashcards",
    "find flashcards",
    "make flashcards",
    "like",
    "comment",
    "add to folder",
    "rate this set",
    "profile picture",
    "created by",
    "terms of service",
    "privacy policy",
    "students also viewed",
    "download the app",
    "get the app",
    "upgrade",
    "try it free",
    "go premium",
  ].map((l) => l.toLowerCase()),
);

/** Site names on a line of their own are the site's logo or menu. */
const SITE_NAMES =
  /^(quizlet|knowt|brainscape|cram(\.com)?|studystack|quizgecko|chegg|course hero)$/i;

const CHROME_PATTERNS = [
  /^studied by [\d,]+ (people|person|learners?|students?)$/i,
  /^\d+\s*\/\s*\d+$/, // card counter "1/14"
  /^\d(\.\d)?\s*\(\d[\d,]*( (reviews?|ratings?|votes?))?\)$/i, // rating "0.0(0)", "4.2 (17 reviews)"
  /^[\d,]+ (people|person|users?) found this (helpful|useful)$/i,
  /^(\d(\.\d)? )?[★☆]{3,}.*$/,
  /^terms in this set\s*\(\d+\)$/i,
  /^[\d,]+ (terms?|cards?|flashcards?)$/i,
  /^flashcards in .+\(\d+\)$/i,
  /^(total )?(cards|terms)\s*:?\s*\d+$/i,
  /^(flash ?card|card|term|question) \d+ (of|\/) \d+$/i,
  /^show \d+ more( (terms|cards))?$/i,
  /^(created|made|shared|uploaded|updated) by\b.{0,60}$/i,
  /^(subject|level|grade)\s*:?\s*[\w ]{1,30}$/i,
  /^(sign up|log in|create a free account|join (now|free)|upgrade to|unlock|download (the|our) app|get the app)\b.{0,80}$/i,
  /^[a-z][\w .'-]{0,40} is the world's .{0,60}$/i,
  /^©/,
  /^(updated|created|last updated|published)?\s*:?\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}$/i,
  /^\d{1,2}\/\d{1,2}\/\d{2,4}$/,
  /^\d{4}-\d{2}-\d{2}$/,
];

/** One piece of a "By Dr. Okafor · 6 cards · Updated 2 days ago" line. */
const META_SEGMENT = [
  /^[\d,]+ (cards?|terms?|reviews?|flashcards?|people|views?|learners?|questions?)$/i,
  /^(by|created by|made by)\s+\S.{0,40}$/i,
  /^(updated|created|edited)\s+.{0,30}$/i,
  /^flashcards?$/i,
];

function kind(line: string): "strong" | "weak" | null {
  const text = line.trim();
  if (!text) return null;
  // A lone word ("Test", "Match", "Live") may be a real term; it counts only beside other chrome.
  if (CHROME_LINES.has(text.toLowerCase())) return /\s/.test(text) ? "strong" : "weak";
  if (SITE_NAMES.test(text) || CHROME_PATTERNS.some((re) => re.test(text))) return "strong";
  const segments = text.split(/\s*[·•|]\s*/).filter(Boolean);
  const meta = segments.length >= 2 && segments.every((s) => META_SEGMENT.some((re) => re.test(s)));
  return meta ? "strong" : null;
}

/** Which lines are interface text; blank lines are never chrome. */
export function chromeMask(lines: string[]): boolean[] {
  // A button label repeated on every card ("Star") is chrome even between two cards.
  const seen = new Map<string, number>();
  for (const l of lines)
    seen.set(l.trim().toLowerCase(), (seen.get(l.trim().toLowerCase()) ?? 0) + 1);
  const kinds = lines.map((l) => {
    const k = kind(l);
    return k === "weak" && seen.get(l.trim().toLowerCase())! >= 3 ? "strong" : k;
  });
  const near = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      if (lines[j]!.trim()) return kinds[j] !== null;
    }
    return false;
  };
  return kinds.map((k, i) => k === "strong" || (k === "weak" && (near(i, -1) || near(i, 1))));
}

/** A site's own "the set starts here" line; everything above it is page header. */
export function isStatedCount(line: string): boolean {
  return /^(terms in this set|flashcards in .+)\s*\(\d+\)$/i.test(line);
}

/** After these the page lists other sets, never more of this one. */
export const SET_END =
  /^(students also viewed|other sets by this creator|related (study |flashcard )?sets|similar sets|more sets like this|sets found in the same folder|recommended textbook solutions|verified questions)$/i;
