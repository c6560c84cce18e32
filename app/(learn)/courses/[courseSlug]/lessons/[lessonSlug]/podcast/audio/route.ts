/** The lesson podcast's rendered WAV, for signed-in learners, from the database (every app process serves the same). */
import { AuthError, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { podcastAudio } from "@/lib/podcast/audio";
import { lessonPodcast } from "@/lib/podcast/source";

type Context = { params: Promise<{ courseSlug: string; lessonSlug: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { courseSlug, lessonSlug } = await params;
  const user = await requireUser().catch((e: unknown) =>
    e instanceof AuthError ? null : Promise.reject(e),
  );
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  const podcast = await lessonPodcast(user, lessonSlug);
  if (!podcast || podcast.courseSlug !== courseSlug)
    return Response.json({ error: "No such lesson." }, { status: 404 });
  const { lessonSlug: slug } = podcast.script;
  const wav = await podcastAudio(db, slug, podcast.version);
  if (!wav)
    // The page offers this link only when the file exists; say what to do instead, in the learner's words.
    return Response.json(
      {
        error:
          "There is no audio file for this lesson yet. Play the podcast on its page: your browser reads it aloud.",
      },
      { status: 404 },
    );
  return new Response(new Uint8Array(wav), {
    headers: {
      "content-type": "audio/wav",
      "content-disposition": `attachment; filename="${slug}-podcast.wav"`,
      "cache-control": "private, max-age=3600",
    },
  });
}
