/** The basket of a user in a company, priced now from the company's current pricing. */
import { and, asc, eq } from 'drizzle-orm';
import { isKerfError, type AnalyzeResult, type Quote } from '../../sdk/index.js';
import type { Tx } from '../db/client.js';
import { addresses, basketItems, baskets, parts } from '../db/schema.js';
import { priceFor, pricingForCompany, type Pricing } from './pricing.js';

export interface PricedItem {
  id: number;
  partId: number;
  name: string;
  articleNumber: string | null;
  material: string;
  thickness: number;
  quantity: number;
  unitPrice: number | null;
  total: number | null;
  quote: Quote | null;
  /** Why this line cannot be ordered now (material withdrawn, …). */
  error: { code: string; message: string } | null;
}

export async function basketMeta(db: Tx, userId: number, companyId: number) {
  return db.select().from(baskets).where(and(eq(baskets.userId, userId), eq(baskets.companyId, companyId))).get();
}

export async function pricedBasket(db: Tx, userId: number, companyId: number, pricing?: Pricing) {
  const p = pricing ?? await pricingForCompany(db, companyId);
  const rows = await db.select({
    id: basketItems.id, partId: basketItems.partId, quantity: basketItems.quantity, name: parts.name, articleNumber: parts.articleNumber,
    material: parts.material, thickness: parts.thickness, metrics: parts.metrics,
  }).from(basketItems).innerJoin(parts, eq(parts.id, basketItems.partId))
    .where(and(eq(basketItems.userId, userId), eq(basketItems.companyId, companyId), eq(parts.companyId, companyId)))
    .orderBy(asc(basketItems.id));
  const items: PricedItem[] = rows.map((r) => {
    const base = { id: r.id, partId: r.partId, name: r.name, articleNumber: r.articleNumber, material: r.material, thickness: r.thickness, quantity: r.quantity };
    try {
      const q = priceFor(r.metrics as unknown as AnalyzeResult, r.material, r.thickness, r.quantity, p);
      return { ...base, unitPrice: q.unitPrice, total: q.total, quote: q, error: null };
    } catch (e) {
      if (!isKerfError(e)) throw e;
      return { ...base, unitPrice: null, total: null, quote: null, error: { code: e.code, message: e.message } };
    }
  });
  return { items, pricing: p, total: items.reduce((s, i) => s + (i.total ?? 0), 0) };
}

/** The API view of the basket. */
export async function basketView(db: Tx, userId: number, companyId: number) {
  const [{ items, pricing, total }, meta, addr] = await Promise.all([
    pricedBasket(db, userId, companyId),
    basketMeta(db, userId, companyId),
    db.select().from(addresses).where(eq(addresses.companyId, companyId)).orderBy(asc(addresses.id)),
  ]);
  const preferred = (kind: 'delivery' | 'billing') => {
    const a = addr.find((x) => x.kind === kind && x.isDefault) ?? addr.find((x) => x.kind === kind);
    return a ? { name: a.name, street: a.street, zip: a.zip, city: a.city, country: a.country } : null;
  };
  return {
    items: items.map(({ quote, ...i }) => ({
      ...i,
      breakdown: quote?.breakdown ?? [],
      weight: quote ? quote.weight * i.quantity : null,
      warnings: quote ? [...quote.metrics.warnings, ...quote.warnings] : [],
    })),
    currency: pricing.profile.currency,
    total,
    deliveryAddress: meta?.deliveryAddress ?? preferred('delivery'),
    billingAddress: meta?.billingAddress ?? preferred('billing'),
    deliveryMethod: meta?.deliveryMethod ?? 'delivery',
    requestedDate: meta?.requestedDate ?? null,
    commission: meta?.commission ?? null,
    note: meta?.note ?? null,
    addresses: addr.map((a) => ({ id: a.id, kind: a.kind, name: a.name, street: a.street, zip: a.zip, city: a.city, country: a.country, isDefault: a.isDefault })),
  };
}
