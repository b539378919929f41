/**
 * Fixed-window counters in the database, so every server process sees the same count. One
 * UPSERT per hit; a window that has passed starts again at 1.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { ApiError } from '../http/errors.js';

export interface Window {
  count: number;
  /** When the window ends, epoch ms. */
  resetAt: number;
}

/** Count one hit on `key` and return the window after it. */
export async function hit(db: Tx, key: string, windowMs: number, now: number): Promise<Window> {
  const rows = await db.all<{ count: number; window_start: number }>(sql`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, ${now}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN window_start + ${windowMs} <= ${now} THEN 1 ELSE count + 1 END,
      window_start = CASE WHEN window_start + ${windowMs} <= ${now} THEN ${now} ELSE window_start END
    RETURNING count, window_start`);
  return { count: rows[0].count, resetAt: rows[0].window_start + windowMs };
}

/** The current window of `key` without counting. */
export async function peek(db: Tx, key: string, windowMs: number, now: number): Promise<Window> {
  const rows = await db.all<{ count: number; window_start: number }>(
    sql`SELECT count, window_start FROM rate_limits WHERE key = ${key}`,
  );
  if (!rows.length || rows[0].window_start + windowMs <= now) return { count: 0, resetAt: now + windowMs };
  return { count: rows[0].count, resetAt: rows[0].window_start + windowMs };
}

export async function clear(db: Tx, key: string): Promise<void> {
  await db.run(sql`DELETE FROM rate_limits WHERE key = ${key}`);
}

export function tooMany(w: Window, now: number, message: string): ApiError {
  const seconds = Math.max(1, Math.ceil((w.resetAt - now) / 1000));
  return new ApiError(429, 'TOO_MANY_REQUESTS', message, { 'Retry-After': String(seconds) });
}
