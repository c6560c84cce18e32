/**
 * `npm run bench:optimizer [-- --learners 200 --reviews 500]`: FSRS parameters fitted by fsrs-rs
 * (lib/srs/optimizer, the child process the app uses) on a generated population, judged as the
 * FSRS benchmark judges: each learner's logs split in time, fits on the earlier part, log loss and
 * RMSE(bins) on the later part. Learners' true parameters are drawn around a population mean that
 * differs from FSRS-6's defaults; each learner is scheduled with the defaults (as a new learner
 * here is) and recalls by their true parameters. Printed for the defaults (the peer), the course
 * fit (all learners' earlier parts), each learner's own fit, and the true parameters (the floor no
 * fit can beat), with the ratios, plus the time and peak memory of one fit.
 */
import { parseArgs } from "node:util";
import { default_w } from "ts-fsrs";
import { evaluationItems, fsrsItems, type WireItem } from "../lib/srs/optimizer/items";
import { LEARNER_MIN_REVIEWS } from "../lib/srs/optimizer/outcome";
import { runFit, type Metrics } from "../lib/srs/optimizer/run";
import { drawParameters, randomSource, simulateLearner } from "../lib/srs/optimizer/simulate";

const { values } = parseArgs({
  options: {
    learners: { type: "string", default: "200" },
    "train-share": { type: "string", default: "0.5" },
    sigma: { type: "string", default: "0.5" },
    "new-per-day": { type: "string", default: "10" },
  },
});
const LEARNERS = Number(values.learners);
const TRAIN_SHARE = Number(values["train-share"]);
const SIGMA = Number(values.sigma);
const NEW_PER_DAY = Number(values["new-per-day"]);
/** Histories of different lengths, 500 reviews on average, so "enough history" can be seen. */
const HISTORIES = [100, 250, 500, 1000, 2000];
const clock = { timeZone: "UTC", dayStartHour: 4 };

// This population forgets first-day cards faster and gains stability more slowly than FSRS-6's defaults.
const POPULATION_MEAN = default_w.map((w, i) =>
  i < 4 ? w * 0.5 : i === 8 ? w * 0.85 : i === 11 ? w * 1.2 : w,
);

interface Learner {
  reviews: number;
  trainReviews: number;
  truth: number[];
  train: WireItem[];
  test: WireItem[];
}

function population(): Learner[] {
  const random = randomSource(20261201);
  return Array.from({ length: LEARNERS }, (_, n) => {
    const truth = drawParameters(POPULATION_MEAN, SIGMA, random);
    const reviews = HISTORIES[n % HISTORIES.length]!;
    const start = new Date(Date.UTC(2026, 0, 1 + (n % 60)));
    const logs = simulateLearner({
      id: `l${n}`,
      truth,
      reviews,
      random,
      start,
      newPerDay: NEW_PER_DAY,
    });
    // Time-ordered split: the learner's first TRAIN_SHARE of reviews train, the rest are predicted.
    const trainReviews = Math.floor(logs.length * TRAIN_SHARE);
    const cut = logs[trainReviews]!.reviewedAt.getTime();
    const items = fsrsItems(logs, clock);
    return {
      reviews,
      trainReviews,
      truth,
      train: items.filter((i) => i.at < cut),
      test: evaluationItems(items.filter((i) => i.at >= cut)),
    };
  });
}

type Name = "default" | "course" | "learner" | "truth";
type Row = Record<Name, Metrics> & { n: number; who: Learner };

/** Log loss and RMSE(bins) averaged over learners, weighted by their held-out items (as the FSRS benchmark weights by reviews). */
function pooled(rows: Row[], pick: (r: Row) => Metrics) {
  const n = rows.reduce((s, r) => s + r.n, 0);
  return {
    logLoss: rows.reduce((s, r) => s + pick(r).logLoss * r.n, 0) / n,
    rmseBins: rows.reduce((s, r) => s + pick(r).rmseBins * r.n, 0) / n,
  };
}

const started = Date.now();
const learners = population();
const trainItems = learners.reduce((s, l) => s + l.train.length, 0);
const testItems = learners.reduce((s, l) => s + l.test.length, 0);
const meanReviews = learners.reduce((s, l) => s + l.reviews, 0) / LEARNERS;
console.log(
  `Population: ${LEARNERS} learners, ${meanReviews} reviews each on average (${HISTORIES.join(", ")}), true parameters ` +
    `e^(${SIGMA}·N(0,1)) around a mean off the defaults; split ${TRAIN_SHARE * 100}% / ${100 - TRAIN_SHARE * 100}% in time: ` +
    `${trainItems} training items, ${testItems} held-out items; generated in ${Date.now() - started} ms.`,
);

// One course fit on every learner's earlier part.
const courseStart = Date.now();
const course = await runFit({ train: learners.flatMap((l) => l.train), baseline: null });
const courseMs = Date.now() - courseStart;

const rows: Row[] = [];
const learnerMs: number[] = [];
const learnerRss: number[] = [];
for (const l of learners) {
  const t = Date.now();
  // baseline → "before" = the course parameters on this learner's held-out items; compared: defaults, truth.
  const fit = await runFit({
    train: l.train,
    test: l.test,
    baseline: course.weights,
    compare: [null, l.truth],
  });
  learnerMs.push(Date.now() - t);
  learnerRss.push(fit.maxRssKb);
  const [defaults, truth] = fit.compared;
  // fsrs-rs evaluates nothing on too few held-out items: such a learner is left out of the figures.
  if (!fit.before || !fit.after || !defaults || !truth) continue;
  rows.push({
    n: l.test.length,
    who: l,
    default: defaults,
    course: fit.before,
    learner: fit.after,
    truth,
  });
}

const f = (n: number) => n.toFixed(4);
const pct = (n: number) => `${(n * 100).toFixed(2)}%`;
const x = (a: number, b: number) => `${(a / b).toFixed(3)}×`;
// The app's rule: a learner's own parameters once they have LEARNER_MIN_REVIEWS ratings, else the course's.
const policy = (r: Row) => (r.who.trainReviews >= LEARNER_MIN_REVIEWS ? r.learner : r.course);
const overall = {
  default: pooled(rows, (r) => r.default),
  course: pooled(rows, (r) => r.course),
  learner: pooled(rows, policy),
  truth: pooled(rows, (r) => r.truth),
};
console.log(
  `\nHeld-out, all ${rows.length} learners evaluated (learner = own parameters from ${LEARNER_MIN_REVIEWS} training reviews, else the course's):`,
);
console.log("| parameters | log loss | RMSE(bins) |\n| --- | --- | --- |");
const label: Record<Name, string> = {
  default: "FSRS-6 defaults (peer)",
  course: "course",
  learner: "learner (the app's rule)",
  truth: "true parameters (floor)",
};
for (const name of ["default", "course", "learner", "truth"] as const)
  console.log(`| ${label[name]} | ${f(overall[name].logLoss)} | ${pct(overall[name].rmseBins)} |`);
console.log("\nRatios (lower is better):");
const ratio = (a: Metrics, b: Metrics, text: string) =>
  console.log(
    `  ${text}: log loss ${x(a.logLoss, b.logLoss)}, RMSE(bins) ${x(a.rmseBins, b.rmseBins)}`,
  );
ratio(overall.course, overall.default, "course / defaults");
ratio(overall.learner, overall.course, "learner / course ");
ratio(overall.learner, overall.truth, "learner / true   ");

console.log("\nBy history (the learner's own fit on the earlier part, whatever its length):");
console.log(
  "| reviews (training) | learners | defaults | course | learner | learner / course | learner beats course |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- |");
const enough: boolean[] = [];
for (const size of HISTORIES) {
  const group = rows.filter((r) => r.who.reviews === size);
  if (!group.length) continue;
  const [d, c, l] = [
    pooled(group, (r) => r.default),
    pooled(group, (r) => r.course),
    pooled(group, (r) => r.learner),
  ];
  const beats = group.filter((r) => r.learner.logLoss < r.course.logLoss).length;
  const train = group[0]!.who.trainReviews;
  if (train >= LEARNER_MIN_REVIEWS) enough.push(l.logLoss < c.logLoss);
  console.log(
    `| ${size} (${train}) | ${group.length} | ${f(d.logLoss)} | ${f(c.logLoss)} | ${f(l.logLoss)} | ${x(l.logLoss, c.logLoss)} | ${beats} (${pct(beats / group.length)}) |`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log("\nOne fit (the child process, from its start to its answer):");
console.log(
  `  course fit: ${courseMs} ms on ${trainItems} items, peak memory ${(course.maxRssKb / 1024).toFixed(0)} MB`,
);
console.log(
  `  learner fit: median ${median(learnerMs)} ms, peak memory ${(median(learnerRss) / 1024).toFixed(0)} MB`,
);
const passed =
  overall.course.logLoss < overall.default.logLoss &&
  overall.learner.logLoss < overall.course.logLoss &&
  enough.every(Boolean);
console.log(
  `\n${passed ? "PASS" : "FAIL"}: course beats defaults, and learner beats course for learners with ${LEARNER_MIN_REVIEWS}+ reviews (held-out log loss). ` +
    `Total ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
if (!passed) process.exitCode = 1;
