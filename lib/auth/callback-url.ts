/**
 * Where to go after sign-in: only somewhere on this site. The value is parsed the way a browser
 * would (URL against our origin: tabs and newlines dropped, backslashes read as slashes) and kept
 * only if it stays on our origin; what is returned is a path with exactly one leading slash.
 */
export function safeCallbackPath(value: string | undefined, origin: string): string {
  if (!value) return "/";
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  // "/.//host" parses to the path "//host", which a browser would read as another host.
  const path = `/${url.pathname.replace(/^\/+/, "")}${url.search}${url.hash}`;
  return path;
}
