/**
 * The scheduler runs in the browser too (the offline review, lib/offline): lib/srs/schedule.ts and
 * everything it imports must be free of server-only code — no "server-only", no node: modules, no
 * database, and only type imports from the generated Prisma client.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const ENTRIES = ["lib/srs/schedule.ts", "lib/srs/intervals.ts", "lib/srs/card.ts"];

function walk(file: string, seen: Map<string, string[]>) {
  if (seen.has(file)) return;
  const text = readFileSync(file, "utf8");
  const problems: string[] = [];
  seen.set(file, problems);
  for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
    const [, , typeOnly, spec] = m as unknown as [string, string, string | undefined, string];
    if (typeOnly) continue;
    if (spec === "server-only" || spec.startsWith("node:")) problems.push(spec);
    else if (/generated\/prisma|\/db(-raw)?$|\/db\//.test(spec)) problems.push(spec);
    else if (spec.startsWith(".") || spec.startsWith("@/")) {
      const base = spec.startsWith("@/")
        ? resolve(root, spec.slice(2))
        : resolve(dirname(file), spec);
      walk(`${base}.ts`, seen);
    }
  }
  for (const m of text.matchAll(/^import\s+"([^"]+)";/gm)) problems.push(m[1]!);
}

describe("the isomorphic scheduler", () => {
  it("imports nothing server-only, transitively", () => {
    const seen = new Map<string, string[]>();
    for (const entry of ENTRIES) walk(resolve(root, entry), seen);
    const bad = [...seen].filter(([, p]) => p.length).map(([f, p]) => `${f}: ${p.join(", ")}`);
    expect(bad).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(6);
  });
});
