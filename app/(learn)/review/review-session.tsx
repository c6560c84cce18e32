"use client";
/** The review screen: front → reveal (Space/Enter) → Again/Hard/Good/Easy (1–4); - buries, @ suspends (Anki's keys); z or Ctrl+Z undoes the last action. */
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReviewState } from "@/lib/srs/review";
import { Finished } from "./finished";
import { QueueCounts } from "./queue-counts";
import { ResetButton } from "./reset-button";
import { SessionShell } from "./session-shell";
import { useReview } from "./use-review";
import type { OfflineSide } from "./review-local";
import { OfflineStatus } from "./offline-status";

// The offline side (IndexedDB, the pack's schemas, the offline scheduler) loads after the page has
// hydrated; until it reports, the session is the server's, as it is online anyway.
const ReviewLocal = dynamic(() => import("./review-local"), { ssr: false });
const NOT_LOADED: OfflineSide = {
  offline: false,
  review: null,
  hasPack: false,
  loaded: false,
  waiting: 0,
  syncing: false,
  message: "",
  notice: [],
  reviewed: 0,
  panels: () => undefined,
  rate: async () => false,
  takeOver: async () => false,
  noteOnline: () => undefined,
  needsConnection: () => undefined,
  refreshSoon: () => undefined,
};

export function ReviewSession({
  initial,
  courseSlug,
  canEdit,
  userId,
}: {
  initial: ReviewState;
  courseSlug?: string;
  canEdit: boolean;
  userId: string;
}) {
  const replaceRef = useRef<(r: ReviewState) => void>(() => undefined);
  const onSynced = useCallback((r: ReviewState) => replaceRef.current(r), []);
  const [off, setOff] = useState<OfflineSide>(NOT_LOADED);
  const hooks = useMemo(
    () => ({ onRated: off.noteOnline, onUnreachable: off.takeOver }),
    [off.noteOnline, off.takeOver],
  );
  const online = useReview(initial, courseSlug, hooks);
  useEffect(() => {
    replaceRef.current = online.replace;
  }, [online.replace]);
  // Offline with a pack in this browser: the session runs from it; otherwise the server's.
  const local = off.review;
  const review = local ?? online.review;
  const message = local ? off.message : online.message;
  const reviewed = online.reviewed + off.reviewed;
  const rate = local ? off.rate : online.rate;
  const needsNetwork = (action: () => Promise<boolean>) => () => {
    if (local) {
      off.needsConnection();
      return Promise.resolve(false);
    }
    return action().then((done) => {
      if (done) off.refreshSoon();
      return done;
    });
  };
  const undo = needsNetwork(online.undo);
  const reset = needsNetwork(online.reset);
  const flag = (action: "suspend" | "bury") => needsNetwork(() => online.flag(action))();
  const card = review.card;

  return (
    <>
      <ReviewLocal userId={userId} courseSlug={courseSlug} onSynced={onSynced} onChange={setOff} />
      <SessionShell
        // Each review state is one showing: the next card, or the same card coming back.
        showing={review}
        card={card}
        panels={card ? off.panels(card) : undefined}
        counts={
          <>
            <QueueCounts counts={review.counts} reviewed={reviewed} />
            <OfflineStatus
              offline={off.offline}
              waiting={off.waiting}
              syncing={off.syncing}
              hasPack={off.hasPack}
              loaded={off.loaded}
              notice={off.notice}
            />
          </>
        }
        message={message}
        onRate={(rating, durationMs) => void rate(rating, durationMs)}
        onUndo={() => void undo()}
        canUndo={review.canUndo}
        onKey={(e) => {
          if (e.key !== "-" && e.key !== "@") return false;
          void flag(e.key === "-" ? "bury" : "suspend");
          return true;
        }}
        actions={
          card && (
            <div className="flex flex-wrap gap-3 text-sm">
              <button
                type="button"
                onClick={() => void flag("bury")}
                className="rounded-md border border-slate-400 px-3 py-1.5 text-slate-800 hover:bg-slate-100"
              >
                Bury until tomorrow <span className="text-slate-600">(-)</span>
              </button>
              <button
                type="button"
                onClick={() => void flag("suspend")}
                className="rounded-md border border-slate-400 px-3 py-1.5 text-slate-800 hover:bg-slate-100"
              >
                Suspend <span className="text-slate-600">(@)</span>
              </button>
              {/* A card never rated is already new: nothing to reset. */}
              {"reviewItemId" in card.ref && <ResetButton onConfirm={() => void reset()} />}
              {canEdit && (
                <a
                  href={`/teach/${card.kind === "question" ? "questions" : "flashcards"}/${card.contentId}`}
                  className="rounded-md px-3 py-1.5 text-brand-700 underline"
                >
                  Edit card
                </a>
              )}
            </div>
          )
        }
        finished={<Finished review={review} reviewed={reviewed} />}
        keysHelp="Keys: Space or Enter shows the answer (Enter in the answer field checks it) · 1 Again · 2 Hard · 3 Good · 4 Easy · - buries · @ suspends · Z undoes."
      >
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href="/review/cards" className="text-brand-700 underline">
            Browse your cards
          </a>
          <a href="/review/cards?show=flagged" className="text-brand-700 underline">
            Suspended, buried and leech cards
          </a>
          <a href="/review/custom" className="text-brand-700 underline">
            Custom study
          </a>
        </p>
      </SessionShell>
    </>
  );
}
