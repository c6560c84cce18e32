/**
 * Refuses passwords an attacker tries first: zxcvbn-ts's estimate with its common-password and
 * keyboard-pattern dictionaries. Score 0–1 means fewer than about a million guesses. The estimate
 * runs on the event loop and grows fast with length, so it reads only the first 32 characters
 * (tens of milliseconds at worst); callers take their budget before asking.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

let estimator: ZxcvbnFactory | undefined;
const estimate = (password: string) =>
  (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength: 32 })).check(
    password,
  );

const COMMON = new Set(["topTen", "topHundred", "common", "similarToCommon"]);
const REPEATED = new Set(["simpleRepeat", "extendedRepeat"]);

/** Why this password is too easy to guess, or null when it is fine. `related`: the email and name. */
export function weakPasswordReason(password: string, related: string[] = []): string | null {
  if (/^(.)\1*$/su.test(password)) return "this is one character repeated; pick a varied password";
  // Checked here rather than as zxcvbn user inputs, which cost five times as much per call.
  const lower = password.toLowerCase();
  if (related.some((r) => r.length >= 4 && lower.includes(r.toLowerCase())))
    return "this contains your email or name; pick something else";
  const { score, feedback } = estimate(password);
  if (score >= 2) return null;
  if (feedback.warning && COMMON.has(feedback.warning))
    return "this is one of the most common passwords; pick another, e.g. a few unrelated words";
  if (feedback.warning && REPEATED.has(feedback.warning))
    return "this repeats a few characters; pick a varied password";
  return "this is too easy to guess; add another word or two";
}
