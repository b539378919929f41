/**
 * Orders: submitting a basket (prices frozen, approval rules applied, a readable number), line
 * approvals, cancellation and the operator's status changes. Each step is one transaction with its
 * history rows and its mails, so a failure leaves nothing half-written.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { FinishingChoice, Quote } from '../../sdk/index.js';
import type { Db, Tx } from '../db/client.js';
import {
  basketItems, baskets, companies, groups, memberships, orderEvents, orderLines, orderRecords, orders, orderSupplements, users,
  type Address, type Order, type OrderLine, type OrderStatus, type Side, type User,
} from '../db/schema.js';
import type { Auth } from '../http/context.js';
import { ApiError, conflict, forbidden, notFound } from '../http/errors.js';
import { links } from '../links.js';
import { enqueueMail } from '../mail/outbox.js';
import { deliveryOfItems, pricedBasket, type PricedItem } from './basket.js';
import { enqueueEvent } from './webhooks.js';
import { isAgreed, metricsSummary, type Pricing } from './pricing.js';
import { orderChangesView, SUPPLEMENT_STATUSES, supplementDecided } from './order-changes.js';
import { shipmentsView, shipRemaining } from './returns.js';

export interface SubmitInput {
  commission?: string | null;
  requestedDate?: string | null;
  deliveryAddress?: Address | null;
  billingAddress?: Address | null;
  deliveryMethod?: 'delivery' | 'pickup' | 'express';
  note?: string | null;
}

type CustomerAuth = Auth & { companyId: number };

/** Statuses the customer may still cancel from (production has not started). */
export const CANCELLABLE: OrderStatus[] = ['pending_approval', 'released'];

/** What the operator may move an order to, from each status. */
export const OPERATOR_TRANSITIONS: Partial<Record<OrderStatus, OrderStatus[]>> = {
  released: ['in_production', 'cancelled'],
  in_production: ['shipped', 'cancelled'],
  shipped: ['completed'],
};

/** The next order number of the year (`K-2026-00042`); replacement orders of returns take one too. */
export async function nextNumber(tx: Tx, year: number): Promise<string> {
  const name = `orders-${year}`;
  const row = await tx.all<{ value: number }>(sql`
    INSERT INTO counters (name, value) VALUES (${name}, 1)
    ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`);
  return `K-${year}-${String(row[0].value).padStart(5, '0')}`;
}

/** A row of the order's history; `data` keeps old and new values (issue [8]). */
export async function addEvent(tx: Tx, orderId: number, at: number, actor: Pick<User, 'id' | 'name'> | null, e: {
  kind: (typeof orderEvents.$inferInsert)['kind']; fromStatus?: string | null; toStatus?: string | null; note?: string | null;
  data?: Record<string, unknown> | null;
}) {
  await tx.insert(orderEvents).values({ orderId, at, actorId: actor?.id ?? null, actorName: actor?.name ?? 'Kerf', ...e });
}

/** Parts this company has ordered before (in an order that reached the shop, line not rejected). */
async function orderedBefore(tx: Tx, companyId: number, partIds: number[]): Promise<Set<number>> {
  if (!partIds.length) return new Set();
  const rows = await tx.selectDistinct({ partId: orderLines.partId }).from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orders.companyId, companyId), isNotNull(orders.releasedAt), inArray(orderLines.partId, partIds), ne(orderLines.approval, 'rejected')));
  return new Set(rows.map((r) => r.partId!));
}

/** Someone of the company who may approve when the orderer has no approver of his own. */
async function fallbackApprover(tx: Tx, companyId: number, exclude: number): Promise<number | null> {
  const rows = await tx.select({ userId: memberships.userId, rights: groups.rights }).from(memberships)
    .innerJoin(groups, eq(groups.id, memberships.groupId)).innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(users.disabled, false))).orderBy(asc(memberships.userId));
  return rows.find((r) => r.userId !== exclude && r.rights.includes('approve'))?.userId ?? null;
}

async function mailReleased(tx: Tx, order: Order, now: number, publicUrl: string) {
  const company = await tx.select().from(companies).where(eq(companies.id, order.companyId)).get();
  const orderer = order.ordererId ? await tx.select().from(users).where(eq(users.id, order.ordererId)).get() : undefined;
  const vars = { orderNumber: order.number, total: order.total, currency: order.currency, company: company?.name, orderer: orderer?.name };
  if (orderer) {
    await enqueueMail(tx, { to: orderer.email, kind: 'order_released', language: orderer.language, vars: { ...vars, name: orderer.name, link: links.order(publicUrl, order.id) }, orderId: order.id }, now);
  }
  if (company?.salesRepId) {
    const rep = await tx.select().from(users).where(eq(users.id, company.salesRepId)).get();
    if (rep && !rep.disabled) {
      await enqueueMail(tx, { to: rep.email, kind: 'new_order_sales', language: rep.language, vars: { ...vars, name: rep.name, link: links.adminOrder(publicUrl, order.id) }, orderId: order.id }, now);
    }
  }
}

/**
 * Turn the basket into an order. Runs in one write transaction: a retry with the same
 * Idempotency-Key returns the first order; concurrent submissions of one basket queue on the
 * database's write lock, and all but the first find the basket empty.
 */
export async function submitOrder(db: Db, auth: CustomerAuth, input: SubmitInput, idempotencyKey: string | null, now: number, publicUrl: string): Promise<{ orderId: number; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const prior = await priorOrder(tx, auth, idempotencyKey);
    if (prior !== null) return { orderId: prior, replayed: true };
    const { items, pricing, total } = await pricedBasket(tx, auth.user.id, auth.companyId, undefined, auth.user.language, now);
    if (!items.length) throw conflict('BASKET_EMPTY', 'The basket is empty (or was just ordered).');
    const meta = await tx.select().from(baskets).where(and(eq(baskets.userId, auth.user.id), eq(baskets.companyId, auth.companyId))).get();
    const order = await placeOrder(tx, auth, { items, pricing, total }, input, meta ?? null, idempotencyKey, now, publicUrl);
    await tx.delete(basketItems).where(and(eq(basketItems.userId, auth.user.id), eq(basketItems.companyId, auth.companyId)));
    if (meta) {
      await tx.update(baskets).set({ commission: null, note: null, requestedDate: null, leadTime: null, updatedAt: now })
        .where(and(eq(baskets.userId, auth.user.id), eq(baskets.companyId, auth.companyId)));
    }
    return { orderId: order.id, replayed: false };
  });
}

/** The order this orderer already made with this Idempotency-Key, if any. */
export async function priorOrder(tx: Tx, auth: CustomerAuth, idempotencyKey: string | null): Promise<number | null> {
  if (!idempotencyKey) return null;
  const prior = await tx.select({ id: orders.id }).from(orders)
    .where(and(eq(orders.companyId, auth.companyId), eq(orders.ordererId, auth.user.id), eq(orders.idempotencyKey, idempotencyKey))).get();
  return prior?.id ?? null;
}

/** Defaults of an order's fields (the basket's, or a quote's), overridden by what the orderer sends. */
export type OrderDefaults = Pick<typeof baskets.$inferSelect, 'commission' | 'requestedDate' | 'deliveryAddress' | 'billingAddress' | 'deliveryMethod' | 'note'>;

/** Why each line needs approval (null = it does not), and who approves: see {@link approvalPlan}. */
export interface ApprovalPlan {
  reasons: (OrderLine['approvalReason'])[];
  needsApproval: boolean;
  approverId: number | null;
}

/**
 * The approval rules of the orderer's membership applied to priced lines: `always`, an
 * `approvalLimit` exceeded by `total`, and for `outside_assortment` articles outside the
 * assortment, materials not agreed and parts never ordered before. An order (placeOrder) and a
 * supplement to an order (issue [8]; `total` is then the order's standing lines with the addition) both
 * come here, so the rules cannot drift apart. NO_APPROVER (409) when approval is needed and
 * nobody may give it.
 */
export async function approvalPlan(tx: Tx, auth: CustomerAuth, items: PricedItem[], pricing: Pricing, total: number): Promise<ApprovalPlan> {
  const m = auth.membership!;
  const partIds = items.flatMap((i) => (i.partId === null ? [] : [i.partId]));
  const known = m.approvalMode === 'outside_assortment' ? await orderedBefore(tx, auth.companyId, partIds) : new Set<number>();
  const overLimit = m.approvalLimit !== null && total > m.approvalLimit;
  const reasons = items.map((i): OrderLine['approvalReason'] => {
    if (m.approvalMode === 'always') return 'always';
    if (overLimit) return 'limit';
    if (m.approvalMode === 'outside_assortment') {
      // the assortment: the articles published to the company and the parts it has ordered before
      if (i.kind === 'article') return i.article?.inAssortment ? null : 'article';
      if (!isAgreed(pricing.allowed, i.material!, i.thickness!)) return 'material';
      if (!known.has(i.partId!)) return 'new_part';
    }
    return null;
  });
  const needsApproval = reasons.some((r) => r !== null);
  const approverId = needsApproval ? (m.approverId ?? await fallbackApprover(tx, auth.companyId, auth.user.id)) : null;
  if (needsApproval && approverId === null) {
    throw conflict('NO_APPROVER', 'This order needs approval, but nobody in your company may approve it; ask your company admin to name an approver.');
  }
  return { reasons, needsApproval, approverId };
}

/**
 * Make an order of priced lines inside the caller's transaction: approval rules, a number, the
 * frozen lines, history, mails and webhooks. Basket submission and quote-to-order both come here,
 * so the approval rules are the same whatever the lines came from.
 */
export async function placeOrder(
  tx: Tx, auth: CustomerAuth, priced: { items: PricedItem[]; pricing: Pricing; total: number }, input: SubmitInput,
  meta: OrderDefaults | null, idempotencyKey: string | null, now: number, publicUrl: string,
): Promise<Order> {
  const { items, pricing, total } = priced;
  const broken = items.find((i) => i.error);
  if (broken) throw new ApiError(422, broken.error!.code, `"${broken.name}" cannot be ordered: ${broken.error!.message}`);
  const { reasons, needsApproval, approverId } = await approvalPlan(tx, auth, items, pricing, total);

  const status: OrderStatus = needsApproval ? 'pending_approval' : 'released';
  const pick = <K extends keyof SubmitInput>(k: K, fallback: SubmitInput[K]) => (input[k] !== undefined ? input[k] : fallback);
  const order = await tx.insert(orders).values({
    companyId: auth.companyId,
    number: await nextNumber(tx, new Date(now).getUTCFullYear()),
    status,
    ordererId: auth.user.id,
    approverId,
    commission: pick('commission', meta?.commission ?? null) || null,
    requestedDate: pick('requestedDate', meta?.requestedDate ?? null) || null,
    deliveryAddress: pick('deliveryAddress', meta?.deliveryAddress ?? null),
    billingAddress: pick('billingAddress', meta?.billingAddress ?? null),
    deliveryMethod: pick('deliveryMethod', meta?.deliveryMethod ?? 'delivery') ?? 'delivery',
    note: pick('note', meta?.note ?? null) || null,
    currency: pricing.profile.currency,
    total,
    pricing: { profile: pricing.profile, catalogVersion: pricing.catalogVersion },
    idempotencyKey,
    // the delivery option the parts were priced with and the latest date it gives (none for articles only)
    leadTime: deliveryOfItems(items)?.leadTime ?? null,
    deliveryDate: deliveryOfItems(items)?.date ?? null,
    releasedAt: needsApproval ? null : now,
    createdAt: now,
    updatedAt: now,
  }).returning().get();
  await tx.insert(orderLines).values(orderLineValues(order.id, items, reasons, pricing.profile.currency));
  await addEvent(tx, order.id, now, auth.user, { kind: 'status', fromStatus: null, toStatus: status });
  if (needsApproval) {
    const approver = await tx.select().from(users).where(eq(users.id, approverId!)).get();
    const company = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, auth.companyId)).get();
    if (approver) {
      await enqueueMail(tx, {
        to: approver.email, kind: 'approval_requested', language: approver.language, orderId: order.id,
        vars: { name: approver.name, company: company?.name ?? '', orderer: auth.user.name, orderNumber: order.number, total, currency: order.currency, lines: items.length, link: links.approvals(publicUrl, order.id) },
      }, now);
    }
  } else {
    await mailReleased(tx, order, now, publicUrl);
    await enqueueEvent(tx, 'order.released', await orderView(tx, order), now);
  }
  return order;
}

/**
 * The order lines of priced items, prices frozen, each line's approval state from `reasons`
 * (approvalPlan). Orders number their lines from 1; a supplement (issue [8]) continues after the
 * order's last position and names itself in `supplementId`.
 */
export function orderLineValues(orderId: number, items: PricedItem[], reasons: OrderLine['approvalReason'][], currency: string, firstPosition = 1, supplementId: number | null = null) {
  return items.map((i, k) => {
    const decision = { approval: (reasons[k] ? 'pending' : 'not_needed') as OrderLine['approval'], approvalReason: reasons[k], supplementId };
    if (i.kind === 'article') {
      // the company's effective price, frozen with how it came about
      return {
        orderId, position: firstPosition + k, kind: 'article' as const, articleId: i.articleId, name: i.name, articleNumber: i.articleNumber,
        customerArticleNumber: i.customerArticleNumber, customerName: i.customerName, unit: i.unit, quantity: i.quantity,
        unitPrice: i.unitPrice!, total: i.total!,
        quote: i.frozen ?? { kind: 'article', ...i.article, currency, breakdown: [{ code: 'article', label: 'Article', amount: i.total! }] },
        ...decision,
      };
    }
    return {
      orderId, position: firstPosition + k, kind: 'part' as const, partId: i.partId, name: i.name, articleNumber: i.articleNumber,
      customerArticleNumber: i.customerArticleNumber, customerName: i.customerName, material: i.material,
      thickness: i.thickness, quantity: i.quantity, unitPrice: i.unitPrice!, total: i.total!,
      quote: i.frozen ?? frozenQuote(i.quote!, i.finishing),
      ...decision,
    };
  });
}

/** An order of the company (any status), or 404. */
export async function companyOrder(tx: Tx, companyId: number, id: number): Promise<Order> {
  const o = await tx.select().from(orders).where(and(eq(orders.id, id), eq(orders.companyId, companyId))).get();
  if (!o) throw notFound('The order');
  return o;
}

/** An order the shop may see (released at some point), or 404. */
export async function shopOrder(tx: Tx, id: number): Promise<Order> {
  const o = await tx.select().from(orders).where(and(eq(orders.id, id), isNotNull(orders.releasedAt))).get();
  if (!o) throw notFound('The order');
  return o;
}

/**
 * The order's total: its lines that are not rejected, except those of supplements the shop has not
 * confirmed yet (issue [8]): an addition counts once the shop has confirmed it, so the total is
 * always what the shop has agreed to deliver and invoice. Open supplements show their own total.
 */
export async function recomputeTotal(tx: Tx, orderId: number): Promise<number> {
  const r = await tx.select({ t: sql<number>`coalesce(sum(${orderLines.total}), 0)` }).from(orderLines)
    .where(and(eq(orderLines.orderId, orderId), ne(orderLines.approval, 'rejected'), or(
      isNull(orderLines.supplementId),
      sql`${orderLines.supplementId} in (select id from order_supplements where order_id = ${orderId} and status = 'confirmed')`,
    ))).get();
  return r?.t ?? 0;
}

/**
 * Approve (`approve`) or reject lines awaiting approval: those of an order awaiting approval, and
 * those of a supplement awaiting approval (issue [8]; the order may already be released, and stays
 * so). Without `lineIds` every pending line this approver may decide is decided; nobody decides
 * lines he ordered himself. When no line of the order is pending any more, the order goes to the
 * shop (if a line is left) or is rejected (if none is); a supplement likewise becomes `submitted`
 * (the shop confirms it) or `rejected`.
 */
export async function decideLines(db: Db, auth: CustomerAuth, orderId: number, decision: 'approve' | 'reject', lineIds: number[] | undefined, reason: string | null, now: number, publicUrl: string) {
  return db.transaction(async (tx) => {
    const order = await companyOrder(tx, auth.companyId, orderId);
    if (!auth.rights.has('approve')) throw forbidden('Your group may not approve orders.');
    const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.position));
    const supplements = await tx.select().from(orderSupplements).where(and(eq(orderSupplements.orderId, orderId), eq(orderSupplements.status, 'pending_approval')));
    const supplementOf = (l: OrderLine) => supplements.find((x) => x.id === l.supplementId);
    // a supplement's lines are decided while its order is still going (not once it was cancelled)
    const going = ['pending_approval', 'released', 'in_production'].includes(order.status);
    const awaiting = lines.filter((l) => l.approval === 'pending' && (l.supplementId === null ? order.status === 'pending_approval' : going && !!supplementOf(l)));
    if (!awaiting.length) throw conflict('INVALID_STATUS', `The order is ${order.status.replace('_', ' ')}, not awaiting approval.`);
    const ownLine = (l: OrderLine) => (l.supplementId === null ? order.ordererId : supplementOf(l)!.createdBy) === auth.user.id;
    const pending = awaiting.filter((l) => !ownLine(l));
    if (!pending.length) throw forbidden('Nobody approves his own order; your approver decides.');
    const chosen = lineIds ? pending.filter((l) => lineIds.includes(l.id)) : pending;
    if (lineIds && chosen.length !== new Set(lineIds).size) throw notFound('A line (or it is not awaiting approval)');
    for (const l of chosen) {
      await tx.update(orderLines).set({ approval: decision === 'approve' ? 'approved' : 'rejected', rejectReason: decision === 'reject' ? reason : null })
        .where(eq(orderLines.id, l.id));
      l.approval = decision === 'approve' ? 'approved' : 'rejected';
      await addEvent(tx, orderId, now, auth.user, {
        kind: decision === 'approve' ? 'line_approved' : 'line_rejected',
        note: `${l.position}. ${l.name}${decision === 'reject' && reason ? `: ${reason}` : ''}`,
      });
    }
    // supplements with nothing pending any more: to the shop, or rejected
    const decidedSupplements = [];
    for (const x of supplements) {
      const own = lines.filter((l) => l.supplementId === x.id);
      if (own.some((l) => l.approval === 'pending')) continue;
      const status = own.some((l) => l.approval !== 'rejected') ? 'submitted' as const : 'rejected' as const;
      await tx.update(orderSupplements).set({ status, decidedAt: now }).where(eq(orderSupplements.id, x.id));
      decidedSupplements.push({ ...x, status, decidedAt: now });
    }
    const mainLines = lines.filter((l) => l.supplementId === null);
    let status: OrderStatus = order.status;
    if (order.status === 'pending_approval' && !mainLines.some((l) => l.approval === 'pending')) {
      status = mainLines.some((l) => l.approval !== 'rejected') ? 'released' : 'rejected';
    }
    const total = await recomputeTotal(tx, orderId);
    const updated = await tx.update(orders).set({ status, total, updatedAt: now, ...(status !== order.status ? { releasedAt: status === 'released' ? now : null } : {}) })
      .where(eq(orders.id, orderId)).returning().get();
    if (status !== order.status) {
      await addEvent(tx, orderId, now, auth.user, { kind: 'status', fromStatus: order.status, toStatus: status, note: status === 'rejected' ? reason : null });
      if (status === 'released') {
        await mailReleased(tx, updated!, now, publicUrl);
        await enqueueEvent(tx, 'order.released', await orderView(tx, updated!), now);
      } else {
        const orderer = order.ordererId ? await tx.select().from(users).where(eq(users.id, order.ordererId)).get() : undefined;
        if (orderer) {
          await enqueueMail(tx, {
            to: orderer.email, kind: 'order_rejected', language: orderer.language, orderId,
            vars: { name: orderer.name, orderNumber: order.number, reason: reason ?? '', link: links.order(publicUrl, orderId) },
          }, now);
        }
      }
    }
    for (const x of decidedSupplements) await supplementDecided(tx, updated!, x, auth.user, reason, now, publicUrl);
    return updated!;
  });
}

/** The customer cancels an order that has not gone into production. */
export async function cancelOrder(db: Db, auth: CustomerAuth, orderId: number, reason: string | null, now: number, publicUrl: string) {
  return db.transaction(async (tx) => {
    const order = await companyOrder(tx, auth.companyId, orderId);
    if (order.ordererId !== auth.user.id && !auth.rights.has('approve') && !auth.rights.has('manage_company')) {
      throw forbidden('Only the orderer, an approver or the company admin may cancel this order.');
    }
    if (!CANCELLABLE.includes(order.status)) {
      throw conflict('INVALID_STATUS', `The order is ${order.status.replace('_', ' ')}; it can only be cancelled before production starts.`);
    }
    const updated = await tx.update(orders).set({ status: 'cancelled', updatedAt: now }).where(eq(orders.id, orderId)).returning().get();
    await addEvent(tx, orderId, now, auth.user, { kind: 'status', fromStatus: order.status, toStatus: 'cancelled', note: reason });
    if (order.releasedAt) {
      await notifyShopOfCancel(tx, order, auth.user.name, now, publicUrl);
      await enqueueEvent(tx, 'order.status_changed', { ...(await orderView(tx, updated!)), previousStatus: order.status }, now);
    }
  });
}

async function notifyShopOfCancel(tx: Tx, order: Order, by: string, now: number, publicUrl: string) {
  const company = await tx.select().from(companies).where(eq(companies.id, order.companyId)).get();
  const rep = company?.salesRepId ? await tx.select().from(users).where(eq(users.id, company.salesRepId)).get() : undefined;
  if (rep) {
    await enqueueMail(tx, {
      to: rep.email, kind: 'order_cancelled', language: rep.language, orderId: order.id,
      vars: { name: rep.name, orderNumber: order.number, company: company?.name, orderer: by, link: links.adminOrder(publicUrl, order.id) },
    }, now);
  }
}

export interface StatusChange {
  status: OrderStatus;
  note?: string | null;
  /** Delivery note number when shipping. */
  document?: string | null;
  date?: string | null;
}

/** The operator moves a released order on; the orderer is told by mail. */
export async function changeStatus(db: Db, actor: User, orderId: number, change: StatusChange, now: number, publicUrl: string) {
  return db.transaction(async (tx) => {
    const order = await shopOrder(tx, orderId);
    const allowed = OPERATOR_TRANSITIONS[order.status] ?? [];
    if (!allowed.includes(change.status)) {
      throw conflict('INVALID_TRANSITION', `An order that is ${order.status.replace('_', ' ')} can go to ${allowed.join(', ') || 'no other status'}, not ${change.status}.`);
    }
    // shipping ships every open piece as one shipment (services/returns.ts: history, mail, webhook)
    if (change.status === 'shipped') {
      await shipRemaining(tx, actor, order, { document: change.document, date: change.date, note: change.note }, now, publicUrl);
      return;
    }
    const updated = await tx.update(orders).set({ status: change.status, updatedAt: now }).where(eq(orders.id, orderId)).returning().get();
    await addEvent(tx, orderId, now, actor, { kind: 'status', fromStatus: order.status, toStatus: change.status, note: change.note ?? null });
    await enqueueEvent(tx, 'order.status_changed', { ...(await orderView(tx, updated!)), previousStatus: order.status }, now);
    const orderer = order.ordererId ? await tx.select().from(users).where(eq(users.id, order.ordererId)).get() : undefined;
    if (orderer) {
      await enqueueMail(tx, {
        to: orderer.email, kind: change.status === 'cancelled' ? 'order_cancelled' : 'order_status', language: orderer.language, orderId,
        vars: { name: orderer.name, orderNumber: order.number, status: change.status, note: change.note ?? undefined, reason: change.note ?? undefined, actor: actor.name, link: links.order(publicUrl, orderId) },
      }, now);
    }
  });
}

/** What an order or quote line keeps of a part's quote: breakdown, sheets, weight, cutting time and the metrics' summary. */
export function frozenQuote(q: Quote, finishing: FinishingChoice | null = null): Record<string, unknown> {
  return {
    breakdown: q.breakdown, sheets: q.sheets, weight: q.weight, cuttingTime: q.cuttingTime, warnings: q.warnings, currency: q.currency, metrics: metricsSummary(q.metrics),
    // the finishing chosen and the delivery option with its date (issue [7])
    finishing, finishingTime: q.finishingTime,
    delivery: { code: q.delivery.code, label: q.delivery.label, workingDays: q.delivery.workingDays, extraDays: q.delivery.extraDays, date: q.delivery.date },
  };
}

export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface RecordInput {
  kind: 'delivery' | 'invoice' | 'payment' | 'credit';
  date: string;
  document: string | null;
  amount: number | null;
  /** Invoices: when payment is due (services/statements.ts sets it). */
  dueDate?: string | null;
  /** Credit notes: the return they settle. */
  returnId?: number | null;
}

/**
 * A delivery note, invoice, payment or credit note on the order, with a history line. Invoices,
 * payments and credit notes are checked by services/statements.ts (addInvoice, addPayment, addCredit).
 */
export async function addRecord(tx: Tx, actor: User, order: Order, r: RecordInput, now: number) {
  const row = await tx.insert(orderRecords).values({ orderId: order.id, ...r, createdBy: actor.id, createdAt: now }).returning().get();
  const money = r.amount !== null ? ` ${(r.amount / 100).toFixed(2)} ${order.currency}` : '';
  await addEvent(tx, order.id, now, actor, { kind: r.kind, note: `${r.document ?? ''}${money}`.trim() || null });
  return row!;
}

/**
 * The full view of an order: lines with frozen prices, history, records. The shop's view (`side`
 * 'shop') leaves out supplement lines still awaiting the customer's approval: the shop never sees
 * what is not approved.
 */
export async function orderView(tx: Tx, order: Order, side: Side = 'customer') {
  const [allLines, events, records, people, changes] = await Promise.all([
    tx.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position)),
    tx.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(asc(orderEvents.at), asc(orderEvents.id)),
    tx.select().from(orderRecords).where(eq(orderRecords.orderId, order.id)).orderBy(asc(orderRecords.date), asc(orderRecords.id)),
    tx.select({ id: users.id, name: users.name, email: users.email }).from(users)
      .where(inArray(users.id, [order.ordererId ?? 0, order.approverId ?? 0, order.confirmedBy ?? 0])),
    orderChangesView(tx, order, side),
  ]);
  const lines = allLines.filter((l) => !changes.hiddenSupplements.has(l.supplementId ?? 0));
  const person = (id: number | null) => people.find((p) => p.id === id) ?? null;
  const company = await tx.select({ id: companies.id, name: companies.name, customerNumber: companies.customerNumber }).from(companies).where(eq(companies.id, order.companyId)).get();
  const rec = (kind: RecordInput['kind']) => records.filter((r) => r.kind === kind).map((r) => ({ id: r.id, date: r.date, document: r.document, amount: r.amount }));
  const invoices = records.filter((r) => r.kind === 'invoice').map((r) => ({ id: r.id, date: r.date, document: r.document, amount: r.amount, dueDate: r.dueDate }));
  const payments = rec('payment');
  const credits = records.filter((r) => r.kind === 'credit').map((r) => ({ id: r.id, date: r.date, document: r.document, amount: r.amount, returnId: r.returnId }));
  const sum = (rs: { amount: number | null }[]) => rs.reduce((s, p) => s + (p.amount ?? 0), 0);
  return {
    id: order.id, number: order.number, status: order.status, company: company ?? null, orderer: person(order.ordererId), approver: person(order.approverId),
    commission: order.commission, requestedDate: order.requestedDate, deliveryAddress: order.deliveryAddress, billingAddress: order.billingAddress,
    deliveryMethod: order.deliveryMethod, note: order.note, currency: order.currency, total: order.total,
    leadTime: order.leadTime, deliveryDate: order.deliveryDate,
    createdAt: order.createdAt, updatedAt: order.updatedAt, releasedAt: order.releasedAt,
    canCancel: CANCELLABLE.includes(order.status),
    // issue [8]: the shop's confirmation, supplements, attachments
    confirmedAt: order.confirmedAt, confirmedBy: person(order.confirmedBy)?.name ?? null,
    canAddSupplement: SUPPLEMENT_STATUSES.includes(order.status),
    supplements: changes.supplements, attachmentCount: changes.attachmentCount,
    lines: lines.map((l) => ({
      id: l.id, position: l.position, kind: l.kind, partId: l.partId, articleId: l.articleId, name: l.name, articleNumber: l.articleNumber,
      customerArticleNumber: l.customerArticleNumber, customerName: l.customerName, unit: l.unit, material: l.material, thickness: l.thickness,
      quantity: l.quantity, unitPrice: l.unitPrice, total: l.total, approval: l.approval, approvalReason: l.approvalReason, rejectReason: l.rejectReason,
      breakdown: (l.quote as { breakdown?: unknown }).breakdown ?? [], metrics: (l.quote as { metrics?: unknown }).metrics ?? null,
      weight: (l.quote as { weight?: number }).weight ?? null,
      finishing: (l.quote as { finishing?: unknown }).finishing ?? null,
      delivery: (l.quote as { delivery?: unknown }).delivery ?? null,
      originalQuantity: l.originalQuantity, deliveryDate: l.deliveryDate, supplementId: l.supplementId,
    })),
    history: events.filter((e) => !changes.hiddenEvent(e)).map((e) => ({ at: e.at, actor: e.actorName, kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note, data: e.data ?? null })),
    deliveries: rec('delivery'),
    invoices,
    payments,
    paid: sum(payments),
    invoiced: sum(invoices),
    // the money trail (issue [8]): credit notes, and what is still owed (negative: overpaid)
    credits,
    credited: sum(credits),
    open: sum(invoices) - sum(credits) - sum(payments),
    // shipments with their lines and receipts, returns, the return a replacement order is for (issue [8])
    ...(await shipmentsView(tx, order)),
  };
}

/** The list columns of DOMAIN.md: number, desired date, status, commission, orderer, total. */
export async function orderList(tx: Tx, where: ReturnType<typeof and>, limit = 200) {
  const rows = await tx.select({
    id: orders.id, number: orders.number, status: orders.status, requestedDate: orders.requestedDate, commission: orders.commission,
    total: orders.total, currency: orders.currency, createdAt: orders.createdAt, releasedAt: orders.releasedAt,
    companyId: orders.companyId, companyName: companies.name, orderer: users.name,
    lineCount: sql<number>`(select count(*) from order_lines where order_lines.order_id = ${orders.id})`,
  }).from(orders).innerJoin(companies, eq(companies.id, orders.companyId)).leftJoin(users, eq(users.id, orders.ordererId))
    .where(where).orderBy(desc(orders.createdAt), desc(orders.id)).limit(limit);
  return rows;
}
