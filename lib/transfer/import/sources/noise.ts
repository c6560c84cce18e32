/**
 * Lines a Quizgecko page shows around its content (buttons, adverts, upsells). They are page
 * chrome, never lesson content, so the parser drops them wherever they appear.
 */
const NOISE_LINES = new Set(
  [
    "Choose a study mode",
    "Play Quiz",
    "Study Flashcards",
    "Spaced Repetition",
    "Chat to Lesson",
    "Podcast",
    "Play an AI-generated podcast conversation about this lesson",
    "Get App",
    "Signup and view all the answers",
    "Signup and view all the flashcards",
    "Upgrade to unlock all the answers",
    "Start Quiz",
    "Quiz Team",
    "Related Documents",
    "More Like This",
    "Browser",
    "Use Quizgecko on...",
    "Studying That Suits You",
    "Use AI to generate personalized quizzes and flashcards to suit your learning preferences.",
  ].map((line) => line.toLowerCase()),
);

const NOISE_PATTERNS = [
  /^download our mobile app\b/i,
  /^\d+ (questions?|views?|flashcards?)$/i,
  /^signup and view all the (answers|flashcards)\b/i,
];

export function isNoise(line: string): boolean {
  const text = line.trim();
  return (
    NOISE_LINES.has(text.toLowerCase()) || NOISE_PATTERNS.some((pattern) => pattern.test(text))
  );
}

/** The suffix Quizgecko puts after a hidden answer: `<p>…</p> Signup and view all the answers`. */
export const HIDDEN_ANSWER_SUFFIX = /\s*Signup and view all the answers\s*$/i;
