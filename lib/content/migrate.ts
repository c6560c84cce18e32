/** Applies pending migrations with the Prisma CLI (`migrate deploy` works in adapter mode). */
import { execFileSync } from "node:child_process";
import path from "node:path";

export function migrateDeploy(databaseUrl: string, cwd = process.cwd()): void {
  const bin = path.join(cwd, "node_modules", ".bin", "prisma");
  execFileSync(bin, ["migrate", "deploy"], { cwd, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
}
