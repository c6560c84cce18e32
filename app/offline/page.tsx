import type { Metadata } from "next";
import { SavedPages } from "@/components/offline/saved-pages";

export const metadata: Metadata = { title: "Offline" };

/**
 * What the service worker shows for a page it has no saved copy of while there is no network
 * (app/sw.ts keeps this page in its cache). Visited online, it says the same thing.
 */
export default function OfflinePage() {
  return (
    <div className="mx-auto max-w-2xl space-y-6" data-testid="offline-page">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">
          This page isn&rsquo;t saved on this device
        </h1>
        <p className="text-slate-700">
          You seem to be offline, and this page was never opened here while online. Reload it when
          you&rsquo;re back online.
        </p>
      </header>
      <section className="space-y-2" aria-labelledby="offline-works">
        <h2 id="offline-works" className="text-lg font-semibold">
          What works offline
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          <li>
            Lessons, flashcards and your progress pages that you have opened on this device before,
            as they were then: read-only.
          </li>
          <li>Review, with the cards this device saved while online.</li>
        </ul>
        <h2 className="pt-2 text-lg font-semibold">What needs a connection</h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          <li>Quizzes, Learn and Test (the server checks your answers), and chat.</li>
          <li>
            Match, settings, Browse, starring cards, running code examples and anything else that
            saves.
          </li>
        </ul>
      </section>
      <SavedPages />
    </div>
  );
}
