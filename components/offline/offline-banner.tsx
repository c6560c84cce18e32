"use client";

import { usePathname } from "next/navigation";
import { useOnline } from "./use-online";

/** Pages whose every step goes to the server (grading, answers): offline they can only say so. */
const NEEDS_CONNECTION: [RegExp, string][] = [
  [/\/quiz(\/|$)/, "Quizzes need a connection: your answers are checked on the server."],
  [
    /\/(learn|test)(\/|$)/,
    "Learn and Test need a connection: your answers are checked on the server.",
  ],
  [/\/chat(\/|$)/, "Chat needs a connection: answers come from the server."],
];

/** What works while offline, under the header; the review page shows its own indicator. */
export function OfflineBanner() {
  const online = useOnline();
  const pathname = usePathname();
  if (online || pathname === "/review") return null;
  const needs = NEEDS_CONNECTION.find(([re]) => re.test(pathname))?.[1];
  return (
    <div
      role="status"
      data-testid="offline-banner"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900 print:hidden"
    >
      <strong className="font-semibold">You&rsquo;re offline.</strong>{" "}
      {needs ??
        "Pages you have opened before still work; starring, running examples and anything else that saves need a connection."}
    </div>
  );
}
