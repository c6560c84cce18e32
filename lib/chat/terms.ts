/**
 * How text becomes search terms: words and code identifiers (`SO_REUSEADDR`, `socket.gethostname`
 * are kept whole and also split into their parts), stop words dropped, English words Porter-stemmed.
 */
import { stemmer } from "stemmer";
import { STOP_WORDS } from "./stop-words";

// An identifier may join word characters with dots: socket.gethostname, sock.recv, AF_INET.
const TOKEN = /[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*/g;

/** Splits text into raw tokens; compound identifiers also yield their parts. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    tokens.push(word);
    if (/[._]/.test(word)) tokens.push(...word.split(/[._]+/).filter(Boolean));
    // "cis345" also as "cis" and "345" (the notes write "CIS 345").
    else if (/^[A-Za-z]{2,}\d{2,}$/.test(word)) tokens.push(...word.split(/(?<=[A-Za-z])(?=\d)/));
  }
  return tokens;
}

// Irregular forms Porter leaves alone: "made" should find "make", "sent" should find "send".
const IRREGULAR: Record<string, string> = {
  made: "make",
  sent: "send",
  got: "get",
  gotten: "get",
  gave: "give",
  given: "give",
  took: "take",
  taken: "take",
  ran: "run",
  began: "begin",
  begun: "begin",
  bound: "bind",
  built: "build",
  kept: "keep",
  held: "hold",
  lost: "lose",
  meant: "mean",
  told: "tell",
  wrote: "write",
  written: "write",
  chose: "choose",
  chosen: "choose",
  knew: "know",
  known: "know",
  found: "find",
  left: "leave",
  brought: "bring",
  thought: "think",
  broke: "break",
  broken: "break",
  shown: "show",
  went: "go",
  gone: "go",
  came: "come",
  saw: "see",
  seen: "see",
  hung: "hang",
  stuck: "stick",
  froze: "freez",
  frozen: "freez",
};

/** Normalizes one token; null drops it from the index and the query. */
export function processTerm(token: string): string | null {
  const term = token.toLowerCase();
  if (STOP_WORDS.has(term)) return null;
  // Identifiers are matched exactly; stemming "so_reuseaddr" would only blur them.
  if (/[._]/.test(term) || /\d/.test(term)) return term;
  if (term.length < 2) return null;
  return IRREGULAR[term] ?? stemmer(term);
}

/** The distinct search terms of a text, in order. */
export function termsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) seen.add(term);
  }
  return [...seen];
}
