import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new secret edit token (256 random bits, URL-safe) and the only thing stored of it: its hash. */
export function createEditToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/**
 * The stored form of an edit token: its SHA-256, hex. A token has 256 random bits, so a fast
 * hash is enough (there is nothing to guess, unlike a password).
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Whether a presented token is the one whose hash is stored, compared in constant time.
 *
 * @param token the token presented (may be empty or malformed)
 * @param hash the stored hash
 */
export function tokenMatches(token: string, hash: string): boolean {
  const presented = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(hash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
