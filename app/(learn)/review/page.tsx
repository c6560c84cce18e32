import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { reviewState } from "@/lib/srs/review";
import { ReviewSession } from "./review-session";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ course?: string | string[] }> };

export default async function ReviewPage({ searchParams }: Props) {
  const { course } = await searchParams;
  const courseSlug = typeof course === "string" && course ? course : undefined;
  const user = await requirePageUser(
    courseSlug ? `/review?course=${encodeURIComponent(courseSlug)}` : "/review",
  );
  const initial = await reviewState(user, courseSlug);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Review</h1>
      <ReviewSession
        initial={initial}
        courseSlug={courseSlug}
        canEdit={user.role !== "LEARNER"}
        userId={user.id}
      />
    </div>
  );
}
