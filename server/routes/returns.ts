/**
 * Receipt and returns (issue [8]): the shop's shipments per line, the customer's receipt per
 * shipped line with photos, returns (RMA) for both sides, and the photos' bytes. The work is in
 * services/returns.ts; these routes validate, scope and answer.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { App } from '../app.js';
import { eq, sql } from 'drizzle-orm';
import { RETURN_STATUSES, returns } from '../db/schema.js';
import type { AppEnv } from '../http/context.js';
import { ApiError, forbidden, invalid } from '../http/errors.js';
import { body, customer, errors, IdParam, json, Obj, requireCustomer, requireStaff, staff } from '../http/openapi.js';
import { FileField } from '../http/schemas.js';
import { companyOrder, orderView, shopOrder } from '../services/orders.js';
import {
  addReturnPhotos, companyReturn, confirmReceipt, openReturn, photoBytes, RECEIPT_CONDITIONS, returnList, returnView, setReturnStatus,
  shipLines, shopReturn, type Photo, type ReceiptLineInput, type ReturnInput,
} from '../services/returns.js';
import { OrderSchema } from './orders.js';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const Id = z.number().int().positive();
const Count = z.number().int().min(0).max(1_000_000);

const ShipmentBody = z.object({
  document: z.string().trim().min(1).max(100).optional().openapi({ description: 'the delivery note number; without it the next LS-YYYY-NNNNN', example: 'LS-2026-0400' }),
  date: Day.optional().openapi({ description: 'the day the goods left; default today' }),
  note: z.string().trim().max(1000).optional(),
  lines: z.array(z.object({ lineId: Id, quantity: z.number().int().min(1).max(1_000_000) }).strict()).min(1).max(500),
}).strict().openapi('ShipmentInput');

const ReceiptLine = z.object({
  lineId: Id,
  condition: z.enum(RECEIPT_CONDITIONS),
  quantity: Count.optional().openapi({ description: 'pieces that arrived in order; default shipped − affected' }),
  affected: Count.optional().openapi({ description: 'pieces missing, damaged or wrong' }),
  note: z.string().trim().max(1000).optional(),
}).strict();
const ReceiptBody = z.object({ shipmentId: Id, lines: z.array(ReceiptLine).min(1).max(500) }).strict().openapi('ReceiptInput');
const Photos = z.union([FileField, z.array(FileField)]).optional();
const ReceiptForm = z.object({
  shipmentId: z.string().openapi({ example: '4' }),
  lines: z.string().openapi({ description: 'the `lines` array as JSON' }),
  photos: Photos.openapi({ description: 'photos of the single line sent, or use `photos-<lineId>` per line' }),
}).passthrough();

const ReturnLineInput = z.object({
  lineId: Id, quantity: z.number().int().min(1).max(1_000_000),
  reason: z.enum(['short', 'damaged', 'wrong', 'other']).optional(),
  receiptId: Id.optional().openapi({ description: 'the complained receipt the line comes from' }),
  note: z.string().trim().max(1000).optional(),
}).strict();
const ReturnBody = z.object({
  orderId: Id, reason: z.string().trim().min(1).max(2000), lines: z.array(ReturnLineInput).min(1).max(500),
}).strict().openapi('ReturnInput');
const ReturnForm = z.object({
  orderId: z.string(), reason: z.string(), lines: z.string().openapi({ description: 'the `lines` array as JSON' }), photos: Photos,
}).passthrough();
const StatusBody = z.object({
  status: z.enum(RETURN_STATUSES),
  instructions: z.string().trim().max(2000).optional().openapi({ description: 'accepted: how and where to send the goods (required)' }),
  note: z.string().trim().max(2000).optional(),
  creditAmount: z.number().int().min(1).optional().openapi({ description: 'credited: cents; default the returned pieces at their frozen prices' }),
}).strict().openapi('ReturnStatusChange');

const ReturnSchema = z.object({
  id: z.number(), number: z.string().openapi({ example: 'R-2026-00001' }), status: z.enum(RETURN_STATUSES), reason: z.string(),
  lines: z.array(Obj), photos: z.array(Obj), history: z.array(Obj),
}).passthrough().openapi('Return');
const ReturnList = z.object({ items: z.array(Obj), counts: z.record(z.string(), z.number()) }).openapi('ReturnList');
const PhotoParam = IdParam.extend({ photoId: z.coerce.number().int().positive().openapi({ param: { name: 'photoId', in: 'path' }, example: 1 }) });

const isMultipart = (c: Context<AppEnv>) => (c.req.header('content-type') ?? '').startsWith('multipart/form-data');

async function photo(f: unknown): Promise<Photo> {
  if (!(f instanceof File)) throw invalid('photos: send files.');
  return { name: f.name || 'photo', bytes: new Uint8Array(await f.arrayBuffer()) };
}
const fileList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A JSON field of a multipart form, checked by its schema (400 VALIDATION_ERROR names the field). */
function jsonField<T extends z.ZodType>(name: string, text: unknown, schema: T): z.infer<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(text ?? ''));
  } catch {
    throw invalid(`${name}: not valid JSON.`);
  }
  const r = schema.safeParse(parsed);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw invalid(`${[name, ...issue.path].join('.')}: ${issue.message}`);
  }
  return r.data;
}

function numberField(name: string, v: unknown): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw invalid(`${name}: a positive whole number is required.`);
  return n;
}

function mayHandleGoods(a: ReturnType<typeof customer>) {
  if (!a.rights.has('order') && !a.rights.has('approve') && !a.rights.has('manage_company')) {
    throw forbidden('Your group may not see receipts and returns (it needs the right "order").');
  }
}

const photoResponse = (c: Context<AppEnv>, p: { name: string; mime: string; data: Buffer }) =>
  c.body(new Uint8Array(p.data), 200, {
    'Content-Type': p.mime, 'Content-Disposition': `inline; filename="${p.name.replace(/["\\]/g, '_')}"`,
    'Cache-Control': 'private, max-age=3600', 'X-Content-Type-Options': 'nosniff',
  });

export function registerReturns(app: App) {
  const ok = { 401: errors[401], 403: errors[403] } as const;
  const photoOk = { 200: { description: 'The photo (PNG, JPEG, GIF or WebP)', content: { 'image/*': { schema: z.string().openapi({ format: 'binary' }) } } }, ...ok, 404: errors[404] };

  // --- the shop ships -------------------------------------------------------------------------

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'post', path: '/api/admin/orders/{id}/shipments', tags: ['Back office'],
    summary: 'Ship lines of an order (partial deliveries allowed), with a delivery note number',
    description: 'All shipped → `shipped` (order_status mail, webhook); otherwise `in_production` and a `shipment_partial` mail. '
      + 'Writes the order\'s `delivery` record (document = delivery note) too.',
    request: { params: IdParam, ...body(ShipmentBody) },
    responses: { 201: json(OrderSchema, 'The order with its shipments'), 400: errors[400], ...ok, 404: errors[404], 409: json(Obj, 'INVALID_STATUS, LINE_NOT_SHIPPABLE, QUANTITY_EXCEEDS_OPEN') },
  }), async (c) => {
    const me = staff(c);
    const { db, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    await shipLines(db, me.user, id, c.req.valid('json'), clock(), config.publicUrl);
    return c.json(await orderView(db, await shopOrder(db, id)), 201);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/orders/{id}/receipt/photos/{photoId}', tags: ['Back office'], summary: 'A photo of a receipt line',
    request: { params: PhotoParam }, responses: photoOk,
  }), async (c) => {
    staff(c);
    const { db } = c.var.deps;
    const { id, photoId } = c.req.valid('param');
    await shopOrder(db, id);
    return photoResponse(c, await photoBytes(db, { orderId: id, receipt: true }, photoId));
  });

  // --- the customer confirms receipt ------------------------------------------------------------

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'post', path: '/api/orders/{id}/receipt', tags: ['Receipt and returns'],
    summary: 'Confirm the receipt of a shipment per line: received, short, damaged or wrong, with photos',
    description: 'JSON, or multipart with `shipmentId`, `lines` (JSON) and photos (`photos` for a single line, `photos-<lineId>` per line; '
      + 'PNG, JPEG, GIF or WebP, 20 MB each, at most 5). A complaint mails the sales rep. When everything is shipped and every shipped line '
      + 'was received in order, the order becomes `completed`.',
    request: {
      params: IdParam,
      body: { required: false, content: { 'application/json': { schema: ReceiptBody }, 'multipart/form-data': { schema: ReceiptForm } } },
    },
    responses: {
      201: json(OrderSchema, 'The order with the receipt'), 400: json(Obj, 'VALIDATION_ERROR, INVALID_RECEIPT, TOO_MANY_FILES, EMPTY_FILE'), ...ok, 404: errors[404],
      409: json(Obj, 'NOT_SHIPPED, ALREADY_CONFIRMED'), 413: json(Obj, 'FILE_TOO_LARGE'), 415: json(Obj, 'UNSUPPORTED_FILE_TYPE'),
    },
  }), async (c) => {
    const a = customer(c);
    const { db, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    let input: { shipmentId: number; lines: ReceiptLineInput[] };
    if (isMultipart(c)) {
      const form = c.req.valid('form') as Record<string, unknown>;
      const lines: ReceiptLineInput[] = jsonField('lines', form.lines, ReceiptBody.shape.lines);
      const shared = [...fileList(form.photos), ...fileList(form['photos[]'])];
      if (shared.length && lines.length !== 1) throw invalid('photos: with several lines, send each line\'s photos as photos-<lineId>.');
      for (const [k, v] of Object.entries(form)) {
        const m = /^photos-(\d+)(\[\])?$/.exec(k);
        if (m && !lines.some((l) => l.lineId === Number(m[1]))) throw invalid(`${k}: line ${m[1]} is not in lines.`);
        void v;
      }
      for (const l of lines) {
        const own = [...fileList(form[`photos-${l.lineId}`]), ...fileList(form[`photos-${l.lineId}[]`])];
        l.photos = await Promise.all([...(lines.length === 1 ? shared : []), ...own].map(photo));
      }
      input = { shipmentId: numberField('shipmentId', form.shipmentId), lines };
    } else if ((c.req.header('content-type') ?? '').startsWith('application/json')) {
      input = c.req.valid('json') as z.infer<typeof ReceiptBody>;
    } else {
      throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON, or multipart/form-data with photos.');
    }
    await confirmReceipt(db, a, id, input, clock(), config.publicUrl);
    return c.json(await orderView(db, await companyOrder(db, a.companyId, id)), 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/orders/{id}/receipt/photos/{photoId}', tags: ['Receipt and returns'], summary: 'A photo of a receipt line',
    request: { params: PhotoParam }, responses: photoOk,
  }), async (c) => {
    const a = customer(c);
    const { db } = c.var.deps;
    const { id, photoId } = c.req.valid('param');
    await companyOrder(db, a.companyId, id);
    mayHandleGoods(a);
    return photoResponse(c, await photoBytes(db, { orderId: id, receipt: true }, photoId));
  });

  // --- returns: the customer's side -------------------------------------------------------------

  /** Returns per status and `all`, of one company or (null) of every company. */
  const counts = async (c: Context<AppEnv>, companyId: number | null) => {
    const rows = await c.var.deps.db.select({ status: returns.status, n: sql<number>`count(*)` }).from(returns)
      .where(companyId ? eq(returns.companyId, companyId) : undefined).groupBy(returns.status);
    const byStatus: Record<string, number> = Object.fromEntries(RETURN_STATUSES.map((s) => [s, 0]));
    for (const r of rows) byStatus[r.status] = Number(r.n);
    byStatus.all = rows.reduce((s, r) => s + Number(r.n), 0);
    return byStatus;
  };

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/returns', tags: ['Receipt and returns'], summary: 'The company\'s returns (RMA), newest first, with counts per status',
    request: { query: z.object({ status: z.enum(RETURN_STATUSES).optional(), orderId: z.coerce.number().int().positive().optional() }) },
    responses: { 200: json(ReturnList), ...ok },
  }), async (c) => {
    const a = customer(c);
    mayHandleGoods(a);
    const { status, orderId } = c.req.valid('query');
    const items = await returnList(c.var.deps.db, { companyId: a.companyId, status, orderId });
    return c.json({ items: items.map(({ companyId: _c, companyName: _n, ...r }) => r), counts: await counts(c, a.companyId) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'post', path: '/api/returns', tags: ['Receipt and returns'],
    summary: 'Open a return of shipped goods (from complained receipt lines or order lines), with a reason and photos',
    description: 'JSON, or multipart with `orderId`, `reason`, `lines` (JSON) and `photos` (images, 20 MB each, at most 5). Mails the sales rep.',
    request: { body: { required: false, content: { 'application/json': { schema: ReturnBody }, 'multipart/form-data': { schema: ReturnForm } } } },
    responses: {
      201: json(ReturnSchema, 'The return, status requested'), 400: json(Obj, 'VALIDATION_ERROR, TOO_MANY_FILES, EMPTY_FILE'), ...ok, 404: errors[404],
      409: json(Obj, 'NOT_SHIPPED, QUANTITY_EXCEEDS_RETURNABLE'), 413: json(Obj, 'FILE_TOO_LARGE'), 415: json(Obj, 'UNSUPPORTED_FILE_TYPE'),
    },
  }), async (c) => {
    const a = customer(c);
    const { db, clock, config } = c.var.deps;
    let input: ReturnInput;
    if (isMultipart(c)) {
      const form = c.req.valid('form') as Record<string, unknown>;
      const reason = String(form.reason ?? '').trim();
      if (!reason || reason.length > 2000) throw invalid('reason: say why the goods go back (at most 2,000 characters).');
      input = {
        orderId: numberField('orderId', form.orderId), reason, lines: jsonField('lines', form.lines, ReturnBody.shape.lines),
        photos: await Promise.all([...fileList(form.photos), ...fileList(form['photos[]'])].map(photo)),
      };
    } else if ((c.req.header('content-type') ?? '').startsWith('application/json')) {
      input = c.req.valid('json') as z.infer<typeof ReturnBody>;
    } else {
      throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON, or multipart/form-data with photos.');
    }
    const ret = await openReturn(db, a, input, clock(), config.publicUrl);
    return c.json(await returnView(db, ret), 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/returns/{id}', tags: ['Receipt and returns'], summary: 'A return with its lines, photos and history',
    request: { params: IdParam },
    responses: { 200: json(ReturnSchema), ...ok, 404: errors[404] },
  }), async (c) => {
    const a = customer(c);
    const { db } = c.var.deps;
    const ret = await companyReturn(db, a.companyId, c.req.valid('param').id);
    mayHandleGoods(a);
    return c.json(await returnView(db, ret), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'post', path: '/api/returns/{id}/attachments', tags: ['Receipt and returns'], summary: 'Add photos to a return later',
    request: { params: IdParam, body: { required: false, content: { 'multipart/form-data': { schema: z.object({ photos: Photos }).passthrough() } } } },
    responses: {
      201: json(ReturnSchema), 400: json(Obj, 'VALIDATION_ERROR, TOO_MANY_FILES, EMPTY_FILE'), ...ok, 404: errors[404], 409: json(Obj, 'INVALID_STATUS (closed)'),
      413: json(Obj, 'FILE_TOO_LARGE'), 415: json(Obj, 'UNSUPPORTED_FILE_TYPE'),
    },
  }), async (c) => {
    const a = customer(c);
    const { db, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    await companyReturn(db, a.companyId, id); // another company's return is a 404 whatever was sent
    if (!isMultipart(c)) throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send multipart/form-data with photos.');
    const form = c.req.valid('form') as Record<string, unknown>;
    const photos = await Promise.all([...fileList(form.photos), ...fileList(form['photos[]'])].map(photo));
    await addReturnPhotos(db, a, id, photos, clock(), config.publicUrl);
    return c.json(await returnView(db, await companyReturn(db, a.companyId, id)), 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/returns/{id}/photos/{photoId}', tags: ['Receipt and returns'], summary: 'A photo of a return',
    request: { params: PhotoParam }, responses: photoOk,
  }), async (c) => {
    const a = customer(c);
    const { db } = c.var.deps;
    const { id, photoId } = c.req.valid('param');
    await companyReturn(db, a.companyId, id);
    mayHandleGoods(a);
    return photoResponse(c, await photoBytes(db, { returnId: id }, photoId));
  });

  // --- returns: the shop's side -------------------------------------------------------------------

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/returns', tags: ['Back office'], summary: 'Returns of every company, newest first, with counts per status',
    request: { query: z.object({ status: z.enum(RETURN_STATUSES).optional(), companyId: z.coerce.number().int().positive().optional(), orderId: z.coerce.number().int().positive().optional() }) },
    responses: { 200: json(ReturnList), ...ok },
  }), async (c) => {
    staff(c);
    const { status, companyId, orderId } = c.req.valid('query');
    const items = await returnList(c.var.deps.db, { companyId, status, orderId });
    return c.json({ items, counts: await counts(c, null) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/returns/{id}', tags: ['Back office'], summary: 'A return with its lines, photos, history and the next steps',
    request: { params: IdParam },
    responses: { 200: json(ReturnSchema), ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c);
    const { db } = c.var.deps;
    return c.json(await returnView(db, await shopReturn(db, c.req.valid('param').id)), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'post', path: '/api/admin/returns/{id}/status', tags: ['Back office'],
    summary: 'Move a return on: requested → accepted (with instructions) | rejected; accepted → received → credited | replaced → closed',
    description: '`credited` writes a credit note (GS-YYYY-NNNNN; at most what is invoiced and not yet credited) on the order; `replaced` makes a linked order at price 0, released to the shop. '
      + 'The customer who opened the return is mailed at every step.',
    request: { params: IdParam, ...body(StatusBody) },
    responses: { 200: json(ReturnSchema), 400: errors[400], ...ok, 404: errors[404], 409: json(Obj, 'INVALID_TRANSITION, CREDIT_EXCEEDS_INVOICED') },
  }), async (c) => {
    const me = staff(c);
    const { db, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    const ret = await setReturnStatus(db, me.user, id, c.req.valid('json'), clock(), config.publicUrl);
    return c.json(await returnView(db, ret), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/returns/{id}/photos/{photoId}', tags: ['Back office'], summary: 'A photo of a return',
    request: { params: PhotoParam }, responses: photoOk,
  }), async (c) => {
    staff(c);
    const { db } = c.var.deps;
    const { id, photoId } = c.req.valid('param');
    await shopReturn(db, id);
    return photoResponse(c, await photoBytes(db, { returnId: id }, photoId));
  });
}
