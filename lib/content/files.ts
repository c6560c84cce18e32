/** Reading content files: YAML documents and Markdown with YAML front matter. */
import { readFile } from "node:fs/promises";
import { parseUserYaml } from "../yaml";
import type { ContentIssue } from "./errors";

export type Parsed = { ok: true; value: unknown } | { ok: false; issue: ContentIssue };

export async function readYaml(absPath: string, relPath: string): Promise<Parsed> {
  let text: string;
  try {
    text = await readFile(absPath, "utf8");
  } catch {
    return { ok: false, issue: { file: relPath, message: "file is missing or unreadable" } };
  }
  const parsed = parseUserYaml(text);
  if (!parsed.ok)
    return {
      ok: false,
      issue: {
        file: relPath,
        message: `invalid YAML: ${parsed.error}; fix it there (indentation, quotes, brackets), the file was not read`,
      },
    };
  return { ok: true, value: parsed.value };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits `---\nyaml\n---\nmarkdown`; the body is returned trimmed. */
export async function readMarkdown(
  absPath: string,
  relPath: string,
): Promise<{ ok: true; data: unknown; body: string } | { ok: false; issue: ContentIssue }> {
  let text: string;
  try {
    text = await readFile(absPath, "utf8");
  } catch {
    return { ok: false, issue: { file: relPath, message: "file is missing or unreadable" } };
  }
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      issue: {
        file: relPath,
        message: "must start with YAML front matter between --- lines (slug, title)",
      },
    };
  }
  const front = parseUserYaml(match[1]!);
  if (!front.ok)
    return {
      ok: false,
      issue: {
        file: relPath,
        message: `invalid front matter YAML: ${front.error} (counted from the line after the first ---); fix it there`,
      },
    };
  return { ok: true, data: front.value, body: match[2]!.trim() };
}
