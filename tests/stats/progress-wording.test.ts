/** The progress page: "Streak 1 day" beside "0 reviews" says why (quiz and Learn answers count). */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  ProgressSummary,
  STREAK_COUNTS,
} from "../../app/(learn)/courses/[courseSlug]/progress/summary";
import { ReviewHeatmap } from "../../app/(learn)/courses/[courseSlug]/progress/review-heatmap";
import type { CourseProgress } from "../../lib/stats/course-progress";

const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("the progress page's streak says what it counts", () => {
  it("a day of quiz or Learn answers alone: the streak note names them, beside review charts that don't", () => {
    const progress = {
      dueToday: 0,
      dueTomorrow: 0,
      streak: { days: 1, studiedToday: true, atLeast: false },
      retention: { rate: null, passed: 0, total: 0 },
    } as unknown as CourseProgress;
    const html = text(renderToStaticMarkup(createElement(ProgressSummary, { progress })));
    expect(html).toContain(`You studied today. ${STREAK_COUNTS}`);
    expect(STREAK_COUNTS).toMatch(/quiz answers and Learn answers/);
  });

  it("the heatmap says it counts review sessions, and where quiz and Learn answers went", () => {
    const html = renderToStaticMarkup(
      createElement(ReviewHeatmap, { data: [], timeZone: "UTC", dayStartHour: 4 }),
    );
    expect(html).toContain("0 reviews on 0 days in the last 365 days in review sessions");
    expect(html).toContain("quiz and Learn answers count toward the streak");
  });
});
