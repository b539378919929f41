/** The basket of a user in a company, priced now from the company's current pricing. */
import { and, asc, eq } from 'drizzle-orm';
import { DEFAULT_LEAD_TIMES, isKerfError, KerfError, type AnalyzeResult, type FinishingChoice, type Quote, type QuoteNestShare } from '../../sdk/index.js';
import type { Tx } from '../db/client.js';
import { addresses, basketItems, baskets, parts, type Language } from '../db/schema.js';
import { articlesForCompany, basePriceAt, effectiveUnitPrice, localized } from './articles.js';
import { nestLines, nestShares, nestView, shapedLines } from './nesting.js';
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
  /** Parts: the finishing chosen (null = none). */
  finishing: FinishingChoice | null;
  /** A line frozen earlier (a quote's, within its validity): the order keeps this instead of making it from `quote`. */
  frozen?: Record<string, unknown>;
}

export async function basketMeta(db: Tx, userId: number, companyId: number) {
  return db.select().from(baskets).where(and(eq(baskets.userId, userId), eq(baskets.companyId, companyId))).get();
}

/**
 * The basket's lines in the order they were put in, each priced now (`lang`: the language of
 * article names) with its finishing and the basket's delivery option, counted from `now` (the
 * server clock; the SDK's own today when not given).
 */
export async function pricedBasket(db: Tx, userId: number, companyId: number, pricing?: Pricing, lang: Language = 'en', now?: number) {
  const p = pricing ?? await pricingForCompany(db, companyId);
  const meta = await basketMeta(db, userId, companyId);
  const rows = await basketRows(db, userId, companyId);
  const leadTime = meta?.leadTime ?? null;
  const nest = await nestOf(db, companyId, rows, p);
  const items = await priceItems(db, companyId, rows, p, lang, { leadTime, orderDate: now === undefined ? undefined : orderDate(now), shares: nest.shares });
  return { items, pricing: p, total: items.reduce((s, i) => s + (i.total ?? 0), 0), leadTime, nest: nest.groups };
}

/** The basket's lines with their parts' library data, in the order they were put in. */
async function basketRows(db: Tx, userId: number, companyId: number): Promise<LineToPrice[]> {
  return db.select({
    id: basketItems.id, partId: basketItems.partId, articleId: basketItems.articleId, quantity: basketItems.quantity, finishing: basketItems.finishing,
    name: parts.name, articleNumber: parts.articleNumber, material: parts.material, thickness: parts.thickness, metrics: parts.metrics,
  }).from(basketItems).leftJoin(parts, and(eq(parts.id, basketItems.partId), eq(parts.companyId, companyId)))
    .where(and(eq(basketItems.userId, userId), eq(basketItems.companyId, companyId)))
    .orderBy(asc(basketItems.id));
}

/** The nest the basket's part lines are priced from (issue [9]), as the API shows it. */
export async function basketNest(db: Tx, userId: number, companyId: number) {
  const p = await pricingForCompany(db, companyId);
  const lines = await partLines(db, companyId, await basketRows(db, userId, companyId));
  return nestView(lines, nestLines(lines, p.catalog, p.profile));
}

/** The server clock's date, which delivery dates count from. */
export const orderDate = (now: number) => new Date(now).toISOString().slice(0, 10);

/** The delivery option and date of priced lines: the option the parts were priced with, the latest of their dates. */
export function deliveryOfItems(items: Pick<PricedItem, 'quote' | 'frozen'>[]): { leadTime: string; date: string; label: string } | null {
  let best: { leadTime: string; date: string; label: string } | null = null;
  for (const i of items) {
    const d = (i.frozen?.delivery ?? i.quote?.delivery) as { code?: string; date?: string; label?: string } | undefined;
    if (d?.code && d.date && (!best || d.date > best.date)) best = { leadTime: d.code, date: d.date, label: d.label ?? d.code };
  }
  return best;
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
  /** Parts: the finishing chosen. */
  finishing?: FinishingChoice | null;
}

/**
 * Price lines now for the company, as the basket does: parts with the SDK's quote, articles at
 * the company's effective price; a line that cannot be priced carries its `error`. The basket and
 * the quotes (made by the shop, or re-priced after their validity) price through here.
 */
export async function priceItems(
  db: Tx, companyId: number, rows: LineToPrice[], p: Pricing, lang: Language = 'en',
  terms: { leadTime?: string | null; orderDate?: string; shares?: Map<number, QuoteNestShare> } = {},
): Promise<PricedItem[]> {
  const arts = await articlesForCompany(db, companyId, rows.flatMap((r) => (r.articleId === null ? [] : [r.articleId])));
  // the part lines share the sheets of their material's nest (issue [9]): each is charged its share
  const shares = terms.shares ?? (await nestOf(db, companyId, rows, p)).shares;
  const items: PricedItem[] = [];
  for (const r of rows) {
    const none = { customerArticleNumber: null, customerName: null, unit: null, material: null, thickness: null, quote: null, article: null, finishing: null };
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
      finishing: r.finishing ?? null,
    };
    try {
      const q = priceFor(r.metrics as unknown as AnalyzeResult, r.material!, r.thickness!, r.quantity, p, p.catalog, {
        finishing: r.finishing ?? undefined, leadTime: terms.leadTime ?? undefined, orderDate: terms.orderDate, nest: shares.get(r.id),
      });
      items.push({ ...base, unitPrice: q.unitPrice, total: q.total, quote: q, error: null });
    } catch (e) {
      if (!isKerfError(e)) throw e;
      items.push({ ...base, unitPrice: null, total: null, error: { code: e.code, message: e.message } });
    }
  }
  return items;
}

/** The part lines of `rows` (articles left out) with their shapes, ready to nest. */
const partLines = (db: Tx, companyId: number, rows: LineToPrice[]) => shapedLines(db, companyId, rows.filter((r) => r.articleId === null));

/**
 * The nest of the part lines and each line's share by its row id; no shares (each part priced
 * alone) when the profile charges material by box or weight, where sheets do not matter.
 */
async function nestOf(db: Tx, companyId: number, rows: LineToPrice[], p: Pricing) {
  const lines = await partLines(db, companyId, rows);
  const groups = nestLines(lines, p.catalog, p.profile);
  if (p.profile.materialModel !== 'sheet-share') return { groups, shares: new Map<number, QuoteNestShare>() };
  const byIndex = nestShares(lines, groups);
  return { groups, shares: new Map([...byIndex].map(([i, share]) => [lines[i].id, share])) };
}

/**
 * Check a finishing choice against the part's drawing and the company's prices (no more tapped
 * holes than the drawing has, only what the shop offers): throws the SDK's INVALID_FINISHING (422).
 */
export async function checkFinishing(db: Tx, companyId: number, partId: number, quantity: number, finishing: FinishingChoice) {
  const part = await db.select({ metrics: parts.metrics, material: parts.material, thickness: parts.thickness }).from(parts)
    .where(and(eq(parts.id, partId), eq(parts.companyId, companyId))).get();
  if (!part) return;
  try {
    priceFor(part.metrics as unknown as AnalyzeResult, part.material, part.thickness, quantity, await pricingForCompany(db, companyId), undefined, { finishing });
  } catch (e) {
    // only the finishing is judged here: a material withdrawn shows as the line's error, as without finishing
    if (isKerfError(e) && e.code === 'INVALID_FINISHING') throw e;
  }
}

/** The delivery option must be one the company's profile offers: else the SDK's UNKNOWN_LEAD_TIME (422). */
export async function checkLeadTime(db: Tx, companyId: number, code: string) {
  const { profile } = await pricingForCompany(db, companyId);
  const offered = profile.leadTimes ?? DEFAULT_LEAD_TIMES;
  if (!offered.some((o) => o.code === code)) {
    throw new KerfError('UNKNOWN_LEAD_TIME', `The delivery option "${code}" is not offered; choose one of ${offered.map((o) => o.code).join(', ')}.`);
  }
}

/** Every delivery option of the priced parts with the date all of them would arrive by (the latest line's). */
export function deliveryOptionsOf(items: Pick<PricedItem, 'quote'>[]) {
  const byCode = new Map<string, { code: string; label: string; workingDays: number; adjustment: number; date: string }>();
  for (const i of items) {
    for (const o of i.quote?.delivery.options ?? []) {
      const had = byCode.get(o.code);
      if (!had || o.date > had.date) byCode.set(o.code, { code: o.code, label: o.label, workingDays: o.workingDays + o.extraDays, adjustment: o.adjustment, date: o.date });
    }
  }
  return [...byCode.values()];
}

/** The API view of the basket. */
export async function basketView(db: Tx, userId: number, companyId: number, lang: Language = 'en', now?: number) {
  const [{ items, pricing, total, leadTime, nest }, meta, addr] = await Promise.all([
    pricedBasket(db, userId, companyId, undefined, lang, now),
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
      finishingTime: quote?.finishingTime ?? null,
      delivery: quote ? { code: quote.delivery.code, label: quote.delivery.label, date: quote.delivery.date } : null,
    })),
    leadTime,
    // the sheets the parts are nested on, per material and thickness (GET /api/basket/nest draws them)
    sheets: nest.map((g) => ({
      material: g.material, thickness: g.thickness, method: g.method, format: g.format, sheetCount: g.layout.sheetCount,
      boxSheetCount: g.boxSheetCount, utilization: g.layout.utilization,
    })),
    delivery: deliveryOfItems(items),
    deliveryOptions: deliveryOptionsOf(items),
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
