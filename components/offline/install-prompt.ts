"use client";

import { useSyncExternalStore } from "react";

/** Chromium's install prompt event (not in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

// The browser offers the prompt once per page load, often before Settings is open: keep it here.
let deferred: BeforeInstallPromptEvent | null = null;
let installed = false;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

if (typeof window !== "undefined") {
  window.addEventListener("beforeinstallprompt", (event) => {
    event.preventDefault();
    deferred = event as BeforeInstallPromptEvent;
    changed();
  });
  window.addEventListener("appinstalled", () => {
    deferred = null;
    installed = true;
    changed();
  });
}

export type InstallState = "installed" | "can-prompt" | "from-browser-menu";

function current(): InstallState {
  if (installed || matchMedia("(display-mode: standalone)").matches) return "installed";
  return deferred ? "can-prompt" : "from-browser-menu";
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** Whether the app is installed, can be installed from our button, or only from the browser's menu. */
export function useInstallState(): InstallState | null {
  return useSyncExternalStore(subscribe, current, () => null);
}

/** Shows the browser's install dialog; true when the learner accepted. */
export async function promptInstall(): Promise<boolean> {
  const event = deferred;
  if (!event) return false;
  deferred = null;
  await event.prompt();
  const { outcome } = await event.userChoice;
  changed();
  return outcome === "accepted";
}
