"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { flagCard } from "@/lib/srs/review";

export type CardActionState = { ok: boolean; message: string };

const cardActionSchema = z.strictObject({
  reviewItemId: z.string().trim().min(1).max(200),
  action: z.enum(["unsuspend", "unbury"]),
});

/** Unsuspend or unbury one card from the card list (logged like any review action, so Z in review undoes it). */
export async function changeCard(_prev: CardActionState, form: FormData): Promise<CardActionState> {
  const user = await requireUser();
  const parsed = cardActionSchema.safeParse({
    reviewItemId: form.get("reviewItemId"),
    action: form.get("action"),
  });
  if (!parsed.success) return { ok: false, message: "That isn't a card action." };
  const { reviewItemId, action } = parsed.data;
  const result = await flagCard(user, { reviewItemId }, action);
  if (!result.ok) return { ok: false, message: result.error };
  revalidatePath("/review/cards");
  revalidatePath("/review");
  return {
    ok: true,
    message: action === "unsuspend" ? "Card unsuspended." : "Card unburied: it's back today.",
  };
}
