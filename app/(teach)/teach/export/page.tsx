import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { instructorCourses } from "@/lib/transfer/courses";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Export" };

const formats = [
  {
    value: "json",
    label: "JSON",
    hint: "Everything the course holds, as `npm run content:export` writes it.",
  },
  {
    value: "csv",
    label: "CSV",
    hint: "A spreadsheet of flashcards or questions; the import reads it back.",
  },
  {
    value: "tsv",
    label: "TSV",
    hint: "The same table, tab-separated (pastes cleanly into spreadsheets and Quizlet).",
  },
  {
    value: "content",
    label: "Content files (zip)",
    hint: "content/courses/<course>/… exactly as the repository stores it, ready to commit.",
  },
  {
    value: "apkg",
    label: "Anki package (.apkg)",
    hint: "Published flashcards and questions, one subdeck per lesson, with example code and output; open it with Anki's File → Import. A newer export updates the notes instead of duplicating them.",
  },
];

/** A GET form to /api/export: the browser downloads the file, no script needed. */
export default async function ExportPage() {
  await requirePageUser("/teach/export", ["INSTRUCTOR", "ADMIN"]);
  const courses = await instructorCourses();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/teach", label: "Teach" }, { label: "Export" }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Export</h1>
        <p className="max-w-3xl text-slate-700">
          Download a course, drafts included (the Anki package leaves them out). To commit edits
          made here, download the content files, or run{" "}
          <code>npm run content:export-files -- content --force</code>.
        </p>
      </header>
      <form
        method="get"
        action="/api/export"
        className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      >
        <div className="space-y-1">
          <label htmlFor="course" className="block text-sm font-medium text-slate-800">
            Course
          </label>
          <select
            id="course"
            name="course"
            className="w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            {courses.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">Format</legend>
          {formats.map((f, i) => (
            <label key={f.value} className="flex gap-2 rounded-md p-1 text-slate-800">
              <input
                type="radio"
                name="format"
                value={f.value}
                defaultChecked={i === 0}
                className="mt-1 size-4"
                aria-describedby={`format-${f.value}-hint`}
              />
              <span>
                <span className="font-medium">{f.label}</span>
                <span id={`format-${f.value}-hint`} className="block text-sm text-slate-600">
                  {f.hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="items" className="block text-sm font-medium text-slate-800">
            Rows in CSV/TSV
          </label>
          <select
            id="items"
            name="items"
            aria-describedby="items-hint"
            className="rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            <option value="flashcards">Flashcards</option>
            <option value="questions">Questions</option>
          </select>
          <p id="items-hint" className="text-sm text-slate-600">
            Only used for CSV and TSV.
          </p>
        </div>
        <button
          type="submit"
          disabled={courses.length === 0}
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          Download
        </button>
      </form>
    </div>
  );
}
