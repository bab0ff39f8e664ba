import { createHash, randomBytes } from 'node:crypto';

/** Session and lockout limits of the foundation issue. */
export const SessionRules = {
  idleMs: 30 * 60 * 1000,
  absoluteMs: 12 * 60 * 60 * 1000,
  /** last_seen_at is written at most this often. */
  touchEveryMs: 60 * 1000,
  /** Consecutive failures of one account from one address that lock it there (等保: 5). */
  maxFailures: 5,
  /** Failures of one account from all addresses together that close it to addresses it never used. */
  maxAccountFailures: 20,
  lockMs: 15 * 60 * 1000,
  /** An address counts as the account's own when it signed in successfully from it this recently. */
  usualSourceMs: 90 * 24 * 60 * 60 * 1000,
} as const;

/** The name of the session cookie. */
export const SESSION_COOKIE = 'sl_session';

/** A new random session token (sent in the cookie) and the id stored for it (its SHA-256). */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

/** The stored id of a cookie token: the database never holds a usable token. */
export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');
