"use client";

/** The "Try again" of an error.tsx: re-renders the segment that failed. */
export function RetryButton({ onRetry }: { onRetry: () => void }) {
  return (
    <button
      type="button"
      onClick={onRetry}
      className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white"
    >
      Try again
    </button>
  );
}
