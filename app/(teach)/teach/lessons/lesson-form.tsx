"use client";

import { useState } from "react";
import { TextField } from "@/components/editor/fields";
import { errorAt } from "@/lib/validations/form-state";
import { MarkdownField } from "@/app/(teach)/teach/_components/markdown-field";
import { SavePanel } from "@/app/(teach)/teach/_components/save-panel";
import { useItemSave } from "@/app/(teach)/teach/_components/use-item-save";

interface Lesson {
  slug: string;
  title: string;
  summary: string;
  sources: string[];
  body: string;
}

export function LessonForm({
  id,
  courseId,
  version,
  initial,
}: {
  id?: string;
  courseId?: string;
  version: number;
  initial: Lesson;
}) {
  const [lesson, setLesson] = useState({ ...initial, sources: initial.sources.join(", ") });
  const {
    save,
    formRef,
    result,
    pending,
    version: loaded,
    fieldErrors,
  } = useItemSave({
    type: "lesson",
    id,
    parentId: courseId,
    version,
    editPath: (l) => `/teach/lessons/${l}`,
  });
  const set = (key: keyof typeof lesson) => (value: string) =>
    setLesson((l) => ({ ...l, [key]: value }));
  const content = () => ({
    ...lesson,
    sources: lesson.sources
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  });
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save(content());
      }}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <TextField
        id="lesson-title"
        label="Title"
        value={lesson.title}
        onChange={set("title")}
        error={errorAt(fieldErrors, "title")}
      />
      <TextField
        id="lesson-slug"
        label="Slug"
        value={lesson.slug}
        onChange={set("slug")}
        hint="Used in the lesson's web address."
        error={errorAt(fieldErrors, "slug")}
      />
      <TextField
        id="lesson-summary"
        label="Summary"
        value={lesson.summary}
        onChange={set("summary")}
        error={errorAt(fieldErrors, "summary")}
      />
      <TextField
        id="lesson-sources"
        label="Study-note sources"
        value={lesson.sources}
        onChange={set("sources")}
        hint="File names, separated by commas."
        error={errorAt(fieldErrors, "sources")}
      />
      <MarkdownField
        id="lesson-body"
        label="Lesson text"
        rows={18}
        value={lesson.body}
        onChange={set("body")}
        error={errorAt(fieldErrors, "body")}
      />
      <SavePanel
        result={result}
        pending={pending}
        version={loaded}
        label={id ? "Save lesson" : "Create lesson"}
        onSaveOver={(v) => save(content(), { overVersion: v })}
      />
    </form>
  );
}
