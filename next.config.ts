import type { NextConfig } from "next";
// Importing env here makes a bad environment fail `next build` and `next start` at once.
import "./lib/env";

const nextConfig: NextConfig = {
  // Browser tests build into their own folder (see tests/e2e/app-server.ts) so they never clobber `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Browser tests skip the build's own type check: `npm test` runs `tsc --noEmit` over the whole repo first.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // Render <title> and metadata in the <head> before the page, for every client, not streamed in later:
  // screen readers announce the title on each navigation (WCAG 2.4.2).
  htmlLimitedBots: /.*/,
  experimental: { authInterrupts: true },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
};

export default nextConfig;
