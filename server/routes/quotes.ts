/**
 * Formal quotes (issue [7]): the customer's (from the basket; list, detail, PDF, to order) and the
 * back office's (written for a company, sent by mail).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { App } from '../app.js';
import { eq } from 'drizzle-orm';
import { companies, LANGUAGES } from '../db/schema.js';
import type { AppEnv } from '../http/context.js';
import { forbidden } from '../http/errors.js';
import { body, customer, errors, IdParam, json, Obj, requireCustomer, requireStaff, staff } from '../http/openapi.js';
import { Quantity } from '../http/schemas.js';
import { renderQuotePdf } from '../pdf/quote-pdf.js';
import { companyOrder, orderView, shopOrder } from '../services/orders.js';
import {
  anyQuote, companyQuote, confirmationPdfInput, orderFromQuote, quoteFromBasket, quoteList, quotePdfInput, quoteView, sendQuote, shopQuote,
} from '../services/quotes.js';
import { FinishingSchema, LeadTimeCode, OrderFields } from './basket.js';
import { OrderSchema } from './orders.js';

export const FormalQuoteSchema = z.object({
  id: z.number(), number: z.string().openapi({ example: 'A-2026-00017' }), validUntil: z.string().openapi({ example: '2026-12-20' }),
  valid: z.boolean(), total: z.number().int().openapi({ description: 'cents, net' }), currency: z.string(), lines: z.array(Obj),
}).passthrough().openapi('FormalQuote');
const QuoteListSchema = z.object({ items: z.array(Obj), total: z.number(), page: z.number(), pageSize: z.number() }).openapi('FormalQuoteList');
const Paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
const Pdf = { description: 'The quote as PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } };
const QuoteFields = { ...OrderFields };

/** A PDF answer, shown in the browser, saved under the document's number. */
function pdfResponse(c: Context<AppEnv>, bytes: Uint8Array, number: string) {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename="${number.replace(/[^\w.-]+/g, '_')}.pdf"`,
    'Cache-Control': 'private, no-store',
  });
}

export function registerQuotes(app: App) {
  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'post', path: '/api/quotes', tags: ['Quotes'],
    summary: 'A formal quote of the basket: every line priced now by the server and frozen until validUntil',
    description: 'Valid for the pricing profile\'s `quoteValidityDays` (30 by default) from today. The basket stays as it is. '
      + 'Fields not sent are taken from the basket (commission, addresses, desired date, note).',
    request: { body: { required: false, content: { 'application/json': { schema: z.object(QuoteFields).strict() } } } },
    responses: {
      201: json(FormalQuoteSchema, 'Created'), 400: errors[400], 401: errors[401], 403: errors[403],
      409: json(Obj, 'BASKET_EMPTY'), 422: json(Obj, 'A line cannot be priced'),
    },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db, clock } = c.var.deps;
    const fields = c.req.header('content-type')?.startsWith('application/json') ? c.req.valid('json') : {};
    const now = clock();
    const q = await quoteFromBasket(db, a, fields, now);
    return c.json(await quoteView(db, q, now), 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/quotes', tags: ['Quotes'], summary: 'The company\'s quotes, newest first (paged)',
    request: { query: Paging },
    responses: { 200: json(QuoteListSchema), 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c);
    if (!a.rights.has('order') && !a.rights.has('approve')) throw forbidden('Your group may not see quotes.');
    const { page, pageSize } = c.req.valid('query');
    const { db, clock } = c.var.deps;
    const list = await quoteList(db, a.companyId, page, pageSize, clock());
    return c.json({ ...list, items: list.items.map(({ companyId: _c, companyName: _n, ...r }) => r) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/quotes/{id}', tags: ['Quotes'], summary: 'A quote: its frozen lines, validity, the order it became',
    request: { params: IdParam },
    responses: { 200: json(FormalQuoteSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c);
    if (!a.rights.has('order') && !a.rights.has('approve')) throw forbidden('Your group may not see quotes.');
    const { db, clock } = c.var.deps;
    return c.json(await quoteView(db, await companyQuote(db, a.companyId, c.req.valid('param').id), clock()), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/quotes/{id}/pdf', tags: ['Quotes'],
    summary: 'The quote as PDF: letterhead, addresses, lines with the parts\' outlines, VAT, totals, validity',
    request: { params: IdParam },
    responses: { 200: Pdf, 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c);
    if (!a.rights.has('order') && !a.rights.has('approve')) throw forbidden('Your group may not see quotes.');
    const { db, config } = c.var.deps;
    const q = await companyQuote(db, a.companyId, c.req.valid('param').id);
    return pdfResponse(c, await renderQuotePdf(await quotePdfInput(db, q, config)), q.number);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'post', path: '/api/quotes/{id}/order', tags: ['Quotes'],
    summary: 'Turn the quote into an order: at its frozen prices while valid, priced again after (`repriced: true`)',
    description: 'Approval rules apply as to a basket order. Send an `Idempotency-Key` header: a retry with the same key returns '
      + 'the same order (200). A quote becomes one order; a second is QUOTE_ORDERED (409). Fields not sent are the quote\'s.',
    request: {
      params: IdParam,
      headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
      body: { required: false, content: { 'application/json': { schema: z.object(OrderFields).strict() } } },
    },
    responses: {
      201: json(OrderSchema, 'Created (with `quote` and `repriced`)'), 200: json(OrderSchema, 'The order made earlier with this Idempotency-Key'),
      400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404],
      409: json(Obj, 'QUOTE_ORDERED, NO_APPROVER'), 422: json(Obj, 'A line cannot be priced any more (after validity)'),
    },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db, clock, config } = c.var.deps;
    const id = c.req.valid('param').id;
    const key = c.req.valid('header')['idempotency-key'] ?? null;
    const input = c.req.header('content-type')?.startsWith('application/json') ? c.req.valid('json') : {};
    const { orderId, replayed, repriced } = await orderFromQuote(db, a, id, input, key, clock(), config.publicUrl);
    const q = await companyQuote(db, a.companyId, id);
    const view = await orderView(db, await companyOrder(db, a.companyId, orderId));
    return c.json({ ...view, quote: { id: q.id, number: q.number, validUntil: q.validUntil, total: q.total }, repriced }, replayed ? 200 : 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/orders/{id}/confirmation.pdf', tags: ['Orders'],
    summary: 'The order confirmation as PDF (the same document as a quote): once the order has reached the shop',
    request: { params: IdParam },
    responses: {
      200: { description: 'The confirmation as PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
      401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'INVALID_STATUS: awaiting approval or rejected'),
    },
  }), async (c) => {
    const a = customer(c);
    if (!a.rights.has('order') && !a.rights.has('approve')) throw forbidden('Your group may not see orders.');
    const { db, config } = c.var.deps;
    const order = await companyOrder(db, a.companyId, c.req.valid('param').id);
    return pdfResponse(c, await renderQuotePdf(await confirmationPdfInput(db, order, a.user.language, config)), order.number);
  });

  // the back office

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/orders/{id}/confirmation.pdf', tags: ['Back office'],
    summary: 'The order confirmation as PDF, in the company\'s language',
    request: { params: IdParam },
    responses: { 200: { description: 'The confirmation as PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    staff(c);
    const { db, config } = c.var.deps;
    const order = await shopOrder(db, c.req.valid('param').id);
    const company = await db.select({ language: companies.language }).from(companies).where(eq(companies.id, order.companyId)).get();
    return pdfResponse(c, await renderQuotePdf(await confirmationPdfInput(db, order, company?.language ?? 'en', config)), order.number);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/quotes', tags: ['Back office'], summary: 'Every quote, newest first (paged)',
    request: { query: Paging },
    responses: { 200: json(QuoteListSchema), 401: errors[401], 403: errors[403] },
  }), async (c) => {
    staff(c);
    const { page, pageSize } = c.req.valid('query');
    const { db, clock } = c.var.deps;
    return c.json(await quoteList(db, null, page, pageSize, clock()), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'post', path: '/api/admin/quotes', tags: ['Back office'],
    summary: 'Write a quote for a company: its parts and articles at its prices now; `send: true` mails it',
    request: body(z.object({
      companyId: z.number().int().positive(),
      lines: z.array(z.object({
        partId: z.number().int().positive().optional(), articleId: z.number().int().positive().optional(), quantity: Quantity,
        finishing: FinishingSchema.optional(),
      }).strict().refine((v) => (v.partId === undefined) !== (v.articleId === undefined), 'send either partId or articleId')).min(1).max(500),
      language: z.enum(LANGUAGES).optional(),
      leadTime: LeadTimeCode.nullable().optional(),
      send: z.boolean().optional(),
      to: z.string().trim().email().max(254).optional(),
      ...QuoteFields,
    }).strict()),
    responses: {
      201: json(FormalQuoteSchema, 'Created'), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404],
      409: json(Obj, 'NO_RECIPIENT'), 422: json(Obj, 'A line cannot be priced'),
    },
  }), async (c) => {
    const me = staff(c);
    const { db, clock, config } = c.var.deps;
    const { send, to, ...input } = c.req.valid('json');
    const now = clock();
    const q = await shopQuote(db, me.user, input, now);
    if (send) await sendQuote(db, q.id, to ?? null, now, config.publicUrl);
    return c.json(await quoteView(db, await anyQuote(db, q.id), now), 201);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/quotes/{id}', tags: ['Back office'], summary: 'A quote',
    request: { params: IdParam },
    responses: { 200: json(FormalQuoteSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    staff(c);
    const { db, clock } = c.var.deps;
    return c.json(await quoteView(db, await anyQuote(db, c.req.valid('param').id), clock()), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/quotes/{id}/pdf', tags: ['Back office'], summary: 'A quote as PDF',
    request: { params: IdParam },
    responses: { 200: Pdf, 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    staff(c);
    const { db, config } = c.var.deps;
    const q = await anyQuote(db, c.req.valid('param').id);
    return pdfResponse(c, await renderQuotePdf(await quotePdfInput(db, q, config)), q.number);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'post', path: '/api/admin/quotes/{id}/send', tags: ['Back office'],
    summary: 'Mail the quote (a link to its PDF) to `to`, else to whoever made it from the basket, else the company\'s admin',
    request: { params: IdParam, body: { required: false, content: { 'application/json': { schema: z.object({ to: z.string().trim().email().max(254).optional() }).strict() } } } },
    responses: { 200: json(z.object({ to: z.string() })), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'NO_RECIPIENT') },
  }), async (c) => {
    staff(c);
    const { db, clock, config } = c.var.deps;
    const to = c.req.header('content-type')?.startsWith('application/json') ? c.req.valid('json').to : undefined;
    return c.json(await sendQuote(db, c.req.valid('param').id, to ?? null, clock(), config.publicUrl), 200);
  });
}
