"use client";

import { useState } from "react";
import { CheckboxField, SelectField, TextField } from "@/components/editor/fields";
import { errorAt } from "@/lib/validations/form-state";
import { LinksFields, type LessonContext } from "@/app/(teach)/teach/_components/links-field";
import { MarkdownField } from "@/app/(teach)/teach/_components/markdown-field";
import { SavePanel } from "@/app/(teach)/teach/_components/save-panel";
import { useItemSave } from "@/app/(teach)/teach/_components/use-item-save";
import type { FlashcardContent } from "@/lib/content/schema";

type Card = Omit<FlashcardContent, "source">;

export function FlashcardForm({
  id,
  lessonId,
  version,
  initial,
  context,
}: {
  id?: string;
  lessonId?: string;
  version: number;
  initial: Card;
  context: LessonContext;
}) {
  const [card, setCard] = useState<Card>(initial);
  const [reset, setReset] = useState(false);
  const {
    save,
    formRef,
    result,
    pending,
    version: loaded,
    fieldErrors,
  } = useItemSave({
    type: "flashcard",
    id,
    parentId: lessonId,
    version,
    editPath: (x) => `/teach/flashcards/${encodeURIComponent(x)}`,
  });
  const patch = (p: Partial<Card>) => setCard((old) => ({ ...old, ...p }));
  const content = () => ({ ...card, section: card.section || undefined });
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
        id="card-id"
        label="Id"
        value={card.id}
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
        id="card-kind"
        label="Kind"
        value={card.kind}
        onChange={(v) => patch({ kind: v as Card["kind"] })}
        options={[
          { value: "card", label: "Card" },
          { value: "term", label: "Term" },
        ]}
      />
      <MarkdownField
        id="card-front"
        label="Front"
        rows={3}
        value={card.front}
        onChange={(v) => patch({ front: v })}
        error={errorAt(fieldErrors, "front")}
      />
      <MarkdownField
        id="card-back"
        label="Back"
        rows={4}
        value={card.back}
        onChange={(v) => patch({ back: v })}
        error={errorAt(fieldErrors, "back")}
      />
      <LinksFields
        prefix="card"
        context={context}
        section={card.section ?? ""}
        examples={card.examples}
        onSection={(section) => patch({ section })}
        onExamples={(examples) => patch({ examples })}
        errors={{
          section: errorAt(fieldErrors, "section"),
          examples: errorAt(fieldErrors, "examples"),
        }}
      />
      {id && (
        <CheckboxField
          id="card-reset"
          label="This edit changes the card's meaning: reset its schedule for everyone"
          checked={reset}
          onChange={setReset}
          hint="Learners see it as new again; their review logs are kept."
        />
      )}
      <SavePanel
        result={result}
        pending={pending}
        version={loaded}
        label={id ? "Save flashcard" : "Create flashcard"}
        onSaveOver={(v) => save(content(), { resetSchedule: reset, overVersion: v })}
      />
    </form>
  );
}
