/**
 * Learning and relearning steps as Anki takes them (rslib/src/scheduler/states/steps.rs), handed to
 * ts-fsrs as its learning-steps strategy: Again goes back to the first step; Hard repeats the current
 * step, except on the first, where it is the average of the first two (one step: 1.5 × it, at most a
 * day more; over a day, whole days); Good moves to the next step or, after the last, graduates.
 * ts-fsrs's own strategy gives Hard the first step's delay on every step (5.5m on a 10m step).
 */
import {
  ConvertStepUnitToMinutes,
  Rating,
  State,
  type FSRSParameters,
  type TLearningStepsStrategy,
} from "ts-fsrs";

const DAY_MINUTES = 1440;
const roundInDays = (minutes: number) =>
  minutes > DAY_MINUTES ? Math.round(minutes / DAY_MINUTES) * DAY_MINUTES : minutes;

export const ankiLearningSteps: TLearningStepsStrategy = (
  params: FSRSParameters,
  state: State,
  curStep: number,
) => {
  const relearning = state === State.Review || state === State.Relearning;
  const steps = (relearning ? params.relearning_steps : params.learning_steps).map((s) =>
    ConvertStepUnitToMinutes(s),
  );
  const first = steps[0];
  if (first === undefined) return {};
  if (state === State.Review) return { [Rating.Again]: { scheduled_minutes: first, next_step: 0 } };
  // A step index past the end (the steps were shortened since) counts as the last step.
  const at = Math.min(Math.max(0, curStep), steps.length - 1);
  const second = steps[1];
  const hard =
    at > 0
      ? steps[at]!
      : roundInDays(
          second !== undefined
            ? (first + second) / 2
            : Math.min((first * 3) / 2, first + DAY_MINUTES),
        );
  const next = steps[at + 1];
  return {
    [Rating.Again]: { scheduled_minutes: first, next_step: 0 },
    [Rating.Hard]: { scheduled_minutes: hard, next_step: at },
    ...(next !== undefined
      ? { [Rating.Good]: { scheduled_minutes: next, next_step: at + 1 } }
      : {}),
  };
};
