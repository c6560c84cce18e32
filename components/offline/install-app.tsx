"use client";

import { promptInstall, useInstallState } from "./install-prompt";

/** Settings' "Install Recall Lab": the browser's own prompt where it offers one, else where to look. */
export function InstallApp() {
  const state = useInstallState();
  return (
    <section
      aria-labelledby="install-app"
      className="space-y-2 rounded-xl border border-slate-200 bg-white p-5 sm:p-8"
    >
      <h2 id="install-app" className="text-xl font-semibold">
        Install Recall Lab
      </h2>
      <p className="text-slate-700">
        Installed, Recall Lab opens on your review in its own window. Installed or not, the lessons,
        flashcards and progress pages you open are kept on this device, to read when you&rsquo;re
        offline.
      </p>
      {state === "installed" && <p className="font-medium">Installed on this device.</p>}
      {state === "can-prompt" && (
        <button
          type="button"
          onClick={() => void promptInstall()}
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          Install Recall Lab
        </button>
      )}
      {state === "from-browser-menu" && (
        <p className="text-slate-700">
          To install it, use your browser&rsquo;s menu: &ldquo;Install app&rdquo; or &ldquo;Add to
          Home screen&rdquo;.
        </p>
      )}
    </section>
  );
}
