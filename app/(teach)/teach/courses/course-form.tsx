"use client";

import { useState } from "react";
import { TextAreaField, TextField } from "@/components/editor/fields";
import { errorAt } from "@/lib/validations/form-state";
import { SavePanel } from "@/app/(teach)/teach/_components/save-panel";
import { useItemSave } from "@/app/(teach)/teach/_components/use-item-save";

interface Course {
  slug: string;
  title: string;
  description: string;
}

export function CourseForm({
  id,
  version,
  initial,
}: {
  id?: string;
  version: number;
  initial: Course;
}) {
  const [course, setCourse] = useState(initial);
  const {
    save,
    formRef,
    result,
    pending,
    version: loaded,
    fieldErrors,
  } = useItemSave({ type: "course", id, version, editPath: (c) => `/teach/courses/${c}` });
  const set = (key: keyof Course) => (value: string) => setCourse((c) => ({ ...c, [key]: value }));
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save(course);
      }}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <TextField
        id="course-title"
        label="Title"
        value={course.title}
        onChange={set("title")}
        error={errorAt(fieldErrors, "title")}
      />
      <TextField
        id="course-slug"
        label="Slug"
        value={course.slug}
        onChange={set("slug")}
        hint="Used in the course's web address."
        error={errorAt(fieldErrors, "slug")}
      />
      <TextAreaField
        id="course-description"
        label="Description"
        value={course.description}
        onChange={set("description")}
        error={errorAt(fieldErrors, "description")}
      />
      <SavePanel
        result={result}
        pending={pending}
        version={loaded}
        label={id ? "Save course" : "Create course"}
        onSaveOver={(v) => save(course, { overVersion: v })}
      />
    </form>
  );
}
