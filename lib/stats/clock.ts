/** Where the stats read the learner's day: their study settings (time zone, hour the day starts). */
import "server-only";
import { db } from "../db";
import { clockOf, type DayClock } from "../srs/day";

/** Anki's default: a new day starts at 4 am; UTC until the learner picks a zone in settings. */
export const DEFAULT_CLOCK: DayClock = { timeZone: "UTC", dayStartHour: 4 };

export async function learnerClock(userId: string): Promise<DayClock> {
  const settings = await db.studySettings.findUnique({
    where: { userId },
    select: { timeZone: true, dayStartHour: true },
  });
  return settings ? clockOf(settings) : DEFAULT_CLOCK;
}
