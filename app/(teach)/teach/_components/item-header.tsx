import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import type { EntityType } from "@/lib/authoring/snapshot";
import { StatusBadge } from "./item-controls";

/** Breadcrumbs back to the course and lesson, the item's state, and its history link. */
export function ItemHeader({
  title,
  course,
  lesson,
  item,
}: {
  title: string;
  course: { id: string; title: string };
  lesson?: { id: string; title: string };
  item?: { type: EntityType; id: string; status: string; archivedAt: Date | null };
}) {
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/teach", label: "Teach" },
          { href: `/teach/courses/${course.id}`, label: course.title },
          ...(lesson ? [{ href: `/teach/lessons/${lesson.id}`, label: lesson.title }] : []),
          { label: title },
        ]}
      />
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{title}</h1>
        {item && <StatusBadge status={item.status} archived={item.archivedAt !== null} />}
        {item && (
          <Link
            href={`/teach/history/${item.type}/${encodeURIComponent(item.id)}`}
            className="text-sm text-brand-700 underline"
          >
            History
          </Link>
        )}
        {lesson && (
          <Link
            href={`/teach/lessons/${lesson.id}/preview`}
            className="text-sm text-brand-700 underline"
          >
            Preview the lesson
          </Link>
        )}
      </header>
    </>
  );
}
