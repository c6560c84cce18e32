/** npm run podcast:render -- <lesson-slug>: writes the lesson's podcast as a WAV (needs espeak-ng). */
import { createPrisma } from "../lib/db";
import { espeakAvailable, renderPodcastWav } from "../lib/podcast/audio";
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
const loaded = await loadPodcastLesson(prisma, slug);
await prisma.$disconnect();
if (!loaded) {
  console.error(`No published lesson "${slug}".`);
  process.exit(1);
}
const script = podcastScript(loaded.input);
const file = renderPodcastWav(script, loaded.version);
console.log(
  `Wrote ${file}: ${pluralize(script.lines.length, "line")}, about ${pluralize(script.minutes, "minute")}. The lesson's podcast page now offers it for download (until the lesson changes).`,
);
