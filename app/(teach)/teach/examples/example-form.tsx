"use client";

import { startTransition, useActionState, useState } from "react";
import { CodeField } from "@/components/editor/code-field";
import { buttonClass, TextField } from "@/components/editor/fields";
import { errorAt } from "@/lib/validations/form-state";
import { RunOutput } from "@/app/(teach)/teach/_components/run-output";
import { SavePanel } from "@/app/(teach)/teach/_components/save-panel";
import { useItemSave } from "@/app/(teach)/teach/_components/use-item-save";
import type { RunResult } from "@/lib/sandbox/types";
import { runDraftAction } from "../actions";

interface ExampleDraft {
  id: string;
  files: Array<{ name: string; content: string }>;
  scenario: string;
}

export function ExampleForm({
  id,
  courseId,
  version,
  initial,
}: {
  id?: string;
  courseId?: string;
  version: number;
  initial: ExampleDraft;
}) {
  const [ex, setEx] = useState(initial);
  const [newName, setNewName] = useState("");
  const {
    save,
    formRef,
    result,
    pending,
    version: loaded,
    fieldErrors,
  } = useItemSave({
    type: "example",
    id,
    parentId: courseId,
    version,
    editPath: (x) => `/teach/examples/${encodeURIComponent(x)}`,
  });
  const files = () => Object.fromEntries(ex.files.map((f) => [f.name, f.content]));
  const content = () => ({ id: ex.id, files: files(), scenario: ex.scenario });
  const setFile = (i: number, text: string) =>
    setEx((e) => ({ ...e, files: e.files.map((f, j) => (j === i ? { ...f, content: text } : f)) }));
  const [run, dispatchRun, running] = useActionState(
    async (_prev: { result?: RunResult; error?: string } | null) => {
      const r = await runDraftAction({ files: files(), scenario: ex.scenario });
      return r.ok ? { result: r.result } : { error: r.error };
    },
    null,
  );
  const runDraft = () => startTransition(dispatchRun);
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
        id="example-id"
        label="Id"
        value={ex.id}
        readOnly={Boolean(id)}
        onChange={(v) => setEx((e) => ({ ...e, id: v }))}
        error={errorAt(fieldErrors, "id")}
      />
      <CodeField
        id="example-scenario"
        label="scenario.yaml"
        language="yaml"
        value={ex.scenario}
        onChange={(v) => setEx((e) => ({ ...e, scenario: v }))}
        error={errorAt(fieldErrors, "scenario")}
      />
      {ex.files.map((f, i) => (
        <div key={f.name} className="space-y-1">
          <CodeField
            id={`file-${f.name.replace(/\W/g, "-")}`}
            label={f.name}
            language="python"
            value={f.content}
            onChange={(v) => setFile(i, v)}
            error={errorAt(fieldErrors, `files.${f.name}`)}
          />
          <button
            type="button"
            className={buttonClass}
            onClick={() => setEx((e) => ({ ...e, files: e.files.filter((_, j) => j !== i) }))}
          >
            Remove {f.name}
          </button>
        </div>
      ))}
      <div className="flex flex-wrap items-end gap-2">
        <TextField
          id="example-new-file"
          label="New file name"
          value={newName}
          onChange={setNewName}
          hint="A plain Python file name like client.py."
          error={errorAt(fieldErrors, "files")}
        />
        <button
          type="button"
          className={buttonClass}
          disabled={!newName || ex.files.some((f) => f.name === newName)}
          onClick={() => {
            setEx((e) => ({ ...e, files: [...e.files, { name: newName, content: "" }] }));
            setNewName("");
          }}
        >
          Add file
        </button>
      </div>
      <section
        aria-labelledby="run-heading"
        className="space-y-2 rounded-lg border border-slate-200 p-3"
      >
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="run-heading" className="font-semibold">
            Try it before saving
          </h2>
          <button type="button" className={buttonClass} onClick={runDraft} disabled={running}>
            {running ? "Running…" : "Run"}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {run?.error && <p className="text-sm text-red-700">{run.error}</p>}
          {run?.result && <RunOutput result={run.result} />}
        </div>
      </section>
      <SavePanel
        result={result}
        pending={pending}
        version={loaded}
        label={id ? "Save example" : "Create example"}
        onSaveOver={(v) => save(content(), { overVersion: v })}
      />
    </form>
  );
}
