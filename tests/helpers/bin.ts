/** A command from node_modules/.bin, run directly: `npx` first starts npm, seconds on a busy machine. */
import path from "node:path";

const repo = path.resolve(import.meta.dirname, "../..");

export const bin = (name: "tsx" | "next") => path.join(repo, "node_modules", ".bin", name);
