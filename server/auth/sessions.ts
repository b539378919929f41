/**
 * Cookie sessions stored by the hash of their token. Rotated at sign-in (a new token every time),
 * dead after logout, expiring after 14 days.
 */
import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Tx } from '../db/client.js';
import { companies, groups, memberships, sessions, users, type Right, type User } from '../db/schema.js';
import type { AppEnv, Auth } from '../http/context.js';
import { newToken, sha256 } from './passwords.js';

export const SESSION_COOKIE = 'kerf_session';
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

export async function createSession(c: Context<AppEnv>, db: Tx, userId: number, companyId: number | null): Promise<void> {
  const { clock, config } = c.var.deps;
  const { token, hash } = newToken();
  const now = clock();
  await db.insert(sessions).values({ tokenHash: hash, userId, companyId, createdAt: now, expiresAt: now + SESSION_TTL_MS });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    // embedded on other sites the cookie must travel cross-site (which browsers allow only when Secure)
    sameSite: config.portalOrigins.length ? 'None' : 'Lax',
    secure: config.publicUrl.startsWith('https:') || config.portalOrigins.length > 0,
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** The session of the request's cookie, with the user's place in the active company. */
export async function loadAuth(c: Context<AppEnv>): Promise<Auth | null> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || token.length > 200) return null;
  const { db, clock } = c.var.deps;
  const tokenHash = sha256(token);
  const row = await db.select({ session: sessions, user: users }).from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash)).get();
  if (!row || row.session.expiresAt <= clock() || row.user.disabled) return null;
  return authOf(db, row.user, row.session.companyId, tokenHash);
}

/** A user's rights in a company (also for the demo seed, which acts without a request). */
export async function authOf(db: Tx, user: User, companyId: number | null, tokenHash = ''): Promise<Auth | null> {
  let membership = null;
  let rights = new Set<Right>();
  if (companyId !== null && !user.staffRole) {
    const m = await db.select({ membership: memberships, rights: groups.rights, enabled: companies.enabled }).from(memberships)
      .innerJoin(groups, eq(groups.id, memberships.groupId))
      .innerJoin(companies, eq(companies.id, memberships.companyId))
      .where(and(eq(memberships.userId, user.id), eq(memberships.companyId, companyId))).get();
    if (!m || !m.enabled) return null; // removed from the company, or the company disabled, since sign-in
    membership = m.membership;
    rights = new Set(m.rights);
  }
  return { user, tokenHash, companyId: user.staffRole ? null : companyId, membership, rights, staffRole: user.staffRole };
}
