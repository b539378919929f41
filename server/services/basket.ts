/** The basket of a user in a company, priced now from the company's current pricing. */
import { and, asc, eq } from 'drizzle-orm';
import { isKerfError, type AnalyzeResult, type Quote } from '../../sdk/index.js';
import type { Tx } from '../db/client.js';
import { addresses, basketItems, baskets, parts, type Language } from '../db/schema.js';
import { articlesForCompany, basePriceAt, effectiveUnitPrice, localized } from './articles.js';
import { priceFor, pricingForCompany, type Pricing } from './pricing.js';

/** A basket line priced now: a part (quoted with the SDK) or a catalog article (at the company's effective price). */
export interface PricedItem {
  id: number;
  kind: 'part' | 'article';
  partId: number | null;
  articleId: number | null;
  name: string;
  /** A part's article number (the customer's), or the shop's article number of an article. */
  articleNumber: string | null;
  /** The customer's own number and name: set per article by the company; a part's own name and number. */
  customerArticleNumber: string | null;
  customerName: string | null;
  /** Articles: what the quantity counts. */
  unit: string | null;
  material: string | null;
  thickness: number | null;
  quantity: number;
  unitPrice: number | null;
  total: number | null;
  /** Parts: the SDK's quote. */
  quote: Quote | null;
  /** Articles: how the price came about, and whether the article is in the company's assortment. */
  article: { basePrice: number; priceKind: 'fixed' | 'discount' | 'base'; discount: number | null; inAssortment: boolean } | null;
  /** Why this line cannot be ordered now (material withdrawn, article no longer offered, …). */
  error: { code: string; message: string } | null;
  /** A line frozen earlier (a quote's, within its validity): the order keeps this instead of making it from `quote`. */
  frozen?: Record<string, unknown>;
}

export async function basketMeta(db: Tx, userId: number, companyId: number) {
  return db.select().from(baskets).where(and(eq(baskets.userId, userId), eq(baskets.companyId, companyId))).get();
}

/** The basket's lines in the order they were put in, each priced now (`lang`: the language of article names). */
export async function pricedBasket(db: Tx, userId: number, companyId: number, pricing?: Pricing, lang: Language = 'en') {
  const p = pricing ?? await pricingForCompany(db, companyId);
  const rows = await db.select({
    id: basketItems.id, partId: basketItems.partId, articleId: basketItems.articleId, quantity: basketItems.quantity,
    name: parts.name, articleNumber: parts.articleNumber, material: parts.material, thickness: parts.thickness, metrics: parts.metrics,
  }).from(basketItems).leftJoin(parts, and(eq(parts.id, basketItems.partId), eq(parts.companyId, companyId)))
    .where(and(eq(basketItems.userId, userId), eq(basketItems.companyId, companyId)))
    .orderBy(asc(basketItems.id));
  const items = await priceItems(db, companyId, rows, p, lang);
  return { items, pricing: p, total: items.reduce((s, i) => s + (i.total ?? 0), 0) };
}

/** A line to price: a part (with its library data; name null when it is not the company's) or an article. */
export interface LineToPrice {
  id: number;
  partId: number | null;
  articleId: number | null;
  quantity: number;
  name: string | null;
  articleNumber: string | null;
  material: string | null;
  thickness: number | null;
  metrics: unknown;
}

/**
 * Price lines now for the company, as the basket does: parts with the SDK's quote, articles at
 * the company's effective price; a line that cannot be priced carries its `error`. The basket and
 * the quotes (made by the shop, or re-priced after their validity) price through here.
 */
export async function priceItems(db: Tx, companyId: number, rows: LineToPrice[], p: Pricing, lang: Language = 'en'): Promise<PricedItem[]> {
  const arts = await articlesForCompany(db, companyId, rows.flatMap((r) => (r.articleId === null ? [] : [r.articleId])));
  const items: PricedItem[] = [];
  for (const r of rows) {
    const none = { customerArticleNumber: null, customerName: null, unit: null, material: null, thickness: null, quote: null, article: null };
    if (r.articleId !== null) {
      const a = arts.get(r.articleId);
      if (!a) continue; // deleted with its basket line (cascade); nothing to show
      const x = a.article;
      const base = {
        ...none, id: r.id, kind: 'article' as const, partId: null, articleId: x.id, name: localized(x.name, lang), articleNumber: x.number,
        customerArticleNumber: a.customerArticleNumber, customerName: a.customerName, unit: x.unit, quantity: r.quantity,
      };
      if (!a.visible) {
        items.push({ ...base, unitPrice: null, total: null, error: { code: 'ARTICLE_UNAVAILABLE', message: 'This article is no longer offered to your company.' } });
        continue;
      }
      const unitPrice = effectiveUnitPrice(x, a, r.quantity);
      items.push({
        ...base, unitPrice, total: unitPrice * r.quantity, error: null,
        article: { basePrice: basePriceAt(x, r.quantity), priceKind: a.fixedPrice !== null ? 'fixed' : a.discount ? 'discount' : 'base', discount: a.fixedPrice === null ? a.discount : null, inAssortment: a.inAssortment },
      });
      continue;
    }
    if (r.partId === null || r.name === null) continue; // a part of another company never gets here (added through ownPart)
    // a part is the company's own: its number and name are the customer's (one column for the ERP, whatever the line)
    const base = {
      ...none, id: r.id, kind: 'part' as const, partId: r.partId, articleId: null, name: r.name, articleNumber: r.articleNumber,
      customerArticleNumber: r.articleNumber, customerName: r.name, material: r.material, thickness: r.thickness, quantity: r.quantity,
    };
    try {
      const q = priceFor(r.metrics as unknown as AnalyzeResult, r.material!, r.thickness!, r.quantity, p);
      items.push({ ...base, unitPrice: q.unitPrice, total: q.total, quote: q, error: null });
    } catch (e) {
      if (!isKerfError(e)) throw e;
      items.push({ ...base, unitPrice: null, total: null, error: { code: e.code, message: e.message } });
    }
  }
  return items;
}

/** The API view of the basket. */
export async function basketView(db: Tx, userId: number, companyId: number, lang: Language = 'en') {
  const [{ items, pricing, total }, meta, addr] = await Promise.all([
    pricedBasket(db, userId, companyId, undefined, lang),
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
      breakdown: quote?.breakdown ?? (i.kind === 'article' && i.total !== null ? [{ code: 'article', label: 'Article', amount: i.total }] : []),
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
