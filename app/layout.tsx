import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { OfflineBanner } from "@/components/offline/offline-banner";
import { ServiceWorker } from "@/components/offline/service-worker";
import { SiteHeader } from "@/components/site-header";
import { ThemeToggle } from "@/components/theme-toggle";
import { currentTheme, THEME_COOKIE } from "@/lib/learner/theme";
import { setThemeAction } from "./theme-actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Recall Lab", template: "%s · Recall Lab" },
  description:
    "Quizzes, flashcards and spaced repetition for technical courses, with every code example run live beside its card.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // The header's own colours (white, and theme-dark.css's --dk-bg-white): the browser bar matches it.
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111a2e" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The theme class is on <html> in the first byte: no flash of the wrong theme, no script needed.
  const theme = await currentTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={theme ?? undefined}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <SiteHeader themeToggle={<ThemeToggle initial={theme} save={setThemeAction} />} />
        <OfflineBanner />
        <ServiceWorker />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-10 text-sm text-slate-600 sm:px-6 print:hidden">
          <p>
            Recall Lab · study notes turned into quizzes, cards and runnable programs.{" "}
            <Link className="underline" href="/" prefetch={false}>
              Courses
            </Link>
          </p>
        </footer>
      </body>
    </html>
  );
}
