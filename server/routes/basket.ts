import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { App } from '../app.js';
import { addresses, basketItems, baskets } from '../db/schema.js';
import { ApiError, notFound } from '../http/errors.js';
import { body, customer, errors, IdParam, json, Obj, requireCustomer } from '../http/openapi.js';
import { AddressSchema, Quantity } from '../http/schemas.js';
import { basketNest, basketView, checkFinishing, checkLeadTime } from '../services/basket.js';
import { NestViewSchema } from '../http/schemas.js';
import type { FinishingChoice } from '../../sdk/index.js';

/** Two finishing choices are the same line when they say the same (key order aside). */
function sameFinishing(a: FinishingChoice | null, b: FinishingChoice | null): boolean {
  const norm = (f: FinishingChoice | null) => (f && Object.keys(f).length ? JSON.stringify(Object.entries(f).sort(([x], [y]) => x.localeCompare(y))) : null);
  return norm(a) === norm(b);
}
import { visibleArticle } from '../services/articles.js';
import { ownPart } from './parts.js';

const BasketSchema = z.object({
  items: z.array(Obj), currency: z.string(), total: z.number().int(),
  deliveryAddress: AddressSchema.nullable(), billingAddress: AddressSchema.nullable(), deliveryMethod: z.string(),
  requestedDate: z.string().nullable(), commission: z.string().nullable(), note: z.string().nullable(), addresses: z.array(Obj),
  leadTime: z.string().nullable().openapi({ description: 'the delivery option chosen (null = standard)' }),
  delivery: z.object({ leadTime: z.string(), label: z.string(), date: z.string() }).nullable().openapi({ description: 'the latest delivery date of the parts' }),
  deliveryOptions: z.array(Obj).openapi({ description: 'every option with its price adjustment and date' }),
  sheets: z.array(Obj).openapi({ description: 'per material and thickness: the nest\'s method, sheet format, sheet count (and the box nest\'s), utilization' }),
}).openapi('Basket');

/** The SDK's FinishingChoice: counts per part; checked against the drawing when the line is priced. */
export const FinishingSchema = z.object({
  deburring: z.boolean().optional(),
  tapping: z.array(z.object({ thread: z.string().trim().min(2).max(10).openapi({ example: 'M8' }), count: z.number().int().min(1).max(10_000) }).strict()).max(20).optional(),
  countersinking: z.number().int().min(0).max(10_000).optional(),
  bending: z.union([z.literal(true), z.number().int().min(0).max(10_000)]).optional().openapi({ description: '`true`: the drawing\'s bend lines; a number: bends per part' }),
  coating: z.object({ kind: z.enum(['powder', 'anodize']), colour: z.string().trim().min(1).max(60).openapi({ example: 'RAL 9005' }) }).strict().optional(),
}).strict().openapi('FinishingChoice');
export const LeadTimeCode = z.string().trim().min(1).max(40).openapi({ example: 'express', description: 'a delivery option of the pricing profile (standard, express, economy)' });

const DateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export const OrderFields = {
  deliveryAddress: AddressSchema.nullable().optional(),
  billingAddress: AddressSchema.nullable().optional(),
  deliveryMethod: z.enum(['delivery', 'pickup', 'express']).optional(),
  requestedDate: DateString.nullable().optional(),
  commission: z.string().trim().max(200).nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
};

export function registerBasket(app: App) {
  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'get', path: '/api/basket', tags: ['Basket'], summary: 'My basket in the active company, priced now',
    responses: { 200: json(BasketSchema), 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c, 'order');
    return c.json(await basketView(c.var.deps.db, a.user.id, a.companyId, a.user.language, c.var.deps.clock()), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'get', path: '/api/basket/nest', tags: ['Basket'],
    summary: 'The sheets the basket\'s parts are nested on (true shapes per material and thickness), which the prices share',
    responses: { 200: json(NestViewSchema), 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c, 'order');
    return c.json(await basketNest(c.var.deps.db, a.user.id, a.companyId), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'patch', path: '/api/basket', tags: ['Basket'],
    summary: 'Addresses (typed, or one of the company\'s by id), delivery method, desired date, commission, note',
    request: body(z.object({
      ...OrderFields,
      deliveryAddressId: z.number().int().positive().optional(),
      billingAddressId: z.number().int().positive().optional(),
      leadTime: LeadTimeCode.nullable().optional(),
    }).strict()),
    responses: { 200: json(BasketSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db, clock } = c.var.deps;
    const { deliveryAddressId, billingAddressId, ...patch } = c.req.valid('json');
    if (patch.leadTime) await checkLeadTime(db, a.companyId, patch.leadTime);
    for (const [id, field] of [[deliveryAddressId, 'deliveryAddress'], [billingAddressId, 'billingAddress']] as const) {
      if (id === undefined) continue;
      const row = await db.select().from(addresses).where(and(eq(addresses.id, id), eq(addresses.companyId, a.companyId))).get();
      if (!row) throw notFound('The address');
      patch[field] = { name: row.name, street: row.street, zip: row.zip, city: row.city, country: row.country };
    }
    const now = clock();
    await db.insert(baskets).values({ userId: a.user.id, companyId: a.companyId, ...patch, updatedAt: now })
      .onConflictDoUpdate({ target: [baskets.userId, baskets.companyId], set: { ...patch, updatedAt: now } });
    return c.json(await basketView(db, a.user.id, a.companyId, a.user.language, c.var.deps.clock()), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'post', path: '/api/basket/items', tags: ['Basket'],
    summary: 'Put a part or a catalog article in the basket (the same one again, with the same finishing, adds to its quantity)',
    description: 'Send `partId` (a part of the library) or `articleId` (an article published to the company), not both; '
      + 'another company\'s part, or an article the company is not offered, answers 404. A part may take `finishing` '
      + '(deburring, tapping, countersinking, bending, coating), checked against its drawing: INVALID_FINISHING (422).',
    request: body(z.object({
      partId: z.number().int().positive().optional(), articleId: z.number().int().positive().optional(), quantity: Quantity,
      finishing: FinishingSchema.optional(),
    }).refine((v) => (v.partId === undefined) !== (v.articleId === undefined), 'send either partId or articleId')
      .refine((v) => v.finishing === undefined || v.partId !== undefined, 'finishing is for parts only')),
    responses: { 201: json(BasketSchema, 'The basket'), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 422: json(Obj, 'INVALID_FINISHING') },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db, clock } = c.var.deps;
    const { partId, articleId, quantity, finishing: chosen } = c.req.valid('json');
    const finishing = chosen && Object.keys(chosen).length ? chosen : null;
    await db.transaction(async (tx) => {
      if (partId !== undefined) await ownPart(tx, a.companyId, partId);
      else await visibleArticle(tx, a.companyId, a.user.id, articleId!);
      if (partId !== undefined && finishing) await checkFinishing(tx, a.companyId, partId, quantity, finishing);
      const which = partId !== undefined ? eq(basketItems.partId, partId) : eq(basketItems.articleId, articleId!);
      const mine = and(eq(basketItems.userId, a.user.id), eq(basketItems.companyId, a.companyId), which);
      // the same part with other finishing is another line
      const existing = (await tx.select().from(basketItems).where(mine)).find((r) => sameFinishing(r.finishing, finishing));
      if (existing) await tx.update(basketItems).set({ quantity: Math.min(1_000_000, existing.quantity + quantity) }).where(eq(basketItems.id, existing.id));
      else await tx.insert(basketItems).values({ userId: a.user.id, companyId: a.companyId, partId: partId ?? null, articleId: articleId ?? null, quantity, finishing, createdAt: clock() });
    });
    return c.json(await basketView(db, a.user.id, a.companyId, a.user.language, c.var.deps.clock()), 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'patch', path: '/api/basket/items/{id}', tags: ['Basket'],
    summary: 'Change a quantity (0 removes the line) or a part\'s finishing (null: none)',
    request: { params: IdParam, ...body(z.object({ quantity: z.number().int().min(0).max(1_000_000).optional(), finishing: FinishingSchema.nullable().optional() }).strict()) },
    responses: { 200: json(BasketSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 422: json(Obj, 'INVALID_FINISHING') },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const { quantity, finishing: chosen } = c.req.valid('json');
    const mine = and(eq(basketItems.id, id), eq(basketItems.userId, a.user.id), eq(basketItems.companyId, a.companyId));
    const row = await db.transaction(async (tx) => {
      const line = await tx.select().from(basketItems).where(mine).get();
      if (!line) throw notFound('The basket line');
      if (quantity === 0) return tx.delete(basketItems).where(mine).returning().get();
      const finishing = chosen === undefined ? line.finishing : chosen && Object.keys(chosen).length ? chosen : null;
      if (chosen && line.partId === null) throw new ApiError(400, 'VALIDATION_ERROR', 'finishing: finishing is for parts only');
      if (chosen && finishing && line.partId !== null) await checkFinishing(tx, a.companyId, line.partId, quantity ?? line.quantity, finishing);
      return tx.update(basketItems).set({ quantity: quantity ?? line.quantity, finishing }).where(mine).returning().get();
    });
    if (!row) throw notFound('The basket line');
    return c.json(await basketView(db, a.user.id, a.companyId, a.user.language, c.var.deps.clock()), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'delete', path: '/api/basket/items/{id}', tags: ['Basket'], summary: 'Remove a line',
    request: { params: IdParam },
    responses: { 200: json(BasketSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db } = c.var.deps;
    const row = await db.delete(basketItems)
      .where(and(eq(basketItems.id, c.req.valid('param').id), eq(basketItems.userId, a.user.id), eq(basketItems.companyId, a.companyId))).returning().get();
    if (!row) throw notFound('The basket line');
    return c.json(await basketView(db, a.user.id, a.companyId, a.user.language, c.var.deps.clock()), 200);
  });
}
