/**
 * The podcast page offers the audio download only when rendered audio exists; the route never tells a
 * learner to run a command. The audio lives in the database (every app process serves the same);
 * WAVs earlier versions wrote under data/podcasts/ move into it when found.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeLearner, prisma } from "../chat/seeded";
import { session } from "../helpers/session";
import { adoptLegacyPodcasts, legacyPodcastPath, savePodcastAudio } from "../../lib/podcast/audio";
import { loadPodcastLesson } from "../../lib/podcast/load";

const { default: PodcastPage } =
  await import("../../app/(learn)/courses/[courseSlug]/lessons/[lessonSlug]/podcast/page");
const { GET } =
  await import("../../app/(learn)/courses/[courseSlug]/lessons/[lessonSlug]/podcast/audio/route");

const lesson = await prisma.lesson.findFirstOrThrow({
  orderBy: { position: "asc" },
  select: { slug: true, course: { select: { slug: true } } },
});
const params = Promise.resolve({ courseSlug: lesson.course.slug, lessonSlug: lesson.slug });
const page = async () => renderToStaticMarkup(await PodcastPage({ params }));
const audio = () => GET(new Request("http://localhost/audio"), { params });
const wavOf = (text: string) => Buffer.from(`RIFF\0\0\0\0WAVE${text}`, "latin1");
let version = "";
const written: string[] = [];

/** A new lesson version no real render has seen, so no file under data/podcasts/ can match it. */
async function bumpLesson() {
  const row = await prisma.lesson.findUniqueOrThrow({ where: { slug: lesson.slug } });
  await prisma.lesson.update({
    where: { id: row.id },
    data: { body: `${row.body}\n\nAudio test ${randomUUID()}.\n`, version: { increment: 1 } },
  });
  version = (await loadPodcastLesson(prisma, lesson.slug))!.version;
}

function writeLegacy(v: string, bytes: Buffer) {
  const file = legacyPodcastPath(lesson.slug, v);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  written.push(file);
}

beforeAll(async () => {
  session.current = { user: await makeLearner("podcast-audio@test.local") };
  await bumpLesson();
});
afterAll(() => written.forEach((f) => rmSync(f, { force: true })));

describe("podcast audio", () => {
  it("without rendered audio: no download link, and the route's 404 speaks to a learner", async () => {
    const html = await page();
    expect(html).not.toContain("/podcast/audio");
    expect(html).not.toMatch(/scenario|npm run/);
    const res = await audio();
    expect(res.status).toBe(404);
    const { error } = (await res.json()) as { error: string };
    expect(error).not.toMatch(/npm|run |render|version/i);
    expect(error).toMatch(/Play the podcast/);
  });

  it("with audio stored in the database: the page links to it and the route serves those bytes", async () => {
    const wav = wavOf("stored");
    await savePodcastAudio(prisma, lesson.slug, version, wav);
    expect(await page()).toContain(
      `/courses/${lesson.course.slug}/lessons/${lesson.slug}/podcast/audio`,
    );
    const res = await audio();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/wav");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(wav);
    // No file anywhere: any process on this database serves it.
    expect(existsSync(legacyPodcastPath(lesson.slug, version))).toBe(false);
  });

  it("audio of an older lesson version is not offered", async () => {
    await bumpLesson();
    expect(await page()).not.toContain("/podcast/audio");
    expect((await audio()).status).toBe(404);
  });

  it("a WAV an earlier version left under data/podcasts/ moves into the database when asked for", async () => {
    const wav = wavOf("legacy");
    writeLegacy(version, wav);
    const res = await audio();
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(wav);
    const row = await prisma.podcastAudio.findUniqueOrThrow({ where: { lessonSlug: lesson.slug } });
    expect([row.version, row.size]).toEqual([version, wav.length]);
  });

  it("on render, every earlier file whose lesson still has that version moves in; stale ones stay out", async () => {
    await bumpLesson();
    writeLegacy("v1-000000000000", wavOf("stale"));
    writeLegacy(version, wavOf("current"));
    const moved = await adoptLegacyPodcasts(prisma, async (slug) =>
      slug === lesson.slug ? version : null,
    );
    expect(moved).toEqual([lesson.slug]);
    const row = await prisma.podcastAudio.findUniqueOrThrow({ where: { lessonSlug: lesson.slug } });
    expect(row.version).toBe(version);
    expect(Buffer.from(row.data)).toEqual(wavOf("current"));
  });
});
