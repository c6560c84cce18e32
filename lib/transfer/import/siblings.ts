/**
 * Names a learner confuses with each other. Swapping one for its sibling makes a wrong option
 * that looks right at a glance, which is what a good distractor is (`recv` vs `recvfrom`).
 * Groups whose members exclude each other come first: their swaps are surely wrong.
 */
export interface SiblingGroup {
  names: readonly string[];
  /**
   * "constant": matched exactly (TCP, SOCK_STREAM).
   * "method": also English words ("accept"), so only as code: `.bind` or `bind(`.
   * "word": any case, plural kept, capital kept (Server → Client, servers → clients).
   */
  kind: "constant" | "method" | "word";
}

export const SIBLING_GROUPS: readonly SiblingGroup[] = [
  { names: ["TCP", "UDP"], kind: "constant" },
  { names: ["SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW"], kind: "constant" },
  { names: ["AF_INET", "AF_INET6", "AF_UNIX"], kind: "constant" },
  { names: ["IPv4", "IPv6"], kind: "constant" },
  { names: ["recv", "recvfrom", "recv_into"], kind: "method" },
  { names: ["send", "sendall", "sendto"], kind: "method" },
  { names: ["bind", "listen", "accept", "connect"], kind: "method" },
  { names: ["settimeout", "setblocking", "setsockopt"], kind: "method" },
  { names: ["iterative", "concurrent"], kind: "word" },
  { names: ["stream", "datagram"], kind: "word" },
  { names: ["blocking", "non-blocking"], kind: "word" },
  { names: ["client", "server"], kind: "word" },
];

/** Well-known ports, for answers that are a bare port number. */
export const WELL_KNOWN_PORTS = [20, 21, 22, 23, 25, 53, 80, 110, 143, 443, 8080] as const;

/** The IANA port ranges (well-known, registered, dynamic), for answers that are a port range. */
export const PORT_RANGES = ["0 to 1023", "1024 to 49151", "49152 to 65535"];

export interface NameMatch {
  index: number;
  /** The text as it appears, e.g. "Server". */
  text: string;
  /** Which of the group's names it is. */
  name: string;
  group: SiblingGroup;
}

function pattern(name: string, kind: SiblingGroup["kind"]): RegExp {
  if (kind === "constant") return new RegExp(`(?<![\\w])${name}(?![\\w])`, "g");
  if (kind === "method")
    return new RegExp(`(?<=\\.)${name}(?![\\w])|(?<![\\w.])${name}(?=\\s*\\()`, "g");
  return new RegExp(`(?<![\\w-])${name}(?=s?(?![\\w-]))`, "gi");
}

/** Every sibling name in `text`, left to right, with its group. */
export function findSiblingNames(text: string): NameMatch[] {
  const matches: NameMatch[] = [];
  for (const group of SIBLING_GROUPS) {
    for (const name of group.names) {
      for (const m of text.matchAll(pattern(name, group.kind)))
        matches.push({ index: m.index, text: m[0], name, group });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** `name` written the way `original` was: "Server" → "Client". */
export function inSameCase(name: string, original: string): string {
  return /^[A-Z]/.test(original) && /^[a-z]/.test(name)
    ? name[0]!.toUpperCase() + name.slice(1)
    : name;
}
