"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { pageNonce } from "../csp-nonce";
import { buttonClass, describedBy, FieldShell } from "./fields";

/**
 * CodeMirror 6 (@codemirror/view + language packages) with Python or YAML highlighting, undo history and the default keys
 * (@codemirror/commands; Tab is deliberately not bound, so it never traps the keyboard). A labelled plain text box is always
 * one button away (and is what renders before the editor loads), for keyboards and screen readers.
 */
/**
 * CodeMirror's default highlight colours, each behind a CSS variable named after it that falls
 * back to the colour itself (`#708` → `var(--cm-hl-708, #708)`): app/theme-dark.css re-points the
 * variables and the editor's chrome in the dark theme, so the editor follows `<html>`'s theme class
 * (or the system preference) from its first paint and on every toggle, without reconfiguring.
 */
function themedHighlighting(lang: typeof import("@codemirror/language")) {
  return lang.HighlightStyle.define(
    lang.defaultHighlightStyle.specs.map((spec) =>
      typeof spec.color === "string" && spec.color.startsWith("#")
        ? { ...spec, color: `var(--cm-hl-${spec.color.slice(1)}, ${spec.color})` }
        : spec,
    ),
  );
}

export function CodeField({
  id,
  label,
  value,
  onChange,
  language,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  language: "python" | "yaml";
  error?: string;
}) {
  const [plain, setPlain] = useState(false);
  const [ready, setReady] = useState(false);
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef({ value, onChange });
  useLayoutEffect(() => {
    latest.current = { value, onChange };
  });
  const hint =
    "Tab moves to the next control, as in any text box. Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes (⌘ on a Mac).";

  useEffect(() => {
    if (plain) return;
    let destroy = () => {};
    let cancelled = false;
    void Promise.all([
      import("@codemirror/view"),
      import("@codemirror/language"),
      import("@codemirror/commands"),
      import("@codemirror/lang-python"),
      import("@codemirror/lang-yaml"),
      import("@codemirror/state"),
    ]).then(([cm, lang, cmd, py, yml, st]) => {
      if (cancelled || !host.current) return;
      // On a phone long lines wrap, so the editor never scrolls sideways (nor widens the page).
      const narrow = window.matchMedia("(max-width: 40rem)");
      const wrapping = new st.Compartment();
      const wrapIfNarrow = () => (narrow.matches ? cm.EditorView.lineWrapping : []);
      const view = new cm.EditorView({
        doc: latest.current.value,
        parent: host.current,
        extensions: [
          // CodeMirror's own <style> carries the page's CSP nonce.
          cm.EditorView.cspNonce.of(pageNonce()),
          cm.lineNumbers(),
          wrapping.of(wrapIfNarrow()),
          cmd.history(),
          // Undo/redo and the standard editing keys; no indentWithTab: Tab keeps moving focus out of the editor.
          cm.keymap.of([...cmd.defaultKeymap, ...cmd.historyKeymap]),
          cm.drawSelection(),
          cm.highlightActiveLine(),
          lang.syntaxHighlighting(themedHighlighting(lang)),
          lang.bracketMatching(),
          lang.indentOnInput(),
          language === "python" ? py.python() : yml.yaml(),
          cm.EditorView.updateListener.of((u) => {
            if (u.docChanged) latest.current.onChange(u.state.doc.toString());
          }),
          cm.EditorView.contentAttributes.of({
            // Already focusable (contenteditable); the explicit tabindex lets axe see that its
            // scrolling box holds a focusable control.
            tabindex: "0",
            "aria-label": label,
            id: `${id}-code`,
            "aria-describedby": describedBy(id, hint, error) ?? "",
            ...(error ? { "aria-invalid": "true" } : {}),
          }),
        ],
      });
      const rewrap = () => view.dispatch({ effects: wrapping.reconfigure(wrapIfNarrow()) });
      narrow.addEventListener("change", rewrap);
      setReady(true);
      destroy = () => {
        narrow.removeEventListener("change", rewrap);
        view.destroy();
      };
    });
    return () => {
      cancelled = true;
      setReady(false);
      destroy();
    };
  }, [plain, language, label, id, error]);

  return (
    <FieldShell id={plain || !ready ? id : `${id}-code`} label={label} hint={hint} error={error}>
      {(plain || !ready) && (
        <textarea
          id={id}
          rows={Math.min(24, Math.max(6, value.split("\n").length + 1))}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={`block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 ${!plain && !ready ? "hidden" : ""}`}
        />
      )}
      {!plain && (
        <div
          ref={host}
          data-testid={`${id}-editor`}
          className="max-h-[32rem] overflow-auto rounded-md border border-slate-400 bg-white text-sm"
        />
      )}
      <button type="button" className={`${buttonClass} mt-1`} onClick={() => setPlain((p) => !p)}>
        {plain ? "Use the code editor" : "Use a plain text box"}
      </button>
    </FieldShell>
  );
}
