/**
 * Runs once when a server process starts (`next start`, `next dev`; never during `next build`):
 * - on SQLite, takes the one-server-per-file lock, or exits at once saying to use PostgreSQL for
 *   several processes (lib/db/serving-lock.ts);
 * - on PostgreSQL in production, refuses to serve without the settings every process must share
 *   (lib/env.ts);
 * - in production, installs the graceful shutdown: SIGTERM drains, then exits 0
 *   (lib/http/shutdown.ts); `next dev` keeps Next's own (its HMR sockets never drain).
 * See docs/decisions/0018-several-app-processes.md.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, sharedSettingsProblem } = await import("./lib/env");
  const { holdServingLock, releaseServingLock } = await import("./lib/db/serving-lock");
  const { installGracefulShutdown } = await import("./lib/http/shutdown");
  // `next dev` is one process on one machine: nothing to share.
  const problem = env.NODE_ENV === "production" ? sharedSettingsProblem(process.env) : null;
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  try {
    holdServingLock(env.DATABASE_URL);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (process.env.NODE_ENV !== "production") return;
  installGracefulShutdown({
    timeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    onClosed: async () => {
      const { db } = await import("./lib/db");
      await db.$disconnect();
      releaseServingLock();
    },
  });
}
