/**
 * Optional server audio: espeak-ng speaks each line (a different voice per host) and the lines are
 * joined into one WAV, stored in the database (PodcastAudio) under the lesson slug with the podcast
 * version it was rendered from, so every app process serves the same file (decision 0018).
 * WAVs that earlier versions wrote under data/podcasts/ are moved into the database when found
 * (on render, and on the first request for that lesson's audio).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import type { PodcastScript } from "./types";
import { joinWav } from "./wav";

/** Where podcast:render wrote WAVs before they moved into the database. */
export const LEGACY_PODCAST_DIR = path.resolve(process.cwd(), "data", "podcasts");
const VOICES = {
  host: ["-v", "en-us+m3", "-p", "45"],
  cohost: ["-v", "en-us+f3", "-p", "60"],
} as const;

const SLUG = /^[a-z0-9-]+$/;

/** A file an earlier version wrote; built from database values, both parts checked to be plain slugs. */
export function legacyPodcastPath(lessonSlug: string, version: string): string {
  if (!SLUG.test(lessonSlug) || !SLUG.test(version)) throw new Error("unsafe podcast file name");
  return path.join(LEGACY_PODCAST_DIR, `${lessonSlug}-${version}.wav`);
}

export function espeakAvailable(): boolean {
  return spawnSync("espeak-ng", ["--version"], { stdio: "ignore" }).status === 0;
}

/** Speaks the script into one WAV (needs espeak-ng). */
export function renderPodcastWav(script: PodcastScript, speed = 165): Buffer {
  const parts = script.lines.map((line) => {
    const out = spawnSync(
      "espeak-ng",
      [...VOICES[line.speaker], "-s", String(speed), "--stdout", line.text],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    if (out.status !== 0) throw new Error(`espeak-ng failed: ${out.stderr.toString()}`);
    return out.stdout;
  });
  return joinWav(parts);
}

/** Stores a lesson's audio for `version`, replacing whatever audio the lesson had. */
export async function savePodcastAudio(
  db: PrismaClient,
  lessonSlug: string,
  version: string,
  wav: Uint8Array,
): Promise<void> {
  const data = new Uint8Array(wav);
  await db.podcastAudio.upsert({
    where: { lessonSlug },
    create: { lessonSlug, version, data, size: data.length },
    update: { version, data, size: data.length, createdAt: new Date() },
  });
}

/** Moves an earlier version's file for this lesson and version into the database, if there is one. */
async function adoptLegacyFile(db: PrismaClient, lessonSlug: string, version: string) {
  const file = legacyPodcastPath(lessonSlug, version);
  if (!existsSync(file)) return false;
  await savePodcastAudio(db, lessonSlug, version, readFileSync(file));
  return true;
}

/** Whether the lesson has audio for this version (the page offers the download only then). */
export async function hasPodcastAudio(
  db: PrismaClient,
  lessonSlug: string,
  version: string,
): Promise<boolean> {
  const row = await db.podcastAudio.findUnique({
    where: { lessonSlug },
    select: { version: true },
  });
  if (row?.version === version) return true;
  return adoptLegacyFile(db, lessonSlug, version);
}

/** The WAV for this version, or null when there is none (or only a stale one). */
export async function podcastAudio(
  db: PrismaClient,
  lessonSlug: string,
  version: string,
): Promise<Uint8Array | null> {
  const row = await db.podcastAudio.findUnique({ where: { lessonSlug } });
  if (row?.version === version) return row.data;
  if (!(await adoptLegacyFile(db, lessonSlug, version))) return null;
  return (await db.podcastAudio.findUniqueOrThrow({ where: { lessonSlug } })).data;
}

/**
 * Every WAV an earlier version wrote under data/podcasts/ whose lesson still has that version, moved
 * into the database (podcast:render runs this). Returns the lessons moved.
 */
export async function adoptLegacyPodcasts(
  db: PrismaClient,
  currentVersion: (lessonSlug: string) => Promise<string | null>,
): Promise<string[]> {
  if (!existsSync(LEGACY_PODCAST_DIR)) return [];
  const moved: string[] = [];
  for (const name of readdirSync(LEGACY_PODCAST_DIR).sort()) {
    const m = /^([a-z0-9-]+)\.wav$/.exec(name);
    if (!m) continue;
    // "<slug>-<version>.wav": the version is the last dash-separated part(s); try each split.
    const parts = m[1]!.split("-");
    for (let i = parts.length - 1; i > 0; i--) {
      const slug = parts.slice(0, i).join("-");
      const version = parts.slice(i).join("-");
      if ((await currentVersion(slug)) !== version) continue;
      if (await adoptLegacyFile(db, slug, version)) moved.push(slug);
      break;
    }
  }
  return moved;
}
