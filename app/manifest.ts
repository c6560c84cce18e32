import type { MetadataRoute } from "next";

/**
 * The web app manifest (/manifest.webmanifest): installable, opening on the day's review.
 * Icons come from scripts/pwa-icons.ts; colours are the header's (light) and the page's background.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/review",
    name: "Recall Lab",
    short_name: "Recall Lab",
    description:
      "Quizzes, flashcards and spaced repetition for technical courses; reviews keep working offline.",
    start_url: "/review",
    scope: "/",
    display: "standalone",
    orientation: "any",
    background_color: "#f8fafc",
    theme_color: "#ffffff",
    categories: ["education"],
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
