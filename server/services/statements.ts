/**
 * The money trail (issue [8]): invoices, payments and credit notes on an order, and the statement
 * of account of a company for a period.
 *
 * Rules (API.md, README "Statements"):
 * - Amounts are gross cents, positive. Invoices get a number (`RE-2026-00001`, from the counters
 *   table, per year of the invoice date) unless one is given, and a due date (invoice date + the
 *   payment terms, 30 days unless the server's `paymentTermsDays` says otherwise).
 * - Partial payments are allowed; a payment above the order's open amount (invoiced − credited −
 *   paid) is refused with OVERPAYMENT (409) unless `allowOverpayment` is sent; the excess then
 *   stays on the company's account as a credit balance (a negative open item).
 * - A credit note (written by returns when a return is credited, or by the shop) may not exceed
 *   what is invoiced and not yet credited on the order (CREDIT_EXCEEDS_INVOICED, 409).
 * - Balance = invoiced − credited − paid. Orders and deliveries are shown in the trail with their
 *   (net) value but do not move the balance: only documents that are owed or settle do.
 * - Open items at `to`: per order, credits and payments settle its invoices oldest first; what is
 *   left over on an order (an overpayment) then settles the company's other open invoices, oldest
 *   first; what is still left is a negative open item (credit balance). So Σ open items = closing
 *   balance, always. Open items age in days from the invoice date to `to`: 0–30, 31–60, 61–90, > 90.
 */
import { and, asc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { companies, orderLines, orderRecords, orders, shipmentLines, shipments, type Order, type User } from '../db/schema.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import { addRecord, isoDate, shopOrder } from './orders.js';

/** Payment terms when the server sets none: 30 days net. */
export const DEFAULT_PAYMENT_TERMS_DAYS = 30;
/** Larger than any real invoice (10 million in the currency), small enough to stay exact as a double. */
const MAX_AMOUNT = 1_000_000_000;
const DAY = 86_400_000;

export type RecordKind = 'delivery' | 'invoice' | 'payment' | 'credit';

export interface InvoiceInput {
  /** YYYY-MM-DD, default today. */
  date?: string;
  /** Gross cents, > 0. */
  amount: number;
  /** YYYY-MM-DD, not before the invoice date; default date + payment terms. */
  dueDate?: string;
  /** The invoice number; default the next `RE-<year>-NNNNN`. */
  document?: string;
}

export interface PaymentInput {
  date?: string;
  /** Cents received, > 0. */
  amount: number;
  /** The bank's reference, if any. */
  document?: string;
  /** Record a payment above the order's open amount (the excess is a credit on the company's account). */
  allowOverpayment?: boolean;
}

export interface CreditInput {
  date?: string;
  /** Gross cents credited, > 0. */
  amount: number;
  /** The credit note's number; default the next `GS-<year>-NNNNN`. */
  document?: string;
  /** The return (RMA) the credit settles. */
  returnId?: number | null;
}

/** The money of one order, all records counted: invoiced − credited − paid = open. */
export interface OrderMoney {
  invoiced: number;
  credited: number;
  paid: number;
  /** Negative when the order is overpaid. */
  open: number;
}

/** A day `YYYY-MM-DD` that exists (2026-02-30 does not), else INVALID_DATE (400). */
export function checkDay(value: string, field: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || isoDate(Date.parse(`${value}T00:00:00Z`) || 0) !== value) {
    throw invalid(`${field}: "${value}" is not a date (YYYY-MM-DD).`, 'INVALID_DATE');
  }
  return value;
}

function checkAmount(amount: unknown): number {
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0 || amount > MAX_AMOUNT) {
    throw invalid('amount: a whole number of cents greater than 0 (and at most 1,000,000,000).', 'INVALID_AMOUNT');
  }
  return amount;
}

const addDays = (day: string, days: number) => isoDate(Date.parse(`${day}T00:00:00Z`) + days * DAY);
/** Whole days from `a` to `b` (YYYY-MM-DD). */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

async function nextDocument(tx: Tx, prefix: 'RE' | 'GS', kind: 'invoice' | 'credit', year: string): Promise<string> {
  const name = `${kind === 'invoice' ? 'invoices' : 'credits'}-${year}`;
  for (;;) {
    const row = await tx.all<{ value: number }>(sql`
      INSERT INTO counters (name, value) VALUES (${name}, 1)
      ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`);
    const doc = `${prefix}-${year}-${String(row[0].value).padStart(5, '0')}`;
    // a number typed in by hand may already hold this one: take the next
    if (!(await documentTaken(tx, kind, doc))) return doc;
  }
}

async function documentTaken(tx: Tx, kind: 'invoice' | 'credit', document: string): Promise<boolean> {
  const r = await tx.select({ id: orderRecords.id }).from(orderRecords)
    .where(and(eq(orderRecords.kind, kind), sql`lower(${orderRecords.document}) = lower(${document})`)).get();
  return !!r;
}

/** Invoiced, credited, paid and open of an order, from all its records. */
export async function orderMoney(tx: Tx, orderId: number): Promise<OrderMoney> {
  const rows = await tx.select({ kind: orderRecords.kind, sum: sql<number>`coalesce(sum(${orderRecords.amount}), 0)` })
    .from(orderRecords).where(eq(orderRecords.orderId, orderId)).groupBy(orderRecords.kind);
  const of = (k: RecordKind) => rows.find((r) => r.kind === k)?.sum ?? 0;
  const invoiced = of('invoice'), credited = of('credit'), paid = of('payment');
  return { invoiced, credited, paid, open: invoiced - credited - paid };
}

const money = (cents: number, currency: string) => `${(cents / 100).toFixed(2)} ${currency}`;

/** An invoice on an order, in the caller's transaction. */
export async function addInvoice(tx: Tx, actor: User, order: Order, input: InvoiceInput, now: number, paymentTermsDays = DEFAULT_PAYMENT_TERMS_DAYS) {
  const amount = checkAmount(input.amount);
  const date = checkDay(input.date ?? isoDate(now), 'date');
  const dueDate = input.dueDate ? checkDay(input.dueDate, 'dueDate') : addDays(date, paymentTermsDays);
  if (dueDate < date) throw invalid(`dueDate: ${dueDate} is before the invoice date ${date}.`, 'INVALID_DUE_DATE');
  let document = input.document?.trim();
  if (document) {
    if (await documentTaken(tx, 'invoice', document)) throw conflict('DOCUMENT_TAKEN', `Invoice number ${document} is already in use.`);
  } else {
    document = await nextDocument(tx, 'RE', 'invoice', date.slice(0, 4));
  }
  return addRecord(tx, actor, order, { kind: 'invoice', date, document, amount, dueDate }, now);
}

/** A payment on an order (partial allowed; above the open amount only with allowOverpayment). */
export async function addPayment(tx: Tx, actor: User, order: Order, input: PaymentInput, now: number) {
  const amount = checkAmount(input.amount);
  const date = checkDay(input.date ?? isoDate(now), 'date');
  const m = await orderMoney(tx, order.id);
  if (amount > m.open && !input.allowOverpayment) {
    throw conflict('OVERPAYMENT', `Order ${order.number} has ${money(Math.max(0, m.open), order.currency)} open; a payment of ${money(amount, order.currency)} `
      + `would exceed it by ${money(amount - Math.max(0, m.open), order.currency)}. Send allowOverpayment: true to keep the excess as a credit on the account.`);
  }
  return addRecord(tx, actor, order, { kind: 'payment', date, document: input.document?.trim() || null, amount }, now);
}

/** A credit note on an order (a credited return, a goodwill credit): at most what is invoiced and not yet credited. */
export async function addCredit(tx: Tx, actor: User, order: Order, input: CreditInput, now: number) {
  const amount = checkAmount(input.amount);
  const date = checkDay(input.date ?? isoDate(now), 'date');
  const m = await orderMoney(tx, order.id);
  if (amount > m.invoiced - m.credited) {
    throw conflict('CREDIT_EXCEEDS_INVOICED', `Order ${order.number} has ${money(m.invoiced - m.credited, order.currency)} invoiced and not yet credited; `
      + `a credit note of ${money(amount, order.currency)} is more than that.`);
  }
  let document = input.document?.trim();
  if (document) {
    if (await documentTaken(tx, 'credit', document)) throw conflict('DOCUMENT_TAKEN', `Credit note number ${document} is already in use.`);
  } else {
    document = await nextDocument(tx, 'GS', 'credit', date.slice(0, 4));
  }
  return addRecord(tx, actor, order, { kind: 'credit', date, document, amount, returnId: input.returnId ?? null }, now);
}

/**
 * Record an invoice on a released order, in its own transaction.
 * @example await recordInvoice(db, ops, orderId, { date: '2026-11-20', amount: 119_000 }, Date.now()) // RE-2026-00001, due 2026-12-20
 */
export async function recordInvoice(db: Db, actor: User, orderId: number, input: InvoiceInput, now: number, paymentTermsDays = DEFAULT_PAYMENT_TERMS_DAYS) {
  return db.transaction(async (tx) => addInvoice(tx, actor, await shopOrder(tx, orderId), input, now, paymentTermsDays));
}

/**
 * Record a (partial) payment on a released order, in its own transaction.
 * @example await recordPayment(db, ops, orderId, { date: '2026-12-01', amount: 50_000 }, Date.now())
 */
export async function recordPayment(db: Db, actor: User, orderId: number, input: PaymentInput, now: number) {
  return db.transaction(async (tx) => addPayment(tx, actor, await shopOrder(tx, orderId), input, now));
}

/**
 * Record a credit note on a released order, in its own transaction.
 * @example await recordCredit(db, ops, orderId, { amount: 11_900, returnId }, Date.now()) // GS-2026-00001
 */
export async function recordCredit(db: Db, actor: User, orderId: number, input: CreditInput, now: number) {
  return db.transaction(async (tx) => addCredit(tx, actor, await shopOrder(tx, orderId), input, now));
}

// ---------------------------------------------------------------------------------------------
// The statement

export type StatementEntryKind = 'order' | 'delivery' | 'invoice' | 'credit' | 'payment';

/** One row of the trail. */
export interface StatementEntry {
  date: string;
  kind: StatementEntryKind;
  orderId: number;
  orderNumber: string;
  /** Invoice or credit note number, delivery note, payment reference; null for orders (their number is orderNumber). */
  document: string | null;
  /**
   * Cents: an order's net total, a delivery's net value (quantity × unit price; null for a
   * delivery recorded without its lines), an invoice's, credit note's or payment's gross amount.
   */
  amount: number | null;
  /** What it adds to the balance (invoices) and what it takes off (credit notes, payments). */
  debit: number;
  credit: number;
  /** The running balance after this row. */
  balance: number;
  /** Invoices: when payment is due. */
  dueDate?: string | null;
  /** Orders: their status now. */
  status?: string;
  /** Credit notes: the return they settle. */
  returnId?: number | null;
  /** Deliveries: pieces shipped. */
  quantity?: number | null;
}

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];
export const bucketOf = (ageDays: number): AgingBucket => (ageDays <= 30 ? '0-30' : ageDays <= 60 ? '31-60' : ageDays <= 90 ? '61-90' : '90+');

/** An invoice not fully settled at `asOf`, or a credit balance left from an overpayment (negative). */
export interface OpenItem {
  kind: 'invoice' | 'credit_balance';
  companyId: number;
  orderId: number;
  orderNumber: string;
  document: string | null;
  date: string;
  dueDate: string | null;
  /** The invoice's amount (a credit balance: the payments and credits left over, negative). */
  amount: number;
  /** What is still owed (negative: owed to the customer). */
  open: number;
  ageDays: number;
  /** Days past the due date (0 when not yet due). */
  overdueDays: number;
  bucket: AgingBucket;
}

export interface Aging {
  bucket: AgingBucket;
  amount: number;
  count: number;
}

/** An order's figures as of the statement's `to` (all its records up to that day). */
export interface StatementOrder {
  id: number;
  number: string;
  status: string;
  /** YYYY-MM-DD it reached the shop. */
  date: string;
  /** Net order value. */
  total: number;
  /** Net value shipped (shipments' lines). */
  delivered: number;
  invoiced: number;
  credited: number;
  paid: number;
  open: number;
}

export interface Statement {
  company: { id: number; name: string; customerNumber: string };
  currency: string;
  from: string;
  to: string;
  openingBalance: number;
  closingBalance: number;
  /** Chronological: by date, then order → delivery → invoice → credit → payment, then as recorded. */
  entries: StatementEntry[];
  openItems: OpenItem[];
  aging: Aging[];
  /** Orders with anything in the period or an open amount at `to`, oldest first. */
  orders: StatementOrder[];
  totals: {
    /** Within the period: */
    orders: number; ordered: number; deliveries: number; delivered: number; invoiced: number; credited: number; paid: number;
    /** At `to`: Σ open items (= closing balance) and the part of it past due. */
    open: number; overdue: number;
  };
}

const KIND_RANK: Record<StatementEntryKind, number> = { order: 0, delivery: 1, invoice: 2, credit: 3, payment: 4 };

interface MoneyRow { id: number; orderId: number; kind: RecordKind; date: string; document: string | null; amount: number | null; dueDate: string | null; returnId: number | null }

/**
 * Open items at `asOf` from the money records (dated ≤ asOf) of one company's orders: per order,
 * payments and credits settle its invoices oldest first; an order's leftover then settles the
 * company's other invoices oldest first; what is still left is a negative item.
 */
function allocate(companyId: number, orderNumbers: Map<number, string>, records: MoneyRow[], asOf: string): OpenItem[] {
  const byOrder = new Map<number, MoneyRow[]>();
  for (const r of records) {
    if (r.date > asOf || r.kind === 'delivery') continue;
    (byOrder.get(r.orderId) ?? byOrder.set(r.orderId, []).get(r.orderId)!).push(r);
  }
  const oldest = (a: { date: string; id: number }, b: { date: string; id: number }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id);
  const invoices: { row: MoneyRow; open: number }[] = [];
  const leftovers: { orderId: number; date: string; id: number; left: number }[] = [];
  for (const [orderId, rows] of byOrder) {
    const inv = rows.filter((r) => r.kind === 'invoice').sort(oldest).map((row) => ({ row, open: row.amount ?? 0 }));
    const settling = rows.filter((r) => r.kind !== 'invoice');
    let pool = settling.reduce((s, r) => s + (r.amount ?? 0), 0);
    for (const i of inv) {
      const take = Math.min(pool, i.open);
      i.open -= take;
      pool -= take;
    }
    invoices.push(...inv);
    if (pool > 0) {
      const last = settling.sort(oldest).at(-1)!;
      leftovers.push({ orderId, date: last.date, id: last.id, left: pool });
    }
  }
  invoices.sort((a, b) => oldest(a.row, b.row));
  for (const l of leftovers.sort(oldest)) {
    for (const i of invoices) {
      if (l.left === 0) break;
      const take = Math.min(l.left, i.open);
      i.open -= take;
      l.left -= take;
    }
  }
  const item = (kind: OpenItem['kind'], orderId: number, document: string | null, date: string, dueDate: string | null, amount: number, open: number): OpenItem => {
    const ageDays = Math.max(0, daysBetween(date, asOf));
    return {
      kind, companyId, orderId, orderNumber: orderNumbers.get(orderId) ?? '', document, date, dueDate, amount, open,
      ageDays, overdueDays: dueDate ? Math.max(0, daysBetween(dueDate, asOf)) : 0, bucket: bucketOf(ageDays),
    };
  };
  const items = invoices.filter((i) => i.open > 0).map((i) => item('invoice', i.row.orderId, i.row.document, i.row.date, i.row.dueDate, i.row.amount ?? 0, i.open));
  for (const l of leftovers) if (l.left > 0) items.push(item('credit_balance', l.orderId, null, l.date, null, -l.left, -l.left));
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.orderId - b.orderId));
}

function aging(items: OpenItem[]): Aging[] {
  return AGING_BUCKETS.map((bucket) => {
    const inBucket = items.filter((i) => i.bucket === bucket);
    return { bucket, amount: inBucket.reduce((s, i) => s + i.open, 0), count: inBucket.length };
  });
}

/** The longest period a statement covers (ten years and a bit): INVALID_PERIOD beyond. */
const MAX_PERIOD_DAYS = 3700;

/** Check a period: both days exist and from ≤ to, else INVALID_DATE / INVALID_PERIOD (400). */
export function checkPeriod(from: string, to: string): { from: string; to: string } {
  checkDay(from, 'from');
  checkDay(to, 'to');
  if (from > to) throw invalid(`from: ${from} is after to ${to}.`, 'INVALID_PERIOD');
  if (daysBetween(from, to) > MAX_PERIOD_DAYS) throw invalid('The period is longer than ten years; choose a shorter one.', 'INVALID_PERIOD');
  return { from, to };
}

/**
 * The statement of account of a company for a period (both days inclusive, UTC): the trail of
 * orders, deliveries, invoices, credit notes and payments with a running balance opened by the
 * balance before `from`, the open items at `to` with their age, and the totals.
 * @example const s = await statement(db, companyId, '2026-01-01', '2026-12-31'); s.closingBalance === s.totals.open
 */
export async function statement(tx: Tx, companyId: number, from: string, to: string): Promise<Statement> {
  checkPeriod(from, to);
  const company = await tx.select({ id: companies.id, name: companies.name, customerNumber: companies.customerNumber }).from(companies)
    .where(eq(companies.id, companyId)).get();
  if (!company) throw notFound('The company');
  const toEnd = Date.parse(`${to}T00:00:00Z`) + DAY;
  // every order that reached the shop by `to` (records hang only on those)
  const orderRows = await tx.select({ id: orders.id, number: orders.number, status: orders.status, total: orders.total, currency: orders.currency, releasedAt: orders.releasedAt })
    .from(orders).where(and(eq(orders.companyId, companyId), isNotNull(orders.releasedAt), sql`${orders.releasedAt} < ${toEnd}`))
    .orderBy(asc(orders.releasedAt), asc(orders.id));
  const orderIds = orderRows.map((o) => o.id);
  const numbers = new Map(orderRows.map((o) => [o.id, o.number]));
  const records: MoneyRow[] = [];
  const shipped: { id: number; orderId: number; date: string; document: string; value: number; quantity: number }[] = [];
  for (let i = 0; i < orderIds.length; i += 500) {
    const ids = orderIds.slice(i, i + 500);
    records.push(...await tx.select({
      id: orderRecords.id, orderId: orderRecords.orderId, kind: orderRecords.kind, date: orderRecords.date, document: orderRecords.document,
      amount: orderRecords.amount, dueDate: orderRecords.dueDate, returnId: orderRecords.returnId,
    }).from(orderRecords).where(and(inArray(orderRecords.orderId, ids), lte(orderRecords.date, to))));
    shipped.push(...await tx.select({
      id: shipments.id, orderId: shipments.orderId, date: shipments.date, document: shipments.document,
      value: sql<number>`coalesce(sum(${shipmentLines.quantity} * ${orderLines.unitPrice}), 0)`,
      quantity: sql<number>`coalesce(sum(${shipmentLines.quantity}), 0)`,
    }).from(shipments).leftJoin(shipmentLines, eq(shipmentLines.shipmentId, shipments.id)).leftJoin(orderLines, eq(orderLines.id, shipmentLines.orderLineId))
      .where(and(inArray(shipments.orderId, ids), lte(shipments.date, to))).groupBy(shipments.id));
  }
  const currency = orderRows.find((o) => o.currency)?.currency ?? 'EUR';
  const signed = (r: MoneyRow) => (r.kind === 'invoice' ? (r.amount ?? 0) : r.kind === 'delivery' ? 0 : -(r.amount ?? 0));
  const openingBalance = records.filter((r) => r.date < from).reduce((s, r) => s + signed(r), 0);

  // the trail within the period
  const shipmentDocs = new Set(shipped.map((s) => `${s.orderId}\u0000${s.document}`));
  type Raw = Omit<StatementEntry, 'balance'> & { seq: number };
  const raw: Raw[] = [];
  for (const o of orderRows) {
    const date = isoDate(o.releasedAt!);
    if (date >= from) raw.push({ date, kind: 'order', orderId: o.id, orderNumber: o.number, document: null, amount: o.total, debit: 0, credit: 0, status: o.status, seq: o.id });
  }
  for (const s of shipped) {
    if (s.date >= from) raw.push({ date: s.date, kind: 'delivery', orderId: s.orderId, orderNumber: numbers.get(s.orderId)!, document: s.document, amount: s.value, quantity: s.quantity, debit: 0, credit: 0, seq: s.id });
  }
  for (const r of records) {
    if (r.date < from) continue;
    if (r.kind === 'delivery') {
      // a delivery note recorded on the order; one that a shipment also carries is that shipment
      if (r.document && shipmentDocs.has(`${r.orderId}\u0000${r.document}`)) continue;
      raw.push({ date: r.date, kind: 'delivery', orderId: r.orderId, orderNumber: numbers.get(r.orderId)!, document: r.document, amount: null, quantity: null, debit: 0, credit: 0, seq: 1e12 + r.id });
      continue;
    }
    const amount = r.amount ?? 0;
    raw.push({
      date: r.date, kind: r.kind, orderId: r.orderId, orderNumber: numbers.get(r.orderId)!, document: r.document, amount,
      debit: r.kind === 'invoice' ? amount : 0, credit: r.kind === 'invoice' ? 0 : amount, seq: r.id,
      ...(r.kind === 'invoice' ? { dueDate: r.dueDate } : {}), ...(r.kind === 'credit' ? { returnId: r.returnId } : {}),
    });
  }
  raw.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.seq - b.seq));
  let balance = openingBalance;
  const entries: StatementEntry[] = raw.map(({ seq: _seq, ...e }) => {
    balance += e.debit - e.credit;
    return { ...e, balance };
  });
  const closingBalance = balance;

  const openItems = allocate(companyId, numbers, records, to);
  const inPeriod = (k: StatementEntryKind) => entries.filter((e) => e.kind === k);
  const sum = (es: StatementEntry[]) => es.reduce((s, e) => s + (e.amount ?? 0), 0);

  // per order, as of `to`
  const active = new Set([...entries.map((e) => e.orderId), ...openItems.map((i) => i.orderId)]);
  const statementOrders: StatementOrder[] = orderRows.filter((o) => active.has(o.id)).map((o) => {
    const rs = records.filter((r) => r.orderId === o.id);
    const of = (k: RecordKind) => rs.filter((r) => r.kind === k).reduce((s, r) => s + (r.amount ?? 0), 0);
    const invoiced = of('invoice'), credited = of('credit'), paid = of('payment');
    return {
      id: o.id, number: o.number, status: o.status, date: isoDate(o.releasedAt!), total: o.total,
      delivered: shipped.filter((s) => s.orderId === o.id).reduce((s, x) => s + x.value, 0),
      invoiced, credited, paid, open: invoiced - credited - paid,
    };
  });

  const open = openItems.reduce((s, i) => s + i.open, 0);
  return {
    company, currency, from, to, openingBalance, closingBalance, entries, openItems, aging: aging(openItems), orders: statementOrders,
    totals: {
      orders: inPeriod('order').length, ordered: sum(inPeriod('order')),
      deliveries: inPeriod('delivery').length, delivered: sum(inPeriod('delivery')),
      invoiced: sum(inPeriod('invoice')), credited: sum(inPeriod('credit')), paid: sum(inPeriod('payment')),
      open, overdue: openItems.filter((i) => i.overdueDays > 0 && i.open > 0).reduce((s, i) => s + i.open, 0),
    },
  };
}

export interface OpenItemsSummary {
  asOf: string;
  /** Σ of every open item (negative credit balances included). */
  total: number;
  overdue: number;
  aging: Aging[];
  companies: { companyId: number; name: string; customerNumber: string; open: number; overdue: number; aging: Aging[] }[];
  items: OpenItem[];
}

/**
 * Open items at `asOf` of one company, or of every company (the back-office dashboard's chart):
 * the same allocation as the statement's, so its figures match the statements'.
 * @example const { aging } = await openItems(db, undefined, '2026-11-27') // [{ bucket: '0-30', amount, count }, …]
 */
export async function openItems(tx: Tx, companyId: number | undefined, asOf: string): Promise<OpenItemsSummary> {
  checkDay(asOf, 'asOf');
  const rows = await tx.select({
    id: orderRecords.id, orderId: orderRecords.orderId, kind: orderRecords.kind, date: orderRecords.date, document: orderRecords.document,
    amount: orderRecords.amount, dueDate: orderRecords.dueDate, returnId: orderRecords.returnId, companyId: orders.companyId, orderNumber: orders.number,
  }).from(orderRecords).innerJoin(orders, eq(orders.id, orderRecords.orderId))
    .where(and(companyId ? eq(orders.companyId, companyId) : undefined, inArray(orderRecords.kind, ['invoice', 'payment', 'credit']), lte(orderRecords.date, asOf)));
  const byCompany = new Map<number, typeof rows>();
  for (const r of rows) (byCompany.get(r.companyId) ?? byCompany.set(r.companyId, []).get(r.companyId)!).push(r);
  const names = byCompany.size
    ? await tx.select({ id: companies.id, name: companies.name, customerNumber: companies.customerNumber }).from(companies).where(inArray(companies.id, [...byCompany.keys()]))
    : [];
  const items: OpenItem[] = [];
  const perCompany: OpenItemsSummary['companies'] = [];
  for (const [cid, rs] of byCompany) {
    const its = allocate(cid, new Map(rs.map((r) => [r.orderId, r.orderNumber])), rs, asOf);
    if (!its.length) continue;
    items.push(...its);
    const c = names.find((n) => n.id === cid);
    perCompany.push({
      companyId: cid, name: c?.name ?? '', customerNumber: c?.customerNumber ?? '', open: its.reduce((s, i) => s + i.open, 0),
      overdue: its.filter((i) => i.overdueDays > 0 && i.open > 0).reduce((s, i) => s + i.open, 0), aging: aging(its),
    });
  }
  perCompany.sort((a, b) => b.open - a.open || a.name.localeCompare(b.name));
  return {
    asOf, total: items.reduce((s, i) => s + i.open, 0), overdue: perCompany.reduce((s, c) => s + c.overdue, 0), aging: aging(items), companies: perCompany,
    items: items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.orderId - b.orderId)),
  };
}
