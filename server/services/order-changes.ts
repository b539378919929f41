/**
 * After the order, confirmation and changes (issue [8]): the shop confirms an order and may change
 * a line's quantity or delivery date (with a reason, old and new values kept in the history);
 * files on an order from either side; supplements (parts or articles added to a submitted order
 * until production starts, through the same approval rules, confirmed by the shop); a message
 * thread per order with read marks and unread counts.
 *
 * Every step is one transaction with its history rows and mails, so a failure leaves nothing
 * half-written. The functions take the database (or a transaction), the actor, ids, the input,
 * `now` and the portal's public URL (for the links in mails), so the demo seed calls them as the
 * routes do.
 */
import { and, asc, eq, inArray, isNotNull, max, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import {
  basketItems, companies, orderAttachments, orderEvents, orderLines, orderMessages, orderReads, orders, orderSupplements, users,
  type Order, type OrderLine, type OrderStatus, type OrderSupplement, type Side, type User,
} from '../db/schema.js';
import type { Auth } from '../http/context.js';
import { ApiError, conflict, forbidden, invalid, notFound } from '../http/errors.js';
import { links } from '../links.js';
import { enqueueMail } from '../mail/outbox.js';
import type { MailChange } from '../mail/templates.js';
import { pricedBasket } from './basket.js';
import { checkAttachment, storeAttachment } from './files.js';
import { addEvent, approvalPlan, companyOrder, isoDate, orderLineValues, orderView, recomputeTotal, shopOrder } from './orders.js';
import { enqueueEvent } from './webhooks.js';

type CustomerAuth = Auth & { companyId: number };

/** Statuses in which a customer may still add to an order: production has not started. */
export const SUPPLEMENT_STATUSES: OrderStatus[] = ['pending_approval', 'released'];
/** Statuses in which the shop confirms (or confirms again): released, and while in production. */
export const CONFIRMABLE: OrderStatus[] = ['released', 'in_production'];

/**
 * Who acts on an order: a customer (scoped to his active company) or the shop's staff (orders
 * that reached the shop). Another company's order, or one the shop may not see, is a 404.
 */
export type OrderActor =
  | { side: 'customer'; user: Pick<User, 'id' | 'name'>; companyId: number }
  | { side: 'shop'; user: Pick<User, 'id' | 'name'> };

/** The order this actor may see, or 404. */
export async function actorOrder(tx: Tx, who: OrderActor, orderId: number): Promise<Order> {
  return who.side === 'customer' ? companyOrder(tx, who.companyId, orderId) : shopOrder(tx, orderId);
}

const userById = (tx: Tx, id: number | null) => (id ? tx.select().from(users).where(eq(users.id, id)).get() : Promise.resolve(undefined));

/** The company's sales rep; without one, the shop's admins (someone must hear of it). */
async function shopContacts(tx: Tx, companyId: number): Promise<User[]> {
  const company = await tx.select().from(companies).where(eq(companies.id, companyId)).get();
  const rep = await userById(tx, company?.salesRepId ?? null);
  if (rep && !rep.disabled) return [rep];
  return tx.select().from(users).where(and(eq(users.staffRole, 'admin'), eq(users.disabled, false)));
}

// ---------------------------------------------------------------------------------------------
// the view's part

/** What orderView shows of confirmation, supplements and attachments. */
export async function orderChangesView(tx: Tx, order: Order, side: Side) {
  const [supplements, files] = await Promise.all([
    tx.select().from(orderSupplements).where(eq(orderSupplements.orderId, order.id)).orderBy(asc(orderSupplements.number)),
    tx.select({ n: sql<number>`count(*)` }).from(orderAttachments).where(eq(orderAttachments.orderId, order.id)).get(),
  ]);
  // the shop never sees what the customer's approver has not approved yet
  const hidden = new Set(side === 'shop' ? supplements.filter((x) => x.status === 'pending_approval').map((x) => x.id) : []);
  return {
    supplements: supplements.filter((x) => !hidden.has(x.id)).map((x) => ({
      id: x.id, number: x.number, status: x.status, total: x.total, createdBy: x.createdByName, createdAt: x.createdAt,
      decidedAt: x.decidedAt, confirmedAt: x.confirmedAt,
    })),
    attachmentCount: files?.n ?? 0,
    hiddenSupplements: hidden,
    hiddenEvent: (e: typeof orderEvents.$inferSelect) => e.kind === 'supplement' && hidden.has(Number((e.data as { supplementId?: number } | null)?.supplementId)),
  };
}

// ---------------------------------------------------------------------------------------------
// confirmation

/** One line's change in a confirmation: a new quantity and/or delivery date, and why. */
export interface LineChangeInput {
  lineId: number;
  quantity?: number;
  /** YYYY-MM-DD */
  deliveryDate?: string;
  /** Required when the quantity or the date changes. */
  reason?: string;
}

export interface ConfirmInput {
  lines?: LineChangeInput[];
  /** A note to the customer, in the history and the mail. */
  note?: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** A line's delivery date as it stands: the shop's confirmed one, else the one its delivery option gave, else the order's. */
export function lineDeliveryDate(l: Pick<OrderLine, 'deliveryDate' | 'quote'>, order: Pick<Order, 'deliveryDate'>): string | null {
  return l.deliveryDate ?? (l.quote as { delivery?: { date?: string } }).delivery?.date ?? order.deliveryDate ?? null;
}

/**
 * The shop confirms an order that is released or in production, changing lines where it must:
 * a quantity (the line total becomes the frozen unit price × the new quantity; the line keeps its
 * `originalQuantity`) or a delivery date, each with a reason. Every change is a `line_changed`
 * history row with `data {lineId, position, field, from, to, reason}`, then one `confirmed` row;
 * the order's total is recomputed, `confirmedAt`/`confirmedBy` set, the orderer mailed
 * (`order_confirmed`). Confirming again later, with further changes, is allowed.
 *
 * @throws INVALID_STATUS (409) in another status; NOT_FOUND (404) for a line of another order;
 *   LINE_NOT_CONFIRMABLE (409) for a rejected line or one of an unconfirmed supplement;
 *   VALIDATION_ERROR (400) for a change without a reason or an impossible date.
 * @example
 * await confirmOrder(db, ops, 12, { lines: [{ lineId: 31, deliveryDate: '2026-12-18', reason: 'Sheet arrives later' }] }, Date.now(), 'https://portal.example.com');
 */
export async function confirmOrder(db: Db | Tx, actor: User, orderId: number, input: ConfirmInput, now: number, publicUrl: string): Promise<Order> {
  return db.transaction(async (tx) => {
    const order = await shopOrder(tx, orderId);
    if (!CONFIRMABLE.includes(order.status)) {
      throw conflict('INVALID_STATUS', `The order is ${order.status.replace('_', ' ')}; the shop confirms orders that are released or in production.`);
    }
    const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, orderId));
    const confirmedSupplements = new Set((await tx.select({ id: orderSupplements.id }).from(orderSupplements)
      .where(and(eq(orderSupplements.orderId, orderId), eq(orderSupplements.status, 'confirmed')))).map((r) => r.id));
    const changes: (MailChange & { lineId: number })[] = [];
    const seen = new Set<number>();
    for (const [k, c] of (input.lines ?? []).entries()) {
      const l = lines.find((x) => x.id === c.lineId);
      if (!l) throw notFound(`Line ${c.lineId} of order ${order.number}`);
      if (seen.has(l.id)) throw invalid(`lines.${k}.lineId: line ${l.position} is named twice.`);
      seen.add(l.id);
      const from = lineDeliveryDate(l, order);
      const quantityChanges = c.quantity !== undefined && c.quantity !== l.quantity;
      const dateChanges = c.deliveryDate !== undefined && c.deliveryDate !== from;
      if (!quantityChanges && !dateChanges) continue;
      if (l.approval === 'rejected' || (l.supplementId !== null && !confirmedSupplements.has(l.supplementId))) {
        throw conflict('LINE_NOT_CONFIRMABLE', `Line ${l.position} is ${l.approval === 'rejected' ? 'rejected' : 'part of a supplement not confirmed yet'}; it cannot be changed.`);
      }
      const reason = c.reason?.trim() ?? '';
      if (!reason) throw invalid(`lines.${k}.reason: say why line ${l.position} changes.`);
      if (quantityChanges && (!Number.isInteger(c.quantity) || c.quantity! < 1 || c.quantity! > 1_000_000)) {
        throw invalid(`lines.${k}.quantity: a whole number from 1 to 1,000,000.`);
      }
      if (dateChanges && !validDate(c.deliveryDate!)) throw invalid(`lines.${k}.deliveryDate: a date YYYY-MM-DD.`);
      if (dateChanges && c.deliveryDate! < isoDate(now)) throw invalid(`lines.${k}.deliveryDate: ${c.deliveryDate} is in the past.`);
      const set: Partial<OrderLine> = {};
      if (quantityChanges) {
        Object.assign(set, { quantity: c.quantity!, total: l.unitPrice * c.quantity!, originalQuantity: l.originalQuantity ?? l.quantity });
        changes.push({ lineId: l.id, position: l.position, name: l.name, field: 'quantity', from: l.quantity, to: c.quantity!, reason });
      }
      if (dateChanges) {
        set.deliveryDate = c.deliveryDate!;
        changes.push({ lineId: l.id, position: l.position, name: l.name, field: 'deliveryDate', from, to: c.deliveryDate!, reason });
      }
      await tx.update(orderLines).set(set).where(eq(orderLines.id, l.id));
    }
    for (const ch of changes) {
      const fieldName = ch.field === 'quantity' ? 'quantity' : 'delivery date';
      await addEvent(tx, orderId, now, actor, {
        kind: 'line_changed',
        note: `${ch.position}. ${ch.name}: ${fieldName} ${ch.from ?? '—'} → ${ch.to} (${ch.reason})`,
        data: { lineId: ch.lineId, position: ch.position, field: ch.field, from: ch.from, to: ch.to, reason: ch.reason },
      });
    }
    const total = await recomputeTotal(tx, orderId);
    const updated = (await tx.update(orders).set({ total, confirmedAt: now, confirmedBy: actor.id, updatedAt: now })
      .where(eq(orders.id, orderId)).returning().get())!;
    const note = input.note?.trim() || null;
    await addEvent(tx, orderId, now, actor, {
      kind: 'confirmed', note, data: { changes: changes.length, total, previousTotal: order.total, again: order.confirmedAt !== null },
    });
    await enqueueEvent(tx, 'order.confirmed', {
      ...(await orderView(tx, updated)), previousTotal: order.total, changes: changes.map(({ name: _n, ...c }) => c),
    }, now);
    const orderer = await userById(tx, order.ordererId);
    if (orderer && !orderer.disabled) {
      await enqueueMail(tx, {
        to: orderer.email, kind: 'order_confirmed', language: orderer.language, orderId,
        vars: {
          name: orderer.name, orderNumber: order.number, total, currency: order.currency, note: note ?? undefined,
          requestedDate: order.requestedDate ?? undefined, changes: changes.map(({ lineId: _l, ...c }) => c), link: links.order(publicUrl, orderId),
        },
      }, now);
    }
    return updated;
  });
}

// ---------------------------------------------------------------------------------------------
// attachments

/** An attachment as listed: who (side and name) and when, never the bytes. */
export interface AttachmentView {
  id: number;
  name: string;
  mime: string;
  size: number;
  side: Side;
  uploadedBy: string;
  createdAt: number;
  receiptId: number | null;
  returnId: number | null;
}

const attachmentColumns = {
  id: orderAttachments.id, name: orderAttachments.name, mime: orderAttachments.mime, size: orderAttachments.size, side: orderAttachments.side,
  uploadedBy: orderAttachments.uploadedByName, createdAt: orderAttachments.createdAt, receiptId: orderAttachments.receiptId, returnId: orderAttachments.returnId,
};

/** The files on an order, oldest first (receipt and return photos among them). */
export async function listAttachments(db: Db | Tx, who: OrderActor, orderId: number): Promise<AttachmentView[]> {
  await actorOrder(db, who, orderId);
  return db.select(attachmentColumns).from(orderAttachments).where(eq(orderAttachments.orderId, orderId)).orderBy(asc(orderAttachments.createdAt), asc(orderAttachments.id));
}

/**
 * Attach a file to an order, at any status: its type is recognised from the bytes (PDF, PNG, JPEG,
 * GIF, WebP, DXF), 20 MB at most; stored in the database with a history row `attachment`.
 *
 * @throws UNSUPPORTED_FILE_TYPE (415), FILE_TOO_LARGE (413), EMPTY_FILE (400), NOT_FOUND (404).
 * @example
 * await addAttachment(db, { side: 'customer', user, companyId: 1 }, 12, { name: 'bracket-rev-b.dxf', bytes }, Date.now());
 */
export async function addAttachment(db: Db | Tx, who: OrderActor, orderId: number, file: { name: string; bytes: Uint8Array }, now: number): Promise<AttachmentView> {
  checkAttachment(file.name, file.bytes); // before the write lock: a bad file costs no transaction
  return db.transaction(async (tx) => {
    const order = await actorOrder(tx, who, orderId);
    const row = await storeAttachment(tx, { orderId: order.id, side: who.side, name: file.name, bytes: file.bytes, user: who.user }, now);
    await addEvent(tx, order.id, now, who.user, {
      kind: 'attachment', note: row.name, data: { attachmentId: row.id, name: row.name, mime: row.mime, size: row.size, side: who.side },
    });
    return { id: row.id, name: row.name, mime: row.mime, size: row.size, side: row.side, uploadedBy: row.uploadedByName, createdAt: row.createdAt, receiptId: null, returnId: null };
  });
}

/** One attachment with its bytes, or 404 (also when the order is not the actor's). */
export async function attachmentFile(db: Db | Tx, who: OrderActor, orderId: number, attachmentId: number) {
  await actorOrder(db, who, orderId);
  const row = await db.select().from(orderAttachments).where(and(eq(orderAttachments.id, attachmentId), eq(orderAttachments.orderId, orderId))).get();
  if (!row) throw notFound('The file');
  return row;
}

// ---------------------------------------------------------------------------------------------
// supplements

/**
 * The customer adds the basket to a submitted order while production has not started (the order
 * awaits approval or is released). The lines are priced by the server now, exactly as the basket
 * is, and go through the orderer's approval rules (approvalPlan, as placeOrder; an approval limit
 * is measured against the order with all its lines not rejected, open additions included, plus this one). The supplement awaits approval, or is
 * `submitted` to the shop at once (the sales rep is mailed); the shop confirms or rejects it. Its
 * lines count in the order's total once the shop has confirmed it (recomputeTotal).
 * A retry with the same Idempotency-Key returns the first supplement.
 *
 * @throws INVALID_STATUS (409) once production started; BASKET_EMPTY (409); NO_APPROVER (409);
 *   a line's pricing error (422); NOT_FOUND (404) for another company's order.
 * @example
 * const { supplementId } = await addSupplement(db, auth, 12, 'key-1', Date.now(), 'https://portal.example.com');
 */
export async function addSupplement(db: Db | Tx, auth: CustomerAuth, orderId: number, idempotencyKey: string | null, now: number, publicUrl: string): Promise<{ supplementId: number; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const order = await companyOrder(tx, auth.companyId, orderId);
    if (idempotencyKey) {
      const prior = await tx.select({ id: orderSupplements.id }).from(orderSupplements).where(and(
        eq(orderSupplements.orderId, orderId), eq(orderSupplements.createdBy, auth.user.id), eq(orderSupplements.idempotencyKey, idempotencyKey),
      )).get();
      if (prior) return { supplementId: prior.id, replayed: true };
    }
    if (!SUPPLEMENT_STATUSES.includes(order.status)) {
      throw conflict('INVALID_STATUS', `Order ${order.number} is ${order.status.replace('_', ' ')}; parts can be added only until production starts.`);
    }
    const { items, pricing, total } = await pricedBasket(tx, auth.user.id, auth.companyId, undefined, auth.user.language, now);
    if (!items.length) throw conflict('BASKET_EMPTY', 'The basket is empty (or was just added).');
    const broken = items.find((i) => i.error);
    if (broken) throw new ApiError(422, broken.error!.code, `"${broken.name}" cannot be ordered: ${broken.error!.message}`);
    if (pricing.profile.currency !== order.currency) {
      throw conflict('CURRENCY_MISMATCH', `Order ${order.number} is in ${order.currency}; your prices are now in ${pricing.profile.currency}. Place a new order instead.`);
    }
    // the limit counts the order as it stands with every open addition: splitting an order into supplements does not dodge it
    const standing = (await tx.select({ t: sql<number>`coalesce(sum(${orderLines.total}), 0)` }).from(orderLines)
      .where(and(eq(orderLines.orderId, orderId), sql`${orderLines.approval} <> 'rejected'`)).get())?.t ?? 0;
    const plan = await approvalPlan(tx, auth, items, pricing, standing + total);
    const last = await tx.select({ number: max(orderSupplements.number) }).from(orderSupplements).where(eq(orderSupplements.orderId, orderId)).get();
    const lastLine = await tx.select({ position: max(orderLines.position) }).from(orderLines).where(eq(orderLines.orderId, orderId)).get();
    const status = plan.needsApproval ? 'pending_approval' as const : 'submitted' as const;
    const supplement = (await tx.insert(orderSupplements).values({
      orderId, number: (last?.number ?? 0) + 1, status, total, createdBy: auth.user.id, createdByName: auth.user.name,
      idempotencyKey, createdAt: now, decidedAt: plan.needsApproval ? null : now,
    }).returning().get())!;
    await tx.insert(orderLines).values(orderLineValues(orderId, items, plan.reasons, order.currency, (lastLine?.position ?? 0) + 1, supplement.id));
    await tx.delete(basketItems).where(and(eq(basketItems.userId, auth.user.id), eq(basketItems.companyId, auth.companyId)));
    await tx.update(orders).set({ updatedAt: now }).where(eq(orders.id, orderId));
    await addEvent(tx, orderId, now, auth.user, {
      kind: 'supplement', note: `${supplement.number}: ${items.length} × ${status.replace('_', ' ')}`,
      data: { supplementId: supplement.id, number: supplement.number, status, total, lines: items.length },
    });
    const company = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, auth.companyId)).get();
    if (plan.needsApproval) {
      const approver = await userById(tx, plan.approverId);
      if (approver) {
        await enqueueMail(tx, {
          to: approver.email, kind: 'approval_requested', language: approver.language, orderId,
          vars: { name: approver.name, company: company?.name ?? '', orderer: auth.user.name, orderNumber: order.number, total, currency: order.currency, lines: items.length, link: links.approvals(publicUrl, orderId) },
        }, now);
      }
    } else if (order.releasedAt !== null) {
      await mailSupplementSubmitted(tx, order, supplement, items.length, now, publicUrl);
    }
    return { supplementId: supplement.id, replayed: false };
  });
}

async function mailSupplementSubmitted(tx: Tx, order: Order, x: OrderSupplement, lines: number, now: number, publicUrl: string) {
  const company = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, order.companyId)).get();
  for (const rep of await shopContacts(tx, order.companyId)) {
    await enqueueMail(tx, {
      to: rep.email, kind: 'supplement_submitted', language: rep.language, orderId: order.id,
      vars: { name: rep.name, orderNumber: order.number, company: company?.name ?? '', orderer: x.createdByName, supplement: x.number, lines, total: x.total, currency: order.currency, link: links.adminOrder(publicUrl, order.id) },
    }, now);
  }
}

/**
 * After the customer's approver decided a supplement's last pending line (decideLines): a history
 * row, then the shop hears of a submitted supplement (once the order is with the shop), or who
 * added it hears it was rejected. The order's status is not touched here.
 */
export async function supplementDecided(tx: Tx, order: Order, x: OrderSupplement, actor: Pick<User, 'id' | 'name'>, reason: string | null, now: number, publicUrl: string) {
  await addEvent(tx, order.id, now, actor, {
    kind: 'supplement', note: `${x.number}: ${x.status}${x.status === 'rejected' && reason ? ` (${reason})` : ''}`,
    data: { supplementId: x.id, number: x.number, status: x.status, total: x.total },
  });
  if (x.status === 'submitted' && order.releasedAt !== null) {
    const lines = await tx.select({ n: sql<number>`count(*)` }).from(orderLines)
      .where(and(eq(orderLines.supplementId, x.id), sql`${orderLines.approval} <> 'rejected'`)).get();
    const total = (await tx.select({ t: sql<number>`coalesce(sum(${orderLines.total}), 0)` }).from(orderLines)
      .where(and(eq(orderLines.supplementId, x.id), sql`${orderLines.approval} <> 'rejected'`)).get())?.t ?? x.total;
    await tx.update(orderSupplements).set({ total }).where(eq(orderSupplements.id, x.id));
    await mailSupplementSubmitted(tx, order, { ...x, total }, lines?.n ?? 0, now, publicUrl);
  } else if (x.status === 'rejected') {
    await mailSupplementDecision(tx, order, x, 'supplement_rejected', actor.name, reason, now, publicUrl);
  }
}

async function mailSupplementDecision(tx: Tx, order: Order, x: OrderSupplement, kind: 'supplement_confirmed' | 'supplement_rejected', actor: string, reason: string | null, now: number, publicUrl: string) {
  const to = await userById(tx, x.createdBy);
  if (!to || to.disabled) return;
  await enqueueMail(tx, {
    to: to.email, kind, language: to.language, orderId: order.id,
    vars: { name: to.name, orderNumber: order.number, supplement: x.number, total: x.total, currency: order.currency, actor, reason: reason ?? undefined, link: links.order(publicUrl, order.id) },
  }, now);
}

/**
 * The shop confirms (`confirm`) or rejects (`reject`, with a reason) a submitted supplement. A
 * confirmed supplement's lines join the order's total; a rejected one's lines are marked rejected.
 * Who added it is mailed.
 *
 * @throws NOT_FOUND (404) for another order's supplement; INVALID_STATUS (409) when it is not
 *   awaiting the shop, or the order is past production.
 * @example
 * await decideSupplement(db, ops, 12, 3, 'confirm', null, Date.now(), 'https://portal.example.com');
 */
export async function decideSupplement(db: Db | Tx, actor: User, orderId: number, supplementId: number, decision: 'confirm' | 'reject', reason: string | null, now: number, publicUrl: string): Promise<Order> {
  return db.transaction(async (tx) => {
    const order = await shopOrder(tx, orderId);
    const x = await tx.select().from(orderSupplements).where(and(eq(orderSupplements.id, supplementId), eq(orderSupplements.orderId, orderId))).get();
    if (!x || x.status === 'pending_approval') throw notFound('The supplement');
    if (x.status !== 'submitted') throw conflict('INVALID_STATUS', `Supplement ${x.number} is ${x.status} already.`);
    if (!CONFIRMABLE.includes(order.status)) throw conflict('INVALID_STATUS', `The order is ${order.status.replace('_', ' ')}.`);
    const status = decision === 'confirm' ? 'confirmed' as const : 'rejected' as const;
    await tx.update(orderSupplements).set({ status, ...(status === 'confirmed' ? { confirmedAt: now } : { decidedAt: now }) }).where(eq(orderSupplements.id, x.id));
    if (status === 'rejected') {
      await tx.update(orderLines).set({ approval: 'rejected', rejectReason: reason }).where(eq(orderLines.supplementId, x.id));
    }
    const total = await recomputeTotal(tx, orderId);
    const updated = (await tx.update(orders).set({ total, updatedAt: now }).where(eq(orders.id, orderId)).returning().get())!;
    await addEvent(tx, orderId, now, actor, {
      kind: 'supplement', note: `${x.number}: ${status}${reason ? ` (${reason})` : ''}`,
      data: { supplementId: x.id, number: x.number, status, total: x.total, reason },
    });
    await mailSupplementDecision(tx, order, { ...x, status }, status === 'confirmed' ? 'supplement_confirmed' : 'supplement_rejected', actor.name, reason, now, publicUrl);
    return updated;
  });
}

/**
 * The customer withdraws a supplement the shop has not confirmed yet (awaiting approval, or
 * submitted), while production has not started: it becomes `cancelled`, its lines are marked
 * rejected ("Withdrawn"), so they leave the approvals list and never count or ship. Who added it,
 * an approver or the company admin may do so. The shop's contacts are mailed when the supplement
 * had reached them.
 *
 * @throws NOT_FOUND (404) for another company's order or another order's supplement; FORBIDDEN
 *   (403) for someone else's supplement without approve/manage_company; INVALID_STATUS (409) when
 *   it is confirmed, rejected or withdrawn already, or production started.
 * @example
 * await withdrawSupplement(db, auth, 12, 3, Date.now(), 'https://portal.example.com');
 */
export async function withdrawSupplement(db: Db | Tx, auth: CustomerAuth, orderId: number, supplementId: number, now: number, publicUrl: string): Promise<Order> {
  return db.transaction(async (tx) => {
    const order = await companyOrder(tx, auth.companyId, orderId);
    const x = await tx.select().from(orderSupplements).where(and(eq(orderSupplements.id, supplementId), eq(orderSupplements.orderId, orderId))).get();
    if (!x) throw notFound('The supplement');
    if (x.createdBy !== auth.user.id && !auth.rights.has('approve') && !auth.rights.has('manage_company')) {
      throw forbidden('Only who added the supplement, an approver or the company admin may withdraw it.');
    }
    if (x.status !== 'pending_approval' && x.status !== 'submitted') throw conflict('INVALID_STATUS', `Supplement ${x.number} is ${x.status}; it can no longer be withdrawn.`);
    if (order.status !== 'pending_approval' && order.status !== 'released') {
      throw conflict('INVALID_STATUS', `The order is ${order.status.replace('_', ' ')}; a supplement can be withdrawn until production starts.`);
    }
    await tx.update(orderSupplements).set({ status: 'cancelled', decidedAt: now }).where(eq(orderSupplements.id, x.id));
    await tx.update(orderLines).set({ approval: 'rejected', rejectReason: 'Withdrawn' }).where(eq(orderLines.supplementId, x.id));
    const total = await recomputeTotal(tx, orderId);
    const updated = (await tx.update(orders).set({ total, updatedAt: now }).where(eq(orders.id, orderId)).returning().get())!;
    await addEvent(tx, orderId, now, auth.user, {
      kind: 'supplement', note: `${x.number}: cancelled`, data: { supplementId: x.id, number: x.number, status: 'cancelled', total: x.total },
    });
    if (x.status === 'submitted' && order.releasedAt !== null) {
      const company = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, order.companyId)).get();
      for (const rep of await shopContacts(tx, order.companyId)) {
        await enqueueMail(tx, {
          to: rep.email, kind: 'supplement_withdrawn', language: rep.language, orderId,
          vars: { name: rep.name, orderNumber: order.number, company: company?.name ?? '', orderer: auth.user.name, actor: auth.user.name, supplement: x.number, link: links.adminOrder(publicUrl, orderId) },
        }, now);
      }
    }
    return updated;
  });
}

// ---------------------------------------------------------------------------------------------
// messages

export interface MessageView {
  id: number;
  side: Side;
  author: string;
  body: string;
  createdAt: number;
  /** Written by this reader's side. */
  mine: boolean;
}

async function markRead(tx: Tx, orderId: number, userId: number, lastMessageId: number) {
  await tx.insert(orderReads).values({ orderId, userId, lastMessageId })
    .onConflictDoUpdate({ target: [orderReads.orderId, orderReads.userId], set: { lastMessageId: sql`max(${orderReads.lastMessageId}, excluded.last_message_id)` } });
}

/**
 * The order's thread, oldest first; reading it marks it read for this user (unread = the other
 * side's messages after the user's read mark).
 * @example
 * const { items } = await readMessages(db, { side: 'shop', user: ops }, 12);
 */
export async function readMessages(db: Db | Tx, who: OrderActor, orderId: number): Promise<{ items: MessageView[] }> {
  return db.transaction(async (tx) => {
    await actorOrder(tx, who, orderId);
    const rows = await tx.select().from(orderMessages).where(eq(orderMessages.orderId, orderId)).orderBy(asc(orderMessages.id));
    if (rows.length) await markRead(tx, orderId, who.user.id, rows[rows.length - 1].id);
    return { items: rows.map((m) => ({ id: m.id, side: m.side, author: m.authorName, body: m.body, createdAt: m.createdAt, mine: m.side === who.side })) };
  });
}

/**
 * Post a message on the order's thread and mail the other side: a customer's message goes to the
 * company's sales rep (the shop's admins when it has none), the shop's to the orderer. Allowed at
 * any status; the shop writes on orders that reached it.
 * @example
 * await postMessage(db, { side: 'shop', user: ops }, 12, 'The sheet arrives on Monday.', Date.now(), 'https://portal.example.com');
 */
export async function postMessage(db: Db | Tx, who: OrderActor, orderId: number, body: string, now: number, publicUrl: string): Promise<MessageView> {
  const text = body.replace(/\r\n?/g, '\n').trim();
  if (!text) throw invalid('body: write something.');
  if (text.length > 4000) throw invalid('body: at most 4,000 characters.');
  return db.transaction(async (tx) => {
    const order = await actorOrder(tx, who, orderId);
    const m = (await tx.insert(orderMessages).values({ orderId, side: who.side, authorId: who.user.id, authorName: who.user.name, body: text, createdAt: now }).returning().get())!;
    await markRead(tx, orderId, who.user.id, m.id);
    await tx.update(orders).set({ updatedAt: now }).where(eq(orders.id, orderId));
    const company = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, order.companyId)).get();
    const to = who.side === 'customer' ? await shopContacts(tx, order.companyId) : [await userById(tx, order.ordererId)].filter((u): u is User => !!u && !u.disabled);
    for (const u of to) {
      await enqueueMail(tx, {
        to: u.email, kind: 'order_message', language: u.language, orderId,
        vars: {
          name: u.name, orderNumber: order.number, company: company?.name, actor: who.user.name, message: text,
          link: who.side === 'customer' ? links.adminOrder(publicUrl, orderId) : links.order(publicUrl, orderId),
        },
      }, now);
    }
    return { id: m.id, side: m.side, author: m.authorName, body: m.body, createdAt: m.createdAt, mine: true };
  });
}

/**
 * Unread messages per order for this user: the other side's messages after his read mark. A
 * customer counts over his active company's orders, staff over the orders that reached the shop.
 * `orderIds` narrows it (the orders of a list page).
 */
export async function unreadCounts(db: Db | Tx, who: OrderActor, orderIds?: number[]): Promise<Map<number, number>> {
  if (orderIds && !orderIds.length) return new Map();
  const other: Side = who.side === 'customer' ? 'shop' : 'customer';
  const rows = await db.select({ orderId: orderMessages.orderId, n: sql<number>`count(*)` }).from(orderMessages)
    .innerJoin(orders, eq(orders.id, orderMessages.orderId))
    .leftJoin(orderReads, and(eq(orderReads.orderId, orderMessages.orderId), eq(orderReads.userId, who.user.id)))
    .where(and(
      who.side === 'customer' ? eq(orders.companyId, who.companyId) : isNotNull(orders.releasedAt),
      eq(orderMessages.side, other),
      sql`${orderMessages.id} > coalesce(${orderReads.lastMessageId}, 0)`,
      orderIds ? inArray(orderMessages.orderId, orderIds) : undefined,
    ))
    .groupBy(orderMessages.orderId);
  return new Map(rows.map((r) => [r.orderId, r.n]));
}

/** Unread messages of this user: the total (for the portal's navigation) and per order. */
export async function unreadSummary(db: Db | Tx, who: OrderActor) {
  const counts = await unreadCounts(db, who);
  const ids = [...counts.keys()];
  const numbers = ids.length ? await db.select({ id: orders.id, number: orders.number }).from(orders).where(inArray(orders.id, ids)) : [];
  return {
    total: [...counts.values()].reduce((s, n) => s + n, 0),
    orders: numbers.map((o) => ({ orderId: o.id, number: o.number, unread: counts.get(o.id) ?? 0 })).sort((a, b) => b.orderId - a.orderId),
  };
}

/** Add `unreadMessages` to each row of an order list. */
export async function withUnread<T extends { id: number }>(db: Db | Tx, who: OrderActor, rows: T[]): Promise<(T & { unreadMessages: number })[]> {
  const counts = await unreadCounts(db, who, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, unreadMessages: counts.get(r.id) ?? 0 }));
}
