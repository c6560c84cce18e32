/**
 * "Is this request from one of our own pages?" The browser says where a request comes from in
 * `Origin` (every POST, every cross-origin fetch) or, when it leaves Origin out, `Sec-Fetch-Site`.
 * This site is the host the request was sent to (Host / X-Forwarded-Host, so any port works) and
 * the configured public URL. A page can't forge either header, nor add X-Forwarded-Host to a
 * cross-origin request without a CORS preflight, which we never grant.
 * https://developer.mozilla.org/docs/Web/HTTP/Headers/Sec-Fetch-Site
 */
import { env } from "../env";

/** host[:port] as a URL with that scheme spells it (default ports dropped), or null if unparsable. */
function hostOf(value: string, protocol: string): string | null {
  try {
    return new URL(`${protocol}//${value}`).host.toLowerCase();
  } catch {
    return null;
  }
}

function siteHosts(request: Request, protocol: string): Set<string> {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const candidates = [forwarded, request.headers.get("host"), new URL(request.url).host];
  if (env.NEXTAUTH_URL) candidates.push(new URL(env.NEXTAUTH_URL).host);
  const hosts = new Set<string>();
  for (const c of candidates) {
    const host = c ? hostOf(c, protocol) : null;
    if (host) hosts.add(host);
  }
  return hosts;
}

/** True when the browser says the request comes from this site, or says nothing (curl, scripts). */
export function isSameSiteRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return false; // sandboxed frames, data: pages, some cross-site redirects
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    return siteHosts(request, url.protocol).has(url.host.toLowerCase());
  }
  // No Origin: a same-origin GET, a typed URL or bookmark ("none"), or a non-browser client.
  const fetchSite = request.headers.get("sec-fetch-site");
  return fetchSite === null || fetchSite === "same-origin" || fetchSite === "none";
}
