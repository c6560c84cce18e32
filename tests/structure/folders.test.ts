/**
 * STYLE.md's layering, checked over the folders of lib/: each domain imports in one direction, so
 * the graph of "folder A imports from folder B" has no cycle (ESLint's import-x/no-cycle only sees
 * cycles between files). Also: nothing in lib/ or components/ imports app/.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repo = path.resolve(import.meta.dirname, "../..");
const IMPORT =
  /(?:^|[\s;])(?:import|export)[^"'`;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repo, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

/** The repo-relative path an import names, or null for a package. */
function target(file: string, spec: string): string | null {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return path.normalize(path.join(path.dirname(file), spec));
  return null;
}

/** lib/<domain>/… → "<domain>"; lib/<file>.ts → "(lib)". */
const domainOf = (rel: string) => {
  const parts = rel.split(path.sep);
  return parts.length > 2 ? parts[1]! : "(lib)";
};

function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles("lib")) {
    for (const m of readFileSync(path.join(repo, file), "utf8").matchAll(IMPORT)) {
      const to = target(file, m[1] ?? m[2]!);
      if (!to?.startsWith("lib" + path.sep) || to.startsWith(path.join("lib", "generated")))
        continue;
      const [a, b] = [domainOf(file), domainOf(to)];
      if (a === b || b === "(lib)") continue;
      if (!graph.has(a)) graph.set(a, new Map());
      graph.get(a)!.set(b, `${file} → ${m[1] ?? m[2]}`);
    }
  }
  return graph;
}

function cycles(graph: Map<string, Map<string, string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const [next, via] of graph.get(node) ?? []) {
      if (state.get(next) === "open") {
        const loop = stack.slice(stack.indexOf(next));
        found.push(`${[...loop, next].join(" → ")} (e.g. ${via})`);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe("folder structure", () => {
  it("lib/ domains import each other in one direction (no folder cycles)", () => {
    expect(cycles(folderGraph())).toEqual([]);
  });

  it("lib/ and components/ never import app/, and lib/ never imports components/", () => {
    const upward: string[] = [];
    for (const file of [...sourceFiles("lib"), ...sourceFiles("components")])
      for (const m of readFileSync(path.join(repo, file), "utf8").matchAll(IMPORT)) {
        const to = target(file, m[1] ?? m[2]!);
        const up =
          to?.startsWith("app" + path.sep) ||
          (file.startsWith("lib") && to?.startsWith("components" + path.sep));
        if (up) upward.push(`${file} → ${m[1] ?? m[2]}`);
      }
    expect(upward).toEqual([]);
  });
});
