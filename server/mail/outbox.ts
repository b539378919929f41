/**
 * The transactional outbox: a mail is a row written in the same transaction as the event it
 * tells about (an order released, a password reset asked for), so there is never a mail about
 * something that was rolled back, nor an event whose mail got lost. A sender loop in every server
 * process delivers due rows.
 *
 * Several processes share one database, so a row is *claimed* before it is sent: one atomic
 * `UPDATE … SET status = 'sending' … RETURNING` moves it out of reach of the others. The claim
 * holds for 10 minutes (kept in next_attempt_at); a process that crashed mid-send leaves the row
 * `sending', and once the claim has run out another process takes it again. That mail may then
 * arrive twice — at least once is the promise, never none.
 *
 * `attempts` is counted at the claim and doubles as a fencing token: a process whose claim was
 * taken over can no longer mark the row.
 */
import { and, asc, eq, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { outbox, type Language } from '../db/schema.js';
import { startSenderLoop, type SenderLoop } from '../services/sender-loop.js';
import { noMailer, type Mailer } from './mailer.js';
import { renderMail, type MailKind, type MailVars } from './templates.js';

/** A mail is given up (`failed`) after this many attempts. */
export const MAX_ATTEMPTS = 8;
/** Wait after the first failure; doubles with every further one. */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 3_600_000;
/** How long a claim holds before another process may take the mail again. */
export const SENDING_LEASE_MS = 10 * 60_000;

export interface OutgoingMail {
  /** One address; a list (`a@x, b@y`) is refused. */
  to: string;
  kind: MailKind;
  language: Language;
  vars: MailVars;
  /** The order the mail is about, for the back office. */
  orderId?: number;
}

export interface DeliveryRound {
  sent: number;
  /** Attempts that failed in this round, whether retried later or given up. */
  failed: number;
  /** The short error of the last failure, for the log. */
  lastError?: string;
}

/** 30 s after the first failed attempt, then 1, 2, 4 … minutes, at most an hour. */
export function retryDelay(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

const SINGLE_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

/**
 * Render a mail and put it in the outbox, inside the caller's transaction.
 *
 * @throws Error when `to` is not one address or renderMail refuses the vars (caller bugs); the
 *   caller's transaction then rolls back with it.
 * @example
 * await db.transaction(async (tx) => {
 *   await tx.update(orders).set({ status: 'released', releasedAt: now }).where(eq(orders.id, id));
 *   await enqueueMail(tx, {
 *     to: orderer.email, kind: 'order_released', language: orderer.language, orderId: id,
 *     vars: { name: orderer.name, orderNumber: 'K-2026-00042', total: 12340, currency: 'EUR', link: `${publicUrl}/orders/${id}` },
 *   }, now);
 * });
 */
export async function enqueueMail(tx: Tx, mail: OutgoingMail, now: number): Promise<void> {
  const to = mail.to.trim();
  if (to.length > 254 || !SINGLE_ADDRESS.test(to)) throw new Error('enqueueMail: `to` must be exactly one e-mail address');
  const { subject, text, html } = renderMail(mail.kind, mail.language, mail.vars);
  await tx.insert(outbox).values({
    to,
    kind: mail.kind,
    language: mail.language,
    subject,
    text,
    html,
    orderId: mail.orderId ?? null,
    status: 'waiting',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  });
}

/**
 * Send the mails that are due, one claim at a time, at most `limit` in this round. Safe to run
 * in several processes at once: each mail is claimed by exactly one of them.
 *
 * A failed attempt puts the mail back to `waiting` with a retry delay ({@link retryDelay}), or
 * marks it `failed` after {@link MAX_ATTEMPTS}. When the SMTP server itself is unreachable (or
 * refuses the login) the round stops after that attempt, so one outage does not use up an
 * attempt of every waiting mail. With {@link noMailer} nothing is claimed at all.
 *
 * @param now epoch ms; claims, retries and `sentAt` are reckoned from it.
 * @example
 * const { sent, failed } = await deliverDue(db, mailer, Date.now());
 */
export async function deliverDue(db: Db, mailer: Mailer, now: number, limit = 20): Promise<DeliveryRound> {
  const round: DeliveryRound = { sent: 0, failed: 0 };
  if (mailer === noMailer) return round;

  // A mail whose claims ran out MAX_ATTEMPTS times (a process died on it each time) is given up
  // rather than crashing yet another sender.
  await db
    .update(outbox)
    .set({ status: 'failed', lastError: sql`coalesce(${outbox.lastError}, 'Interrupted while sending')` })
    .where(and(eq(outbox.status, 'sending'), lte(outbox.nextAttemptAt, now), gte(outbox.attempts, MAX_ATTEMPTS)));

  for (let i = 0; i < limit; i++) {
    const mail = await claimNext(db, now);
    if (!mail) break;
    const mine = and(eq(outbox.id, mail.id), eq(outbox.status, 'sending'), eq(outbox.attempts, mail.attempts));
    try {
      await mailer.send({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    } catch (err) {
      const lastError = shortError(err);
      const givenUp = mail.attempts >= MAX_ATTEMPTS;
      await db
        .update(outbox)
        .set({
          status: givenUp ? 'failed' : 'waiting',
          lastError,
          nextAttemptAt: givenUp ? now : now + retryDelay(mail.attempts),
        })
        .where(mine);
      round.failed++;
      round.lastError = lastError;
      if (serverUnavailable(err)) break;
      continue;
    }
    await db.update(outbox).set({ status: 'sent', sentAt: now, lastError: null }).where(mine);
    round.sent++;
  }
  return round;
}

/** Claim the oldest due mail (waiting and due, or sending with its claim run out), atomically. */
async function claimNext(db: Db, now: number) {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(
      inArray(outbox.status, ['waiting', 'sending']),
      lte(outbox.nextAttemptAt, now),
      lt(outbox.attempts, MAX_ATTEMPTS),
    ))
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(1);
  // One statement: SQLite takes the write lock before it reads, so of two processes running it
  // at once the second sees the first one's claim and picks the next row.
  const rows = await db
    .update(outbox)
    .set({ status: 'sending', attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: now + SENDING_LEASE_MS })
    .where(and(
      inArray(outbox.id, due),
      // Restated on the row itself, so the claim never depends on how the subquery is planned.
      or(eq(outbox.status, 'waiting'), eq(outbox.status, 'sending')),
      lte(outbox.nextAttemptAt, now),
    ))
    .returning({ id: outbox.id, to: outbox.to, subject: outbox.subject, text: outbox.text, html: outbox.html, attempts: outbox.attempts });
  return rows[0];
}

/** Errors that say the server, not this mail, is the problem (nodemailer's codes). */
const SERVER_UNAVAILABLE = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH', 'ENOAUTH', 'EPROXY', 'ECONFIG']);

function serverUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && SERVER_UNAVAILABLE.has(code);
}

/**
 * One line for the outbox row and the log: the error's code and message, whitespace collapsed,
 * at most 300 characters — no stack, no multi-line SMTP transcript.
 */
export function shortError(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown } | null;
  const message = typeof e?.message === 'string' && e.message ? e.message : String(err);
  const code = typeof e?.code === 'string' ? e.code : '';
  let line = message.replace(/\s+/g, ' ').trim();
  if (code && !line.includes(code)) line = `${code}: ${line}`;
  return line.length > 300 ? line.slice(0, 299) + '…' : line;
}

/** The running sender loop (server/services/sender-loop.ts). */
export type OutboxSender = SenderLoop;

/**
 * Deliver due mails every `intervalMs` until stopped. Rounds never overlap; the next one is
 * scheduled when the last has finished (at once if it was full, so a backlog drains quickly).
 * A failing round is logged in one line and the loop goes on. The timer does not keep the
 * process alive.
 *
 * @param log one line per event, stderr by default.
 * @example
 * const sender = startOutboxSender(db, mailer, Date.now);
 * process.on('SIGTERM', async () => { await sender.stop(); mailer.close?.(); });
 */
export function startOutboxSender(
  db: Db,
  mailer: Mailer,
  clock: () => number,
  intervalMs = 2000,
  log: (line: string) => void = (line) => process.stderr.write(line + '\n'),
): OutboxSender {
  const LIMIT = 20;
  return startSenderLoop('outbox', async () => {
    const r = await deliverDue(db, mailer, clock(), LIMIT);
    return {
      full: r.sent + r.failed >= LIMIT && !r.lastError,
      note: r.failed ? `${r.failed} mail(s) not sent this round, will retry: ${r.lastError ?? ''}` : undefined,
    };
  }, intervalMs, log, shortError);
}
