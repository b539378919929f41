/**
 * Webhooks: the operator's ERP or CAM system hears of released orders, status changes and new
 * parts. The same transactional outbox as the mails (server/mail/outbox.ts): a delivery is a row
 * written in the transaction of its event, so nothing is announced that was rolled back and
 * nothing is lost when the process dies between commit and send; a sender loop in every server
 * process delivers due rows, claimed atomically so two processes never send one attempt twice.
 *
 * Each request is signed: `Kerf-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t.body")>`,
 * with `Kerf-Event`, `Kerf-Event-Id` (the same in every retry, for de-duplication) and
 * `User-Agent: Kerf-Webhooks/1`. A 2xx answer is delivered; anything else (or no answer within
 * 10 s, or a redirect — they are not followed) is retried after 30 s, doubling up to an hour,
 * until the event is a day old; then the delivery is `failed`. At least once, never none.
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { webhookDeliveries, webhooks } from '../db/schema.js';
import { retryDelay, shortError } from '../mail/outbox.js';
import { startSenderLoop, type SenderLoop } from './sender-loop.js';

/** The events a webhook may subscribe to. */
/**
 * `order.confirmed` (the shop's confirmation, with the changed lines), `shipment.created` (a
 * delivery, partial or not) and `return.status_changed` (a return opened or moved on) came with
 * issue [8].
 */
export const WEBHOOK_EVENTS = ['order.released', 'order.status_changed', 'part.created', 'order.confirmed', 'shipment.created', 'return.status_changed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Deliveries are retried until the event is this old, then `failed`. */
export const RETRY_WINDOW_MS = 24 * 3_600_000;
/** No answer within this time is a failed attempt. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** How long a claim holds before another process may take the delivery again (well above the timeout). */
export const WEBHOOK_LEASE_MS = 2 * 60_000;
/** Deliveries per round. */
export const ROUND_LIMIT = 20;
export const USER_AGENT = 'Kerf-Webhooks/1';

/** The body of every webhook request (also what is stored, exactly as signed). */
export interface WebhookBody<T = unknown> {
  /** The event id, `evt_…`: the same in every retry and re-send. */
  id: string;
  type: WebhookEvent;
  /** ISO 8601. */
  createdAt: string;
  data: T;
}

/** A new webhook secret, `whsec_` and 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * The `Kerf-Signature` header value for a body sent at `timestamp` (unix seconds).
 *
 * @example
 * signPayload('whsec_…', 1795000000, '{"id":"evt_…"}') // 't=1795000000,v1=5d41…'
 */
export function signPayload(secret: string, timestamp: number, body: string): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

/**
 * The receiver's check (README, "Webhooks"): the header parses, one `v1` matches the HMAC of
 * `${t}.${body}` (compared in constant time), and `t` is within `toleranceSeconds` of now, so a
 * recorded request cannot be replayed later. `body` is the raw request body, before any JSON
 * parsing. Self-contained on purpose: receivers copy it.
 *
 * @example
 * const ok = verifyKerfSignature(process.env.KERF_WEBHOOK_SECRET!, req.headers['kerf-signature'], rawBody, 300);
 */
export function verifyKerfSignature(secret: string, header: string | null | undefined, body: string, toleranceSeconds = 300, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  if (!header) return false;
  let t = NaN;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === 't') t = Number(v);
    else if (k === 'v1' && v) signatures.push(v);
  }
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  return signatures.some((s) => {
    const given = Buffer.from(s);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/**
 * Announce an event to every enabled webhook subscribed to it: one delivery row each, inside the
 * caller's transaction (so it is sent only if the event commits, and sent even if the process
 * dies right after). All deliveries of one event carry the same event id.
 *
 * @returns the event id, or null when no webhook listens (nothing written).
 * @example
 * await db.transaction(async (tx) => {
 *   const part = await tx.insert(parts).values(values).returning().get();
 *   await enqueueEvent(tx, 'part.created', { id: part.id, name: part.name }, now);
 * });
 */
export async function enqueueEvent(tx: Tx, event: WebhookEvent, data: unknown, now: number): Promise<string | null> {
  const hooks = await tx.select({ id: webhooks.id, events: webhooks.events }).from(webhooks).where(eq(webhooks.enabled, true));
  const listening = hooks.filter((h) => h.events.includes(event));
  if (!listening.length) return null;
  const eventId = `evt_${randomUUID().replace(/-/g, '')}`;
  const body: WebhookBody = { id: eventId, type: event, createdAt: new Date(now).toISOString(), data };
  const payload = JSON.stringify(body);
  await tx.insert(webhookDeliveries).values(listening.map((h) => ({
    webhookId: h.id, eventId, event, payload, status: 'waiting' as const, attempts: 0, nextAttemptAt: now, createdAt: now,
  })));
  return eventId;
}

export interface WebhookRound {
  /** Deliveries claimed in this round. */
  claimed: number;
  delivered: number;
  /** Failed attempts (retried later or given up). */
  failed: number;
  lastError?: string;
}

type FetchImpl = typeof fetch;

/**
 * Send the deliveries that are due, at most `limit`, each claimed atomically first. Safe to run in
 * several processes (and several times in one) at once: an attempt is made by exactly one caller.
 * Deliveries of a disabled webhook wait until it is enabled again.
 *
 * @param now epoch ms: the claims, the retry times and the signature's `t` are reckoned from it.
 * @param fetchImpl for tests; the global fetch by default.
 * @example
 * const { delivered, failed } = await deliverDueWebhooks(db, Date.now());
 */
export async function deliverDueWebhooks(db: Db, now: number, fetchImpl: FetchImpl = fetch, limit = ROUND_LIMIT, onlyId?: number): Promise<WebhookRound> {
  const round: WebhookRound = { claimed: 0, delivered: 0, failed: 0 };
  // claims are taken one by one and sent in parallel, so one slow receiver does not hold the rest
  const sends: Promise<void>[] = [];
  for (let i = 0; i < limit; i++) {
    const d = await claimNext(db, now, onlyId);
    if (!d) break;
    round.claimed++;
    sends.push(attempt(db, d, now, fetchImpl).then((r) => {
      if (r.ok) round.delivered++;
      else { round.failed++; round.lastError = r.error; }
    }));
  }
  await Promise.all(sends);
  return round;
}

interface Claimed {
  id: number;
  payload: string;
  event: string;
  eventId: string;
  attempts: number;
  createdAt: number;
  url: string;
  secret: string;
}

/** Claim the oldest due delivery of an enabled webhook (waiting and due, or sending with its claim run out), atomically. */
async function claimNext(db: Db, now: number, onlyId?: number): Promise<Claimed | undefined> {
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(and(
      inArray(webhookDeliveries.status, ['waiting', 'sending']),
      lte(webhookDeliveries.nextAttemptAt, now),
      eq(webhooks.enabled, true),
      onlyId ? eq(webhookDeliveries.id, onlyId) : undefined,
    ))
    .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
    .limit(1);
  // One statement, as in the mail outbox: the second of two concurrent claimers sees the first
  // one's claim (SQLite takes the write lock before it reads) and picks the next row.
  const rows = await db
    .update(webhookDeliveries)
    .set({ status: 'sending', attempts: sql`${webhookDeliveries.attempts} + 1`, nextAttemptAt: now + WEBHOOK_LEASE_MS })
    .where(and(
      inArray(webhookDeliveries.id, due),
      or(eq(webhookDeliveries.status, 'waiting'), eq(webhookDeliveries.status, 'sending')),
      lte(webhookDeliveries.nextAttemptAt, now),
    ))
    .returning({
      id: webhookDeliveries.id, payload: webhookDeliveries.payload, event: webhookDeliveries.event, eventId: webhookDeliveries.eventId,
      attempts: webhookDeliveries.attempts, createdAt: webhookDeliveries.createdAt, webhookId: webhookDeliveries.webhookId,
    });
  const d = rows[0];
  if (!d) return undefined;
  const hook = await db.select({ url: webhooks.url, secret: webhooks.secret }).from(webhooks).where(eq(webhooks.id, d.webhookId)).get();
  if (!hook) return undefined; // deleted in between: its deliveries go with it
  return { ...d, ...hook };
}

/** One signed POST; the row is marked only while the claim is still ours (attempts = fencing token). */
async function attempt(db: Db, d: Claimed, now: number, fetchImpl: FetchImpl): Promise<{ ok: boolean; error?: string }> {
  const mine = and(eq(webhookDeliveries.id, d.id), eq(webhookDeliveries.status, 'sending'), eq(webhookDeliveries.attempts, d.attempts));
  let status: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetchImpl(d.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': USER_AGENT,
        'Kerf-Event': d.event,
        'Kerf-Event-Id': d.eventId,
        'Kerf-Signature': signPayload(d.secret, Math.floor(now / 1000), d.payload),
      },
      body: d.payload,
    });
    status = res.status;
    const text = await readSome(res);
    if (!res.ok) error = `HTTP ${res.status}${res.status >= 300 && res.status < 400 ? ' (redirects are not followed)' : ''}${text ? `: ${text}` : ''}`;
  } catch (err) {
    error = (err as Error)?.name === 'TimeoutError' ? `No answer within ${REQUEST_TIMEOUT_MS / 1000} s` : shortError(err);
  }
  if (error === null) {
    await db.update(webhookDeliveries).set({ status: 'delivered', lastStatus: status, lastError: null, deliveredAt: now }).where(mine);
    return { ok: true };
  }
  const next = now + retryDelay(d.attempts);
  const givenUp = next > d.createdAt + RETRY_WINDOW_MS;
  await db.update(webhookDeliveries).set({
    status: givenUp ? 'failed' : 'waiting', lastStatus: status, lastError: error.length > 300 ? error.slice(0, 299) + '…' : error,
    nextAttemptAt: givenUp ? now : next,
  }).where(mine);
  return { ok: false, error };
}

/** The first 200 characters of an answer, one line (for the back office); the rest is dropped. */
async function readSome(res: Response): Promise<string> {
  try {
    const text = (await res.text()).replace(/\s+/g, ' ').trim();
    return text.length > 200 ? text.slice(0, 199) + '…' : text;
  } catch {
    return '';
  }
}

/**
 * A manual re-send: the delivery is due again now, with the same event id and body (receivers
 * de-duplicate). It counts as a new attempt; if it fails and the day of retries is over, it is
 * `failed` again at once, otherwise the usual backoff goes on. A delivery being sent right now
 * is left alone (false).
 */
export async function requeueDelivery(db: Db, id: number, now: number): Promise<boolean> {
  const row = await db.update(webhookDeliveries).set({ status: 'waiting', nextAttemptAt: now })
    .where(and(eq(webhookDeliveries.id, id), inArray(webhookDeliveries.status, ['waiting', 'delivered', 'failed'])))
    .returning({ id: webhookDeliveries.id }).get();
  return !!row;
}

/**
 * Deliver due webhooks every `intervalMs` until stopped; always on (webhooks need no SMTP).
 *
 * @example
 * const sender = startWebhookSender(db, Date.now);
 * await sender.stop();
 */
export function startWebhookSender(
  db: Db,
  clock: () => number,
  intervalMs = 2000,
  log: (line: string) => void = (line) => process.stderr.write(line + '\n'),
  fetchImpl: FetchImpl = fetch,
): SenderLoop {
  return startSenderLoop('webhooks', async () => {
    const r = await deliverDueWebhooks(db, clock(), fetchImpl, ROUND_LIMIT);
    return {
      full: r.claimed >= ROUND_LIMIT,
      note: r.failed ? `${r.failed} delivery attempt(s) failed this round, will retry: ${r.lastError ?? ''}` : undefined,
    };
  }, intervalMs, log, shortError);
}
