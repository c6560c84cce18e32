/** Counts in the words learners read are said through lib/format/plural, one included ("1 section"). */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LessonRow } from "../../app/_home/lesson-row";
import { tooLittle } from "../../lib/srs/optimizer/outcome";
import type { HomeLesson } from "../../lib/learner/home";

const lesson = (sections: number): HomeLesson => ({
  slug: "one",
  title: "One",
  href: "/courses/c/lessons/one",
  mastery: { mastered: 0, started: 0, total: 0 },
  sections,
  sectionsRead: 0,
  nextSection: { anchor: "a", title: "A" },
});
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("plurals", () => {
  it("a one-section lesson on the home reads 'Read 0 of 1 section'", () => {
    const row = (n: number) =>
      text(renderToStaticMarkup(createElement(LessonRow, { lesson: lesson(n), courseSlug: "c" })));
    expect(row(1)).toContain("Read 0 of 1 section");
    expect(row(1)).not.toContain("1 sections");
    expect(row(3)).toContain("Read 0 of 3 sections");
  });

  it("the optimizer's 'too little history' says 'there is 1' and 'there are 2'", () => {
    const message = (n: number) => {
      const outcome = tooLittle(n);
      return outcome.ok ? "" : outcome.message;
    };
    expect(message(1)).toContain("; there is 1.");
    expect(message(2)).toContain("; there are 2.");
  });
});
