import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ResultStore } from './store.js';

/** The meta entry that holds the dashboard token's SHA-256 (hex); the token itself is never stored. */
export const TOKEN_META = 'dashboard_token_sha256';

/** A new dashboard token: 32 random bytes, base64url. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Compares a presented token with the stored hash in constant time: both sides are SHA-256 digests
 * (32 bytes whatever was presented), compared with `timingSafeEqual`.
 */
export function tokenMatches(presented: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, 'hex');
  const actual = createHash('sha256').update(presented, 'utf8').digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * The dashboard token at start-up: creates one when the store has none (or `reset` asks), stores its
 * hash, and returns the token to show once; returns null when one already exists.
 */
export async function ensureToken(store: ResultStore, reset = false): Promise<string | null> {
  if (!reset && (await store.getMeta(TOKEN_META))) return null;
  const token = createToken();
  await store.setMeta(TOKEN_META, hashToken(token));
  return token;
}
