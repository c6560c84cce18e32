/** A content problem located precisely enough for an author to fix it. */
import { pluralize } from "../format/plural";
export interface ContentIssue {
  /** Path relative to the repo root, e.g. content/courses/x/lessons/01-y/questions.yaml */
  file: string;
  /** The item's id (or its position when it has none), when the problem is inside one item. */
  item?: string;
  /** Dotted field path inside the item, e.g. options or processes.0.ready.port */
  field?: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = [
    issue.item ? `item "${issue.item}"` : null,
    issue.field ? `field "${issue.field}"` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return `${issue.file}${where ? `: ${where}` : ""}: ${issue.message}`;
}

/** Thrown by the loader and the seed; carries every problem found, not just the first. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Content is invalid (${pluralize(issues.length, "problem")}):\n${issues.map((i) => `  - ${formatIssue(i)}`).join("\n")}`,
    );
    this.name = "ContentError";
  }
}
