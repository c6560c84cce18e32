/**
 * Anki's card templates, rendered just far enough to know what a card shows: `{{Field}}` and
 * filters (`{{text:F}}`, `{{hint:F}}`, `{{cloze:F}}`), `{{#F}}…{{/F}}` and `{{^F}}…{{/F}}` sections,
 * `{{FrontSide}}`; `{{type:F}}` marks a type-in answer. Special fields (Tags, Deck, Card…) are empty.
 */

const SECTION = /\{\{([#^])\s*([^}]+?)\s*\}\}([\s\S]*?)\{\{\/\s*\2\s*\}\}/;

/** The field names a template refers to (after any filters). */
export function referencedFields(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{\{([^#^/!{}][^{}]*?)\}\}/g)) {
    const name = m[1]!.split(":").pop()!.trim();
    if (name !== "FrontSide") names.add(name);
  }
  for (const m of template.matchAll(/\{\{[#^]\s*([^}]+?)\s*\}\}/g)) names.add(m[1]!.trim());
  return [...names];
}

/** The field a `{{type:F}}` asks for, or null; `{{type:cloze:F}}` is a cloze, not a typed answer. */
export function typedField(template: string): string | null {
  const m = /\{\{type:(?!cloze:)([^}]+?)\}\}/.exec(template);
  return m ? m[1]!.trim() : null;
}

/** The field a `{{cloze:F}}` reads. */
export function clozeField(template: string): string | null {
  const m = /\{\{(?:[^}]*:)?cloze:([^}]+?)\}\}/.exec(template);
  return m ? m[1]!.trim() : null;
}

export function renderTemplate(
  template: string,
  fields: Record<string, string>,
  frontSide = "",
): string {
  const value = (name: string) => fields[name] ?? "";
  let out = template;
  for (let guard = 0; guard < 100 && SECTION.test(out); guard++)
    out = out.replace(SECTION, (_m, kind: string, name: string, inner: string) => {
      const filled = value(name.trim()).trim() !== "";
      return (kind === "#") === filled ? inner : "";
    });
  return out
    .replace(/\{\{\s*FrontSide\s*\}\}/g, frontSide)
    .replace(/\{\{type:[^}]*\}\}/g, "")
    .replace(/\{\{!?([^{}]*?)\}\}/g, (_m, spec: string) => value(spec.split(":").pop()!.trim()))
    .replace(/<hr id=["']?answer["']?\s*\/?>/gi, "");
}
