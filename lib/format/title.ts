/**
 * Display titles for phones: "Socket Programming: Client-Server Model" reads as "Client-Server
 * Model" in headers and breadcrumbs, where the course is already on screen. A short prefix that
 * names the thing ("Lab V: Socket Programming") stays, since dropping it would lose meaning.
 */
const MIN_PREFIX = 12;

/** The part before the first colon (the eyebrow), when long enough to drop, and the rest. */
export function splitTitle(title: string): { eyebrow: string | null; main: string } {
  const at = title.indexOf(": ");
  if (at < MIN_PREFIX) return { eyebrow: null, main: title };
  const main = title.slice(at + 2).trim();
  return main ? { eyebrow: title.slice(0, at).trim(), main } : { eyebrow: null, main: title };
}

export const shortTitle = (title: string) => splitTitle(title).main;
