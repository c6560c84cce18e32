/**
 * The fsrs-rs optimizer's child process, as source for "node --input-type=module -e" (run.ts
 * spawns it): a Rust panic inside @open-spaced-repetition/binding aborts the whole process, and that
 * must never be the web server. Inline rather than a file so Next's bundler has no path to follow;
 * the package resolves from the working directory (the app's root).
 * In: one IPC message { train, test, baseline, compare? } (items as [rating, deltaT, …] arrays).
 * Out: { ok: true, weights, before, after, compared, maxRssKb } or { ok: false, error }.
 */
export const CHILD_SOURCE = `import {
  computeParameters,
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
} from "@open-spaced-repetition/binding";

const toItem = (flat) => {
  const reviews = [];
  for (let i = 0; i < flat.length; i += 2)
    reviews.push(new FSRSBindingReview(flat[i], flat[i + 1]));
  return new FSRSBindingItem(reviews);
};

const metrics = (weights, items) => {
  try {
    const { logLoss, rmseBins } = new FSRSBinding(weights ?? undefined).evaluate(items);
    return { logLoss, rmseBins };
  } catch {
    return null;
  }
};

process.once("message", async (request) => {
  try {
    const train = request.train.map(toItem);
    const test = request.test.map(toItem);
    // No \`progress\` or \`timeout\` option: with either, binding 0.5.0 resolves only when the timeout ends.
    const weights = await computeParameters(train, { enableShortTerm: true });
    const compared = (request.compare ?? []).map((w) => metrics(w, test));
    process.send({
      ok: true,
      weights,
      before: metrics(request.baseline, test),
      after: metrics(weights, test),
      compared,
      maxRssKb: process.resourceUsage().maxRSS,
    });
  } catch (e) {
    process.send({ ok: false, error: e instanceof Error ? e.message : String(e) });
  }
  process.disconnect();
});
`;
