/**
 * The offline page when even /offline was never saved (the first visit after someone signed in or
 * out happened offline): plain HTML made in the worker, no script, its own strict policy.
 */
export function lastResortOfflinePage(): Response {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Offline · Recall Lab</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#0f172a}@media (prefers-color-scheme:dark){body{background:#0f172a;color:#e2e8f0}}</style>
</head><body><main><h1>You're offline</h1>
<p>This page hasn't been saved on this device yet. Lessons, flashcards and your progress open offline once you have visited them online; quizzes, Learn, Test and chat need a connection.</p>
<p>Reload when you're back online.</p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}
