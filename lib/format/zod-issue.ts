/**
 * A schema problem in something a person wrote (an upload, a content file, a CLI argument) said in
 * plain words: what is wrong and how to fix it, not zod's default text ("Invalid input: expected
 * string, received undefined"). The caller says where: file, item, field path. The one formatter
 * for zod issues shown to people; the browser import, the CLIs and the content loader use it.
 */
import type { z } from "zod";

/** How zod's own messages start (zod 4's English locale); ours are written for people already. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized key)/;

/** What zod's `expected` names, as a person would say it. */
const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a set of fields (name: value)",
  date: "a date",
};

/** The value at `path` inside what was parsed; `undefined` when the path leads nowhere. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The value as a short phrase: `the number 42`, `text ("True")`, `a list`. */
function describeValue(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `text (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return String(value);
    case "object":
      return "a set of fields";
    default:
      return typeof value;
  }
}

/** How to write the expected kind in YAML, where most of these come from. */
function yamlHint(expected: string, given: unknown): string {
  if (expected === "string" && (typeof given === "number" || typeof given === "boolean"))
    return ` (in YAML, put it in quotes: "${String(given)}")`;
  if (expected === "array") return ' (in YAML, one item a line, each starting with "- ")';
  return "";
}

/**
 * The issue in plain words. Pass `parsed`, the value given to `safeParse`, so a field of the wrong
 * type is told apart from a missing one and a wrong choice is quoted (zod keeps neither on the issue).
 */
export function plainIssue(issue: z.core.$ZodIssue, parsed?: unknown): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  const given = "input" in issue ? issue.input : valueAt(parsed, issue.path);
  const known = parsed !== undefined || "input" in issue;
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return "is empty: fill it in";
      if (issue.origin === "array") return `needs at least ${issue.minimum}: add more`;
      if (issue.origin === "string")
        return `is too short: it needs at least ${issue.minimum} characters`;
      return `is too small: it must be at least ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string")
        return `is too long: keep it to at most ${issue.maximum} characters`;
      if (issue.origin === "array") return `has too many: keep it to at most ${issue.maximum}`;
      return `is too big: it must be at most ${issue.maximum}`;
    case "invalid_value": {
      const choices = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return known && given !== undefined
        ? `must be one of ${choices}, not ${JSON.stringify(given)}`
        : `must be one of ${choices}`;
    }
    case "invalid_type": {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (!known) return `should be ${expected}`;
      if (given === undefined) return `is missing: add it (${expected})`;
      return `should be ${expected}, not ${describeValue(given)}${yamlHint(issue.expected, given)}`;
    }
    case "unrecognized_keys":
      return `has fields we don't read (${issue.keys.join(", ")}): remove them or check their spelling`;
    case "invalid_format":
      return issue.format === "regex"
        ? "is not in the form expected here"
        : `is not a valid ${issue.format}`;
    case "invalid_union":
      return "matches none of the forms allowed here";
    default:
      return issue.message;
  }
}
