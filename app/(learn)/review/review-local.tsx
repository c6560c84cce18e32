"use client";
/**
 * The review page's offline side (use-offline-review.ts) as a component of its own, so the page can
 * load it after it has hydrated (next/dynamic in review-session.tsx): its IndexedDB store, pack
 * schemas (Zod) and the scheduler's offline queue are not in the page's first scripts. It renders
 * nothing and reports the offline side's state to the session whenever that changes; memo() keeps
 * the session's own renders from rendering it again (which would report again, without end).
 */
import { memo, useEffect } from "react";
import { useOfflineReview } from "./use-offline-review";

export type OfflineSide = ReturnType<typeof useOfflineReview>;

function ReviewLocal({
  onChange,
  ...options
}: Parameters<typeof useOfflineReview>[0] & { onChange: (side: OfflineSide) => void }) {
  const side = useOfflineReview(options);
  useEffect(() => onChange(side));
  return null;
}

export default memo(ReviewLocal);
