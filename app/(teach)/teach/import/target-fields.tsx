"use client";

import { FieldError } from "@/components/forms/form-status";
import { errorAt, type FieldErrors } from "@/lib/validations/form-state";

export type Target = {
  courseSlug: string;
  mode: "new" | "existing";
  slug: string;
  title: string;
  publishNow: boolean;
};
type Course = { slug: string; title: string; lessons: Array<{ slug: string; title: string }> };

const input = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900";
const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

export function TargetFields({
  courses,
  value,
  onChange,
  errors,
}: {
  courses: Course[];
  value: Target;
  onChange: (v: Target) => void;
  errors?: FieldErrors;
}) {
  const set = (patch: Partial<Target>) => onChange({ ...value, ...patch });
  const err = (name: string) => errorAt(errors, name);
  const invalid = (name: string) =>
    err(name)
      ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` }
      : { "aria-invalid": undefined };
  const lessons = courses.find((c) => c.slug === value.courseSlug)?.lessons ?? [];
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">2. Where it goes</legend>
      <div className="space-y-1">
        <label htmlFor="import-course" className="block text-sm font-medium text-slate-800">
          Course
        </label>
        <select
          id="import-course"
          name="courseSlug"
          value={value.courseSlug}
          {...invalid("courseSlug")}
          onChange={(e) =>
            set({ courseSlug: e.target.value, slug: value.mode === "existing" ? "" : value.slug })
          }
          className={input}
        >
          {courses.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.title}
            </option>
          ))}
        </select>
        <FieldError id="courseSlug-error" error={err("courseSlug")} />
      </div>
      <div role="radiogroup" aria-label="Import into" className="flex flex-wrap gap-4">
        {(["new", "existing"] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2 text-slate-800">
            <input
              type="radio"
              name="lessonMode"
              value={mode}
              checked={value.mode === mode}
              onChange={() =>
                set({ mode, slug: mode === "existing" ? (lessons[0]?.slug ?? "") : "" })
              }
              disabled={mode === "existing" && lessons.length === 0}
              className="size-4"
            />
            {mode === "new" ? "A new lesson" : "An existing lesson"}
          </label>
        ))}
      </div>
      {value.mode === "existing" ? (
        <div className="space-y-1">
          <label htmlFor="import-lesson" className="block text-sm font-medium text-slate-800">
            Existing lesson
          </label>
          <select
            id="import-lesson"
            name="existingLesson"
            value={value.slug}
            {...invalid("existingLesson")}
            onChange={(e) => set({ slug: e.target.value })}
            className={input}
          >
            {lessons.map((l) => (
              <option key={l.slug} value={l.slug}>
                {l.title}
              </option>
            ))}
          </select>
          <FieldError id="existingLesson-error" error={err("existingLesson")} />
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="lesson-title" className="block text-sm font-medium text-slate-800">
              New lesson title
            </label>
            <input
              id="lesson-title"
              name="lessonTitle"
              value={value.title}
              {...invalid("lessonTitle")}
              onChange={(e) =>
                set({
                  title: e.target.value,
                  slug: value.slug === slugify(value.title) ? slugify(e.target.value) : value.slug,
                })
              }
              className={input}
            />
            <FieldError id="lessonTitle-error" error={err("lessonTitle")} />
          </div>
          <div className="space-y-1">
            <label htmlFor="lesson-slug" className="block text-sm font-medium text-slate-800">
              New lesson slug
            </label>
            <input
              id="lesson-slug"
              name="lessonSlug"
              value={value.slug}
              onChange={(e) => set({ slug: e.target.value })}
              aria-invalid={err("lessonSlug") ? true : undefined}
              aria-describedby={
                err("lessonSlug") ? "lesson-slug-hint lessonSlug-error" : "lesson-slug-hint"
              }
              className={input}
            />
            <p id="lesson-slug-hint" className="text-sm text-slate-600">
              Lower-case letters, digits and dashes; new ids start with its initials.
            </p>
            <FieldError id="lessonSlug-error" error={err("lessonSlug")} />
          </div>
        </div>
      )}
      <label className="flex items-center gap-2 text-slate-800">
        <input
          type="checkbox"
          name="publishNow"
          checked={value.publishNow}
          onChange={(e) => set({ publishNow: e.target.checked })}
          className="size-4"
        />
        Publish now (otherwise created and updated items are drafts learners can&apos;t see)
      </label>
    </fieldset>
  );
}
