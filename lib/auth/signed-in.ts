/**
 * Signed-in sessions as rows: the JWT carries the row's id (`sid`), sign-out deletes the row, and
 * lib/auth/session.ts refuses a token whose row is gone, so a copied token dies with its session.
 */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Opens a session for the user (and drops the user's expired ones); returns its id. */
export async function startSession(db: PrismaClient, userId: string, now = new Date()) {
  const id = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.authSession.deleteMany({ where: { userId, expiresAt: { lt: now } } });
  await db.authSession.create({ data: { id, userId, expiresAt } });
  return id;
}

/** Sign-out: this session only; the user's other browsers stay signed in. */
export async function endSession(db: PrismaClient, sid: string | undefined) {
  if (sid) await db.authSession.deleteMany({ where: { id: sid } });
}
