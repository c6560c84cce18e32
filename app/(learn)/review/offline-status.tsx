import { pluralize } from "@/lib/format/plural";

/**
 * The review page's unobtrusive offline line ("Offline — N ratings waiting", polite live region)
 * and, after a sync, the notice of what was synced and resolved.
 */
export function OfflineStatus({
  offline,
  waiting,
  syncing,
  hasPack,
  loaded,
  notice,
}: {
  offline: boolean;
  waiting: number;
  syncing: boolean;
  hasPack: boolean;
  /** This browser's copy has been read (before that, no "no copy yet" line). */
  loaded: boolean;
  notice: string[];
}) {
  const line = offline
    ? hasPack || !loaded
      ? `Offline — ${pluralize(waiting, "rating")} waiting`
      : "Offline — this browser has no offline copy of your cards yet; review needs a connection until it has one."
    : waiting > 0
      ? `${syncing ? "Syncing" : "Online"} — ${pluralize(waiting, "rating")} waiting`
      : "";
  return (
    <>
      <p
        role="status"
        aria-live="polite"
        data-testid="offline-status"
        data-pack={hasPack}
        className="text-sm text-slate-700"
      >
        {line}
      </p>
      {notice.length > 0 && (
        <div
          role="status"
          aria-live="polite"
          data-testid="sync-notice"
          className="rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800"
        >
          <ul className="list-disc space-y-1 pl-5">
            {notice.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
