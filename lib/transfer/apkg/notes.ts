/**
 * Our items as Anki Basic notes: flashcards as they are; questions with their options listed on
 * the front and the correct answer plus explanation on the back. Fields are sanitized HTML.
 */
import { createHash } from "node:crypto";
import { decodeHTML } from "entities";
import { renderMarkdown } from "../../content/render";
import type { ContentExport } from "../../content/export-schema";

export interface AnkiNote {
  guid: string;
  front: string;
  back: string;
  tags: string[];
}

/** Anki compares notes by the first field stripped of HTML: its checksum is sha1's first 8 hex digits. */
export function stripHtml(html: string): string {
  return decodeHTML(
    html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, "").replace(/<[^>]*>/g, ""),
  ).trim();
}

export function fieldChecksum(field: string): number {
  return Number.parseInt(createHash("sha1").update(stripHtml(field)).digest("hex").slice(0, 8), 16);
}

/** A stable guid per item id, so importing a newer export into Anki updates notes instead of adding copies. */
export function noteGuid(id: string): string {
  return createHash("sha1").update(`recall-lab:${id}`).digest("base64url").slice(0, 10);
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export async function courseNotes(course: ContentExport["courses"][number]): Promise<AnkiNote[]> {
  const notes: AnkiNote[] = [];
  for (const lesson of course.lessons) {
    const tags = [course.slug, lesson.slug];
    for (const card of lesson.flashcards) {
      notes.push({
        guid: noteGuid(card.id),
        front: await renderMarkdown(card.front),
        back: await renderMarkdown(card.back),
        tags,
      });
    }
    for (const q of lesson.questions) {
      const choices =
        q.type === "typed"
          ? ""
          : `\n\n${q.options.map((o, i) => `${LETTERS[i] ?? i + 1}. ${o.text}`).join("\n\n")}`;
      const correct = q.options
        .filter((o) => o.correct)
        .map((o) => (q.type === "typed" ? o.text : `${LETTERS[q.options.indexOf(o)]}. ${o.text}`));
      const back = `**Answer:** ${correct.join(" / ")}\n\n${q.explanation}`;
      notes.push({
        guid: noteGuid(q.id),
        front: await renderMarkdown(`${q.prompt}${choices}`),
        back: await renderMarkdown(back),
        tags,
      });
    }
  }
  return notes;
}
