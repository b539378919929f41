/**
 * Housekeeping that keeps the tables small: expired sessions, one-time links that are used or
 * expired, and throttling windows long past. Safe to run from every server process at once.
 */
import { and, isNotNull, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rateLimits, sessions, tokens } from '../db/schema.js';

const DAY = 24 * 3600 * 1000;

export async function cleanUp(db: Db, now: number): Promise<{ sessions: number; tokens: number; rateLimits: number }> {
  const s = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ k: sessions.tokenHash });
  const t = await db.delete(tokens).where(or(lt(tokens.expiresAt, now - DAY), and(isNotNull(tokens.usedAt), lt(tokens.usedAt, now - DAY))))
    .returning({ k: tokens.tokenHash });
  const r = await db.delete(rateLimits).where(lt(rateLimits.windowStart, now - DAY)).returning({ k: rateLimits.key });
  return { sessions: s.length, tokens: t.length, rateLimits: r.length };
}

/** Every `intervalMs` (default hourly), never keeping the process alive. */
export function startMaintenance(db: Db, clock: () => number, intervalMs = 3600_000): { stop(): void } {
  const run = () => cleanUp(db, clock()).catch((e) => process.stderr.write(`kerf: clean-up failed: ${e instanceof Error ? e.message : String(e)}\n`));
  const timer = setInterval(run, intervalMs);
  timer.unref();
  void run();
  return { stop: () => clearInterval(timer) };
}
