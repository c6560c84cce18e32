"use server";
/** Browse's form actions (decision 0014): a bulk action on the selected rows or one row's unsuspend/unbury, and undo. */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { bulkChange } from "@/lib/srs/bulk";
import { flagCard, undoLast } from "@/lib/srs/review";
import { bulkActionSchema, type BulkAction } from "@/lib/validations/browse";
import { formValues, invalid, type FormState } from "@/lib/validations/form-state";
import { pluralize } from "@/lib/format/plural";

/** The row's button sends `card` = "unsuspend:<review item id>" or "unbury:<id>". */
const cardActionSchema = z.object({
  card: z
    .string({ error: "choose a card action" })
    .trim()
    .regex(/^(unsuspend|unbury):[A-Za-z0-9_-]{1,200}$/, "is not a card action")
    .transform((v) => {
      const [action, reviewItemId] = v.split(":") as ["unsuspend" | "unbury", string];
      return { action, reviewItemId };
    }),
});

const refresh = () => {
  revalidatePath("/review/cards");
  revalidatePath("/review");
};

/** Unsuspend or unbury one card from the list (logged like any review action, so undo takes it back). */
async function changeOne(user: CurrentUser, form: FormData): Promise<FormState> {
  const parsed = cardActionSchema.safeParse(formValues(form));
  if (!parsed.success) return invalid(parsed.error, undefined, "That isn't a card action.");
  const { reviewItemId, action } = parsed.data.card;
  const result = await flagCard(user, { reviewItemId }, action);
  if (!result.ok) return { ok: false, message: result.error };
  refresh();
  return {
    ok: true,
    message: action === "unsuspend" ? "Card unsuspended." : "Card unburied: it's back today.",
  };
}

const done: Record<BulkAction, (cards: string) => string> = {
  suspend: (cards) => `Suspended ${cards}.`,
  unsuspend: (cards) => `Unsuspended ${cards}.`,
  reset: (cards) => `Reset ${cards} to new (their past ratings are kept).`,
  reschedule: (cards) => `Rescheduled ${cards} to today.`,
};
const unchangedWhy: Record<BulkAction, string> = {
  suspend: "already suspended",
  unsuspend: "not suspended",
  reset: "already new",
  reschedule: "new cards keep their lesson order",
};

/**
 * A bulk action on the selected rows: all in one transaction, or nothing when any card isn't the
 * learner's. A row's own button (Unsuspend, Unbury) submits this form too, with `card` set: then
 * only that card changes, whatever is selected.
 */
export async function bulkCards(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  if (form.has("card")) return changeOne(user, form);
  const parsed = bulkActionSchema.safeParse({
    action: form.get("action") ?? undefined,
    cards: form.getAll("cards"),
  });
  if (!parsed.success)
    return invalid(parsed.error, undefined, parsed.error.issues.map((i) => i.message).join("; "));
  const { action, cards } = parsed.data;
  const result = await bulkChange(user, cards, action);
  if (!result.ok) return { ok: false, message: result.error };
  refresh();
  const left = result.unchanged
    ? ` ${pluralize(result.unchanged, "card")} left as ${result.unchanged === 1 ? "it was" : "they were"} (${unchangedWhy[action]}).`
    : "";
  return {
    ok: true,
    message: `${done[action](pluralize(result.changed, "card"))}${left}${result.changed ? " Undo takes it back." : ""}`,
  };
}

/** The learner's last action (a whole bulk action at once), like Z in review. */
export async function undoCards(_prev: FormState, _form: FormData): Promise<FormState> {
  const user = await requireUser();
  const result = await undoLast(user);
  if (!result.ok) return { ok: false, message: result.error };
  refresh();
  return {
    ok: true,
    message: `Undone: your last action (${result.undone ?? "rating"}${result.count && result.count > 1 ? `, ${pluralize(result.count, "card")}` : ""}).`,
  };
}
