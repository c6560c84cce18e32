/**
 * GET /serwist/sw.js (and its source map): the service worker, bundled from app/sw.ts by Serwist
 * at build time with the precache manifest (this build's /_next/static files and public/).
 * Turbopack has no plugin hook for it, so Serwist does it from a static route handler.
 */
import { createSerwistRoute } from "@serwist/turbopack";

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute(
  // The esbuild binary already installed (tsx uses it), not the wasm build.
  { swSrc: "app/sw.ts", useNativeEsbuild: true },
);
