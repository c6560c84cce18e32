/** A plain GET form, so picking a course works without JavaScript and the URL can be shared. */
export function CoursePicker({
  courses,
  current,
}: {
  courses: Array<{ slug: string; title: string }>;
  current?: string;
}) {
  if (courses.length === 0) return <p className="text-slate-700">There are no courses yet.</p>;
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <div className="space-y-1">
        <label htmlFor="course" className="block text-sm font-medium text-slate-800">
          Course
        </label>
        <select
          id="course"
          name="course"
          defaultValue={current ?? courses[0]!.slug}
          className="rounded-md border border-slate-400 bg-white px-3 py-2"
        >
          {courses.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
      >
        Show
      </button>
    </form>
  );
}
