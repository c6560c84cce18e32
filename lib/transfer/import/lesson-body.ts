/** A lesson body from the note sections an import found: one `##` heading per section, bullets under it. */
import type { NoteSection } from "./sources/types";

export function renderBody(sections: NoteSection[]): string {
  return sections
    .map((s) => [`## ${s.heading}`, "", ...s.bullets.map((b) => `- ${b}`)].join("\n"))
    .join("\n\n");
}
