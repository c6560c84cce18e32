/**
 * Headers every response carries, set in next.config.ts (the per-request CSP is set in proxy.ts).
 * Referrer-Policy same-origin: other sites never learn which lesson or quiz attempt a link came from.
 */
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];
