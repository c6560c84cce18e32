/**
 * Anki cards as our items, one item per card: Basic and user note types by their templates (front =
 * what the question side shows, back = what the answer side adds), Basic-and-reversed as two cards,
 * Cloze one card per deletion (the text importer's cloze cards), `{{type:F}}` templates as typed
 * questions, and our own note types (lib/transfer/apkg/note-types.ts) back into their kinds, options
 * and all. HTML becomes Markdown through the Anki text importer's converter; packaged images and
 * sounds point at the served media. Pure: the database side passes the ids it already knows.
 */
import { createHash } from "node:crypto";
import { decodeHTML } from "entities";
import {
  flashcardSchema,
  questionSchema,
  type FlashcardContent,
  type QuestionContent,
} from "../../../content/schema";
import { NOTE_KINDS, NOTE_TYPES, type NoteKind } from "../../apkg/note-types";
import { stripHtml } from "../../apkg/text";
import { plainIssue } from "../../../format/zod-issue";
import { clozeCards } from "../sources/anki/cloze";
import { ankiFieldToMarkdown, type HtmlLosses, type MediaUrl } from "../sources/anki/html";
import type { AnkiCardRow, AnkiModel, AnkiNoteRow } from "./collection";
import { clozeField, referencedFields, renderTemplate, typedField } from "./templates";

export type Card = Omit<FlashcardContent, "id" | "source">;
export type Question = Omit<QuestionContent, "id" | "source">;
export type ItemValue = { card: Card } | { question: Question };

export const NO_EXPLANATION = "Imported from Anki.";

/** The item id for an Anki card we have never seen: from its note's guid and the card's template. */
export function ankiItemId(guid: string, ord: number, cloze: boolean): string {
  const h = createHash("sha1").update(guid).digest("hex").slice(0, 12);
  return `ak-${h}-${cloze ? `c${ord + 1}` : ord + 1}`;
}

/** Our own note type, recognised by its name and its exact field list. */
export function ourKind(model: AnkiModel): NoteKind | null {
  if (!model.name.startsWith("Recall Lab: ")) return null;
  return (
    NOTE_KINDS.find(
      (k) =>
        model.name.startsWith(NOTE_TYPES[k].name) &&
        JSON.stringify(model.fields) === JSON.stringify(NOTE_TYPES[k].fields),
    ) ?? null
  );
}

export interface Converter {
  md: (html: string) => string;
  losses: HtmlLosses;
}

export function converter(media: MediaUrl): Converter {
  const losses: HtmlLosses = { images: 0, sounds: 0 };
  return { md: (html) => ankiFieldToMarkdown(html, true, losses, media), losses };
}

const plain = (html: string) =>
  decodeHTML(stripHtml(html))
    .replace(/\u00a0/g, " ")
    .trim();
const LABEL = /^([A-Z])\.\s+/;

function ourItem(kind: NoteKind, f: Record<string, string>, md: Converter["md"]): ItemValue {
  if (kind === "card")
    return {
      card: { front: md(f.Front ?? ""), back: md(f.Back ?? ""), kind: "card", examples: [] },
    };
  const prompt = md(f.Question ?? "");
  if (kind === "typed") {
    let explanation = md(f.Explanation ?? "");
    const also = /\n*Also accepted: (.+)$/.exec(explanation);
    const others = also ? also[1]!.split(" / ").map((s) => s.trim()) : [];
    if (also) explanation = explanation.slice(0, also.index).trim();
    const answers = [plain(f.Answer ?? ""), ...others].filter(Boolean);
    return {
      question: {
        type: "typed",
        prompt,
        options: answers.map((text) => ({ text, correct: true })),
        explanation: explanation || NO_EXPLANATION,
        examples: [],
        authored: false,
      },
    };
  }
  const labelled = md(f.Options ?? "")
    .split(/\n{2,}/)
    .map((line) => line.trim())
    .filter(Boolean);
  const correct = new Set(
    md(f.Answer ?? "")
      .split(" / ")
      .map((a) => LABEL.exec(a.trim())?.[1])
      .filter(Boolean),
  );
  const options = labelled.map((line) => ({
    text: line.replace(LABEL, ""),
    correct: correct.has(LABEL.exec(line)?.[1]),
  }));
  return {
    question: {
      // An output question needs its example; without one here it is asked as multiple choice.
      type: kind === "output" ? "multiple_choice" : kind,
      prompt,
      options,
      explanation: md(f.Explanation ?? "") || NO_EXPLANATION,
      examples: [],
      authored: false,
    },
  };
}

/** Why a note of this type can't become an item, or null when it can. */
export function unmappable(model: AnkiModel): string | null {
  if (
    /image occlusion/i.test(model.name) ||
    model.templates.some((t) => /image-occlusion/.test(t.qfmt))
  )
    return "image occlusion cards are pictures with masked regions, which Recall Lab has no card for";
  if (model.templates.length === 0) return "it has no card templates";
  return null;
}

function byName(model: AnkiModel, note: AnkiNoteRow): Record<string, string> {
  return Object.fromEntries(model.fields.map((name, i) => [name, note.fields[i] ?? ""]));
}

/** Front and back by field names when the template shows nothing useful. */
function fallback(model: AnkiModel, f: Record<string, string>): [string, string] | null {
  if ("Front" in f && "Back" in f) return [f.Front!, f.Back!];
  const filled = model.fields.map((n) => f[n] ?? "").filter((v) => plain(v));
  return filled.length >= 2 ? [filled[0]!, filled[1]!] : null;
}

export type CardResult = ItemValue | { skip: string } | { error: string };

export function cardItem(
  model: AnkiModel,
  note: AnkiNoteRow,
  card: AnkiCardRow,
  md: Converter["md"],
): CardResult {
  const f = byName(model, note);
  const kind = ourKind(model);
  if (kind) return ourItem(kind, f, md);
  const template = model.cloze ? model.templates[0] : model.templates[card.ord];
  if (!template) return { error: `its card ${card.ord + 1} has no template` };
  if (model.cloze) {
    const textField = clozeField(template.qfmt) ?? model.fields[0] ?? "";
    const extraFields = referencedFields(template.afmt).filter((n) => n !== textField && n in f);
    const text = md(f[textField] ?? "");
    const extra = extraFields
      .map((n) => md(f[n] ?? ""))
      .filter(Boolean)
      .join("\n\n");
    const numbers = [...new Set([...text.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1])))].sort(
      (a, b) => a - b,
    );
    const at = numbers.indexOf(card.ord + 1);
    const made = clozeCards(text, extra)[at];
    if (!made) return { skip: `its text has no cloze deletion c${card.ord + 1}` };
    return { card: { ...made, kind: "card", examples: [] } };
  }
  const question = renderTemplate(template.qfmt, f);
  const asked = new Set(referencedFields(template.qfmt));
  const answerFields = Object.fromEntries(
    Object.entries(f).map(([k, v]) => [k, asked.has(k) ? "" : v]),
  );
  const typed = typedField(template.qfmt);
  const answerSide = renderTemplate(
    template.afmt,
    typed ? { ...answerFields, [typed]: "" } : answerFields,
  );
  if (typed) {
    const answer = plain(f[typed] ?? "");
    const prompt = md(question);
    if (!answer || !prompt) return { skip: "its typed answer or its question is empty" };
    return {
      question: {
        type: "typed",
        prompt,
        options: [{ text: answer, correct: true }],
        explanation: md(answerSide) || NO_EXPLANATION,
        examples: [],
        authored: false,
      },
    };
  }
  let front = md(question);
  let back = md(answerSide);
  if (!front || !back) {
    const pair = fallback(model, f);
    if (!pair)
      return plain(note.fields.join(" "))
        ? { error: "its fields are not a front and a back" }
        : { skip: "it is empty" };
    [front, back] = [md(pair[0]), md(pair[1])];
    if (!front || !back) return { skip: "its front or back is empty" };
  }
  return { card: { front, back, kind: "card", examples: [] } };
}

/** The item as our content schema checks it, or the first problem. */
export function validItem(id: string, value: ItemValue): string | null {
  const item = "card" in value ? { id, ...value.card } : { id, ...value.question };
  const result = "card" in value ? flashcardSchema.safeParse(item) : questionSchema.safeParse(item);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return `${issue.path.join(".") || "item"}: ${plainIssue(issue, item)}`;
}
