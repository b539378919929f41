/**
 * Formal quotes (issue [7]): a customer's basket, or lines the shop writes for a company, priced
 * now by the server with the SDK and frozen under a readable number (`A-2026-00017`) until
 * `validUntil` (the profile's `quoteValidityDays`, 30 by default). Within its validity a quote
 * becomes an order at its frozen prices; after it, the lines are priced again. Either way the
 * order is made by placeOrder, so the approval rules are those of a basket submission.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { addWorkingDays, analyzeDxfSync, type FinishingChoice, type PricingProfile } from '../../sdk/index.js';
import { DEMO_SHOP, type AppConfig } from '../config.js';
import type { Db, Tx } from '../db/client.js';
import {
  addresses, baskets, companies, orderLines, orders, orderSupplements, parts, quoteLines, quotes, users,
  type Address, type Language, type Order, type QuoteLine, type QuoteRecord, type User,
} from '../db/schema.js';
import type { Auth } from '../http/context.js';
import { ApiError, conflict, notFound } from '../http/errors.js';
import { links } from '../links.js';
import { enqueueMail } from '../mail/outbox.js';
import type { QuotePdfInput, QuotePdfLine } from '../pdf/quote-pdf.js';
import { articlesForCompany } from './articles.js';
import { pricedBasket, priceItems, type LineToPrice, type PricedItem } from './basket.js';
import { frozenQuote, isoDate, placeOrder, priorOrder, type SubmitInput } from './orders.js';
import { pricingForCompany, type Pricing } from './pricing.js';
import { lineDeliveryDate } from './order-changes.js';

type CustomerAuth = Auth & { companyId: number };

/** Validity when the profile names none. */
export const DEFAULT_QUOTE_VALIDITY_DAYS = 30;

/** A calendar date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function nextQuoteNumber(tx: Tx, year: number): Promise<string> {
  const name = `quotes-${year}`;
  const row = await tx.all<{ value: number }>(sql`
    INSERT INTO counters (name, value) VALUES (${name}, 1)
    ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`);
  return `A-${year}-${String(row[0].value).padStart(5, '0')}`;
}

/** What a quote line keeps: as an order line would, so that the order made from it copies it. */
function lineValues(quoteId: number, items: PricedItem[], pricing: Pricing) {
  return items.map((i, k) => ({
    quoteId, position: k + 1, kind: i.kind, partId: i.partId, articleId: i.articleId, name: i.name, articleNumber: i.articleNumber,
    customerArticleNumber: i.customerArticleNumber, customerName: i.customerName, unit: i.unit, material: i.material, thickness: i.thickness,
    quantity: i.quantity, unitPrice: i.unitPrice!, total: i.total!,
    quote: i.kind === 'article'
      ? { kind: 'article', ...i.article, currency: pricing.profile.currency, breakdown: [{ code: 'article', label: 'Article', amount: i.total! }] }
      : frozenQuote(i.quote!, i.finishing),
  }));
}

function refuseBroken(items: PricedItem[]) {
  const broken = items.find((i) => i.error);
  if (broken) throw new ApiError(422, broken.error!.code, `"${broken.name}" cannot be quoted: ${broken.error!.message}`);
}

export interface QuoteFields {
  commission?: string | null;
  requestedDate?: string | null;
  deliveryAddress?: Address | null;
  billingAddress?: Address | null;
  deliveryMethod?: 'delivery' | 'pickup' | 'express';
  note?: string | null;
  /** The delivery option the parts are priced with (null = standard). */
  leadTime?: string | null;
}

async function insertQuote(tx: Tx, values: {
  companyId: number; source: 'basket' | 'shop'; createdBy: Pick<User, 'id' | 'name'>; language: Language;
  fields: QuoteFields; items: PricedItem[]; pricing: Pricing; now: number;
}): Promise<QuoteRecord> {
  const { items, pricing, now } = values;
  const days = pricing.profile.quoteValidityDays ?? DEFAULT_QUOTE_VALIDITY_DAYS;
  const f = values.fields;
  const quote = await tx.insert(quotes).values({
    companyId: values.companyId,
    number: await nextQuoteNumber(tx, new Date(now).getUTCFullYear()),
    source: values.source,
    createdBy: values.createdBy.id,
    createdByName: values.createdBy.name,
    language: values.language,
    validUntil: addDays(isoDate(now), days),
    currency: pricing.profile.currency,
    total: items.reduce((s, i) => s + i.total!, 0),
    commission: f.commission || null,
    requestedDate: f.requestedDate || null,
    deliveryAddress: f.deliveryAddress ?? null,
    billingAddress: f.billingAddress ?? null,
    deliveryMethod: f.deliveryMethod ?? 'delivery',
    note: f.note || null,
    leadTime: f.leadTime ?? null,
    pricing: { profile: pricing.profile, catalogVersion: pricing.catalogVersion },
    createdAt: now,
  }).returning().get();
  await tx.insert(quoteLines).values(lineValues(quote.id, items, pricing));
  return quote;
}

/** The company's default address of a kind (the first when none is marked). */
async function preferredAddress(tx: Tx, companyId: number, kind: 'delivery' | 'billing'): Promise<Address | null> {
  const rows = await tx.select().from(addresses).where(and(eq(addresses.companyId, companyId), eq(addresses.kind, kind))).orderBy(asc(addresses.id));
  const a = rows.find((x) => x.isDefault) ?? rows[0];
  return a ? { name: a.name, street: a.street, zip: a.zip, city: a.city, country: a.country } : null;
}

/**
 * The customer's basket as a quote: every line priced now by the server (a client's price is
 * never used) and frozen. The basket stays as it is.
 */
export async function quoteFromBasket(db: Db, auth: CustomerAuth, fields: QuoteFields, now: number): Promise<QuoteRecord> {
  return db.transaction(async (tx) => {
    const { items, pricing, leadTime } = await pricedBasket(tx, auth.user.id, auth.companyId, undefined, auth.user.language, now);
    if (!items.length) throw conflict('BASKET_EMPTY', 'The basket is empty: put parts or articles in it first.');
    refuseBroken(items);
    const meta = await tx.select().from(baskets).where(and(eq(baskets.userId, auth.user.id), eq(baskets.companyId, auth.companyId))).get();
    const pick = <K extends keyof QuoteFields>(k: K, fallback: QuoteFields[K]) => (fields[k] !== undefined ? fields[k] : fallback);
    return insertQuote(tx, {
      companyId: auth.companyId, source: 'basket', createdBy: auth.user, language: auth.user.language, items, pricing, now,
      fields: {
        commission: pick('commission', meta?.commission ?? null),
        requestedDate: pick('requestedDate', meta?.requestedDate ?? null),
        deliveryAddress: pick('deliveryAddress', meta?.deliveryAddress ?? await preferredAddress(tx, auth.companyId, 'delivery')),
        billingAddress: pick('billingAddress', meta?.billingAddress ?? await preferredAddress(tx, auth.companyId, 'billing')),
        deliveryMethod: pick('deliveryMethod', meta?.deliveryMethod ?? 'delivery'),
        note: pick('note', meta?.note ?? null),
        leadTime,
      },
    });
  });
}

/** Lines to price for a company: its own parts (another company's part is a 404) and articles by id. */
async function linesToPrice(
  tx: Tx, companyId: number, lines: { partId?: number | null; articleId?: number | null; quantity: number; finishing?: FinishingChoice | null }[],
): Promise<LineToPrice[]> {
  const partIds = lines.flatMap((l) => (l.partId ? [l.partId] : []));
  const rows = partIds.length
    ? await tx.select({ id: parts.id, name: parts.name, articleNumber: parts.articleNumber, material: parts.material, thickness: parts.thickness, metrics: parts.metrics })
      .from(parts).where(and(eq(parts.companyId, companyId), inArray(parts.id, partIds)))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return lines.map((l, k) => {
    const p = l.partId ? byId.get(l.partId) : undefined;
    return {
      id: k + 1, partId: l.partId ?? null, articleId: l.articleId ?? null, quantity: l.quantity,
      name: p?.name ?? null, articleNumber: p?.articleNumber ?? null, material: p?.material ?? null, thickness: p?.thickness ?? null, metrics: p?.metrics ?? null,
      finishing: l.finishing ?? null,
    };
  });
}

export interface ShopQuoteInput extends QuoteFields {
  companyId: number;
  lines: { partId?: number; articleId?: number; quantity: number; finishing?: FinishingChoice }[];
  language?: Language;
}

/** The shop writes a quote for a company: its parts and articles at the company's prices now. */
export async function shopQuote(db: Db, actor: User, input: ShopQuoteInput, now: number): Promise<QuoteRecord> {
  return db.transaction(async (tx) => {
    const company = await tx.select().from(companies).where(eq(companies.id, input.companyId)).get();
    if (!company) throw notFound('The company');
    const pricing = await pricingForCompany(tx, company.id);
    const rows = await linesToPrice(tx, company.id, input.lines);
    const missing = rows.find((r) => r.partId !== null && r.name === null);
    if (missing) throw notFound(`Part ${missing.partId} (of this company)`);
    const language = input.language ?? company.language;
    const items = await priceItems(tx, company.id, rows, pricing, language, { leadTime: input.leadTime, orderDate: isoDate(now) });
    if (items.length !== rows.length) throw notFound('An article');
    const hidden = items.find((i) => i.error?.code === 'ARTICLE_UNAVAILABLE');
    if (hidden) throw notFound(`The article ${hidden.articleNumber} (published to this company)`);
    refuseBroken(items);
    return insertQuote(tx, {
      companyId: company.id, source: 'shop', createdBy: actor, language, items, pricing, now,
      fields: {
        ...input,
        deliveryAddress: input.deliveryAddress !== undefined ? input.deliveryAddress : await preferredAddress(tx, company.id, 'delivery'),
        billingAddress: input.billingAddress !== undefined ? input.billingAddress : await preferredAddress(tx, company.id, 'billing'),
      },
    });
  });
}

/** A quote of the company, or 404 (another company's id is not told apart from none). */
export async function companyQuote(tx: Tx, companyId: number, id: number): Promise<QuoteRecord> {
  const q = await tx.select().from(quotes).where(and(eq(quotes.id, id), eq(quotes.companyId, companyId))).get();
  if (!q) throw notFound('The quote');
  return q;
}

export async function anyQuote(tx: Tx, id: number): Promise<QuoteRecord> {
  const q = await tx.select().from(quotes).where(eq(quotes.id, id)).get();
  if (!q) throw notFound('The quote');
  return q;
}

const linesOf = (tx: Tx, quoteId: number) => tx.select().from(quoteLines).where(eq(quoteLines.quoteId, quoteId)).orderBy(asc(quoteLines.position));

/** Valid on its last day, not after (the server clock's UTC date). */
export const isValid = (q: Pick<QuoteRecord, 'validUntil'>, now: number) => isoDate(now) <= q.validUntil;

/** The API view of a quote: its frozen lines and whether it still holds. */
export async function quoteView(tx: Tx, q: QuoteRecord, now: number) {
  const [lines, company, order] = await Promise.all([
    linesOf(tx, q.id),
    tx.select({ id: companies.id, name: companies.name, customerNumber: companies.customerNumber }).from(companies).where(eq(companies.id, q.companyId)).get(),
    q.orderId ? tx.select({ id: orders.id, number: orders.number, status: orders.status }).from(orders).where(eq(orders.id, q.orderId)).get() : undefined,
  ]);
  return {
    id: q.id, number: q.number, source: q.source, company: company ?? null, createdBy: q.createdByName, createdAt: q.createdAt,
    date: isoDate(q.createdAt), validUntil: q.validUntil, valid: isValid(q, now), currency: q.currency, total: q.total,
    commission: q.commission, requestedDate: q.requestedDate, deliveryAddress: q.deliveryAddress, billingAddress: q.billingAddress,
    deliveryMethod: q.deliveryMethod, note: q.note, language: q.language, sentAt: q.sentAt,
    leadTime: q.leadTime, delivery: deliveryOf(lines) ?? null,
    order: order ?? null,
    pdf: `/api/quotes/${q.id}/pdf`,
    lines: lines.map((l) => ({
      id: l.id, position: l.position, kind: l.kind, partId: l.partId, articleId: l.articleId, name: l.name, articleNumber: l.articleNumber,
      customerArticleNumber: l.customerArticleNumber, customerName: l.customerName, unit: l.unit, material: l.material, thickness: l.thickness,
      quantity: l.quantity, unitPrice: l.unitPrice, total: l.total,
      breakdown: (l.quote as { breakdown?: unknown }).breakdown ?? [], metrics: (l.quote as { metrics?: unknown }).metrics ?? null,
      weight: (l.quote as { weight?: number }).weight ?? null,
      finishing: (l.quote as { finishing?: unknown }).finishing ?? null,
      delivery: (l.quote as { delivery?: unknown }).delivery ?? null,
    })),
  };
}

/** The list row of a quote. */
export async function quoteList(tx: Tx, companyId: number | null, page: number, pageSize: number, now: number) {
  const where = companyId === null ? undefined : eq(quotes.companyId, companyId);
  const [rows, count] = await Promise.all([
    tx.select({
      id: quotes.id, number: quotes.number, source: quotes.source, companyId: quotes.companyId, companyName: companies.name, createdBy: quotes.createdByName,
      createdAt: quotes.createdAt, validUntil: quotes.validUntil, currency: quotes.currency, total: quotes.total, commission: quotes.commission,
      orderId: quotes.orderId, orderNumber: orders.number, sentAt: quotes.sentAt,
      lineCount: sql<number>`(select count(*) from quote_lines where quote_lines.quote_id = ${quotes.id})`,
    }).from(quotes).innerJoin(companies, eq(companies.id, quotes.companyId)).leftJoin(orders, eq(orders.id, quotes.orderId))
      .where(where).orderBy(desc(quotes.createdAt), desc(quotes.id)).limit(pageSize).offset((page - 1) * pageSize),
    tx.select({ n: sql<number>`count(*)` }).from(quotes).where(where).get(),
  ]);
  return { items: rows.map((r) => ({ ...r, valid: isValid(r, now) })), total: count?.n ?? 0, page, pageSize };
}

export interface QuoteOrderResult {
  orderId: number;
  replayed: boolean;
  /** The lines were priced again: the quote had run out. */
  repriced: boolean;
}

/**
 * Turn a quote into an order (once). Within its validity the order takes the frozen lines and
 * prices; after it, every line is priced now as a basket line would be. The approval rules are
 * applied to the lines as at a basket submission (placeOrder). A retry with the same
 * Idempotency-Key returns the first order.
 */
export async function orderFromQuote(db: Db, auth: CustomerAuth, quoteId: number, input: SubmitInput, idempotencyKey: string | null, now: number, publicUrl: string): Promise<QuoteOrderResult> {
  return db.transaction(async (tx) => {
    const quote = await companyQuote(tx, auth.companyId, quoteId);
    const prior = await priorOrder(tx, auth, idempotencyKey);
    if (prior !== null) {
      const o = await tx.select({ createdAt: orders.createdAt }).from(orders).where(eq(orders.id, prior)).get();
      return { orderId: prior, replayed: true, repriced: quote.orderId === prior && !!o && !isValid(quote, o.createdAt) };
    }
    if (quote.orderId !== null) throw conflict('QUOTE_ORDERED', `Quote ${quote.number} has already been turned into an order.`);
    const lines = await linesOf(tx, quote.id);
    const current = await pricingForCompany(tx, auth.companyId);
    const valid = isValid(quote, now);
    let items: PricedItem[];
    let pricing: Pricing;
    if (valid) {
      // the frozen lines; only whether an article is in the assortment is asked now (approval)
      const arts = await articlesForCompany(tx, auth.companyId, lines.flatMap((l) => (l.articleId === null ? [] : [l.articleId])));
      items = lines.map((l) => frozenItem(l, l.articleId !== null ? (arts.get(l.articleId)?.inAssortment ?? false) : false));
      pricing = { ...current, profile: quote.pricing.profile as PricingProfile, catalogVersion: quote.pricing.catalogVersion };
      // the prices hold; the delivery date counts from the day of the order, with the quoted option's working days
      const holidays = pricing.profile.holidays ?? [];
      for (const i of items) {
        const d = i.frozen?.delivery as { workingDays: number; extraDays?: number; date: string } | undefined;
        if (d) i.frozen = { ...i.frozen, delivery: { ...d, date: addWorkingDays(isoDate(now), d.workingDays + (d.extraDays ?? 0), holidays) } };
      }
    } else {
      const rows = await linesToPrice(tx, auth.companyId, lines.map((l) => ({ ...l, finishing: (l.quote.finishing as FinishingChoice | null | undefined) ?? null })));
      items = await priceItems(tx, auth.companyId, rows, current, auth.user.language, { leadTime: quote.leadTime, orderDate: isoDate(now) });
      // a part deleted from the library since, or an article gone: the line cannot be priced again
      for (const l of lines) {
        const k = l.position - 1;
        if (l.kind === 'part' && rows[k].name === null) {
          items.splice(k, 0, { ...frozenItem(l, false), unitPrice: null, total: null, error: { code: 'PART_UNAVAILABLE', message: 'The part is no longer in your library.' } });
        } else if (l.kind === 'article' && !items.some((i) => i.id === k + 1)) {
          items.splice(k, 0, { ...frozenItem(l, false), unitPrice: null, total: null, error: { code: 'ARTICLE_UNAVAILABLE', message: 'This article is no longer offered to your company.' } });
        }
      }
      pricing = current;
    }
    const total = items.reduce((s, i) => s + (i.total ?? 0), 0);
    const defaults = {
      commission: quote.commission ?? quote.number, requestedDate: quote.requestedDate, deliveryAddress: quote.deliveryAddress,
      billingAddress: quote.billingAddress, deliveryMethod: quote.deliveryMethod, note: quote.note,
    };
    const order = await placeOrder(tx, auth, { items, pricing, total }, input, defaults, idempotencyKey, now, publicUrl);
    await tx.update(quotes).set({ orderId: order.id }).where(eq(quotes.id, quote.id));
    return { orderId: order.id, replayed: false, repriced: !valid };
  });
}

/** A frozen quote line as a priced item (placeOrder copies `frozen` as the order line's quote). */
function frozenItem(l: QuoteLine, inAssortment: boolean): PricedItem {
  const q = l.quote as Record<string, unknown>;
  return {
    id: l.position, kind: l.kind, partId: l.partId, articleId: l.articleId, name: l.name, articleNumber: l.articleNumber,
    customerArticleNumber: l.customerArticleNumber, customerName: l.customerName, unit: l.unit, material: l.material, thickness: l.thickness,
    quantity: l.quantity, unitPrice: l.unitPrice, total: l.total, quote: null, error: null, frozen: q,
    finishing: (q.finishing as FinishingChoice | null | undefined) ?? null,
    article: l.kind === 'article'
      ? { basePrice: Number(q.basePrice ?? l.unitPrice), priceKind: (q.priceKind as 'fixed' | 'discount' | 'base') ?? 'base', discount: (q.discount as number | null) ?? null, inAssortment }
      : null,
  };
}

/** The shop marks a quote sent and mails it to the customer (the quote's maker, or the company's admins). */
export async function sendQuote(db: Db, id: number, to: string | null, now: number, publicUrl: string) {
  return db.transaction(async (tx) => {
    const q = await anyQuote(tx, id);
    const company = await tx.select().from(companies).where(eq(companies.id, q.companyId)).get();
    let recipient: { email: string; name: string; language: Language } | undefined;
    if (to) {
      const u = await tx.select().from(users).where(eq(users.email, to.toLowerCase())).get();
      recipient = { email: to, name: u?.name ?? '', language: u?.language ?? q.language };
    } else if (q.source === 'basket' && q.createdBy) {
      recipient = await tx.select({ email: users.email, name: users.name, language: users.language }).from(users).where(eq(users.id, q.createdBy)).get();
    }
    recipient ??= await companyContact(tx, q.companyId);
    if (!recipient) throw new ApiError(409, 'NO_RECIPIENT', 'Nobody of the company has a login to mail the quote to; name an address in `to`.');
    await enqueueMail(tx, {
      to: recipient.email, kind: 'quote_sent', language: recipient.language,
      vars: {
        name: recipient.name || undefined, company: company?.name, quoteNumber: q.number, validUntil: q.validUntil, total: q.total,
        currency: q.currency, link: links.quotePdf(publicUrl, q.id),
      },
    }, now);
    await tx.update(quotes).set({ sentAt: now }).where(eq(quotes.id, q.id));
    return { to: recipient.email };
  });
}

/** The first company admin (manage_company right) who can sign in. */
async function companyContact(tx: Tx, companyId: number) {
  const rows = await tx.all<{ email: string; name: string; language: Language }>(sql`
    SELECT u.email, u.name, u.language FROM memberships m JOIN groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id
    WHERE m.company_id = ${companyId} AND u.disabled = 0 AND g.rights LIKE '%manage_company%' ORDER BY u.id LIMIT 1`);
  return rows[0];
}

/** Where the letterhead comes from: the server's configuration, else the demo shop. */
export function letterhead(config: Pick<AppConfig, 'shop'>) {
  return config.shop ?? DEMO_SHOP;
}

/** An address as printed under the company's name (its name left out when it is only the company's again). */
const addressLines = (a: Address | null | undefined, company: string): string[] =>
  (a ? [a.name === company ? '' : a.name, a.street, `${a.zip} ${a.city}`.trim(), a.country].filter(Boolean) : []);

/** Part outlines for the PDF: each part's drawing analysed again with its geometry (and its layer roles). */
async function previews(tx: Tx, partIds: number[]) {
  const ids = [...new Set(partIds)];
  if (!ids.length) return new Map<number, QuotePdfLine['preview']>();
  const rows = await tx.select({ id: parts.id, drawing: parts.drawing, layers: parts.layers }).from(parts).where(inArray(parts.id, ids));
  const out = new Map<number, QuotePdfLine['preview']>();
  for (const r of rows) {
    try {
      const m = analyzeDxfSync(new Uint8Array(r.drawing), { geometry: true, ...(r.layers ? { layers: r.layers } : {}) });
      out.set(r.id, { paths: m.contours.flatMap((c) => (c.path ? [c.path] : [])), bbox: m.bbox });
    } catch {
      // a drawing that no longer reads draws no outline; the line is printed all the same
    }
  }
  return out;
}

/** Finishing as printed per line: the breakdown lines that took time (deburring, tapping, …) with their detail. */
export function finishingLines(frozen: Record<string, unknown>): string[] {
  const breakdown = (frozen.breakdown as { label: string; detail?: string; seconds?: number }[] | undefined) ?? [];
  return breakdown.filter((b) => b.seconds !== undefined).map((b) => (b.detail ? `${b.label}: ${b.detail}` : b.label));
}

/** The document's lines, customer and letterhead for renderQuotePdf (quotes and order confirmations alike). */
export async function pdfInput(tx: Tx, doc: {
  kind: QuotePdfInput['kind']; number: string; date: string; validUntil?: string; language: Language; currency: string;
  companyId: number; contact?: string; reference?: string | null; deliveryAddress: Address | null; billingAddress: Address | null; note?: string | null;
  lines: Pick<QuoteLine, 'name' | 'articleNumber' | 'customerArticleNumber' | 'material' | 'thickness' | 'quantity' | 'unit' | 'unitPrice' | 'total' | 'quote' | 'partId' | 'kind'>[];
  delivery?: { label: string; date: string };
}, config: Pick<AppConfig, 'shop' | 'vatRate'>): Promise<QuotePdfInput> {
  const company = await tx.select().from(companies).where(eq(companies.id, doc.companyId)).get();
  const pics = await previews(tx, doc.lines.flatMap((l) => (l.partId !== null ? [l.partId] : [])));
  const own = company ? [company.street, `${company.zip} ${company.city}`.trim(), company.country].filter(Boolean) : [];
  const billing = addressLines(doc.billingAddress, company?.name ?? '');
  const delivery = addressLines(doc.deliveryAddress, company?.name ?? '');
  const shop = letterhead(config);
  return {
    kind: doc.kind, number: doc.number, date: doc.date, validUntil: doc.validUntil, language: doc.language, currency: doc.currency,
    shop,
    customer: {
      name: company?.name ?? '', customerNumber: company?.customerNumber, contact: doc.contact,
      billing: billing.length ? billing : own, delivery: delivery.length ? delivery : billing.length ? billing : own,
      reference: doc.reference ?? undefined,
    },
    lines: doc.lines.map((l) => ({
      name: l.name, articleNumber: l.articleNumber ?? undefined, customerArticleNumber: l.kind === 'article' ? l.customerArticleNumber ?? undefined : undefined,
      material: l.material ?? undefined, thickness: l.thickness ?? undefined, finishing: finishingLines(l.quote),
      quantity: l.quantity, unit: l.unit ?? undefined, unitPrice: l.unitPrice, total: l.total,
      preview: l.partId !== null ? pics.get(l.partId) : undefined,
    })),
    delivery: doc.delivery,
    vatRate: config.vatRate ?? 0.19,
    note: doc.note ?? undefined,
  };
}

/** The PDF input of a quote. */
export async function quotePdfInput(tx: Tx, q: QuoteRecord, config: Pick<AppConfig, 'shop' | 'vatRate'>): Promise<QuotePdfInput> {
  const lines = await linesOf(tx, q.id);
  return pdfInput(tx, {
    kind: 'quote', number: q.number, date: isoDate(q.createdAt), validUntil: q.validUntil, language: q.language, currency: q.currency,
    companyId: q.companyId, contact: q.source === 'basket' ? q.createdByName : undefined, reference: q.commission,
    deliveryAddress: q.deliveryAddress, billingAddress: q.billingAddress, note: q.note, lines, delivery: deliveryOf(lines),
  }, config);
}

/** The delivery option frozen with the lines and the latest date it gives (none for articles only). */
export function deliveryOf(lines: { quote: Record<string, unknown> }[]): { label: string; date: string } | undefined {
  let best: { label: string; date: string } | undefined;
  for (const l of lines) {
    const d = l.quote.delivery as { label?: string; date?: string } | undefined;
    if (d?.label && d.date && (!best || d.date > best.date)) best = { label: d.label, date: d.date };
  }
  return best;
}

/**
 * The PDF input of an order confirmation: the order's lines as they stand (rejected ones and those
 * of supplements the shop has not confirmed left out), its addresses, commission and delivery;
 * dated the day the order reached the shop. Once the shop confirmed it (issue [8]) the document
 * says when, shows the confirmed quantities (with the quantity ordered where it changed) and each
 * line's confirmed delivery date. An order that never reached the shop (awaiting approval,
 * rejected) has nothing to confirm: INVALID_STATUS (409).
 */
export async function confirmationPdfInput(tx: Tx, order: Order, language: Language, config: Pick<AppConfig, 'shop' | 'vatRate'>): Promise<QuotePdfInput> {
  if (order.releasedAt === null) {
    throw conflict('INVALID_STATUS', `Order ${order.number} has not reached the shop yet (${order.status.replace('_', ' ')}): there is nothing to confirm.`);
  }
  const confirmedSupplements = new Set((await tx.select({ id: orderSupplements.id }).from(orderSupplements)
    .where(and(eq(orderSupplements.orderId, order.id), eq(orderSupplements.status, 'confirmed')))).map((r) => r.id));
  const lines = (await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position)))
    .filter((l) => l.approval !== 'rejected' && (l.supplementId === null || confirmedSupplements.has(l.supplementId)));
  const orderer = order.ordererId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, order.ordererId)).get() : undefined;
  let delivery = deliveryOf(lines);
  if (delivery && lines.some((l) => l.deliveryDate)) {
    // the shop's confirmed dates: the order arrives with its latest line
    const latest = lines.map((l) => lineDeliveryDate(l, order)).filter((d): d is string => !!d).sort().pop();
    if (latest) delivery = { ...delivery, date: latest };
  }
  const input = await pdfInput(tx, {
    kind: 'confirmation', number: order.number, date: isoDate(order.releasedAt), language, currency: order.currency,
    companyId: order.companyId, contact: orderer?.name, reference: order.commission,
    deliveryAddress: order.deliveryAddress, billingAddress: order.billingAddress, note: order.note, lines, delivery,
  }, config);
  lines.forEach((l, i) => {
    if (l.deliveryDate) input.lines[i].deliveryDate = l.deliveryDate;
    if (l.originalQuantity !== null && l.originalQuantity !== l.quantity) input.lines[i].originalQuantity = l.originalQuantity;
  });
  if (order.confirmedAt !== null) input.confirmedAt = isoDate(order.confirmedAt);
  return input;
}
