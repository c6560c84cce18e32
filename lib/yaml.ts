/**
 * YAML that a person wrote (scenario drafts, content files): every way it can be hostile is a
 * message, never a throw. Aliases are capped (an alias bomb expands exponentially), and deep
 * nesting is refused before the parser sees it: near the stack limit the yaml parser's recursion
 * can overflow inside V8's regexp compiler, which kills the process instead of throwing.
 */
import YAML from "yaml";

/** Alias expansions (yaml counts them against the document's size); the package default, stated. */
export const MAX_YAML_ALIASES = 100;
/** Nesting levels; scenarios and content files use fewer than ten. The parser overflows near 1000. */
export const MAX_YAML_DEPTH = 100;

export type YamlResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Deepest flow nesting ([ and {) and longest indentation-plus-indicator prefix; overestimates, never under. */
function nestingDepth(text: string): number {
  let flow = 0,
    deepest = 0;
  for (const line of text.split("\n")) {
    deepest = Math.max(deepest, /^(\s|[?:-](?=\s|$))*/.exec(line)![0].length / 2);
    let quote = "",
      previous = " ";
    for (const ch of line) {
      // Quotes and comments count only where YAML starts them, so they can't hide brackets.
      const starts = /[\s[{,:]/.test(previous);
      if (quote) quote = ch === quote ? "" : quote;
      else if ((ch === '"' || ch === "'") && starts) quote = ch;
      else if (ch === "#" && /\s/.test(previous)) break;
      else if (ch === "[" || ch === "{") deepest = Math.max(deepest, ++flow);
      else if (ch === "]" || ch === "}") flow = Math.max(0, flow - 1);
      previous = ch;
    }
  }
  return deepest;
}

export function parseUserYaml(text: string): YamlResult {
  if (nestingDepth(text) > MAX_YAML_DEPTH)
    return { ok: false, error: `nested more than ${MAX_YAML_DEPTH} levels deep` };
  try {
    return { ok: true, value: YAML.parse(text, { maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    // yaml throws ReferenceError for too many aliases.
    if (error instanceof ReferenceError)
      return { ok: false, error: `too many aliases (at most ${MAX_YAML_ALIASES} expansions)` };
    // The first line of yaml's message ("… at line 2, column 1:"), without the code frame after it.
    if (error instanceof YAML.YAMLError)
      return { ok: false, error: error.message.split("\n")[0]!.replace(/:$/, "") };
    throw error;
  }
}
