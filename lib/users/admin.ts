/** Admin-only account management: roles and disabling. Disabling keeps every row the user made. */
import "server-only";
import { db } from "../db";
import { requireAdmin } from "../authoring/gate";
import type { ActionResult } from "../authoring/results";
import { disableSchema, roleChangeSchema } from "../validations/authoring";

export async function listUsers() {
  await requireAdmin();
  return db.user.findMany({
    orderBy: [{ role: "desc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      createdAt: true,
      // Only ratings count: resets, suspensions and burials are logged too (so undo can take them back).
      _count: {
        select: {
          reviewLogs: { where: { source: { in: ["review", "quiz"] } } },
          quizAttempts: true,
        },
      },
    },
  });
}

// An admin demoting or disabling themselves could leave nobody able to undo it.
const selfRefusal =
  "You can't change your own role or disable your own account; ask another admin.";

export async function changeRole(input: unknown): Promise<ActionResult> {
  const admin = await requireAdmin();
  const req = roleChangeSchema.safeParse(input);
  if (!req.success)
    return { ok: false, status: 422, error: "Choose learner, instructor or admin." };
  if (req.data.userId === admin.id) return { ok: false, status: 422, error: selfRefusal };
  const { count } = await db.user.updateMany({
    where: { id: req.data.userId },
    data: { role: req.data.role },
  });
  return count ? { ok: true } : { ok: false, status: 404, error: "No such user." };
}

export async function setDisabled(input: unknown): Promise<ActionResult> {
  const admin = await requireAdmin();
  const req = disableSchema.safeParse(input);
  if (!req.success) return { ok: false, status: 422, error: "Unknown request." };
  if (req.data.userId === admin.id) return { ok: false, status: 422, error: selfRefusal };
  const { count } = await db.user.updateMany({
    where: { id: req.data.userId },
    data: { disabled: req.data.disabled },
  });
  return count ? { ok: true } : { ok: false, status: 404, error: "No such user." };
}
