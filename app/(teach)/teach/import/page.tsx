import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { requirePageUser } from "@/lib/auth/session";
import { instructorCourses } from "@/lib/transfer/courses";
import { AnkiImport } from "./anki-import";
import { FormatHelp } from "./format-help";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await requirePageUser("/teach/import", ["INSTRUCTOR", "ADMIN"]);
  const courses = await instructorCourses();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/teach", label: "Teach" }, { label: "Import" }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Import</h1>
        <p className="max-w-3xl text-slate-700">
          Upload a file or paste text, preview what would be created or updated, then import.
          Nothing is written until you press Import; imported items are drafts that learners
          don&apos;t see until published, unless you tick &ldquo;Publish now&rdquo;.
        </p>
      </header>
      <FormatHelp />
      {courses.length === 0 ? (
        <p className="text-slate-700">Create a course first.</p>
      ) : (
        <ImportForm courses={courses} />
      )}
      <AnkiImport courses={courses.map((c) => ({ slug: c.slug, title: c.title }))} />
    </div>
  );
}
