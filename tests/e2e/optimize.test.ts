import { describe, expect, inject, it } from "vitest";
import { downloaded, fileBrowser } from "./file-browser";
import { seedReviewHistory } from "../srs/optimizer-seed";
import { seriousViolations } from "./session";

const app = inject("e2e");

/** Settings' "Optimize my schedule" on a learner with a seeded history: fsrs-rs runs, the page shows the fit. */
describe.skipIf(app.skip)("Optimize my schedule", () => {
  const b = fileBrowser();

  it("fits the learner's parameters from Settings, shows log loss and RMSE before and after, the workload by retention, and downloads the CSV", async () => {
    const { page, errors, email } = await b.learner("optimize", { acceptDownloads: true });
    const user = await b.prisma.user.findUniqueOrThrow({ where: { email } });
    const cards = await b.prisma.flashcard.findMany({
      where: { lesson: { course: { slug: "socket-programming" } } },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const { logCount } = await seedReviewHistory(
      b.prisma,
      user.id,
      cards.map((c) => c.id),
      { reviews: 300, start: new Date(Date.now() - 90 * 86_400_000) },
    );

    await page.goto("/settings");
    await page.locator('[data-keys-ready="true"]').first().waitFor();
    const section = page.getByRole("region", { name: "Optimize my schedule" });
    await section.getByText(`You have ${logCount} reviews.`).waitFor();
    await expect
      .poll(() => section.getByTestId("parameters-in-force").textContent())
      .toMatch(/FSRS’s default parameters/);
    // The workload is simulated when asked for (the load reads none of the cards).
    const workload = section.getByRole("table", { name: "Workload by desired retention" });
    expect(await workload.count()).toBe(0);
    await section.getByRole("button", { name: "Show expected workload" }).click();
    await workload.waitFor();
    expect(await workload.getByRole("row").count()).toBe(5);
    await workload.getByRole("rowheader", { name: "0.90 (yours)" }).waitFor();

    await section.getByRole("button", { name: "Optimize my schedule" }).click();
    await section
      .getByText(/^Optimized on \d+ reviews: log loss [\d.]+ → [\d.]+, RMSE \(bins\)/)
      .waitFor({ timeout: 60_000 });
    const fit = section.getByRole("table", { name: "Fit on your own history" });
    await fit.getByRole("rowheader", { name: "Log loss" }).waitFor();
    await expect
      .poll(() => section.getByTestId("parameters-in-force").textContent())
      .toMatch(/your own parameters, fitted on \d+ reviews on \d{4}-\d{2}-\d{2}/);
    const stored = await b.prisma.learnerParameters.findUniqueOrThrow({
      where: { userId: user.id },
    });
    expect(JSON.parse(stored.weights!)).toHaveLength(21);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("link", { name: /Download my review logs/ }).click(),
    ]);
    const csv = (await downloaded(download)).toString("utf8");
    expect(csv.split("\n")[0]).toBe(
      "card_id,review_time,review_rating,review_state,review_duration",
    );
    expect(csv.trimEnd().split("\n")).toHaveLength(logCount + 1);

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
