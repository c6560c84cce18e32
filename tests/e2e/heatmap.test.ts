/** The progress page's year heatmap: one path per level, and one tooltip naming the day pointed at. */
import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";

const app = inject("e2e");

describe.skipIf(app.skip)("review heatmap", () => {
  const b = fileBrowser();

  it("is a handful of elements and names the day under the pointer", async () => {
    const { page, errors } = await b.learner("heatmap", { viewport: { width: 1280, height: 900 } });
    await page.goto("/courses/socket-programming/progress");
    const map = page.getByTestId("heatmap");
    await map.waitFor();
    // A new learner: every day is level 0, one path of 365 squares.
    expect(await map.locator("path").count()).toBe(1);
    expect(await map.locator("rect, title").count()).toBe(0);
    expect((await map.locator("path").getAttribute("d"))!.match(/M/g)).toHaveLength(365);

    await map.scrollIntoViewIfNeeded();
    const box = (await map.locator("svg").boundingBox())!;
    // The last week's column, the last day drawn: today.
    const path = (await map.locator("path").getAttribute("d"))!;
    const [, x, y] = path.match(/M([\d.]+) ([\d.]+)h11v11h-11z$/)!;
    await page.mouse.move(box.x + Number(x) + 5, box.y + Number(y) + 5);
    const tip = page.getByTestId("heatmap-tip");
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/^\w{3}, \w{3} \d{1,2}, \d{4}: 0 reviews$/);
    await page.mouse.move(box.x + 2, box.y + 2);
    await tip.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
  });
});
