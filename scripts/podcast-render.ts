/**
 * npm run podcast:render -- <lesson-slug>: speaks the lesson's podcast into a WAV (needs espeak-ng)
 * and stores it in the database, where every app process serves it. WAVs earlier versions wrote
 * under data/podcasts/ are moved into the database on the way.
 */
import { createPrisma } from "../lib/db";
import {
  adoptLegacyPodcasts,
  espeakAvailable,
  renderPodcastWav,
  savePodcastAudio,
} from "../lib/podcast/audio";
import { podcastScript } from "../lib/podcast/fit";
import { loadPodcastLesson } from "../lib/podcast/load";
import { pluralize } from "../lib/format/plural";

const slug = process.argv[2];
if (!slug) {
  console.error("Usage: npm run podcast:render -- <lesson-slug>");
  process.exit(2);
}
if (!espeakAvailable()) {
  console.error(
    "espeak-ng is not installed (apt-get install espeak-ng); the podcast still plays in the browser.",
  );
  process.exit(1);
}
const prisma = createPrisma();
try {
  const moved = await adoptLegacyPodcasts(
    prisma,
    async (lesson) => (await loadPodcastLesson(prisma, lesson))?.version ?? null,
  );
  if (moved.length > 0)
    console.log(
      `Moved ${pluralize(moved.length, "earlier podcast file")} from data/podcasts/ into the database (${moved.join(", ")}).`,
    );
  const loaded = await loadPodcastLesson(prisma, slug);
  if (!loaded) {
    console.error(`No published lesson "${slug}".`);
    process.exitCode = 1;
  } else {
    const script = podcastScript(loaded.input);
    const wav = renderPodcastWav(script);
    await savePodcastAudio(prisma, slug, loaded.version, wav);
    console.log(
      `Stored the podcast of "${slug}" in the database (${pluralize(Math.round(wav.length / 1024), "KiB")}): ${pluralize(script.lines.length, "line")}, about ${pluralize(script.minutes, "minute")}. Its podcast page now offers it for download on every app process (until the lesson changes).`,
    );
  }
} finally {
  await prisma.$disconnect();
}
