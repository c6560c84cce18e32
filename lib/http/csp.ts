/**
 * The Content-Security-Policy, built per request in proxy.ts around a fresh nonce that Next.js reads
 * back from the request's own CSP header and puts on its scripts and styles.
 * https://nextjs.org/docs/app/guides/content-security-policy
 * Why each source is there: docs/decisions/0010-http-boundary.md.
 */

export interface CspOptions {
  nonce: string;
  /** Development: React's dev tools need eval, and dev styles come without nonces. */
  dev: boolean;
  /** Served over https: upgrade stray http subresources too (never on plain http, or nothing loads). */
  https: boolean;
  /** Extra hosts allowed for images (MARKDOWN_IMAGE_HOSTS), https only. */
  imageHosts: readonly string[];
}

/** A nonce: 128 random bits, base64. */
export const newNonce = () =>
  Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");

export function pagePolicy({ nonce, dev, https, imageHosts }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Stylesheets and <style> need the nonce; style="" attributes (shiki's token colours, chart
    // widths) can't carry one, and the sanitizer strips them from author Markdown.
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    ["img-src 'self' data:", ...imageHosts.map((h) => `https://${h}`)].join(" "),
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    // The service worker (/serwist/sw.js): under 'strict-dynamic' the script-src fallback ignores
    // 'self', so registering it needs its own directive. Same origin only.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** next-auth's own pages (/api/auth/signout, /error) are script-free HTML with one inline <style>. */
export const authPagesPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Static files (scripts, styles, icons): nothing to run, nowhere to be framed. */
export const staticFilesPolicy = "default-src 'none'; frame-ancestors 'none'";
