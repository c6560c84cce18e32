/**
 * GET /api/export/review-logs: the signed-in learner's review logs as the FSRS optimizer's CSV;
 * GET /api/export/review-logs?course=<slug>: every learner's logs on a course (instructors; card ids anonymised).
 */
import { z } from "zod";
import { AuthError } from "@/lib/auth/session";
import { refuseUnsafeRequest } from "@/lib/http/request-guard";
import { courseReviewLogsCsv, myReviewLogsCsv } from "@/lib/srs/optimizer/access";

const querySchema = z.strictObject({
  course: z
    .string()
    .trim()
    .min(1, "course names a course slug")
    .max(120)
    .regex(/^[a-z0-9-]+$/, "course is a course slug (lowercase letters, digits, dashes)")
    .optional(),
});

const csv = (body: string, fileName: string) =>
  new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });

export async function GET(request: Request): Promise<Response> {
  const refused = refuseUnsafeRequest(request);
  if (refused) return refused;
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const issue = query.error.issues[0]!;
    return Response.json(
      { error: `${issue.path.join(".") || "query"}: ${issue.message}` },
      { status: 400 },
    );
  }
  try {
    const day = new Date().toISOString().slice(0, 10);
    const { course } = query.data;
    if (!course) return csv(await myReviewLogsCsv(), `recall-lab-review-logs-${day}.csv`);
    const result = await courseReviewLogsCsv(course);
    if (!result.ok) return Response.json({ error: result.error }, { status: result.status });
    return csv(result.value, `${course}-review-logs-${day}.csv`);
  } catch (error) {
    if (error instanceof AuthError)
      return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
