import { hash, verify } from "@node-rs/argon2";
import { AppError } from "@/lib/errors";

// argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane).
const options = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// Verified against when the account does not exist, so a wrong e-mail costs the same time as a
// wrong password and response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/**
 * Every password a person chooses (setup, accepting an invitation, any later change) goes through
 * here: refused with a message on the password field when it is too easy to guess, else hashed.
 */
export async function hashNewPassword(password: string, related: string[]): Promise<string> {
  // Loaded on first use: the word lists are large, and scripts that only hash (the demo) skip them.
  const { passwordWeakness } = await import("./password-strength");
  const weakness = passwordWeakness(password, related);
  if (weakness) throw new AppError("invalid", weakness, { password: weakness });
  return hashPassword(password);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash("not a real password", options);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
