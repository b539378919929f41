import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { App } from '../app.js';
import { addresses, basketItems, baskets } from '../db/schema.js';
import { notFound } from '../http/errors.js';
import { body, customer, errors, IdParam, json, Obj, requireCustomer } from '../http/openapi.js';
import { AddressSchema, Quantity } from '../http/schemas.js';
import { basketView } from '../services/basket.js';
import { visibleArticle } from '../services/articles.js';
import { ownPart } from './parts.js';

const BasketSchema = z.object({
  items: z.array(Obj), currency: z.string(), total: z.number().int(),
  deliveryAddress: AddressSchema.nullable(), billingAddress: AddressSchema.nullable(), deliveryMethod: z.string(),
  requestedDate: z.string().nullable(), commission: z.string().nullable(), note: z.string().nullable(), addresses: z.array(Obj),
}).openapi('Basket');

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
    return c.json(await basketView(c.var.deps.db, a.user.id, a.companyId, a.user.language), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'patch', path: '/api/basket', tags: ['Basket'],
    summary: 'Addresses (typed, or one of the company\'s by id), delivery method, desired date, commission, note',
    request: body(z.object({
      ...OrderFields,
      deliveryAddressId: z.number().int().positive().optional(),
      billingAddressId: z.number().int().positive().optional(),
    }).strict()),
    responses: { 200: json(BasketSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db, clock } = c.var.deps;
    const { deliveryAddressId, billingAddressId, ...patch } = c.req.valid('json');
    for (const [id, field] of [[deliveryAddressId, 'deliveryAddress'], [billingAddressId, 'billingAddress']] as const) {
      if (id === undefined) continue;
      const row = await db.select().from(addresses).where(and(eq(addresses.id, id), eq(addresses.companyId, a.companyId))).get();
      if (!row) throw notFound('The address');
      patch[field] = { name: row.name, street: row.street, zip: row.zip, city: row.city, country: row.country };
    }
    const now = clock();
    await db.insert(baskets).values({ userId: a.user.id, companyId: a.companyId, ...patch, updatedAt: now })
      .onConflictDoUpdate({ target: [baskets.userId, baskets.companyId], set: { ...patch, updatedAt: now } });
    return c.json(await basketView(db, a.user.id, a.companyId, a.user.language), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'post', path: '/api/basket/items', tags: ['Basket'],
    summary: 'Put a part or a catalog article in the basket (the same one again adds to its quantity)',
    description: 'Send `partId` (a part of the library) or `articleId` (an article published to the company), not both; '
      + 'another company\'s part, or an article the company is not offered, answers 404.',
    request: body(z.object({
      partId: z.number().int().positive().optional(), articleId: z.number().int().positive().optional(), quantity: Quantity,
    }).refine((v) => (v.partId === undefined) !== (v.articleId === undefined), 'send either partId or articleId')),
    responses: { 201: json(BasketSchema, 'The basket'), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db, clock } = c.var.deps;
    const { partId, articleId, quantity } = c.req.valid('json');
    await db.transaction(async (tx) => {
      if (partId !== undefined) await ownPart(tx, a.companyId, partId);
      else await visibleArticle(tx, a.companyId, a.user.id, articleId!);
      const which = partId !== undefined ? eq(basketItems.partId, partId) : eq(basketItems.articleId, articleId!);
      const mine = and(eq(basketItems.userId, a.user.id), eq(basketItems.companyId, a.companyId), which);
      const existing = await tx.select().from(basketItems).where(mine).get();
      if (existing) await tx.update(basketItems).set({ quantity: Math.min(1_000_000, existing.quantity + quantity) }).where(eq(basketItems.id, existing.id));
      else await tx.insert(basketItems).values({ userId: a.user.id, companyId: a.companyId, partId: partId ?? null, articleId: articleId ?? null, quantity, createdAt: clock() });
    });
    return c.json(await basketView(db, a.user.id, a.companyId, a.user.language), 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('order')] as const,
    method: 'patch', path: '/api/basket/items/{id}', tags: ['Basket'], summary: 'Change a quantity (0 removes the line)',
    request: { params: IdParam, ...body(z.object({ quantity: z.number().int().min(0).max(1_000_000) })) },
    responses: { 200: json(BasketSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'order');
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const { quantity } = c.req.valid('json');
    const mine = and(eq(basketItems.id, id), eq(basketItems.userId, a.user.id), eq(basketItems.companyId, a.companyId));
    const row = quantity === 0
      ? await db.delete(basketItems).where(mine).returning().get()
      : await db.update(basketItems).set({ quantity }).where(mine).returning().get();
    if (!row) throw notFound('The basket line');
    return c.json(await basketView(db, a.user.id, a.companyId, a.user.language), 200);
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
    return c.json(await basketView(db, a.user.id, a.companyId, a.user.language), 200);
  });
}
