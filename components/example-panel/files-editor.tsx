"use client";
/** The example's files in CodeMirror (the instructor editor's CodeField: Python highlighting, undo, Tab leaves the editor). */
import { CodeField } from "@/components/editor/code-field";

interface Props {
  idPrefix: string;
  files: Array<{ name: string; content: string }>;
  edits: Record<string, string>;
  onChange: (name: string, text: string) => void;
  /** Bumped by Reset so the editors start again from the original files. */
  generation: number;
}

export function FilesEditor({ idPrefix, files, edits, onChange, generation }: Props) {
  return (
    <div className="grid gap-3 @xl:grid-cols-2" data-testid="panel-editor">
      {files.map((f) => (
        <div key={`${f.name}-${generation}`} className="min-w-0">
          <CodeField id={`${idPrefix}-${f.name.replace(/\W/g, "-")}`} label={`Edit ${f.name}`} value={edits[f.name] ?? f.content} onChange={(text) => onChange(f.name, text)} language="python" />
        </div>
      ))}
    </div>
  );
}
