/** A hash of everything `next build` reads, so `npm start` rebuilds only when the app changed. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["generated", "node_modules"]);

function walk(p: string, hash: ReturnType<typeof createHash>) {
  let stat;
  try {
    stat = statSync(p);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name), hash);
  } else {
    hash.update(p).update(readFileSync(p));
  }
}

export function buildStamp(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) walk(path.join(root, input), hash);
  return hash.digest("hex");
}
