/**
 * Password hashing: argon2id through @node-rs/argon2, whose native code runs on libuv's thread
 * pool, never on the event loop (the registry ships the binary). Hashes made before with bcrypt
 * still verify (natively too, @node-rs/bcrypt) and are replaced on the next successful sign-in.
 * At most HASHES_IN_FLIGHT hashes run at once, so a burst of sign-ins can't take every core.
 */
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { verify as verifyBcrypt } from "@node-rs/bcrypt";

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (algorithm 2 is Argon2id). */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const CURRENT_PREFIX = "$argon2id$v=19$m=19456,t=2,p=1$";
const HASHES_IN_FLIGHT = Math.max(1, Math.floor(availableParallelism() / 2));

let running = 0;
const waiting: Array<() => void> = [];

/** Runs `task` when a hashing slot is free; the waiting happens off the CPU. */
async function inSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= HASHES_IN_FLIGHT) await new Promise<void>((go) => waiting.push(go));
  else running++;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export const hashPassword = (password: string) =>
  inSlot(() => hash(password, ARGON2ID as Parameters<typeof hash>[1]));

/** False for a wrong password and for a stored value that is no hash we know. */
export function verifyPassword(password: string, stored: string): Promise<boolean> {
  return inSlot(async () => {
    try {
      if (stored.startsWith("$argon2")) return await verify(stored, password);
      if (/^\$2[abxy]\$/.test(stored)) return await verifyBcrypt(password, stored);
    } catch {
      // A malformed stored hash is a failed check, not a crash.
    }
    return false;
  });
}

/** A stored hash made with another algorithm or older settings: rehash after a successful check. */
export const needsRehash = (stored: string) => !stored.startsWith(CURRENT_PREFIX);

let dummy: Promise<string> | undefined;
/** Checks the password against a throwaway hash: an unknown email costs as long as a known one. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword("not-anyone's-password");
  await verifyPassword(password, await dummy);
  return false;
}
