/**
 * npm run bench:pages: Lighthouse 12 (mobile defaults: simulated slow 4G and a 4× slower CPU) on
 * the production build, signed in as a learner, for home, a lesson, review, flashcards and progress.
 * Prints each page's performance, accessibility and best-practices scores, largest contentful paint,
 * JavaScript transferred and DOM size beside the targets, plus the same run on a bare HTML page
 * served from this machine (the floor: what Lighthouse gives here for nothing) and our LCP's ratio
 * to it, and the app's own near-empty page (/offline: the same layout, header and framework
 * scripts; the floor for blocking time, which a busy machine inflates for every page alike) with
 * our TBT's ratio to it. `--desktop` uses Lighthouse's desktop settings instead; `--pages a,b`
 * audits only those pages (beside the floor and the shell).
 *
 * Each page is audited `--runs N` times (3 unless told; pages taken in turn, so a burst of load on
 * the machine lands on one run of several pages rather than on every run of one) and the run with
 * the median performance score is shown, with every run's score beside it: Lighthouse's own advice
 * for a figure that one busy moment doesn't decide. The machine's load average is printed with it.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import lighthouse, { desktopConfig } from "lighthouse";
import { hashPassword } from "../lib/auth/passwords";
import { createPrisma } from "../lib/db";
import { freePort } from "../scripts/serve-build";
import { startApp } from "../tests/e2e/app-server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const COURSE = "/courses/socket-programming";
const ALL_PAGES: Array<[string, string]> = [
  ["home", "/"],
  ["lesson", `${COURSE}/lessons/sockets-overview`],
  ["review", "/review"],
  ["flashcards", `${COURSE}/lessons/client-server-model/flashcards`],
  ["progress", `${COURSE}/progress`],
];
// `--pages review,flashcards`: only those (with the floor and the shell), to compare one change.
const pagesArg = process.argv.indexOf("--pages");
const only = pagesArg > 0 ? process.argv[pagesArg + 1]!.split(",") : undefined;
const PAGES = ALL_PAGES.filter(([name]) => !only || only.includes(name));
if (only && PAGES.length !== only.length)
  throw new Error(`--pages takes names from: ${ALL_PAGES.map(([name]) => name).join(", ")}`);
const TARGET = { performance: 90, accessibility: 100, "best-practices": 95, lessonDom: 1500 };
const desktop = process.argv.includes("--desktop");
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error("--runs takes a whole number of runs per page, 1 or more (3 unless told)");

/** Headless Chromium with a DevTools port for Lighthouse; the flags the browser tests use. */
async function startChromium() {
  const port = await freePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), "recall-lab-lh-"));
  const child = spawn(
    CHROMIUM,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  const deadline = Date.now() + 30_000;
  while (
    !(await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`Chromium at ${CHROMIUM} did not open its DevTools port`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      if (child.exitCode === null) await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** A learner's session cookie, through next-auth's own credentials sign-in. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      origin: base,
      "sec-fetch-site": "same-origin",
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrfCookie,
    },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return session;
}

interface Figures {
  performance: number;
  accessibility: number;
  "best-practices": number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsKb: number;
  dom: number;
  failing: string[];
  /** Lighthouse's measure of this machine's CPU in this run (`environment.benchmarkIndex`). */
  benchmarkIndex: number;
  /** Every run's performance score, in the order run (the median run's figures are the rest). */
  runs?: number[];
}

/** The run with the median performance score (the lower middle one for an even count). */
function medianRun(runs: Figures[]): Figures {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, runs: runs.map((r) => r.performance) };
}
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

async function audit(
  url: string,
  port: number,
  cookie?: string,
  run = 0,
  label?: string,
): Promise<Figures> {
  const result = await lighthouse(
    url,
    {
      port,
      logLevel: "error",
      output: "json",
      onlyCategories: ["performance", "accessibility", "best-practices"],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    },
    desktop ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round(100 * (categories[id]?.score ?? 0));
  const scripts = (
    audits["resource-summary"]?.details as
      { items?: Array<{ resourceType: string; transferSize: number }> } | undefined
  )?.items?.find((i) => i.resourceType === "script");
  if (process.env.BENCH_PAGES_DETAILS)
    for (const id of ["bootup-time", "mainthread-work-breakdown", "long-tasks"])
      console.error(url, id, JSON.stringify(audits[id]?.details).slice(0, 1500));
  // BENCH_PAGES_SAVE=<dir>: every page's whole Lighthouse report, to read its own diagnostics.
  const saveDir = process.env.BENCH_PAGES_SAVE;
  if (saveDir) {
    mkdirSync(saveDir, { recursive: true });
    // The floor is saved as "floor" (its path is "/", as home's is).
    const name = label ?? (new URL(url).pathname.replace(/\W+/g, "_") || "root");
    writeFileSync(
      path.join(saveDir, `${name}${run ? `.${run + 1}` : ""}.json`),
      JSON.stringify(result.lhr),
    );
  }
  const failing = Object.values(categories)
    .filter((c) => c.id !== "performance")
    .flatMap((c) => c.auditRefs)
    .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    lcpMs: audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    jsKb: (scripts?.transferSize ?? 0) / 1024,
    dom: audits["dom-size"]?.numericValue ?? NaN,
    failing,
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
  };
}

/** The floor: a bare page with one heading and a paragraph, served from this process. */
async function bareServer() {
  const port = await freePort();
  const server = http
    .createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="floor"><title>Floor</title></head><body><h1>Floor</h1><p>A bare page.</p></body></html>',
      );
    })
    .listen(port, "127.0.0.1");
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}

const app = await startApp();
const chromium = await startChromium();
const bare = await bareServer();
try {
  const prisma = createPrisma(app.databaseUrl);
  const email = `bench-pages-${Date.now()}@bench.test`;
  await prisma.user.create({
    data: { email, passwordHash: await hashPassword("bench-pages-password") },
  });
  await prisma.$disconnect();
  const cookie = await signIn(app.baseURL, email, "bench-pages-password");
  // Warm the server's caches (rendered Markdown, compiled routes) as a running app has them.
  for (const [, route] of PAGES) await fetch(app.baseURL + route, { headers: { cookie } });

  const loadBefore = loadAverage();
  const targets: Array<[string, string, string | undefined]> = [
    ["floor", bare.url, undefined],
    ["shell", `${app.baseURL}/offline`, cookie],
    ...PAGES.map(([name, route]): [string, string, string] => [name, app.baseURL + route, cookie]),
  ];
  const results = new Map<string, Figures[]>(targets.map(([name]) => [name, []]));
  for (let run = 0; run < RUNS; run++)
    for (const [name, url, withCookie] of targets)
      results
        .get(name)!
        .push(
          await audit(url, chromium.port, withCookie, run, name === "floor" ? name : undefined),
        );
  const median = (name: string) => medianRun(results.get(name)!);
  const floor = median("floor");
  const shell = median("shell");
  const rows = PAGES.map(([name]): [string, Figures] => [name, median(name)]);

  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `Lighthouse 12.2.3, ${desktop ? "desktop" : "mobile (simulated slow 4G, 4× CPU)"}, ${CHROMIUM}\n` +
      `${RUNS === 1 ? "one run a page" : `${RUNS} runs a page, the median run shown (every run's performance score in brackets)`}; load average (1, 5, 15 min) ${loadBefore} before, ${loadAverage()} after\n` +
      `Lighthouse's CPU benchmark of this machine, every run (environment.benchmarkIndex; its 4× assumes about 1,500, lower means a slower or busier CPU): ${[
        ...results.values(),
      ]
        .flat()
        .map((f) => Math.round(f.benchmarkIndex))
        .join(" ")}\n` +
      `targets: performance ≥ ${TARGET.performance}, accessibility ${TARGET.accessibility}, best practices ≥ ${TARGET["best-practices"]}, lesson DOM < ${TARGET.lessonDom}\n`,
  );
  console.log(
    `${"page".padEnd(11)}${pad("perf", 6)}${pad("a11y", 6)}${pad("BP", 5)}${pad("LCP ms", 8)}${pad("×floor", 8)}${pad("TBT ms", 8)}${pad("×shell", 8)}${pad("CLS", 6)}${pad("JS kB", 8)}${pad("DOM", 6)}  misses`,
  );
  const line = (name: string, f: Figures) =>
    console.log(
      `${name.padEnd(11)}${pad(f.performance, 6)}${pad(f.accessibility, 6)}${pad(f["best-practices"], 5)}${pad(Math.round(f.lcpMs), 8)}${pad((f.lcpMs / floor.lcpMs).toFixed(2), 8)}${pad(Math.round(f.tbtMs), 8)}${pad((f.tbtMs / Math.max(1, shell.tbtMs)).toFixed(2), 8)}${pad(f.cls.toFixed(2), 6)}${pad(f.jsKb.toFixed(0), 8)}${pad(f.dom, 6)}  ${
        [
          f.performance < TARGET.performance && "perf",
          f.accessibility < TARGET.accessibility && "a11y",
          f["best-practices"] < TARGET["best-practices"] && "BP",
          name === "lesson" && f.dom >= TARGET.lessonDom && "DOM",
        ]
          .filter(Boolean)
          .join(", ") || "—"
      }${f.runs && f.runs.length > 1 ? ` [${f.runs.join(" ")}]` : ""}${f.failing.length ? ` (failing audits: ${f.failing.join(", ")})` : ""}`,
    );
  line("floor", floor);
  line("shell", shell);
  for (const [name, f] of rows) line(name, f);
} finally {
  bare.stop();
  await chromium.stop();
  await app.stop();
}
