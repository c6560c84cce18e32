/** Per test file: a fresh copy of the base database, set before lib/env.ts reads DATABASE_URL. */
import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";

const base = inject("baseDbPath");
const copy = path.join(path.dirname(base), `${randomUUID()}.db`);
copyFileSync(base, copy);
process.env.DATABASE_URL = `file:${copy}`;
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";
