/**
 * Our items as Anki notes, one note type per kind (see note-types.ts): flashcards front/back;
 * multiple choice, true/false and "what does it print?" with their options on the front and the
 * answer on the back; typed questions with the answer as a type-in field. Fields are sanitized HTML
 * (our Markdown renderer), except a typed answer, which is plain text for Anki to compare.
 */
import "server-only";
import { renderMarkdown } from "../../content/render";
import { ankiTag, courseDeckId, deckPart, lessonDeckId, noteGuid, stableId } from "./ids";
import { examplesCodeHtml, examplesOutputHtml } from "./example-html";
import { NOTE_TYPES, noteTypeId, type NoteKind } from "./note-types";
import type { DeckCourse, DeckItem } from "./source";
import { escapeHtml } from "./text";

export interface AnkiNote {
  /** the flashcard or question id */
  itemId: string;
  id: number;
  cardId: number;
  guid: string;
  kind: NoteKind;
  modelId: number;
  deckId: number;
  /** in the note type's field order */
  fields: string[];
  tags: string[];
}

export interface AnkiDeck {
  id: number;
  name: string;
}

export { courseDeckId, lessonDeckId };

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const letter = (i: number) => LETTERS[i] ?? String(i + 1);

async function fieldsOf(item: DeckItem): Promise<Record<string, string>> {
  const Code = await examplesCodeHtml(item.examples);
  const Output = examplesOutputHtml(item.examples);
  if (item.kind === "card")
    return {
      Front: await renderMarkdown(item.front),
      Back: await renderMarkdown(item.back),
      Code,
      Output,
    };
  const correct = item.options.filter((o) => o.correct);
  const labelled = item.options.map((o, i) => ({ ...o, label: `${letter(i)}. ${o.text}` }));
  const Question = await renderMarkdown(item.front);
  if (item.kind === "typed") {
    const others = correct.slice(1).map((o) => o.text);
    const also = others.length ? `\n\nAlso accepted: ${others.join(" / ")}` : "";
    return {
      Question,
      Answer: escapeHtml(correct[0]?.text ?? ""),
      Explanation: await renderMarkdown(`${item.explanation}${also}`),
      Code,
      Output,
    };
  }
  return {
    Question,
    Options: await renderMarkdown(labelled.map((o) => o.label).join("\n\n")),
    Answer: await renderMarkdown(
      labelled
        .filter((o) => o.correct)
        .map((o) => o.label)
        .join(" / "),
    ),
    Explanation: await renderMarkdown(item.explanation),
    Code,
    Output,
  };
}

export function courseDecks(course: DeckCourse): AnkiDeck[] {
  const top = deckPart(course.title);
  return [
    { id: courseDeckId(course.slug), name: top },
    ...course.lessons.map((l) => ({
      id: lessonDeckId(l.slug),
      name: `${top}::${deckPart(l.title)}`,
    })),
  ];
}

export async function courseNotes(course: DeckCourse): Promise<AnkiNote[]> {
  const notes: AnkiNote[] = [];
  for (const lesson of course.lessons) {
    for (const item of lesson.items) {
      const byName = await fieldsOf(item);
      const section = item.section ? [ankiTag(`${lesson.slug}::${item.section}`)] : [];
      notes.push({
        itemId: item.id,
        id: stableId("note", item.id),
        cardId: stableId("card", item.id),
        guid: noteGuid(item.id),
        kind: item.kind,
        modelId: noteTypeId(course.slug, item.kind),
        deckId: lessonDeckId(lesson.slug),
        fields: NOTE_TYPES[item.kind].fields.map((f) => byName[f] ?? ""),
        tags: [ankiTag(course.slug), ankiTag(lesson.slug), ...section],
      });
    }
  }
  return notes;
}
