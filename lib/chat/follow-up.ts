/**
 * Follow-ups ("and for UDP?", "why?") read in the context of the previous question of the same
 * chat: a short question that leans on what came before borrows that question's topic.
 */
import { termsOf } from "./terms";

const LEANS_ON_BEFORE =
  /^\s*(and|or|but|so|then|also|what about|how about|why|how come|what if|same|ok|okay|wait)\b|\b(it|that|this|they|them|those|then)\b/i;

// Naming one side of a pair replaces the other side in the borrowed topic.
const COUNTERPARTS: string[][] = [
  ["tcp", "udp"],
  ["send", "recv", "sendto", "recvfrom", "sendall"],
  ["client", "server"],
  ["sock_stream", "sock_dgram"],
  ["stream", "datagram"],
  ["ipv4", "ipv6", "af_inet", "af_inet6"],
  ["iter", "concurr"],
  ["bind", "listen", "accept", "connect"],
].map((group) => group.flatMap((w) => termsOf(w)));

export function isFollowUp(question: string): boolean {
  const terms = termsOf(question);
  return terms.length <= 1 || (terms.length <= 3 && LEANS_ON_BEFORE.test(question));
}

/** The terms borrowed from the previous question, minus those the follow-up swaps out. */
export function borrowedTerms(question: string, previous: string | undefined): string[] {
  if (!previous || !isFollowUp(question)) return [];
  const now = new Set(termsOf(question));
  const swapped = new Set(
    COUNTERPARTS.filter((g) => g.some((t) => now.has(t))).flatMap((g) =>
      g.filter((t) => !now.has(t)),
    ),
  );
  return termsOf(previous).filter((t) => !now.has(t) && !swapped.has(t));
}
