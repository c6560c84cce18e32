/**
 * Optional server audio: espeak-ng speaks each line (a different voice per host) and the lines are
 * joined into one WAV under data/podcasts/, named by lesson slug and script version only.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PodcastScript } from "./types";
import { joinWav } from "./wav";

export const PODCAST_DIR = path.resolve(process.cwd(), "data", "podcasts");
const VOICES = {
  host: ["-v", "en-us+m3", "-p", "45"],
  cohost: ["-v", "en-us+f3", "-p", "60"],
} as const;

/** Built from database values, never from a request path; both parts are checked to be plain slugs. */
export function podcastAudioPath(lessonSlug: string, version: string): string {
  if (!/^[a-z0-9-]+$/.test(lessonSlug) || !/^[a-z0-9-]+$/.test(version))
    throw new Error("unsafe podcast file name");
  return path.join(PODCAST_DIR, `${lessonSlug}-${version}.wav`);
}

export function espeakAvailable(): boolean {
  return spawnSync("espeak-ng", ["--version"], { stdio: "ignore" }).status === 0;
}

export function renderPodcastWav(script: PodcastScript, version: string, speed = 165): string {
  const parts = script.lines.map((line) => {
    const out = spawnSync(
      "espeak-ng",
      [...VOICES[line.speaker], "-s", String(speed), "--stdout", line.text],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    if (out.status !== 0) throw new Error(`espeak-ng failed: ${out.stderr.toString()}`);
    return out.stdout;
  });
  const file = podcastAudioPath(script.lessonSlug, version);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, joinWav(parts));
  return file;
}

export const podcastAudioExists = (lessonSlug: string, version: string) =>
  existsSync(podcastAudioPath(lessonSlug, version));
