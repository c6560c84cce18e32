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
    // Lines wrap (as CodeMirror's lineWrapping does) and the editor grows with the file, so no box scrolls where a keyboard cannot.
    <div
      className="grid gap-3 @xl:grid-cols-2 [&_[data-testid$=-editor]]:max-h-none! [&_[data-testid$=-editor]]:overflow-visible! [&_.cm-content]:shrink! [&_.cm-content]:whitespace-pre-wrap! [&_.cm-content]:[overflow-wrap:anywhere]!"
      data-testid="panel-editor"
    >
      {files.map((f) => (
        <div key={`${f.name}-${generation}`} className="min-w-0">
          <CodeField
            id={`${idPrefix}-${f.name.replace(/\W/g, "-")}`}
            label={`Edit ${f.name}`}
            value={edits[f.name] ?? f.content}
            onChange={(text) => onChange(f.name, text)}
            language="python"
          />
        </div>
      ))}
    </div>
  );
}
