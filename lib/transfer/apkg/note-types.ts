/**
 * Our note types, one per item kind, and their fields: the mapping between Recall Lab items and Anki
 * notes. The .apkg importer can recognise our own exports by these names and field lists.
 * Templates follow Anki's stock ones (Basic; Basic (type in the answer) with `{{type:…}}`).
 */
import { stableId } from "./ids";

export const NOTE_KINDS = ["card", "multiple_choice", "true_false", "typed", "output"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

const CHOICE_FIELDS = ["Question", "Options", "Answer", "Explanation", "Code", "Output"] as const;

/** Names stay as first exported, not the on-screen labels: the importer recognises our notes by them. */
export const NOTE_TYPES = {
  card: { name: "Recall Lab: Card", fields: ["Front", "Back", "Code", "Output"] },
  multiple_choice: { name: "Recall Lab: Multiple choice", fields: CHOICE_FIELDS },
  true_false: { name: "Recall Lab: True or false", fields: CHOICE_FIELDS },
  output: { name: "Recall Lab: What does it print?", fields: CHOICE_FIELDS },
  typed: {
    name: "Recall Lab: Typed answer",
    fields: ["Question", "Answer", "Explanation", "Code", "Output"],
  },
} as const satisfies Record<NoteKind, { name: string; fields: readonly string[] }>;

export type NoteFields<K extends NoteKind> = Record<
  (typeof NOTE_TYPES)[K]["fields"][number],
  string
>;

const code = `{{#Code}}<div class="rl-code">{{Code}}</div>{{/Code}}`;
const output = `{{#Output}}<div class="rl-output"><div class="rl-label">Output</div>{{Output}}</div>{{/Output}}`;

function templates(kind: NoteKind): { qfmt: string; afmt: string } {
  if (kind === "card")
    return {
      qfmt: `{{Front}}\n${code}`,
      afmt: `{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n${output}`,
    };
  if (kind === "typed")
    return {
      qfmt: `{{Question}}\n${code}\n\n{{type:Answer}}`,
      afmt: `{{Question}}\n${code}\n\n<hr id=answer>\n\n{{type:Answer}}\n\n{{Explanation}}\n${output}`,
    };
  return {
    qfmt: `{{Question}}\n${code}\n<div class="rl-options">{{Options}}</div>`,
    afmt: `{{FrontSide}}\n\n<hr id=answer>\n\n<div class="rl-answer">{{Answer}}</div>\n\n{{Explanation}}\n${output}`,
  };
}

const CSS = `.card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }
.rl-code, .rl-output { margin-top: 1em; font-size: 15px; }
.rl-label { font-weight: bold; }
.rl-answer { font-weight: bold; }
pre { white-space: pre-wrap; padding: 0.5em; border-radius: 4px; }`;

const LATEX_PRE =
  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

/** The note type's id: fixed per course and kind. */
export const noteTypeId = (courseSlug: string, kind: NoteKind) =>
  stableId("notetype", courseSlug, kind);

/** The legacy (schema 11) note type JSON, as `col.models` holds it. */
export function noteTypeJson(courseSlug: string, kind: NoteKind, deckId: number, mod: number) {
  const type = NOTE_TYPES[kind];
  const { qfmt, afmt } = templates(kind);
  return {
    id: noteTypeId(courseSlug, kind),
    name: `${type.name} (${courseSlug})`,
    type: 0,
    mod,
    usn: -1,
    sortf: 0,
    did: deckId,
    tags: [],
    vers: [],
    css: CSS,
    flds: type.fields.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: "Arial",
      size: 20,
      media: [],
    })),
    tmpls: [{ name: "Card 1", ord: 0, qfmt, afmt, did: null, bqfmt: "", bafmt: "" }],
    req: [[0, "any", [0]]],
    latexPre: LATEX_PRE,
    latexPost: "\\end{document}",
    latexsvg: false,
  };
}
