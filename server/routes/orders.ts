import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { App } from '../app.js';
import { ORDER_STATUSES, orders } from '../db/schema.js';
import { forbidden } from '../http/errors.js';
import { body, customer, errors, IdParam, json, Obj, requireCustomer } from '../http/openapi.js';
import { cancelOrder, companyOrder, decideLines, orderList, orderView, submitOrder } from '../services/orders.js';
import { withUnread } from '../services/order-changes.js';
import { orderNest } from '../services/nesting.js';
import { NestViewSchema } from '../http/schemas.js';
import { OrderFields } from './basket.js';

export const OrderSchema = z.object({
  id: z.number(), number: z.string().openapi({ example: 'K-2026-00042' }), status: z.enum(ORDER_STATUSES), total: z.number().int(), currency: z.string(),
  lines: z.array(Obj), history: z.array(Obj), deliveries: z.array(Obj), invoices: z.array(Obj), payments: z.array(Obj),
}).passthrough().openapi('Order');
const OrderList = z.object({ items: z.array(Obj), counts: z.record(z.string(), z.number()) }).openapi('OrderList');

export function registerOrders(app: App) {
  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'post', path: '/api/orders', tags: ['Orders'],
    summary: 'Turn the basket into an order (prices frozen); `released` or `pending_approval`',
    description: 'Send an `Idempotency-Key` header: a retry with the same key returns the same order (200 instead of 201).',
    request: {
      headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
      ...body(z.object(OrderFields).strict()),
    },
    responses: {
      201: json(OrderSchema, 'Created'), 200: json(OrderSchema, 'The order made earlier with this Idempotency-Key'),
      400: errors[400], 401: errors[401], 403: errors[403], 409: json(Obj, 'BASKET_EMPTY, NO_APPROVER'), 422: json(Obj, 'A line cannot be priced any more'),
    },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db, clock, config } = c.var.deps;
    const key = c.req.valid('header')['idempotency-key'] ?? null;
    const { orderId, replayed } = await submitOrder(db, a, c.req.valid('json'), key, clock(), config.publicUrl);
    const view = await orderView(db, await companyOrder(db, a.companyId, orderId));
    return c.json(view, replayed ? 200 : 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/orders', tags: ['Orders'], summary: 'The company\'s orders, newest first, with counts per status',
    request: { query: z.object({ status: z.enum(ORDER_STATUSES).optional() }) },
    responses: { 200: json(OrderList), 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c);
    if (!a.rights.has('order') && !a.rights.has('approve')) throw forbidden('Your group may not see orders.');
    const { db } = c.var.deps;
    const { status } = c.req.valid('query');
    const mine = eq(orders.companyId, a.companyId);
    const [items, counts] = await Promise.all([
      orderList(db, status ? and(mine, eq(orders.status, status)) : mine),
      db.select({ status: orders.status, n: sql<number>`count(*)` }).from(orders).where(mine).groupBy(orders.status),
    ]);
    const byStatus: Record<string, number> = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0]));
    for (const r of counts) byStatus[r.status] = r.n;
    byStatus.all = counts.reduce((s, r) => s + r.n, 0);
    // unreadMessages: the shop's messages this user has not read yet (issue [8])
    const rows = await withUnread(db, { side: 'customer', user: a.user, companyId: a.companyId }, items.map(({ companyId: _c, companyName: _n, ...r }) => r));
    return c.json({ items: rows, counts: byStatus }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/orders/{id}', tags: ['Orders'], summary: 'An order: lines with frozen prices, history, delivery, invoice, payment',
    request: { params: IdParam },
    responses: { 200: json(OrderSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c);
    const { db } = c.var.deps;
    const order = await companyOrder(db, a.companyId, c.req.valid('param').id);
    return c.json(await orderView(db, order), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/orders/{id}/nest', tags: ['Orders'], summary: 'The sheets the order\'s parts are nested on',
    request: { params: IdParam },
    responses: { 200: json(NestViewSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c);
    const { db } = c.var.deps;
    return c.json(await orderNest(db, await companyOrder(db, a.companyId, c.req.valid('param').id)), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'post', path: '/api/orders/{id}/cancel', tags: ['Orders'], summary: 'Cancel until production starts',
    request: { params: IdParam, body: { required: false, content: { 'application/json': { schema: z.object({ reason: z.string().trim().max(500).optional() }) } } } },
    responses: { 200: json(OrderSchema), 401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'INVALID_STATUS') },
  }), async (c) => {
    const a = customer(c);
    const { db, clock, config } = c.var.deps;
    const id = c.req.valid('param').id;
    const reason = (c.req.header('content-type')?.startsWith('application/json') ? c.req.valid('json').reason : undefined) ?? null;
    await cancelOrder(db, a, id, reason, clock(), config.publicUrl);
    return c.json(await orderView(db, await companyOrder(db, a.companyId, id)), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('approve')] as const,
    method: 'get', path: '/api/approvals', tags: ['Approvals'], summary: 'Orders waiting for my approval',
    responses: { 200: json(z.object({ items: z.array(OrderSchema) })), 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c, 'approve');
    const { db } = c.var.deps;
    const me = a.user.id;
    const rows = await db.select().from(orders).where(and(eq(orders.companyId, a.companyId), or(
      and(eq(orders.status, 'pending_approval'), or(eq(orders.approverId, me), isNull(orders.approverId)), or(isNull(orders.ordererId), ne(orders.ordererId, me))),
      // supplements awaiting approval (issue [8]), added by someone whose approver I am (or who has none named)
      sql`${orders.id} in (select s.order_id from order_supplements s left join memberships m on m.user_id = s.created_by and m.company_id = ${a.companyId}
        where s.status = 'pending_approval' and coalesce(s.created_by, 0) <> ${me} and (m.approver_id = ${me} or m.approver_id is null))
        and ${orders.status} in ('pending_approval', 'released', 'in_production')`,
    )));
    const items = await Promise.all(rows.map((o) => orderView(db, o)));
    return c.json({ items }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('approve')] as const,
    method: 'post', path: '/api/orders/{id}/approve', tags: ['Approvals'],
    summary: 'Approve the pending lines (all, or those named); with none left pending the order goes to the shop',
    request: { params: IdParam, body: { required: false, content: { 'application/json': { schema: z.object({ lineIds: z.array(z.number().int().positive()).min(1).optional() }) } } } },
    responses: { 200: json(OrderSchema), 401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'INVALID_STATUS') },
  }), async (c) => {
    const a = customer(c, 'approve');
    const { db, clock, config } = c.var.deps;
    const id = c.req.valid('param').id;
    const lineIds = c.req.header('content-type')?.startsWith('application/json') ? c.req.valid('json').lineIds : undefined;
    const order = await decideLines(db, a, id, 'approve', lineIds, null, clock(), config.publicUrl);
    return c.json(await orderView(db, order), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('approve')] as const,
    method: 'post', path: '/api/orders/{id}/reject', tags: ['Approvals'],
    summary: 'Reject pending lines (all, or those named) with a reason; rejected lines leave the order',
    request: { params: IdParam, ...body(z.object({ reason: z.string().trim().min(1).max(500), lineIds: z.array(z.number().int().positive()).min(1).optional() })) },
    responses: { 200: json(OrderSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'INVALID_STATUS') },
  }), async (c) => {
    const a = customer(c, 'approve');
    const { db, clock, config } = c.var.deps;
    const id = c.req.valid('param').id;
    const { reason, lineIds } = c.req.valid('json');
    const order = await decideLines(db, a, id, 'reject', lineIds, reason, clock(), config.publicUrl);
    return c.json(await orderView(db, order), 200);
  });
}
