/**
 * "Where the owner usually signs in": after a successful sign-in the browser keeps a signed token
 * naming the account and a random device id. With it, that browser gets its own sign-in budget, so
 * strangers guessing the account's password can't lock its owner out (decision 0009).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../env";

export const DEVICE_COOKIE = "recall-lab.device";
export const DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

const mac = (userId: string, device: string, secret: string) =>
  createHmac("sha256", secret).update(`${userId}.${device}`).digest("base64url");

export function issueDeviceToken(userId: string, secret = env.NEXTAUTH_SECRET): string | null {
  if (!secret) return null;
  const device = randomBytes(16).toString("base64url");
  return `${device}.${mac(userId, device, secret)}`;
}

/** The device id when `token` was issued to this user, else null. */
export function knownDevice(
  token: string | undefined,
  userId: string | undefined,
  secret = env.NEXTAUTH_SECRET,
): string | null {
  if (!token || !userId || !secret || token.length > 200) return null;
  const [device = "", signature = ""] = token.split(".");
  const expected = Buffer.from(mac(userId, device, secret));
  const given = Buffer.from(signature);
  return device && given.length === expected.length && timingSafeEqual(given, expected)
    ? device
    : null;
}
