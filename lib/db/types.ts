/** The one interface raw SQL runs through, on SQLite and PostgreSQL alike (lib/db/sql.ts). */
import type { Prisma } from "../generated/prisma/client";

export interface Sql {
  /** Rows as $queryRaw shapes them, except whole numbers (COUNT, BIGINT) come back as numbers. */
  rows<T>(query: Prisma.Sql): Promise<T[]>;
  /** Rows changed. */
  run(query: Prisma.Sql): Promise<number>;
}

export type Provider = "sqlite" | "postgresql";

/** A client inside an interactive transaction: what every write that must commit together takes. */
export type Tx = Prisma.TransactionClient;
