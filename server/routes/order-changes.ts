/**
 * After the order, confirmation and changes (issue [8]): the shop's confirmation, files on an
 * order, supplements and the message thread, for the customer (`/api/orders/:id/…`, scoped to the
 * active company) and the shop (`/api/admin/orders/:id/…`, orders that reached it).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { App } from '../app.js';
import type { AppEnv } from '../http/context.js';
import { forbidden } from '../http/errors.js';
import { body, customer, ErrorSchema, errors, IdParam, json, Obj, requireCustomer, requireStaff, staff } from '../http/openapi.js';
import { FileField } from '../http/schemas.js';
import {
  addAttachment, addSupplement, attachmentFile, confirmOrder, decideSupplement, listAttachments, postMessage, readMessages,
  unreadSummary, withdrawSupplement, type OrderActor,
} from '../services/order-changes.js';
import { companyOrder, orderView, shopOrder } from '../services/orders.js';
import { OrderSchema } from './orders.js';

const Attachment = z.object({
  id: z.number(), name: z.string(), mime: z.string().openapi({ example: 'application/pdf' }), size: z.number().int(),
  side: z.enum(['customer', 'shop']), uploadedBy: z.string(), createdAt: z.number(), receiptId: z.number().nullable(), returnId: z.number().nullable(),
}).openapi('OrderAttachment');
const Message = z.object({
  id: z.number(), side: z.enum(['customer', 'shop']), author: z.string(), body: z.string(), createdAt: z.number(),
  mine: z.boolean().openapi({ description: 'written by the reader\'s side' }),
}).openapi('OrderMessage');
const Unread = z.object({
  total: z.number().int(), orders: z.array(z.object({ orderId: z.number(), number: z.string(), unread: z.number().int() })),
}).openapi('UnreadMessages');
const MessageBody = z.object({ body: z.string().trim().min(1).max(4000) }).strict();
const Confirm = z.object({
  lines: z.array(z.object({
    lineId: z.number().int().positive(),
    quantity: z.number().int().min(1).max(1_000_000).optional(),
    deliveryDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD').optional(),
    reason: z.string().trim().max(500).optional().openapi({ description: 'required when the quantity or the date changes' }),
  }).strict()).max(500).optional(),
  note: z.string().trim().max(1000).optional(),
}).strict().openapi('OrderConfirmation');
const AttachmentParams = IdParam.extend({ attachmentId: z.coerce.number().int().positive().openapi({ param: { name: 'attachmentId', in: 'path' }, example: 1 }) });
const SupplementParams = IdParam.extend({ sid: z.coerce.number().int().positive().openapi({ param: { name: 'sid', in: 'path' }, example: 1 }) });
const Upload = { body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: FileField }) } } } };
const fileErrors = {
  413: json(ErrorSchema, 'FILE_TOO_LARGE (20 MB each)'), 415: json(ErrorSchema, 'UNSUPPORTED_FILE_TYPE (PDF, PNG, JPEG, GIF, WebP, DXF)'),
};

/** A customer who may see the company's orders (rights `order` or `approve`, as GET /api/orders). */
function customerActor(c: Context<AppEnv>): OrderActor {
  const a = customer(c);
  if (!a.rights.has('order') && !a.rights.has('approve')) throw forbidden('Your group may not see orders.');
  return { side: 'customer', user: a.user, companyId: a.companyId };
}
const shopActor = (c: Context<AppEnv>): OrderActor => ({ side: 'shop', user: staff(c).user });

/** A stored file as a download: its recognised type, never sniffed, never rendered as a page. */
function download(c: Context<AppEnv>, row: { name: string; mime: string; data: Buffer }) {
  const ascii = row.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return c.body(new Uint8Array(row.data), 200, {
    'Content-Type': row.mime,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(row.name)}`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, no-store',
  });
}

export function registerOrderChanges(app: App) {
  const ok = { 401: errors[401], 403: errors[403], 404: errors[404] } as const;

  // --- confirmation ----------------------------------------------------------------------------
  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'post', path: '/api/admin/orders/{id}/confirm', tags: ['Back office'],
    summary: 'Confirm a released (or in-production) order, changing line quantities or delivery dates with a reason',
    description: 'Each changed line keeps its `originalQuantity`; its total becomes the frozen unit price × the new quantity and the order total is '
      + 'recomputed. Every change is a `line_changed` history entry with `data {lineId, position, field, from, to, reason}`; the orderer is mailed '
      + '(`order_confirmed`). Confirming again later is allowed. A reason is required for every change (VALIDATION_ERROR).',
    request: { params: IdParam, body: { required: false, content: { 'application/json': { schema: Confirm } } } },
    responses: { 200: json(OrderSchema), 400: errors[400], ...ok, 409: json(ErrorSchema, 'INVALID_STATUS, LINE_NOT_CONFIRMABLE') },
  }), async (c) => {
    const me = staff(c);
    const { db, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    const input = c.req.header('content-type')?.startsWith('application/json') ? c.req.valid('json') : {};
    await confirmOrder(db, me.user, id, input, clock(), config.publicUrl);
    return c.json(await orderView(db, await shopOrder(db, id), 'shop'), 200);
  });

  // --- attachments -----------------------------------------------------------------------------
  for (const side of ['customer', 'shop'] as const) {
    const base = side === 'customer' ? '/api/orders/{id}/attachments' : '/api/admin/orders/{id}/attachments';
    const guard = side === 'customer' ? requireCustomer() : requireStaff();
    const actor = side === 'customer' ? customerActor : shopActor;
    const tags = [side === 'customer' ? 'Orders' : 'Back office'];

    app.openapi(createRoute({
      middleware: [guard] as const, method: 'get', path: base, tags,
      summary: 'The files on an order, with who (side and name) and when',
      request: { params: IdParam },
      responses: { 200: json(z.object({ items: z.array(Attachment) })), ...ok },
    }), async (c) => c.json({ items: await listAttachments(c.var.deps.db, actor(c), c.req.valid('param').id) }, 200));

    app.openapi(createRoute({
      middleware: [guard] as const, method: 'post', path: base, tags,
      summary: 'Attach a file (multipart `file`): PDF, image or DXF, 20 MB at most, at any status',
      description: 'The type is recognised from the bytes, not the name or the declared type. A history entry `attachment` names the file.',
      request: { params: IdParam, ...Upload },
      responses: { 201: json(Attachment, 'Attached'), 400: errors[400], ...ok, ...fileErrors },
    }), async (c) => {
      const who = actor(c);
      const { db, clock } = c.var.deps;
      const file = c.req.valid('form').file;
      const row = await addAttachment(db, who, c.req.valid('param').id, { name: file.name || 'file', bytes: new Uint8Array(await file.arrayBuffer()) }, clock());
      return c.json(row, 201);
    });

    app.openapi(createRoute({
      middleware: [guard] as const, method: 'get', path: `${base}/{attachmentId}`, tags,
      summary: 'Download a file of the order (as an attachment, with its recognised type)',
      request: { params: AttachmentParams },
      responses: { 200: { description: 'The file', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } }, ...ok },
    }), async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      return download(c, await attachmentFile(c.var.deps.db, actor(c), id, attachmentId));
    });

    // --- messages ------------------------------------------------------------------------------
    const thread = side === 'customer' ? '/api/orders/{id}/messages' : '/api/admin/orders/{id}/messages';
    app.openapi(createRoute({
      middleware: [guard] as const, method: 'get', path: thread, tags,
      summary: 'The order\'s message thread, oldest first; reading it marks it read',
      request: { params: IdParam },
      responses: { 200: json(z.object({ items: z.array(Message) })), ...ok },
    }), async (c) => c.json(await readMessages(c.var.deps.db, actor(c), c.req.valid('param').id), 200));

    app.openapi(createRoute({
      middleware: [guard] as const, method: 'post', path: thread, tags,
      summary: side === 'customer' ? 'Write to the shop about the order (the sales rep is mailed)' : 'Write to the customer about the order (the orderer is mailed)',
      request: { params: IdParam, ...body(MessageBody) },
      responses: { 201: json(Message, 'Posted'), 400: errors[400], ...ok },
    }), async (c) => {
      const { db, clock, config } = c.var.deps;
      return c.json(await postMessage(db, actor(c), c.req.valid('param').id, c.req.valid('json').body, clock(), config.publicUrl), 201);
    });

    app.openapi(createRoute({
      middleware: [guard] as const, method: 'get', path: side === 'customer' ? '/api/messages/unread' : '/api/admin/messages/unread', tags,
      summary: side === 'customer' ? 'Unread messages from the shop: the total (for the navigation) and per order' : 'Unread messages from customers: the total and per order',
      responses: { 200: json(Unread), 401: errors[401], 403: errors[403] },
    }), async (c) => c.json(await unreadSummary(c.var.deps.db, actor(c)), 200));
  }

  // --- supplements -----------------------------------------------------------------------------
  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'post', path: '/api/orders/{id}/supplements', tags: ['Orders'],
    summary: 'Add the basket to a submitted order until production starts (a supplement, through the approval rules)',
    description: 'The basket is priced by the server as for an order and goes through the same approval rules (an approval limit counts the order '
      + 'with the addition). The supplement is `pending_approval` or `submitted`; the shop confirms or rejects it; its lines count in the order\'s '
      + 'total once confirmed. Send an `Idempotency-Key` header: a retry with the same key returns the same supplement (200 instead of 201).',
    request: { params: IdParam, headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }) },
    responses: {
      201: json(OrderSchema, 'Added; `supplementId` names the supplement'), 200: json(OrderSchema, 'Added earlier with this Idempotency-Key'),
      ...ok, 409: json(ErrorSchema, 'INVALID_STATUS (production started), BASKET_EMPTY, NO_APPROVER'), 422: json(ErrorSchema, 'A line cannot be priced any more'),
    },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    const key = c.req.valid('header')['idempotency-key'] ?? null;
    const { supplementId, replayed } = await addSupplement(db, a, id, key, clock(), config.publicUrl);
    return c.json({ ...(await orderView(db, await companyOrder(db, a.companyId, id))), supplementId }, replayed ? 200 : 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'post', path: '/api/orders/{id}/supplements/{sid}/withdraw', tags: ['Orders'],
    summary: 'Withdraw a supplement the shop has not confirmed yet, until production starts (who added it, an approver or the company admin)',
    request: { params: SupplementParams },
    responses: { 200: json(OrderSchema), ...ok, 409: json(ErrorSchema, 'INVALID_STATUS (confirmed, rejected or withdrawn already; production started)') },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db, clock, config } = c.var.deps;
    const { id, sid } = c.req.valid('param');
    await withdrawSupplement(db, a, id, sid, clock(), config.publicUrl);
    return c.json(await orderView(db, await companyOrder(db, a.companyId, id)), 200);
  });

  for (const decision of ['confirm', 'reject'] as const) {
    app.openapi(createRoute({
      middleware: [requireStaff()] as const,
      method: 'post', path: `/api/admin/orders/{id}/supplements/{sid}/${decision}`, tags: ['Back office'],
      summary: decision === 'confirm' ? 'Confirm a submitted supplement: its lines join the order\'s total' : 'Reject a submitted supplement, with a reason',
      request: decision === 'confirm'
        ? { params: SupplementParams }
        : { params: SupplementParams, ...body(z.object({ reason: z.string().trim().min(1).max(500) }).strict()) },
      responses: { 200: json(OrderSchema), 400: errors[400], ...ok, 409: json(ErrorSchema, 'INVALID_STATUS') },
    }), async (c) => {
      const me = staff(c);
      const { db, clock, config } = c.var.deps;
      const { id, sid } = c.req.valid('param');
      const reason = decision === 'reject' ? (c.req.valid('json' as never) as { reason: string }).reason : null;
      await decideSupplement(db, me.user, id, sid, decision, reason, clock(), config.publicUrl);
      return c.json(await orderView(db, await shopOrder(db, id), 'shop'), 200);
    });
  }
}
