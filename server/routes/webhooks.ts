/**
 * The operator's webhooks (issue [5]): subscriptions to `order.released`, `order.status_changed`,
 * `part.created` and issue [8]'s `order.confirmed`, `shipment.created`, `return.status_changed`, their deliveries with results, and a manual re-send. Staff may look;
 * operator admins change. The secret is shown once, in the answer that creates the webhook.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { App } from '../app.js';
import type { Tx } from '../db/client.js';
import { webhookDeliveries, webhooks } from '../db/schema.js';
import { conflict, notFound } from '../http/errors.js';
import { body, errors, IdParam, json, Obj, requireStaff, staff } from '../http/openapi.js';
import { deliverDueWebhooks, newWebhookSecret, requeueDelivery, WEBHOOK_EVENTS } from '../services/webhooks.js';

/**
 * http(s) only and no credentials in the URL (they would sit in the database and the back office
 * in clear); the operator's own network is his to choose, so private hosts are allowed.
 */
const WebhookUrl = z.string().trim().max(2000).url().superRefine((s, ctx) => {
  if (!URL.canParse(s)) return; // .url() has said so already
  const u = new URL(s);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: 'must be an http:// or https:// URL' });
  if (u.username || u.password) ctx.addIssue({ code: 'custom', message: 'must not contain a user name or password; the signature authenticates Kerf' });
}).openapi({ example: 'https://erp.example/hooks/kerf' });
const Events = z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length).transform((e) => [...new Set(e)]);
const Description = z.string().trim().max(200);

const WebhookSchema = z.object({
  id: z.number(), url: z.string(), description: z.string(), events: z.array(z.string()), enabled: z.boolean(), createdAt: z.number(),
  counts: z.record(z.string(), z.number()).openapi({ description: 'deliveries per status' }),
  lastDeliveryAt: z.number().nullable(),
}).openapi('Webhook');
const DeliverySchema = z.object({
  id: z.number(), webhookId: z.number(), eventId: z.string(), event: z.string(), status: z.enum(['waiting', 'sending', 'delivered', 'failed']),
  attempts: z.number(), nextAttemptAt: z.number(), lastStatus: z.number().nullable(), lastError: z.string().nullable(),
  createdAt: z.number(), deliveredAt: z.number().nullable(),
}).openapi('WebhookDelivery');

const deliveryColumns = {
  id: webhookDeliveries.id, webhookId: webhookDeliveries.webhookId, eventId: webhookDeliveries.eventId, event: webhookDeliveries.event,
  status: webhookDeliveries.status, attempts: webhookDeliveries.attempts, nextAttemptAt: webhookDeliveries.nextAttemptAt,
  lastStatus: webhookDeliveries.lastStatus, lastError: webhookDeliveries.lastError, createdAt: webhookDeliveries.createdAt,
  deliveredAt: webhookDeliveries.deliveredAt,
};

async function webhookViews(tx: Tx, id?: number) {
  const hooks = await tx.select().from(webhooks).where(id ? eq(webhooks.id, id) : undefined).orderBy(webhooks.id);
  const counts = await tx.select({ webhookId: webhookDeliveries.webhookId, status: webhookDeliveries.status, n: sql<number>`count(*)`, last: sql<number>`max(${webhookDeliveries.createdAt})` })
    .from(webhookDeliveries).where(id ? eq(webhookDeliveries.webhookId, id) : undefined).groupBy(webhookDeliveries.webhookId, webhookDeliveries.status);
  return hooks.map(({ secret: _secret, ...h }) => {
    const mine = counts.filter((r) => r.webhookId === h.id);
    return {
      ...h,
      counts: Object.fromEntries(['waiting', 'sending', 'delivered', 'failed'].map((s) => [s, mine.find((r) => r.status === s)?.n ?? 0])),
      lastDeliveryAt: mine.length ? Math.max(...mine.map((r) => r.last)) : null,
    };
  });
}

export function registerWebhooks(app: App) {
  const denied = { 401: errors[401], 403: errors[403] } as const;

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/webhooks', tags: ['Webhooks'], summary: 'The webhooks, with delivery counts (never the secret)',
    responses: { 200: json(z.object({ items: z.array(WebhookSchema), events: z.array(z.string()) })), ...denied },
  }), async (c) => {
    staff(c);
    return c.json({ items: await webhookViews(c.var.deps.db), events: [...WEBHOOK_EVENTS] }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'post', path: '/api/admin/webhooks', tags: ['Webhooks'],
    summary: 'Register a URL for events; the answer carries the signing secret, shown this once',
    request: body(z.object({ url: WebhookUrl, events: Events, description: Description.default(''), enabled: z.boolean().default(true) }).strict()),
    responses: { 201: json(WebhookSchema.extend({ secret: z.string().openapi({ description: 'HMAC-SHA256 key of Kerf-Signature; shown once' }) })), 400: errors[400], ...denied },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const v = c.req.valid('json');
    const secret = newWebhookSecret();
    const row = await db.insert(webhooks).values({ ...v, secret, createdAt: clock() }).returning().get();
    const [view] = await webhookViews(db, row.id);
    return c.json({ ...view, secret }, 201);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'patch', path: '/api/admin/webhooks/{id}', tags: ['Webhooks'],
    summary: 'Change URL, events or description; disable (deliveries wait) or enable again',
    request: { params: IdParam, ...body(z.object({ url: WebhookUrl, events: Events, description: Description, enabled: z.boolean() }).partial().strict()) },
    responses: { 200: json(WebhookSchema), 400: errors[400], ...denied, 404: errors[404] },
  }), async (c) => {
    staff(c, 'admin');
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const v = c.req.valid('json');
    const found = Object.keys(v).length
      ? await db.update(webhooks).set(v).where(eq(webhooks.id, id)).returning({ id: webhooks.id }).get()
      : await db.select({ id: webhooks.id }).from(webhooks).where(eq(webhooks.id, id)).get();
    if (!found) throw notFound('The webhook');
    const [view] = await webhookViews(db, id);
    return c.json(view, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'delete', path: '/api/admin/webhooks/{id}', tags: ['Webhooks'], summary: 'Delete a webhook with its deliveries',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' }, ...denied, 404: errors[404] },
  }), async (c) => {
    staff(c, 'admin');
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    await db.transaction(async (tx) => {
      if (!(await tx.select({ id: webhooks.id }).from(webhooks).where(eq(webhooks.id, id)).get())) throw notFound('The webhook');
      await tx.delete(webhookDeliveries).where(eq(webhookDeliveries.webhookId, id));
      await tx.delete(webhooks).where(eq(webhooks.id, id));
    });
    return c.body(null, 204);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/webhooks/{id}/deliveries', tags: ['Webhooks'], summary: 'A webhook\'s deliveries, newest first, with their results',
    request: {
      params: IdParam,
      query: z.object({ status: z.enum(['waiting', 'sending', 'delivered', 'failed']).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
    },
    responses: { 200: json(z.object({ items: z.array(DeliverySchema) })), ...denied, 404: errors[404] },
  }), async (c) => {
    staff(c);
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const { status, limit } = c.req.valid('query');
    if (!(await db.select({ id: webhooks.id }).from(webhooks).where(eq(webhooks.id, id)).get())) throw notFound('The webhook');
    const items = await db.select(deliveryColumns).from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.webhookId, id), status ? eq(webhookDeliveries.status, status) : undefined))
      .orderBy(desc(webhookDeliveries.id)).limit(limit);
    return c.json({ items }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'post', path: '/api/admin/webhooks/deliveries/{id}/resend', tags: ['Webhooks'],
    summary: 'Send a delivery again now (same event id and body, a new attempt); the answer shows its result',
    description: 'The attempt is made during the request (at most 10 s). A disabled webhook\'s delivery is queued and waits.',
    request: { params: IdParam },
    responses: { 200: json(DeliverySchema), ...denied, 404: errors[404], 409: json(Obj, 'DELIVERY_IN_FLIGHT') },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const { id } = c.req.valid('param');
    const now = clock();
    if (!(await requeueDelivery(db, id, now))) {
      const exists = await db.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(eq(webhookDeliveries.id, id)).get();
      if (!exists) throw notFound('The delivery');
      throw conflict('DELIVERY_IN_FLIGHT', 'This delivery is being sent right now.');
    }
    // the claim is the same as the sender loop's, so the two never send this attempt both
    await deliverDueWebhooks(db, now, fetch, 1, id);
    return c.json((await db.select(deliveryColumns).from(webhookDeliveries).where(eq(webhookDeliveries.id, id)).get())!, 200);
  });
}
