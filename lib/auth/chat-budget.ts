/** Chat to Lesson's budgets: per learner, per client address, and for everyone (decision 0009). */
import "server-only";
import { db } from "../db";
import { sqlOf } from "../db-raw";
import { takeAll } from "./budget";
import { clientAddress } from "./client-address";
import { chatRules } from "./limits";
import { getCurrentUser } from "./session";
import { pluralize } from "../format/plural";

/** null when the question may go on to be answered (or refused as signed out), else the 429 to send. */
export async function chatBudget(request: Request): Promise<Response | null> {
  const userId = (await getCurrentUser())?.id;
  if (!userId) return null;
  const rules = [
    chatRules.everyone,
    chatRules.address(clientAddress(request.headers)),
    chatRules.user(userId),
  ];
  const admitted = await takeAll(await sqlOf(db), rules);
  if (admitted.ok) return null;
  const seconds = Math.ceil(admitted.waitMs / 1000);
  return Response.json(
    { error: `Too many questions just now. Try again in ${pluralize(seconds, "second")}.` },
    { status: 429, headers: { "retry-after": String(seconds) } },
  );
}
