import type { Metadata } from "next";
import Link from "next/link";
import { ItemList } from "@/app/(teach)/teach/_components/item-list";
import { teachCourses } from "@/lib/authoring/queries";
import { requirePageUser } from "@/lib/auth/session";
import { pluralize } from "@/lib/format/plural";

export const metadata: Metadata = { title: "Teach" };

const tools = [
  { href: "/teach/import", label: "Import", hint: "Quizgecko pages, term lists, CSV" },
  { href: "/teach/export", label: "Export", hint: "JSON, CSV/TSV, content files, Anki" },
  { href: "/teach/analysis", label: "Item analysis", hint: "Which questions confuse learners" },
];

export default async function TeachPage() {
  const user = await requirePageUser("/teach", ["INSTRUCTOR", "ADMIN"]);
  const courses = await teachCourses();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Teach</h1>
        <p className="text-slate-700">
          Edit courses, lessons, questions, cards and examples. New items start as drafts; learners
          see them once published.
        </p>
      </header>
      <nav aria-label="Instructor tools">
        <ul className="grid gap-2 sm:grid-cols-3">
          {[
            ...tools,
            ...(user.role === "ADMIN"
              ? [{ href: "/teach/users", label: "Users", hint: "Roles and disabled accounts" }]
              : []),
          ].map((t) => (
            <li key={t.href}>
              <Link
                href={t.href}
                className="block h-full rounded-xl border border-slate-200 bg-white p-3 hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="block font-semibold text-brand-800">{t.label}</span>
                <span className="mt-1 block text-xs text-slate-600">{t.hint}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ItemList
        type="course"
        heading="Courses"
        items={courses.map((c) => ({
          ...c,
          detail: `${c.slug} · ${pluralize(c._count.lessons, "lesson")} · ${pluralize(c._count.examples, "example")}`,
        }))}
        editPath={(id) => `/teach/courses/${id}`}
        newHref="/teach/courses/new"
        newLabel="New course"
      />
    </div>
  );
}
