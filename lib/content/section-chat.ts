/**
 * The `<!-- chat … -->` notes inside a lesson's Markdown: YAML (see `sectionChatSchema`) naming what
 * students ask that the section answers. An HTML comment, so the page, the podcast and plain-text
 * quoting never show it, and it travels with the lesson body through the editor, export and import.
 */
import { parseUserYaml } from "../yaml";
import { plainIssue } from "../format/zod-issue";
import { sectionChatSchema, type SectionChat } from "./schema";

const BLOCK = /^<!--[ \t]*chat[ \t]*\r?\n([\s\S]*?)^-->[ \t]*(?:\r?\n|$)/gm;

export interface SectionChatBlock {
  /** Offset of the block in the Markdown it was read from. */
  start: number;
  end: number;
  notes: SectionChat;
  /** Why the block is invalid (then `notes` is empty), or null. */
  error: string | null;
}

/** Every chat block in a piece of Markdown, parsed and validated. */
export function sectionChatBlocks(markdown: string): SectionChatBlock[] {
  return [...markdown.matchAll(BLOCK)].map((m) => {
    const at = { start: m.index, end: m.index + m[0].length };
    const yaml = parseUserYaml(m[1]!);
    if (!yaml.ok) return { ...at, notes: [], error: `invalid YAML: ${yaml.error}` };
    const parsed = sectionChatSchema.safeParse(yaml.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
      return { ...at, notes: [], error: `${where}${plainIssue(issue, yaml.value)}` };
    }
    return { ...at, notes: parsed.data, error: null };
  });
}

/** The Markdown without its chat blocks, and their notes joined (invalid blocks are left out). */
export function withoutSectionChat(markdown: string): { markdown: string; notes: SectionChat } {
  const blocks = sectionChatBlocks(markdown);
  if (blocks.length === 0) return { markdown, notes: [] };
  let rest = "";
  let from = 0;
  for (const b of blocks) {
    rest += markdown.slice(from, b.start);
    from = b.end;
  }
  rest += markdown.slice(from);
  return { markdown: rest.replace(/\n{3,}/g, "\n\n"), notes: blocks.flatMap((b) => b.notes) };
}
