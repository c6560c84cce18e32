"use client";
/**
 * Light/dark toggle for the header. The page arrives with the right class already on <html> (the
 * root layout reads the choice), so this only changes it: at once on the page, then on the
 * account and in a cookie through `save`. With no choice yet it starts from prefers-color-scheme.
 */
import { useState, useSyncExternalStore } from "react";

type Theme = "light" | "dark";
const QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void) {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

export function ThemeToggle({
  initial,
  save,
}: {
  initial: Theme | null;
  save: (theme: Theme) => Promise<{ ok: boolean; message?: string }>;
}) {
  const [chosen, setChosen] = useState<Theme | null>(initial);
  const [failed, setFailed] = useState(false);
  const systemDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
  const dark = (chosen ?? (systemDark ? "dark" : "light")) === "dark";
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  const toggle = async () => {
    const next: Theme = dark ? "light" : "dark";
    setChosen(next);
    const root = document.documentElement;
    root.classList.remove("light", "dark");
    root.classList.add(next);
    const result = await save(next).catch(() => ({ ok: false }));
    setFailed(!result.ok);
  };
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={toggle}
      data-testid="theme-toggle"
      // Not data-keys-ready: that marks the page's own key handler, one per page, and browser tests
      // wait on it; the toggle sits in every page's header.
      data-hydrated={hydrated}
      title={failed ? "Couldn't save your choice; it applies to this page only." : undefined}
      className="rounded-md px-2 py-2 font-medium text-slate-800 hover:bg-slate-100"
    >
      <span aria-hidden="true">{dark ? "☾" : "☀"}</span> Dark<span className="sr-only"> theme</span>
    </button>
  );
}
