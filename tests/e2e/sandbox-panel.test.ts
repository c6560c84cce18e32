import { describe, expect, inject, it } from "vitest";
import { fileBrowser } from "./file-browser";
import { seriousViolations } from "./session";

const app = inject("e2e");
const lesson = "/courses/socket-programming/lessons/tcp-udp-socket-programming";

describe.skipIf(app.skip)("the example panel beside a card", () => {
  const b = fileBrowser();

  it("shows the stored run at once, runs fresh, runs edited code, resets; no serious axe violation", async () => {
    const { page, errors } = await b.learner(undefined, { viewport: { width: 1280, height: 900 } });
    // Seed the example's stored last run through the route, as any earlier learner would have.
    const seeded = await page.request.post("/api/sandbox/run", {
      data: { exampleId: "tcp-uppercase" },
    });
    expect(seeded.status()).toBe(200);

    // The section whose card names the example shows its panel.
    await page.goto(`${lesson}?section=socket-interaction-over-tcp`);
    await page.locator('#card-tu-c05 a[href="#example-tcp-uppercase"]').waitFor();
    const panel = page
      .locator('#example-tcp-uppercase [data-testid="example-panel"][data-example="tcp-uppercase"]')
      .first();
    await panel.waitFor();
    expect(await panel.getByTestId("process-client").textContent()).toContain(
      "From Server: HELLO FROM THE CLIENT",
    );
    expect(await panel.getByTestId("panel-when").textContent()).toMatch(
      /Last run of this example's code · ran just now/,
    );
    expect(await panel.locator("time").getAttribute("title")).toMatch(/\d{4}/);
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);

    await panel.getByRole("button", { name: /^Run/ }).click();
    await expect
      .poll(() => panel.getByTestId("panel-when").textContent(), { timeout: 20_000 })
      .toContain("This example's code");
    expect(await panel.getByTestId("panel-status").textContent()).toContain("Finished: ok");
    expect(await panel.getByTestId("process-client").textContent()).toContain(
      "HELLO FROM THE CLIENT",
    );

    // Edit the client in CodeMirror: add a print at the end, run the edited code.
    await panel.getByRole("button", { name: /^Edit/ }).click();
    const client = panel.getByRole("textbox", { name: "Edit client.py" });
    await client.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("print('EDITED BY THE LEARNER')");
    await panel.getByRole("button", { name: /^Run edited code/ }).click();
    await expect
      .poll(() => panel.getByTestId("panel-when").textContent(), { timeout: 20_000 })
      .toContain("Your edited code");
    expect(await panel.getByTestId("process-client").textContent()).toContain(
      "EDITED BY THE LEARNER",
    );

    await panel.getByRole("button", { name: /^Reset/ }).click();
    await expect.poll(() => client.textContent()).not.toContain("EDITED BY THE LEARNER");
    expect(await panel.getByRole("button", { name: /^Reset/ }).isDisabled()).toBe(true);
    expect(await panel.getByRole("button", { name: /^Run/ }).textContent()).not.toContain("edited");
    expect(await seriousViolations(page, [1280, 375])).toEqual([]);
    expect(errors).toEqual([]);
  });
});
