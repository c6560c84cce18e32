/**
 * Every browser test file starts once the app answers (global-setup.ts builds and starts it while
 * the integration tests run), or fails with the reason the app could not start.
 */
import { readFileSync } from "node:fs";
import { inject } from "vitest";

const { statusFile } = inject("e2e");
const status = () => {
  try {
    return readFileSync(statusFile, "utf8");
  } catch {
    return "";
  }
};
// The build waits for any other build of this tree (scripts/serve-build.ts's lock, up to 30 minutes).
const deadline = Date.now() + 35 * 60_000;
while (!status()) {
  if (Date.now() > deadline)
    throw new Error("The app for the browser tests did not start in 35 minutes.");
  await new Promise((r) => setTimeout(r, 200));
}
if (status().startsWith("failed"))
  throw new Error(`The app for the browser tests did not start: ${status().slice(7)}`);
