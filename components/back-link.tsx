"use client";

import { useParams, usePathname } from "next/navigation";
import { FailureLink } from "./failure-message";

/**
 * A failure page's way back, worked out from the URL (not-found files get no params): the course
 * of this page, or one level up. Falls back to the course list when the URL isn't known yet.
 */
export function BackLink({ to, children }: { to: "course" | "parent"; children: string }) {
  const params = useParams<{ courseSlug?: string }>();
  const pathname = usePathname();
  const href =
    to === "course"
      ? params?.courseSlug
        ? `/courses/${params.courseSlug}`
        : "/"
      : (pathname?.replace(/\/[^/]+\/?$/, "") ?? "") || "/";
  return <FailureLink href={href}>{children}</FailureLink>;
}
