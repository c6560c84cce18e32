/** Readiness for load balancers (GET /api/ready): the database answers and the sandbox can run code. */
import type { PrismaClient } from "../generated/prisma/client";
import { Prisma } from "../generated/prisma/client";
import { sqlOf } from "./sql";

export interface Readiness {
  ready: boolean;
  database: string;
  sandbox: string;
}

const DATABASE_TIMEOUT_MS = 2000;

/** `checkSandbox` is the sandbox's own probe (lib/sandbox), passed in so lib/db doesn't depend on it. */
export async function readiness(
  client: PrismaClient,
  checkSandbox: () => Promise<void>,
): Promise<Readiness> {
  const database = await Promise.race([
    sqlOf(client)
      .then((sql) => sql.rows(Prisma.sql`SELECT 1 AS "ok"`))
      .then(
        () => "ok",
        (error: Error) => `unreachable: ${error.message.split("\n")[0]}`,
      ),
    new Promise<string>((resolve) =>
      setTimeout(
        () => resolve(`no answer within ${DATABASE_TIMEOUT_MS} ms`),
        DATABASE_TIMEOUT_MS,
      ).unref(),
    ),
  ]);
  const sandbox = await checkSandbox().then(
    () => "ok",
    (error: Error) => `unavailable: ${error.message}`,
  );
  return { ready: database === "ok" && sandbox === "ok", database, sandbox };
}
