import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { instructorCourses } from "@/lib/transfer/courses";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Export" };

/** What each download is for, in an instructor's words (no file paths or commands). */
const formats = [
  {
    value: "json",
    label: "Full backup (JSON)",
    hint: "Everything the course holds — lessons, questions, cards, examples, drafts — in one file. Keep it as a backup or hand it to a developer.",
  },
  {
    value: "csv",
    label: "Spreadsheet (CSV)",
    hint: "The course's flashcards or questions as rows, to open in Excel, Numbers or Google Sheets, edit, and bring back with Import.",
  },
  {
    value: "tsv",
    label: "Spreadsheet, tab-separated (TSV)",
    hint: "The same rows separated by tabs: pastes cleanly into a spreadsheet or into Quizlet's import box.",
  },
  {
    value: "content",
    label: "Course files (zip)",
    hint: "The course as the files the app is built from. Give them to whoever maintains the app so your edits made here become part of its next version.",
  },
  {
    value: "apkg",
    label: "Anki package (.apkg)",
    hint: "Published flashcards and questions for Anki, one subdeck per lesson, with example code and its output. Open it in Anki with File → Import; importing a newer export updates the cards instead of duplicating them.",
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
          Download a course to keep a copy, edit it in a spreadsheet, study it in Anki, or hand your
          edits to whoever maintains the app. Every download includes items still in draft, except
          the Anki package, which holds only what learners can see.
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
          <legend className="text-sm font-medium text-slate-800">What to download</legend>
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
            Spreadsheet rows
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
            For the two spreadsheet downloads: one row per flashcard, or one per question.
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
