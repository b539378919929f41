/**
 * Dashboard figures (issue [8]): for the shop, order intake per month, revenue per customer, parts
 * per material and open items with their age; for a customer, its spend per month. Everything is
 * computed from orders, order lines and order records in a few grouped queries.
 *
 * - Order intake: orders released to the shop in the month (orders.released_at, UTC), counted with
 *   their total, except those cancelled or rejected since.
 * - Revenue: invoices (order_records kind `invoice`) dated in the period, per company, less credit
 *   notes dated in it (`net`).
 * - Parts per material: pieces of laser parts on the lines of the orders counted as intake (lines not
 *   rejected), per material, with their weight.
 * - Open items at the period's end (or today, when that is earlier): the statement's open items
 *   (server/services/statements.ts: payments and credit notes settle the oldest invoices first),
 *   aged by invoice date: 0–30, 31–60, 61–90, > 90 days.
 */
import { and, eq, gte, inArray, isNotNull, lte, notInArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { companies, orderLines, orderRecords, orders } from '../db/schema.js';
import { invalid } from '../http/errors.js';
import { monthOf, monthsFrom, type Month } from './planning.js';
import { AGING_BUCKETS, openItems as statementOpenItems, type AgingBucket } from './statements.js';

export const AGE_BUCKETS = AGING_BUCKETS;
export type AgeBucket = AgingBucket;

export interface OpenItems {
  companyId: number;
  company: string;
  customerNumber: string;
  /** Cents open in all (negative: a credit balance in the customer's favour). */
  open: number;
  /** Cents past their due date. */
  overdue: number;
  /** Cents by age of the invoice (days since its date at the period's end). */
  buckets: Record<AgeBucket, number>;
}

/** A period of whole months: `from` and `to` as YYYY-MM (inclusive); default the 12 months up to now. */
export function period(now: number, from?: string, to?: string): { months: Month[]; firstDay: string; lastDay: string; endMs: number } {
  const toM = to ?? monthOf(now);
  const [ty, tm] = toM.split('-').map(Number);
  const fromM = from ?? new Date(Date.UTC(ty, tm - 12, 1)).toISOString().slice(0, 7);
  if (fromM > toM) throw invalid('from: must not be after to.');
  const count = (Number(toM.slice(0, 4)) - Number(fromM.slice(0, 4))) * 12 + Number(toM.slice(5)) - Number(fromM.slice(5)) + 1;
  if (count > 60) throw invalid('A dashboard shows at most 60 months.');
  const months = monthsFrom(fromM, count);
  const endMs = Date.UTC(ty, tm, 1) - 1;
  return { months, firstDay: `${fromM}-01`, lastDay: new Date(endMs).toISOString().slice(0, 10), endMs };
}

const NOT_COUNTED = ['cancelled', 'rejected'] as const;
const monthSql = sql<string>`strftime('%Y-%m', ${orders.releasedAt} / 1000, 'unixepoch')`;

/** Orders released per month (count and value), of every company or one. */
async function intake(tx: Tx, p: ReturnType<typeof period>, companyId?: number) {
  const startMs = Date.parse(`${p.firstDay}T00:00:00Z`);
  const rows = await tx.select({ month: monthSql, count: sql<number>`count(*)`, value: sql<number>`coalesce(sum(${orders.total}), 0)` }).from(orders)
    .where(and(isNotNull(orders.releasedAt), gte(orders.releasedAt, startMs), lte(orders.releasedAt, p.endMs), notInArray(orders.status, [...NOT_COUNTED]),
      companyId ? eq(orders.companyId, companyId) : undefined))
    .groupBy(monthSql);
  const by = new Map(rows.map((r) => [r.month, r]));
  return p.months.map((month) => ({ month, count: Number(by.get(month)?.count ?? 0), value: Number(by.get(month)?.value ?? 0) }));
}

/**
 * Open items per company at `asOf` (YYYY-MM-DD), by the statement's allocation
 * (server/services/statements.ts), so the dashboard and the statements show the same figures.
 */
async function openItemsAt(tx: Tx, asOf: string, companyId?: number): Promise<OpenItems[]> {
  const s = await statementOpenItems(tx, companyId, asOf);
  return s.companies.map((c) => ({
    companyId: c.companyId, company: c.name, customerNumber: c.customerNumber, open: c.open, overdue: c.overdue,
    buckets: Object.fromEntries(AGE_BUCKETS.map((b) => [b, c.aging.find((a) => a.bucket === b)?.amount ?? 0])) as Record<AgeBucket, number>,
  }));
}

export interface AdminDashboard {
  from: Month;
  to: Month;
  currency: string;
  intake: { month: Month; count: number; value: number }[];
  revenue: { companyId: number; company: string; customerNumber: string; invoiced: number; credited: number; net: number }[];
  materials: { material: string; pieces: number; kg: number }[];
  openItems: OpenItems[];
  /** Σ of openItems per bucket. */
  openTotal: { open: number; buckets: Record<AgeBucket, number> };
}

/**
 * The back office's dashboard for a period of months.
 * @example const d = await adminDashboard(db, { now: Date.now(), from: '2026-01', to: '2026-12' });
 */
export async function adminDashboard(tx: Tx, o: { now: number; from?: string; to?: string }): Promise<AdminDashboard> {
  const p = period(o.now, o.from, o.to);
  const startMs = Date.parse(`${p.firstDay}T00:00:00Z`);
  const inPeriod = and(gte(orderRecords.date, p.firstDay), lte(orderRecords.date, p.lastDay));
  const [intakeRows, revenueRows, materialRows, open, currency] = await Promise.all([
    intake(tx, p),
    tx.select({
      companyId: orders.companyId, company: companies.name, customerNumber: companies.customerNumber,
      invoiced: sql<number>`coalesce(sum(case when ${orderRecords.kind} = 'invoice' then ${orderRecords.amount} end), 0)`,
      credited: sql<number>`coalesce(sum(case when ${orderRecords.kind} = 'credit' then ${orderRecords.amount} end), 0)`,
    }).from(orderRecords).innerJoin(orders, eq(orders.id, orderRecords.orderId)).innerJoin(companies, eq(companies.id, orders.companyId))
      .where(and(inPeriod, inArray(orderRecords.kind, ['invoice', 'credit']))).groupBy(orders.companyId),
    tx.select({
      material: orderLines.material, pieces: sql<number>`sum(${orderLines.quantity})`,
      kg: sql<number>`sum(${orderLines.quantity} * coalesce(json_extract(${orderLines.quote}, '$.weight'), 0))`,
    }).from(orderLines).innerJoin(orders, eq(orders.id, orderLines.orderId))
      .where(and(eq(orderLines.kind, 'part'), sql`${orderLines.approval} != 'rejected'`, isNotNull(orders.releasedAt), gte(orders.releasedAt, startMs),
        lte(orders.releasedAt, p.endMs), notInArray(orders.status, [...NOT_COUNTED])))
      .groupBy(orderLines.material),
    openItemsAt(tx, new Date(Math.min(o.now, p.endMs)).toISOString().slice(0, 10)),
    tx.select({ currency: orders.currency }).from(orders).limit(1).get(),
  ]);
  const revenue = revenueRows.map((r) => ({ ...r, invoiced: Number(r.invoiced), credited: Number(r.credited), net: Number(r.invoiced) - Number(r.credited) }))
    .filter((r) => r.invoiced || r.credited).sort((a, b) => b.net - a.net || a.company.localeCompare(b.company));
  const materials = materialRows.filter((r) => r.material).map((r) => ({ material: r.material!, pieces: Number(r.pieces), kg: Math.round(Number(r.kg) * 10) / 10 }))
    .sort((a, b) => b.pieces - a.pieces || a.material.localeCompare(b.material));
  const openTotal = { open: 0, buckets: { '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 } as Record<AgeBucket, number> };
  for (const i of open) {
    openTotal.open += i.open;
    for (const b of AGE_BUCKETS) openTotal.buckets[b] += i.buckets[b];
  }
  return { from: p.months[0], to: p.months[p.months.length - 1], currency: currency?.currency ?? 'EUR', intake: intakeRows, revenue, materials, openItems: open, openTotal };
}

export interface CustomerDashboard {
  from: Month;
  to: Month;
  currency: string;
  /** Per month: orders released to the shop (count, value) and invoiced (less credit notes). */
  spend: { month: Month; orders: number; ordered: number; invoiced: number }[];
  total: { orders: number; ordered: number; invoiced: number };
  /** What is open now, by age. */
  open: { open: number; buckets: Record<AgeBucket, number> };
}

/**
 * A customer's dashboard: its spend per month.
 * @example const d = await customerDashboard(db, acme.id, { now: Date.now() });
 */
export async function customerDashboard(tx: Tx, companyId: number, o: { now: number; from?: string; to?: string }): Promise<CustomerDashboard> {
  const p = period(o.now, o.from, o.to);
  const recMonth = sql<string>`substr(${orderRecords.date}, 1, 7)`;
  const [intakeRows, invoiced, open, currency] = await Promise.all([
    intake(tx, p, companyId),
    tx.select({
      month: recMonth,
      net: sql<number>`coalesce(sum(case when ${orderRecords.kind} = 'invoice' then ${orderRecords.amount} else -${orderRecords.amount} end), 0)`,
    }).from(orderRecords).innerJoin(orders, eq(orders.id, orderRecords.orderId))
      .where(and(eq(orders.companyId, companyId), inArray(orderRecords.kind, ['invoice', 'credit']), gte(orderRecords.date, p.firstDay), lte(orderRecords.date, p.lastDay)))
      .groupBy(recMonth),
    openItemsAt(tx, new Date(Math.min(o.now, p.endMs)).toISOString().slice(0, 10), companyId),
    tx.select({ currency: orders.currency }).from(orders).where(eq(orders.companyId, companyId)).limit(1).get(),
  ]);
  const inv = new Map(invoiced.map((r) => [r.month, Number(r.net)]));
  const spend = intakeRows.map((r) => ({ month: r.month, orders: r.count, ordered: r.value, invoiced: inv.get(r.month) ?? 0 }));
  const total = spend.reduce((t, s) => ({ orders: t.orders + s.orders, ordered: t.ordered + s.ordered, invoiced: t.invoiced + s.invoiced }), { orders: 0, ordered: 0, invoiced: 0 });
  const mine = open[0];
  return {
    from: p.months[0], to: p.months[p.months.length - 1], currency: currency?.currency ?? 'EUR', spend, total,
    open: { open: mine?.open ?? 0, buckets: mine?.buckets ?? { '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 } },
  };
}
