"use client";
/**
 * The review page's offline side (docs/decisions/0017-offline.md): keeps the offline pack fresh
 * while online (on load and after every sync), takes over when the browser is offline or a request
 * can't reach the server (the next card comes from the pack, scheduled by the server's own code,
 * each rating goes to the IndexedDB outbox), and on reconnect replays the outbox in order, one tab
 * at a time, then hands the session back to the server with a notice of what was resolved.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useOnline } from "@/components/offline/use-online";
import { pluralize } from "@/lib/format/plural";
import type { OfflinePack } from "@/lib/offline/pack-schema";
import { offlineCardView, offlineQueue, type OutboxEntry } from "@/lib/offline/queue";
import type { SyncNotice } from "@/lib/offline/outbox-schema";
import { addToOutbox, readOutbox, takeSyncNotice } from "@/lib/offline/outbox";
import { readPack, refreshPack } from "@/lib/offline/store";
import { syncOutbox, type Conflict, type SyncReport } from "@/lib/offline/sync";
import type { ReviewState } from "@/lib/srs/review";
import type { ReviewCard } from "@/lib/srs/view";
import { REPLAY_MAX_AGE_DAYS } from "@/lib/validations/srs";

const conflictText: Record<Conflict, string> = {
  "later-rating": "it was rated later on another device or tab, and that later rating stands",
  "later-reset": "it was reset after you rated it, and the reset stands",
  "later-reschedule": "it was rescheduled after you rated it, and that stands",
  suspended: "it is suspended, and stays suspended",
};
/** A pack refreshed this recently is not fetched again on load. */
const FRESH_MS = 30_000;
const keyOf = (card: Pick<ReviewCard, "kind" | "contentId">) =>
  `${card.kind === "flashcard" ? "f" : "q"}:${card.contentId}`;

const discardedLine = (n: number) =>
  `${pluralize(n, "offline rating")} in this browser ${n === 1 ? "was" : "were"} damaged and discarded (not sent).`;

function noticeOf(report: Pick<SyncReport, "conflicts" | "refused">): string[] {
  const lines: string[] = [];
  const name = (t?: string) => (t ? `a card from “${t}”` : "a card");
  for (const c of report.conflicts)
    lines.push(
      `Your offline rating of ${name(c.lessonTitle)} was kept in your history; ${conflictText[c.conflict]}.`,
    );
  for (const r of report.refused)
    lines.push(`Your offline rating of ${name(r.lessonTitle)} was not recorded: ${r.error}`);
  return lines;
}

/** What the service worker's background syncs did while no page (or another one) was looking. */
function backgroundNotice(held: SyncNotice): string[] {
  return [
    ...(held.sent > 0
      ? [`Synced ${pluralize(held.sent, "offline rating")} in the background.`]
      : []),
    ...noticeOf(held),
    ...(held.discarded > 0 ? [discardedLine(held.discarded)] : []),
  ];
}

export function useOfflineReview({
  userId,
  courseSlug,
  onSynced,
}: {
  userId: string;
  courseSlug?: string;
  onSynced: (review: ReviewState) => void;
}) {
  const online = useOnline();
  // A request that couldn't reach the server: offline, whatever navigator.onLine says.
  const [unreachable, setUnreachable] = useState(false);
  const offline = !online || unreachable;
  const [pack, setPack] = useState<OfflinePack | null>(null);
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [message, setMessage] = useState("");
  const [notice, setNotice] = useState<string[]>([]);
  const [reviewed, setReviewed] = useState(0);
  const [syncing, setSyncing] = useState(false);
  const busy = useRef(false);
  /** Tells this learner's other tabs that the shared outbox changed. */
  const channel = useRef<BroadcastChannel | null>(null);
  const onSyncedRef = useRef(onSynced);
  useEffect(() => {
    onSyncedRef.current = onSynced;
  }, [onSynced]);

  const reload = useCallback(async (): Promise<string[]> => {
    const problems: string[] = [];
    const [p, o] = await Promise.all([readPack(userId), readOutbox(userId)]);
    if (p.discarded)
      problems.push(
        "The offline copy of your cards was from an older version or damaged, so it was discarded; a fresh one is fetched when you are online.",
      );
    if (o.discarded) problems.push(discardedLine(o.discarded));
    const held = await takeSyncNotice(userId);
    if (held) problems.push(...backgroundNotice(held));
    const tooOld =
      p.pack && Date.now() - Date.parse(p.pack.generatedAt) > REPLAY_MAX_AGE_DAYS * 86_400_000;
    setPack(tooOld ? null : p.pack);
    setEntries(o.entries);
    setLoaded(true);
    return problems;
  }, [userId]);

  /** Sends what is waiting, refreshes the pack, and gives the session back to the server. */
  const sync = useCallback(
    /** `load`: refresh the pack if it is old; `changed`: an online action made it stale; `reconnect`: also take the session from the server. */
    async (why: "load" | "changed" | "reconnect") => {
      const force = why !== "load";
      if (busy.current) return;
      busy.current = true;
      setSyncing(true);
      try {
        const problems = await reload();
        const report = await syncOutbox(userId, courseSlug);
        if (report.stopped) {
          if (problems.length) setNotice(problems);
          if (report.sent > 0 || problems.length) await reload();
          setUnreachable(true);
          return;
        }
        const current = await readPack(userId);
        const stale =
          force ||
          report.sent > 0 ||
          !current.pack ||
          Date.now() - Date.parse(current.pack.generatedAt) > FRESH_MS;
        const fresh = stale ? await refreshPack(courseSlug) : current.pack;
        if (stale && !fresh) {
          setUnreachable(true);
          return;
        }
        const after = await reload();
        if (report.sent > 0) channel.current?.postMessage("outbox");
        const lines = [...problems, ...after, ...noticeOf(report)];
        if (report.sent > 0) lines.unshift(`Synced ${pluralize(report.sent, "offline rating")}.`);
        if (lines.length) setNotice(lines);
        if (report.sent > 0 || why === "reconnect") {
          const res = await fetch(
            `/api/review${courseSlug ? `?course=${encodeURIComponent(courseSlug)}` : ""}`,
            { cache: "no-store" },
          ).catch(() => null);
          const reply = res?.ok ? ((await res.json()) as { review?: ReviewState }) : null;
          if (reply?.review) onSyncedRef.current(reply.review);
        }
        setUnreachable(false);
      } catch {
        // IndexedDB refused (a private window may) or a reply wasn't JSON: the page stays as it is; the next load or reconnect tries again.
      } finally {
        busy.current = false;
        setSyncing(false);
      }
    },
    [courseSlug, reload, userId],
  );

  // On load: what this browser holds; then, when online, send what waits and refresh the pack.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const problems = await reload();
      if (cancelled) return;
      if (problems.length) setNotice(problems);
      if (navigator.onLine) await sync("load");
    })().catch(() => {
      // No IndexedDB here (a private window may refuse it): the page simply works online only.
      setLoaded(true);
    });
    return () => {
      cancelled = true;
    };
  }, [reload, sync]);

  // Back online (the browser says so): replay and hand back to the server.
  const wasOffline = useRef(false);
  useEffect(() => {
    if (!online) wasOffline.current = true;
    else if (wasOffline.current) {
      wasOffline.current = false;
      void sync("reconnect");
    }
  }, [online, sync]);

  // The server couldn't be reached while the browser says it is online: try again now and then.
  useEffect(() => {
    if (!unreachable || !online) return;
    const timer = setInterval(() => void sync("reconnect"), 15_000);
    return () => clearInterval(timer);
  }, [unreachable, online, sync]);

  // Another tab rated offline or synced: the outbox is shared, so the count and the queue follow it.
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const c = new BroadcastChannel(`recall-lab-offline:${userId}`);
    // The service worker's background sync leaves a notice, shown here if this page is open.
    c.onmessage = () =>
      void reload()
        .then((lines) => {
          if (lines.length) setNotice(lines);
        })
        .catch(() => {
          // IndexedDB refused: the count stays as it was until the next read.
        });
    channel.current = c;
    return () => {
      c.close();
      channel.current = null;
    };
  }, [reload, userId]);

  const view = useMemo((): ReviewState | null => {
    if (!offline || !pack) return null;
    const now = new Date();
    const queue = offlineQueue(pack, entries, now);
    return {
      card: queue.next ? (offlineCardView(pack, queue.next, now) as ReviewCard) : null,
      counts: queue.counts,
      nextLearningAt: queue.nextLearningAt?.toISOString() ?? null,
      dueTomorrow: null,
      canUndo: false,
      suggestions: null,
    };
  }, [offline, pack, entries]);

  const panels = useMemo(() => {
    const map = new Map<string, OfflinePack["cards"][number]["panels"]>();
    for (const c of pack?.cards ?? []) map.set(c.key, c.panels);
    return map;
  }, [pack]);

  const record = useCallback(
    async (
      card: ReviewCard,
      rating: number,
      durationMs: number,
      requestId: string,
      sent: boolean,
    ) => {
      const ref =
        card.kind === "flashcard"
          ? { flashcardId: card.contentId }
          : { questionId: card.contentId };
      await addToOutbox({
        userId,
        requestId,
        key: keyOf(card),
        ref,
        rating,
        durationMs: Math.min(Math.max(0, Math.round(durationMs)), 86_400_000),
        reviewedAt: new Date().toISOString(),
        sent,
        lessonTitle: card.lessonTitle,
      });
      const o = await readOutbox(userId);
      setEntries(o.entries);
      channel.current?.postMessage("outbox");
    },
    [userId],
  );

  /** Rates the card on screen offline: into the outbox, and the next card from the pack. */
  const rate = useCallback(
    async (rating: number, durationMs: number) => {
      const card = view?.card;
      if (!card) return false;
      await record(card, rating, durationMs, crypto.randomUUID(), false);
      setReviewed((n) => n + 1);
      setMessage("Saved offline. Next card.");
      return true;
    },
    [record, view],
  );

  /** An online rating that couldn't reach the server: kept in the outbox (same requestId, so never twice). */
  const takeOver = useCallback(
    async (card: ReviewCard, rating: number, durationMs: number, requestId: string) => {
      setUnreachable(true);
      // No offline copy here: the rating can't go on without one (the page says it wasn't saved).
      if (!pack) return false;
      await record(card, rating, durationMs, requestId, false);
      setReviewed((n) => n + 1);
      setMessage("You are offline: saved on this device; it syncs when you are back.");
      return true;
    },
    [pack, record],
  );

  /** An online rating the server accepted: noted as sent, so the pack's copy of that card stays right until it is refreshed. */
  const noteOnline = useCallback(
    (card: ReviewCard, rating: number, durationMs: number, requestId: string) => {
      if (pack) void record(card, rating, durationMs, requestId, true);
    },
    [pack, record],
  );

  const needsConnection = useCallback(() => {
    setMessage("That needs a connection; it works again when you are back online.");
  }, []);

  return {
    offline,
    /** The offline session (null online, or with no pack in this browser). */
    review: view,
    hasPack: loaded && pack !== null,
    loaded,
    waiting: entries.filter((e) => !e.sent).length,
    syncing,
    message,
    notice,
    reviewed,
    panels: (card: ReviewCard) => panels.get(keyOf(card)),
    rate,
    takeOver,
    noteOnline,
    needsConnection,
    /** After an online reset, suspend, bury or undo: the pack's copy of that card is out of date. */
    refreshSoon: () => void sync("changed"),
  };
}
