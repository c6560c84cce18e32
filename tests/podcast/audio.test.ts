/** The podcast page offers the audio download only when a rendered file exists; the route never tells a learner to run a command. */
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeLearner, prisma } from "../chat/seeded";
import { session } from "../helpers/session";
import { podcastAudioPath } from "../../lib/podcast/audio";
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
let file = "";

beforeAll(async () => {
  session.current = { user: await makeLearner("podcast-audio@test.local") };
  // A body no real database has, so the file name can't be one a real render wrote.
  const row = await prisma.lesson.findUniqueOrThrow({ where: { slug: lesson.slug } });
  await prisma.lesson.update({
    where: { id: row.id },
    data: { body: `${row.body}\n\nAudio test ${randomUUID()}.\n`, version: { increment: 1 } },
  });
  const loaded = (await loadPodcastLesson(prisma, lesson.slug))!;
  file = podcastAudioPath(lesson.slug, loaded.version);
});
afterAll(() => rmSync(file, { force: true }));

describe("podcast audio", () => {
  it("without a rendered file: no download link, and the route's 404 speaks to a learner", async () => {
    rmSync(file, { force: true });
    const html = await page();
    expect(html).not.toContain("/podcast/audio");
    expect(html).not.toMatch(/scenario|npm run/);
    const res = await audio();
    expect(res.status).toBe(404);
    const { error } = (await res.json()) as { error: string };
    expect(error).not.toMatch(/npm|run |render|version/i);
    expect(error).toMatch(/Play the podcast/);
  });

  it("with a rendered file: the page links to it and the route serves the WAV", async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from("RIFF\0\0\0\0WAVE", "latin1"));
    expect(await page()).toContain(
      `/courses/${lesson.course.slug}/lessons/${lesson.slug}/podcast/audio`,
    );
    const res = await audio();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/wav");
  });
});
