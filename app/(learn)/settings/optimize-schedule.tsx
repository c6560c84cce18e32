/**
 * Settings' "Optimize my schedule": which FSRS parameters schedule the learner, the last fit's log
 * loss and RMSE (bins) before and after on their own history, the button that fits again, their
 * review logs as optimizer CSV, and the expected workload at each desired retention (on request:
 * it reads every card; the load itself reads a few rows, the ratings counted up to RATINGS_COUNTED).
 */
import type { CurrentUser } from "@/lib/auth/session";
import { pluralize } from "@/lib/format/plural";
import { myOptimizer, RATINGS_COUNTED } from "@/lib/srs/optimizer/access";
import { LEARNER_MIN_REVIEWS } from "@/lib/srs/optimizer/outcome";
import { OptimizeButton } from "./optimize-button";
import { WorkloadTable } from "./workload-table";

const cell = "border-b border-slate-200 px-3 py-1.5 text-left";
const num = (n: number | null, digits = 4) => (n === null ? "—" : n.toFixed(digits));
const pct = (n: number | null) => (n === null ? "—" : `${(n * 100).toFixed(1)}%`);

export async function OptimizeSchedule({
  user,
  desiredRetention,
}: {
  user: CurrentUser;
  desiredRetention: number;
}) {
  const { source, own, ratings, minItems } = await myOptimizer(user);
  const have =
    ratings >= RATINGS_COUNTED
      ? `at least ${pluralize(RATINGS_COUNTED, "review")}`
      : pluralize(ratings, "review");
  const inForce =
    source === "learner" && own?.fittedAt
      ? `your own parameters, fitted on ${pluralize(own.reviewCount, "review")} on ${own.fittedAt.toISOString().slice(0, 10)}`
      : source === "course"
        ? "your course’s parameters, fitted to all its learners’ reviews"
        : "FSRS’s default parameters";
  return (
    <section
      aria-labelledby="optimize"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 sm:p-8"
    >
      <h2 id="optimize" className="text-xl font-semibold">
        Optimize my schedule
      </h2>
      <p className="text-slate-700" data-testid="parameters-in-force">
        Your reviews are scheduled with {inForce}. Optimizing fits FSRS&rsquo;s 21 parameters to
        your own history (with fsrs-rs, as Anki does); it needs at least {minItems} reviews of cards
        on a later day than their first. You have {have}. From {LEARNER_MIN_REVIEWS} reviews on,
        this happens by itself, and again each time your reviews have grown by half; before that,
        your course&rsquo;s parameters usually predict you as well.
      </p>
      {own?.status === "failed" && own.message ? (
        <p className="text-red-700">{own.message}</p>
      ) : null}
      {own?.logLossAfter != null ? (
        <table className="text-sm" aria-label="Fit on your own history">
          <caption className="text-left text-slate-700">
            On your own history (lower is better)
          </caption>
          <thead>
            <tr>
              <th className={cell} scope="col">
                Measure
              </th>
              <th className={cell} scope="col">
                Before
              </th>
              <th className={cell} scope="col">
                After
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th className={cell} scope="row">
                Log loss
              </th>
              <td className={cell}>{num(own.logLossBefore)}</td>
              <td className={cell}>{num(own.logLossAfter)}</td>
            </tr>
            <tr>
              <th className={cell} scope="row">
                RMSE (bins)
              </th>
              <td className={cell}>{pct(own.rmseBefore)}</td>
              <td className={cell}>{pct(own.rmseAfter)}</td>
            </tr>
          </tbody>
        </table>
      ) : null}
      <OptimizeButton />
      <WorkloadTable desiredRetention={desiredRetention} />
      <p>
        <a href="/api/export/review-logs" download className="text-brand-700 underline">
          Download my review logs (FSRS optimizer CSV)
        </a>{" "}
        to check the fit with the reference tools.
      </p>
    </section>
  );
}
