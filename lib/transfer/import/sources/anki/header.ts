/**
 * The `#key:value` lines at the top of Anki's text export, read as Anki reads them
 * (rslib/src/import_export/text/csv/metadata.rs): keys case-insensitive, separators by name
 * (tab, comma, semicolon, space, pipe, colon) or as the character itself, else guessed.
 */
const DELIMITERS: Record<string, string> = {
  tab: "\t",
  comma: ",",
  semicolon: ";",
  space: " ",
  pipe: "|",
  colon: ":",
};
export const META_COLUMNS = [
  "guid column",
  "notetype column",
  "deck column",
  "tags column",
] as const;

export function looksLikeAnkiText(text: string): boolean {
  return /^#(separator|html|columns|notetype|deck|tags|guid column|notetype column|deck column|tags column):/im.test(
    text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "",
  );
}

export interface Header {
  values: Map<string, string>;
  /** Rows start after this many lines. */
  length: number;
}

export function readHeader(lines: string[]): Header {
  const values = new Map<string, string>();
  let length = 0;
  for (const line of lines) {
    const m = /^#([^:]+):(.*)$/.exec(line);
    if (!line.startsWith("#")) break;
    length++;
    if (m) values.set(m[1]!.trim().toLowerCase(), m[2]!.replace(/\r$/, ""));
  }
  return { values, length };
}

export function delimiterOf(header: Header, body: string): string {
  const named = header.values.get("separator")?.trim().toLowerCase();
  if (named && DELIMITERS[named]) return DELIMITERS[named];
  if (named && named.length === 1) return named;
  return ["\t", "|", ";", ":", ",", " "].find((d) => body.includes(d)) ?? "\t";
}
