"use client";

import { useState } from "react";
import { CheckboxField, SelectField, TextField } from "@/components/editor/fields";
import { errorAt } from "@/lib/validations/form-state";
import { LinksFields, type LessonContext } from "@/app/(teach)/teach/_components/links-field";
import { MarkdownField } from "@/app/(teach)/teach/_components/markdown-field";
import { OptionsField } from "@/app/(teach)/teach/_components/options-field";
import { SavePanel } from "@/app/(teach)/teach/_components/save-panel";
import { useItemSave } from "@/app/(teach)/teach/_components/use-item-save";
import { questionTypeLabels, questionTypes, type QuestionContent } from "@/lib/content/schema";

type Question = Omit<QuestionContent, "source">;
const types = questionTypes.map((value) => ({ value, label: questionTypeLabels[value] }));

export function QuestionForm({
  id,
  lessonId,
  version,
  initial,
  context,
}: {
  id?: string;
  lessonId?: string;
  version: number;
  initial: Question;
  context: LessonContext;
}) {
  const [q, setQ] = useState<Question>(initial);
  const [reset, setReset] = useState(false);
  const {
    save,
    formRef,
    result,
    pending,
    version: loaded,
    fieldErrors,
  } = useItemSave({
    type: "question",
    id,
    parentId: lessonId,
    version,
    editPath: (x) => `/teach/questions/${encodeURIComponent(x)}`,
  });
  const patch = (p: Partial<Question>) => setQ((old) => ({ ...old, ...p }));
  const setType = (type: string) =>
    patch(
      type === "true_false"
        ? {
            type: "true_false",
            options: [
              { text: "True", correct: true },
              { text: "False", correct: false },
            ],
          }
        : { type: type as Question["type"] },
    );
  const content = () => ({ ...q, section: q.section || undefined });
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save(content(), { resetSchedule: reset });
      }}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <TextField
        id="question-id"
        label="Id"
        value={q.id}
        readOnly={Boolean(id)}
        onChange={(v) => patch({ id: v })}
        hint={
          id
            ? "Ids never change: learners' history is attached to them."
            : "Lower-case letters, digits and dashes."
        }
        error={errorAt(fieldErrors, "id")}
      />
      <SelectField
        id="question-type"
        label="Type"
        value={q.type}
        onChange={setType}
        options={types}
        error={errorAt(fieldErrors, "type")}
      />
      <MarkdownField
        id="question-prompt"
        label="Prompt"
        value={q.prompt}
        onChange={(v) => patch({ prompt: v })}
        error={errorAt(fieldErrors, "prompt")}
      />
      <OptionsField
        options={q.options}
        typed={q.type === "typed"}
        onChange={(options) => patch({ options })}
        error={errorAt(fieldErrors, "options")}
      />
      <MarkdownField
        id="question-explanation"
        label="Explanation"
        value={q.explanation}
        onChange={(v) => patch({ explanation: v })}
        error={errorAt(fieldErrors, "explanation")}
      />
      <LinksFields
        prefix="question"
        context={context}
        section={q.section ?? ""}
        examples={q.examples}
        onSection={(section) => patch({ section })}
        onExamples={(examples) => patch({ examples })}
        errors={{
          section: errorAt(fieldErrors, "section"),
          examples: errorAt(fieldErrors, "examples"),
        }}
      />
      <CheckboxField
        id="question-authored"
        label="Written by us (not taken from the study notes)"
        checked={q.authored}
        onChange={(authored) => patch({ authored })}
      />
      {id && (
        <CheckboxField
          id="question-reset"
          label="This edit changes the question's meaning: reset its schedule for everyone"
          checked={reset}
          onChange={setReset}
          hint="Learners see it as new again; their past answers and review logs are kept."
        />
      )}
      <SavePanel
        result={result}
        pending={pending}
        version={loaded}
        label={id ? "Save question" : "Create question"}
        onSaveOver={(v) => save(content(), { resetSchedule: reset, overVersion: v })}
      />
    </form>
  );
}
