/**
 * The budgets every password check, sign-up and Chat question draws on (decision 0009). Per account
 * or device, per client address, and for everyone together: the global budget is what keeps the
 * server's cores for the pages when an attacker rotates addresses. Per-address budgets leave room
 * for a class behind one school address signing up and in at once.
 */
import type { BackoffRule, WindowRule } from "./budget";

const MINUTE = 60_000;
const window = (key: string, limit: number, windowMs: number): WindowRule => ({
  kind: "window",
  key,
  limit,
  windowMs,
});
const guessing = (key: string): BackoffRule => ({
  kind: "backoff",
  key,
  free: 5,
  baseMs: 30_000,
  maxMs: 15 * MINUTE,
  quietMs: 60 * MINUTE,
});

export const signInRules = {
  everyone: window("signin:all", 300, MINUTE),
  address: (address: string) => window(`signin:ip:${address}`, 60, 5 * MINUTE),
  account: (email: string) => guessing(`signin:email:${email}`),
  /** A browser the owner signed in from before: its own lane, untouched by strangers' failures. */
  knownEveryone: window("signin:known:all", 300, MINUTE),
  knownDevice: (device: string) => guessing(`signin:device:${device}`),
};

export const signUpRules = {
  everyone: window("signup:all", 60, MINUTE),
  address: (address: string) => window(`signup:ip:${address}`, 40, 10 * MINUTE),
};

export const chatRules = {
  everyone: window("chat:all", 600, MINUTE),
  address: (address: string) => window(`chat:ip:${address}`, 60, MINUTE),
  user: (userId: string) => window(`chat:user:${userId}`, 20, MINUTE),
};
