/**
 * prisma/schema.prisma is the one source of truth and names SQLite; the PostgreSQL schema
 * (prisma/postgres/schema.prisma) is derived from it by `npm run db:generate`, never edited by hand.
 * tests/db/migrations.test.ts checks the committed copy is what this derives.
 */
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:generate`: do not edit (edit that file).\n" +
  "// The same models on PostgreSQL (@prisma/adapter-pg); see docs/decisions/0001-data-layer.md.\n\n";

/** The PostgreSQL twin of the SQLite schema text: provider swapped, client generated beside the SQLite one. */
export function toPostgresSchema(sqlite: string): string {
  const out = sqlite
    .replace(/(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(
      /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/,
      '$1"../../lib/generated/prisma-pg"',
    );
  if (!out.includes('"postgresql"') || !out.includes("prisma-pg"))
    throw new Error(
      'prisma/schema.prisma: expected `provider = "sqlite"` in datasource db and `output = "../lib/generated/prisma"` in generator client.',
    );
  // Nothing else in the schema is SQLite-only today (no @db.* types, no sqlite-only defaults);
  // a native type added later must be mapped here.
  if (/@db\./.test(out))
    throw new Error(
      "prisma/schema.prisma uses an @db.* native type: map it in lib/db/schema-postgres.ts.",
    );
  return HEADER + out;
}
