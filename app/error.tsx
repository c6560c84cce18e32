"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-slate-700">The page could not be shown. Your progress is saved.</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white"
      >
        Try again
      </button>
    </div>
  );
}
