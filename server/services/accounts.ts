/** One-time links for accounts: password reset (1 hour) and invitation (7 days). */
import { newToken } from '../auth/passwords.js';
import type { Tx } from '../db/client.js';
import { tokens, type User } from '../db/schema.js';
import { links } from '../links.js';
import { enqueueMail } from '../mail/outbox.js';

export const RESET_TTL = 3600 * 1000;
export const INVITE_TTL = 7 * 24 * 3600 * 1000;

/** Issue a one-time link and mail it (inside the caller's transaction). */
export async function sendTokenMail(db: Tx, user: User, kind: 'reset' | 'invite', now: number, publicUrl: string, company?: string) {
  const { token, hash } = newToken();
  await db.insert(tokens).values({ tokenHash: hash, userId: user.id, kind, expiresAt: now + (kind === 'reset' ? RESET_TTL : INVITE_TTL) });
  await enqueueMail(db, {
    to: user.email,
    kind: kind === 'reset' ? 'password_reset' : 'invitation',
    language: user.language,
    vars: { name: user.name, link: links.setPassword(publicUrl, token), company: company ?? 'Kerf', expiresIn: kind === 'reset' ? RESET_TTL : INVITE_TTL },
  }, now);
}

