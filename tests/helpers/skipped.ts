/** A skipped suite is said at the end of the run, where nobody misses it (in CI it fails instead). */
export function skippedBanner(suite: string, reason: string): string {
  const line = "!".repeat(78);
  return `\n${line}\n!! ${suite} SKIPPED: ${reason}\n!! Install what is missing; CI (CI=true) fails instead of skipping.\n${line}\n`;
}
