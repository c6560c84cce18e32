/** Per test file: a fresh copy of the base database, set before lib/env.ts reads DATABASE_URL. */
import { copyFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { inject, vi } from "vitest";
import { failOnConsoleError } from "./console-errors";

const base = inject("baseDbPath");
const copy = path.join(path.dirname(base), `${randomUUID()}.db`);
copyFileSync(base, copy);
process.env.DATABASE_URL = `file:${copy}`;
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";
// next.config.ts turns on authInterrupts (forbidden()); Next passes it to the app through this variable.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// The session is the one thing faked for code called in-process: see tests/helpers/session.ts.
vi.mock("next-auth", async (original) => {
  const { session } = await import("./session");
  return {
    ...(await original<typeof import("next-auth")>()),
    getServerSession: async () => session.current,
  };
});

failOnConsoleError();
