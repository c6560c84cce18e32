import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { recordVisit } from "@/lib/learner/places";

/** Records this quiz as the learner's last place in the course (the home page's "continue"). */
export default async function Layout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ courseSlug: string; lessonSlug: string }>;
}) {
  const { courseSlug, lessonSlug } = await params;
  await recordVisit(await getCurrentUser(), { courseSlug, lessonSlug, kind: "quiz" });
  return children;
}
