/** A schema problem in an upload said in plain words (what is wrong, how to fix it), not Zod's default text. */
import type { z } from "zod";

export function plainIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return "is empty: fill it in";
      if (issue.origin === "array") return `needs at least ${issue.minimum}: add more`;
      return `is too short: it needs at least ${issue.minimum}`;
    case "too_big":
      return `is too long: keep it to at most ${issue.maximum}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => `"${String(v)}"`).join(", ")}`;
    case "invalid_type":
      return issue.input === undefined ? "is missing: add it" : `should be ${issue.expected}`;
    case "unrecognized_keys":
      return `has fields we don't read (${issue.keys.join(", ")}): remove them`;
    default:
      // Our own messages (refinements, regexes) are already written for people.
      return issue.message;
  }
}
