import { describe, expect, it } from "vitest";
import { prisma } from "../chat/seeded";
import { lessonSections } from "../../lib/content/markdown-anchors";
import { podcastScript } from "../../lib/podcast/fit";
import { loadPodcastLesson } from "../../lib/podcast/load";
import { spokenTitle, topSections } from "../../lib/podcast/script";
import { spokenUnits } from "../../lib/podcast/spoken";
import { joinWav, readWav } from "../../lib/podcast/wav";
import { spokenProblems } from "./spoken-checks";

const slugs = (
  await prisma.lesson.findMany({ orderBy: { position: "asc" }, select: { slug: true } })
).map((l) => l.slug);

describe("lesson podcast script", () => {
  it.each(slugs)(
    "%s: covers every ## section, alternates hosts, lasts 3–8 minutes, plays an example's output",
    async (slug) => {
      const loaded = (await loadPodcastLesson(prisma, slug))!;
      const script = podcastScript(loaded.input);
      const spokenSections = new Set(script.lines.map((l) => l.section));
      for (const s of lessonSections(loaded.input.body).filter((x) => x.depth === 2)) {
        expect(spokenSections, s.anchor).toContain(s.anchor);
        expect(
          script.lines.some(
            (l) =>
              l.speaker === "host" &&
              l.text.toLowerCase().includes(spokenTitle(s.title).toLowerCase()),
          ),
          s.title,
        ).toBe(true);
      }
      script.lines.forEach((line, i) => expect(line.speaker).toBe(i % 2 === 0 ? "host" : "cohost"));
      expect(script.minutes).toBeGreaterThanOrEqual(3);
      expect(script.minutes).toBeLessThanOrEqual(8);
      expect(script.example?.outputFrom).toBe("scenario expectation");
      const expected = loaded.input.example!.output.split("\n")[0]!;
      expect(
        script.lines.some((l) => l.text.includes(expected)),
        expected,
      ).toBe(true);
      expect(podcastScript(loaded.input)).toEqual(script);
    },
  );

  it.each(slugs)(
    "%s: reads as people talk (no doubled punctuation, hanging colons, Markdown or internal words)",
    async (slug) => {
      const loaded = (await loadPodcastLesson(prisma, slug))!;
      const script = podcastScript(loaded.input);
      const ids = [
        slug,
        ...loaded.input.cards.map((c) => c.id),
        ...(await prisma.example.findMany({ select: { id: true } })).map((e) => e.id),
        ...lessonSections(loaded.input.body)
          .map((s) => s.anchor)
          .filter((a) => a.includes("-")),
      ];
      expect(spokenProblems(script.lines, ids)).toEqual([]);
      // Each host question about a section says its title once, never "Title?. What…".
      for (const line of script.lines.filter((l) => l.speaker === "host"))
        expect(line.text).not.toMatch(/[?!]\s*\./);
    },
  );

  it.each(slugs)(
    "%s: reads each list announced by a colon to its end and answers each question it asks",
    async (slug) => {
      const loaded = (await loadPodcastLesson(prisma, slug))!;
      const script = podcastScript(loaded.input);
      const text = script.lines.map((l) => l.text).join(" ");
      for (const section of topSections(loaded.input))
        for (const unit of spokenUnits(section.markdown).filter((u) => u.sentences.length > 1)) {
          // Begun means finished: the unit's last sentence is said too, or its short form is.
          if (!text.includes(unit.sentences[0]!)) continue;
          const finished =
            text.includes(unit.sentences.at(-1)!) ||
            (unit.summary !== undefined && text.includes(unit.summary));
          expect(finished, unit.sentences.join(" ")).toBe(true);
        }
      for (const line of script.lines.filter((l) => l.speaker === "cohost"))
        expect(line.text, "a co-host line ends on an unanswered question").not.toMatch(/\?["”]?$/);
    },
  );

  it("uses the latest successful sandbox run's real output when there is one", async () => {
    const loaded = (await loadPodcastLesson(prisma, "tcp-udp-socket-programming"))!;
    const exampleId = loaded.input.example!.id;
    const result = {
      status: "ok",
      processes: [
        { name: "server", stdout: "" },
        {
          name: "client",
          stdout: "Input lowercase sentence:From Server: HELLO FROM A REAL RUN\n",
        },
      ],
    };
    await prisma.sandboxRun.create({
      data: { exampleId, inputHash: "h", status: "ok", result: JSON.stringify(result) },
    });
    await prisma.sandboxRun.create({
      data: {
        exampleId,
        inputHash: "h",
        status: "failed",
        result: JSON.stringify({ processes: [{ name: "client", stdout: "Traceback" }] }),
        ranAt: new Date(Date.now() + 1000),
      },
    });
    const again = (await loadPodcastLesson(prisma, "tcp-udp-socket-programming"))!;
    const script = podcastScript(again.input);
    expect(script.example).toMatchObject({ id: exampleId, outputFrom: "sandbox run" });
    expect(
      script.lines.some(
        (l) => l.text.includes("last time it ran") && l.text.includes("HELLO FROM A REAL RUN"),
      ),
    ).toBe(true);
    expect(spokenProblems(script.lines)).toEqual([]);
    expect(again.version).not.toBe(loaded.version);
  });

  it("is regenerated when the lesson changes", async () => {
    const before = (await loadPodcastLesson(prisma, "client-server-model"))!;
    const lesson = await prisma.lesson.findUniqueOrThrow({
      where: { slug: "client-server-model" },
    });
    await prisma.lesson.update({
      where: { id: lesson.id },
      data: {
        body: `${lesson.body}\n\n## Brand New Section\n\nA freshly added section about sockets.\n`,
        version: { increment: 1 },
      },
    });
    const after = (await loadPodcastLesson(prisma, "client-server-model"))!;
    expect(after.version).not.toBe(before.version);
    expect(podcastScript(after.input).lines.some((l) => l.text.includes("Brand New Section"))).toBe(
      true,
    );
  });
});

describe("WAV joining", () => {
  const wav = (samples: number[]) => {
    const data = Buffer.alloc(samples.length * 2);
    samples.forEach((s, i) => data.writeInt16LE(s, i * 2));
    const fmt = Buffer.alloc(16);
    fmt.writeUInt16LE(1, 0);
    fmt.writeUInt16LE(1, 2);
    fmt.writeUInt32LE(1000, 4);
    fmt.writeUInt32LE(2000, 8);
    fmt.writeUInt16LE(2, 12);
    fmt.writeUInt16LE(16, 14);
    const head = Buffer.from("RIFF\0\0\0\0WAVEfmt \x10\0\0\0", "latin1");
    const dataHead = Buffer.from("data\0\0\0\0", "latin1");
    dataHead.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, fmt, dataHead, data]);
  };
  it("concatenates PCM with a silent gap and a correct header", () => {
    const joined = joinWav([wav([1, 2]), wav([3])], 2);
    const { data } = readWav(joined);
    expect([...Array(data.length / 2).keys()].map((i) => data.readInt16LE(i * 2))).toEqual([
      1, 2, 0, 0, 3,
    ]);
    expect(joined.readUInt32LE(4)).toBe(joined.length - 8);
  });
});

describe("host questions", () => {
  it("lower-case a sentence-case heading mid-sentence but keep Title Case, acronyms and identifiers", async () => {
    const { midSentence } = await import("../../lib/podcast/script");
    expect(
      [
        "Goal of socket programming",
        "Brand New Section",
        "TCP vs UDP",
        "SO_REUSEADDR",
        "Iterative vs. concurrent servers",
      ].map(midSentence),
    ).toEqual([
      "goal of socket programming",
      "Brand New Section",
      "TCP vs UDP",
      "SO_REUSEADDR",
      "iterative vs. concurrent servers",
    ]);
  });
});
