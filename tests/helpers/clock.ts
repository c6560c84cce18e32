/**
 * A fixed time of day for tests that rate cards over minutes or hours: yesterday at 12:00 UTC. The
 * learner's study day starts at 04:00 UTC by default, so a span from here stays inside one study day
 * whatever hour the suite runs at (spans taken back from Date.now() crossed 04:00 and failed when
 * the suite ran at 03:43 and at 04:26 UTC). In the past, so replayed ratings are not "ahead of the
 * server's clock", and within REPLAY_MAX_AGE_DAYS.
 */
export function yesterdayNoonUtc(): Date {
  const noon = new Date(Date.now() - 86_400_000);
  noon.setUTCHours(12, 0, 0, 0);
  return noon;
}
