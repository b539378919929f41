/**
 * After the goods left the shop (issue [8]): shipments per line (partial deliveries, each with a
 * delivery note), the customer's receipt per shipped line (received, short, damaged, wrong, with
 * photos), and returns (RMA `R-2026-00001`): requested → accepted (with instructions) | rejected;
 * accepted → received → credited (a credit note GS-YYYY-NNNNN on the order) | replaced (a linked order at
 * price 0) → closed.
 *
 * Each step is one transaction with its history rows (order_events, return_events), its mails
 * (the other side is told) and its webhooks, so a failure leaves nothing half-written. The
 * functions take (db, actor, ids, input, now, publicUrl) and work outside HTTP too (the demo seed).
 */
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import {
  companies, orderAttachments, orderLines, orderRecords, orders, receipts, returnEvents, returnLines, returns, shipmentLines, shipments, users,
  type Order, type OrderLine, type OrderStatus, type Receipt, type ReturnRecord, type ReturnStatus, type Side, type User,
} from '../db/schema.js';
import type { Auth } from '../http/context.js';
import { conflict, forbidden, invalid, notFound } from '../http/errors.js';
import { links } from '../links.js';
import { enqueueMail } from '../mail/outbox.js';
import { storeAttachment } from './files.js';
import { addEvent, companyOrder, isoDate, nextNumber, orderView, shopOrder } from './orders.js';
import { addCredit } from './statements.js';
import { enqueueEvent } from './webhooks.js';

type CustomerAuth = Auth & { companyId: number };
type Actor = Pick<User, 'id' | 'name'>;

/** A photo as uploaded: the file name and its bytes (type and size are checked by files.ts). */
export interface Photo {
  name: string;
  bytes: Uint8Array;
}

/** At most this many photos in one request (the body limit of app.ts allows five files). */
export const MAX_PHOTOS = 5;

// ---------------------------------------------------------------------------------------------
// numbers

async function counter(tx: Tx, name: string): Promise<number> {
  const row = await tx.all<{ value: number }>(sql`
    INSERT INTO counters (name, value) VALUES (${name}, 1)
    ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`);
  return row[0].value;
}

/** `LS-2026-00001`: a delivery note number when the shop gives none. */
async function deliveryNoteNumber(tx: Tx, now: number) {
  const y = new Date(now).getUTCFullYear();
  return `LS-${y}-${String(await counter(tx, `delivery-notes-${y}`)).padStart(5, '0')}`;
}
/** `R-2026-00001`. */
async function returnNumber(tx: Tx, now: number) {
  const y = new Date(now).getUTCFullYear();
  return `R-${y}-${String(await counter(tx, `returns-${y}`)).padStart(5, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// helpers

const money = (cents: number, currency: string) => `${(cents / 100).toFixed(2)} ${currency}`;
const lineLabel = (l: Pick<OrderLine, 'position' | 'name'>) => `${l.position}. ${l.name}`;

/** Lines that can be made and shipped: not rejected, not waiting for approval. */
const shippable = (l: OrderLine) => l.approval === 'not_needed' || l.approval === 'approved';

async function userById(tx: Tx, id: number | null): Promise<User | undefined> {
  return id ? tx.select().from(users).where(eq(users.id, id)).get() : undefined;
}

/** The company's sales rep (not disabled), who hears of complaints and returns. */
async function salesRep(tx: Tx, companyId: number) {
  const company = await tx.select().from(companies).where(eq(companies.id, companyId)).get();
  const rep = company?.salesRepId ? await userById(tx, company.salesRepId) : undefined;
  return { company, rep: rep && !rep.disabled ? rep : undefined };
}

/** Pieces shipped per order line. */
async function shippedPerLine(tx: Tx, orderId: number): Promise<Map<number, number>> {
  const rows = await tx.select({ lineId: shipmentLines.orderLineId, q: sql<number>`sum(${shipmentLines.quantity})` }).from(shipmentLines)
    .innerJoin(shipments, eq(shipments.id, shipmentLines.shipmentId)).where(eq(shipments.orderId, orderId)).groupBy(shipmentLines.orderLineId);
  return new Map(rows.map((r) => [r.lineId, Number(r.q)]));
}

/** Who of the customer may confirm receipt and open returns: orderers, approvers, company admins. */
function mayHandleGoods(auth: CustomerAuth) {
  if (!auth.rights.has('order') && !auth.rights.has('approve') && !auth.rights.has('manage_company')) {
    throw forbidden('Your group may not confirm receipts or open returns (it needs the right "order").');
  }
}

async function setOrderStatus(tx: Tx, order: Order, status: OrderStatus, actor: Actor | null, note: string | null, now: number) {
  const updated = await tx.update(orders).set({ status, updatedAt: now }).where(eq(orders.id, order.id)).returning().get();
  await addEvent(tx, order.id, now, actor, { kind: 'status', fromStatus: order.status, toStatus: status, note });
  await enqueueEvent(tx, 'order.status_changed', { ...(await orderView(tx, updated!)), previousStatus: order.status }, now);
  return updated!;
}

// ---------------------------------------------------------------------------------------------
// shipments

export interface ShipmentInput {
  /** The delivery note's number; without one the next `LS-YYYY-NNNNN` is given. */
  document?: string | null;
  /** YYYY-MM-DD the goods left; default today. */
  date?: string | null;
  note?: string | null;
  lines: { lineId: number; quantity: number }[];
}

/**
 * Ship lines of an order inside the caller's transaction: checks, the shipment with its lines, the
 * `delivery` record (document = delivery note, so statements and `deliveries` keep working), a
 * `shipment` history row, and the status: everything shipped → `shipped` (history, order_status
 * mail, webhook); otherwise `in_production` (a released order moves on by itself) and the orderer
 * gets a `shipment_partial` mail.
 */
export async function shipInTx(tx: Tx, actor: User, order: Order, input: ShipmentInput, now: number, publicUrl: string) {
  if (order.status !== 'released' && order.status !== 'in_production') {
    throw conflict('INVALID_STATUS', `The order is ${order.status.replace('_', ' ')}; only released orders and orders in production can ship.`);
  }
  if (!input.lines.length) throw invalid('lines: name at least one line and its quantity.');
  const ids = input.lines.map((l) => l.lineId);
  if (new Set(ids).size !== ids.length) throw invalid('lines: each line may appear once per shipment.');
  const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position));
  const shipped = await shippedPerLine(tx, order.id);
  const chosen = input.lines.map((i) => {
    const l = lines.find((x) => x.id === i.lineId);
    if (!l) throw notFound(`Line ${i.lineId} of this order`);
    if (!shippable(l)) throw conflict('LINE_NOT_SHIPPABLE', `Line ${lineLabel(l)} was ${l.approval === 'rejected' ? 'rejected in approval' : 'not approved yet'} and cannot ship.`);
    const open = l.quantity - (shipped.get(l.id) ?? 0);
    if (!Number.isInteger(i.quantity) || i.quantity < 1) throw invalid(`lines: the quantity of line ${l.position} must be a whole number of at least 1.`);
    if (i.quantity > open) {
      throw conflict('QUANTITY_EXCEEDS_OPEN', `Line ${lineLabel(l)}: ${i.quantity} cannot ship, ${open} of ${l.quantity} are still open.`);
    }
    return { line: l, quantity: i.quantity };
  });
  const document = input.document?.trim() || await deliveryNoteNumber(tx, now);
  const date = input.date ?? isoDate(now);
  const shipment = await tx.insert(shipments).values({ orderId: order.id, document, date, createdBy: actor.id, createdAt: now }).returning().get();
  await tx.insert(shipmentLines).values(chosen.map((c) => ({ shipmentId: shipment.id, orderLineId: c.line.id, quantity: c.quantity })));
  await tx.insert(orderRecords).values({ orderId: order.id, kind: 'delivery', date, document, amount: null, createdBy: actor.id, createdAt: now });
  for (const c of chosen) shipped.set(c.line.id, (shipped.get(c.line.id) ?? 0) + c.quantity);
  const complete = lines.filter(shippable).every((l) => (shipped.get(l.id) ?? 0) >= l.quantity);
  const summary = chosen.map((c) => `${lineLabel(c.line)} × ${c.quantity}`).join(', ');
  await addEvent(tx, order.id, now, actor, {
    kind: 'shipment', note: `${document}: ${summary}`,
    data: { shipmentId: shipment.id, document, date, complete, lines: chosen.map((c) => ({ lineId: c.line.id, position: c.line.position, quantity: c.quantity })) },
  });

  const orderer = await userById(tx, order.ordererId);
  if (complete) {
    await setOrderStatus(tx, order, 'shipped', actor, input.note ?? null, now);
    if (orderer) {
      await enqueueMail(tx, {
        to: orderer.email, kind: 'order_status', language: orderer.language, orderId: order.id,
        vars: { name: orderer.name, orderNumber: order.number, status: 'shipped', note: input.note ?? undefined, actor: actor.name, link: links.order(publicUrl, order.id) },
      }, now);
    }
  } else {
    if (order.status === 'released') await setOrderStatus(tx, order, 'in_production', actor, null, now);
    else await tx.update(orders).set({ updatedAt: now }).where(eq(orders.id, order.id));
    if (orderer) {
      await enqueueMail(tx, {
        to: orderer.email, kind: 'shipment_partial', language: orderer.language, orderId: order.id,
        vars: { name: orderer.name, orderNumber: order.number, document, items: summary, note: input.note ?? undefined, link: links.order(publicUrl, order.id) },
      }, now);
    }
  }
  await enqueueEvent(tx, 'shipment.created', {
    shipment: { id: shipment.id, document, date, complete, lines: chosen.map((c) => ({ lineId: c.line.id, position: c.line.position, quantity: c.quantity })) },
    order: await orderView(tx, (await tx.select().from(orders).where(eq(orders.id, order.id)).get())!),
  }, now);
  return { shipmentId: shipment.id, document, complete };
}

/**
 * The shop ships lines of a released order or one in production (partial deliveries allowed).
 * 409 `INVALID_STATUS`, `LINE_NOT_SHIPPABLE`, `QUANTITY_EXCEEDS_OPEN`; 404 for an unknown line.
 * @example
 * await shipLines(db, ops, 12, { document: 'LS-2026-0400', lines: [{ lineId: 31, quantity: 20 }] }, Date.now(), 'https://portal.example');
 */
export async function shipLines(db: Db, actor: User, orderId: number, input: ShipmentInput, now: number, publicUrl: string) {
  return db.transaction(async (tx) => shipInTx(tx, actor, await shopOrder(tx, orderId), input, now, publicUrl));
}

/** `POST /api/admin/orders/:id/status {status:'shipped'}`: everything still open ships as one shipment. */
export async function shipRemaining(tx: Tx, actor: User, order: Order, input: Omit<ShipmentInput, 'lines'>, now: number, publicUrl: string) {
  const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position));
  const shipped = await shippedPerLine(tx, order.id);
  const open = lines.filter(shippable).map((l) => ({ lineId: l.id, quantity: l.quantity - (shipped.get(l.id) ?? 0) })).filter((l) => l.quantity > 0);
  if (!open.length) {
    // nothing left to ship (every line shipped already): only the status moves
    return setOrderStatus(tx, order, 'shipped', actor, input.note ?? null, now);
  }
  return shipInTx(tx, actor, order, { ...input, lines: open }, now, publicUrl);
}

// ---------------------------------------------------------------------------------------------
// receipt

export const RECEIPT_CONDITIONS = ['received', 'short', 'damaged', 'wrong'] as const;
export type ReceiptCondition = (typeof RECEIPT_CONDITIONS)[number];

export interface ReceiptLineInput {
  lineId: number;
  condition: ReceiptCondition;
  /** Pieces that arrived in order; default: shipped − affected. */
  quantity?: number;
  /** Pieces missing, damaged or wrong; default 0 when received, else shipped − quantity. */
  affected?: number;
  note?: string | null;
  photos?: Photo[];
}

export interface ReceiptInput {
  shipmentId: number;
  lines: ReceiptLineInput[];
}

/**
 * The customer confirms what arrived of one shipment, per line. A complaint (short, damaged,
 * wrong) mails the sales rep. When the order is shipped in full and every shipped line was
 * confirmed as received without complaint, the order becomes `completed` by itself; with a
 * complaint it stays `shipped` until the shop completes it (after the return, if one is opened).
 *
 * 404 for another company's order or shipment; 403 without `order`/`approve`/`manage_company`;
 * 409 `NOT_SHIPPED` (the line is not in this shipment), `ALREADY_CONFIRMED`; 400
 * `INVALID_RECEIPT` when the pieces do not add up.
 * @example
 * await confirmReceipt(db, auth, 12, { shipmentId: 4, lines: [{ lineId: 31, condition: 'damaged', affected: 2, note: 'bent' }] }, Date.now(), url);
 */
export async function confirmReceipt(db: Db, auth: CustomerAuth, orderId: number, input: ReceiptInput, now: number, publicUrl: string) {
  return db.transaction(async (tx) => {
    const order = await companyOrder(tx, auth.companyId, orderId);
    mayHandleGoods(auth);
    const shipment = await tx.select().from(shipments).where(and(eq(shipments.id, input.shipmentId), eq(shipments.orderId, order.id))).get();
    if (!shipment) throw notFound('The shipment');
    if (!input.lines.length) throw invalid('lines: confirm at least one line.');
    const ids = input.lines.map((l) => l.lineId);
    if (new Set(ids).size !== ids.length) throw invalid('lines: each line may appear once.');
    const photoCount = input.lines.reduce((s, l) => s + (l.photos?.length ?? 0), 0);
    if (photoCount > MAX_PHOTOS) throw invalid(`At most ${MAX_PHOTOS} photos in one receipt.`, 'TOO_MANY_FILES');
    const inShipment = await tx.select().from(shipmentLines).where(eq(shipmentLines.shipmentId, shipment.id));
    const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    const done = await tx.select({ lineId: receipts.orderLineId }).from(receipts).where(eq(receipts.shipmentId, shipment.id));
    const made: Receipt[] = [];
    const complaints: string[] = [];
    for (const r of input.lines) {
      const line = lines.find((l) => l.id === r.lineId);
      if (!line) throw notFound(`Line ${r.lineId} of this order`);
      const sl = inShipment.find((s) => s.orderLineId === r.lineId);
      if (!sl) throw conflict('NOT_SHIPPED', `Line ${lineLabel(line)} is not in delivery ${shipment.document}; only shipped goods can be confirmed.`);
      if (done.some((d) => d.lineId === r.lineId)) throw conflict('ALREADY_CONFIRMED', `The receipt of line ${lineLabel(line)} in delivery ${shipment.document} was confirmed already.`);
      const shippedQ = sl.quantity;
      let affected: number, quantity: number;
      if (r.condition === 'received') {
        affected = r.affected ?? 0;
        quantity = r.quantity ?? shippedQ;
        if (affected !== 0 || quantity !== shippedQ) {
          throw invalid(`Line ${line.position}: "received" means all ${shippedQ} pieces arrived in order; for fewer choose "short", "damaged" or "wrong".`, 'INVALID_RECEIPT');
        }
      } else {
        affected = r.affected ?? (r.quantity !== undefined ? shippedQ - r.quantity : shippedQ);
        quantity = r.quantity ?? shippedQ - affected;
        if (affected < 1) throw invalid(`Line ${line.position}: a complaint names at least one piece that is missing, damaged or wrong.`, 'INVALID_RECEIPT');
        if (quantity < 0 || quantity + affected > shippedQ) {
          throw invalid(`Line ${line.position}: ${quantity} in order and ${affected} affected are more than the ${shippedQ} shipped.`, 'INVALID_RECEIPT');
        }
      }
      const note = r.note?.trim() || null;
      const row = await tx.insert(receipts).values({
        orderId: order.id, shipmentId: shipment.id, orderLineId: line.id, condition: r.condition, quantity, affected, note,
        createdBy: auth.user.id, createdByName: auth.user.name, createdAt: now,
      }).returning().get();
      for (const p of r.photos ?? []) {
        await storeAttachment(tx, { orderId: order.id, side: 'customer', name: p.name, bytes: p.bytes, receiptId: row.id, user: auth.user }, now);
      }
      made.push(row);
      const what = r.condition === 'received' ? `received ${quantity}` : `${r.condition} ${affected} of ${shippedQ}`;
      const text = `${shipment.document}: ${lineLabel(line)} — ${what}${note ? ` (${note})` : ''}${r.photos?.length ? `, ${r.photos.length} photo(s)` : ''}`;
      await addEvent(tx, order.id, now, auth.user, {
        kind: 'receipt', note: text,
        data: {
          receiptId: row.id, shipmentId: shipment.id, document: shipment.document, lineId: line.id, position: line.position, name: line.name,
          condition: r.condition, shipped: shippedQ, quantity, affected, note, photos: r.photos?.length ?? 0,
        },
      });
      if (r.condition !== 'received') complaints.push(text);
    }
    if (complaints.length) {
      const { company, rep } = await salesRep(tx, order.companyId);
      if (rep) {
        await enqueueMail(tx, {
          to: rep.email, kind: 'receipt_complaint', language: rep.language, orderId: order.id,
          vars: { name: rep.name, orderNumber: order.number, company: company?.name, actor: auth.user.name, document: shipment.document, items: complaints.join('\n'), link: links.adminOrder(publicUrl, order.id) },
        }, now);
      }
    }
    // completed by itself: everything shipped, every shipped line received in order
    if (order.status === 'shipped') {
      const all = await tx.select({ shipmentId: shipmentLines.shipmentId, lineId: shipmentLines.orderLineId }).from(shipmentLines)
        .innerJoin(shipments, eq(shipments.id, shipmentLines.shipmentId)).where(eq(shipments.orderId, order.id));
      const got = await tx.select().from(receipts).where(eq(receipts.orderId, order.id));
      const fine = all.every((s) => got.some((g) => g.shipmentId === s.shipmentId && g.orderLineId === s.lineId && g.condition === 'received'));
      if (fine) await setOrderStatus(tx, order, 'completed', auth.user, 'All goods received in order', now);
    }
    return made;
  });
}

// ---------------------------------------------------------------------------------------------
// returns

export interface ReturnLineInput {
  lineId: number;
  quantity: number;
  /** Default: the complained receipt's condition; `other` otherwise. */
  reason?: 'short' | 'damaged' | 'wrong' | 'other';
  /** The receipt (complaint) the line comes from. */
  receiptId?: number | null;
  note?: string | null;
}

export interface ReturnInput {
  orderId: number;
  reason: string;
  lines: ReturnLineInput[];
  photos?: Photo[];
}

/** What may follow each return status (the shop's steps). */
export const RETURN_TRANSITIONS: Record<ReturnStatus, ReturnStatus[]> = {
  requested: ['accepted', 'rejected'],
  accepted: ['received', 'rejected'],
  received: ['credited', 'replaced'],
  credited: ['closed'],
  replaced: ['closed'],
  rejected: ['closed'],
  closed: [],
};

/** Returns not rejected hold their pieces: they cannot be returned twice. */
async function returnedPerLine(tx: Tx, orderId: number): Promise<Map<number, number>> {
  const rows = await tx.select({ lineId: returnLines.orderLineId, q: sql<number>`sum(${returnLines.quantity})` }).from(returnLines)
    .innerJoin(returns, eq(returns.id, returnLines.returnId))
    .where(and(eq(returns.orderId, orderId), ne(returns.status, 'rejected'))).groupBy(returnLines.orderLineId);
  return new Map(rows.map((r) => [r.lineId, Number(r.q)]));
}

async function addReturnEvent(tx: Tx, ret: Pick<ReturnRecord, 'id'>, side: Side, actor: Actor, at: number, e: { fromStatus?: string | null; toStatus?: string | null; note?: string | null }) {
  await tx.insert(returnEvents).values({ returnId: ret.id, at, side, actorId: actor.id, actorName: actor.name, fromStatus: e.fromStatus ?? null, toStatus: e.toStatus ?? null, note: e.note ?? null });
}

/**
 * The customer opens a return of shipped goods, from complained receipt lines or from order lines,
 * with a reason and photos. The sales rep is mailed (`return_requested`).
 *
 * 404 for another company's order, line or receipt; 403 without `order`/`approve`/`manage_company`;
 * 409 `NOT_SHIPPED`, `QUANTITY_EXCEEDS_RETURNABLE` (more than shipped and not yet in another return).
 * @example
 * const r = await openReturn(db, auth, { orderId: 12, reason: 'Bent in transport', lines: [{ lineId: 31, quantity: 2, receiptId: 7 }] }, Date.now(), url);
 */
export async function openReturn(db: Db, auth: CustomerAuth, input: ReturnInput, now: number, publicUrl: string): Promise<ReturnRecord> {
  return db.transaction(async (tx) => {
    const order = await companyOrder(tx, auth.companyId, input.orderId);
    mayHandleGoods(auth);
    const reason = input.reason.trim();
    if (!reason) throw invalid('reason: say why the goods go back.');
    if (!input.lines.length) throw invalid('lines: name at least one line and its quantity.');
    const ids = input.lines.map((l) => l.lineId);
    if (new Set(ids).size !== ids.length) throw invalid('lines: each line may appear once.');
    if ((input.photos?.length ?? 0) > MAX_PHOTOS) throw invalid(`At most ${MAX_PHOTOS} photos in one request.`, 'TOO_MANY_FILES');
    const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    const shipped = await shippedPerLine(tx, order.id);
    const returned = await returnedPerLine(tx, order.id);
    const chosen = [];
    for (const i of input.lines) {
      const line = lines.find((l) => l.id === i.lineId);
      if (!line) throw notFound(`Line ${i.lineId} of this order`);
      const s = shipped.get(line.id) ?? 0;
      if (!s) throw conflict('NOT_SHIPPED', `Line ${lineLabel(line)} has not been shipped; only delivered goods can go back.`);
      const can = s - (returned.get(line.id) ?? 0);
      if (i.quantity > can) throw conflict('QUANTITY_EXCEEDS_RETURNABLE', `Line ${lineLabel(line)}: ${i.quantity} cannot go back; ${can} of the ${s} shipped are not yet in a return.`);
      let receipt: Receipt | undefined;
      if (i.receiptId) {
        receipt = await tx.select().from(receipts).where(and(eq(receipts.id, i.receiptId), eq(receipts.orderId, order.id), eq(receipts.orderLineId, line.id))).get();
        if (!receipt) throw notFound('The receipt');
      }
      const lineReason = i.reason ?? (receipt && receipt.condition !== 'received' ? receipt.condition : 'other');
      chosen.push({ line, quantity: i.quantity, reason: lineReason, receiptId: receipt?.id ?? null, note: i.note?.trim() || null });
    }
    const ret = await tx.insert(returns).values({
      companyId: order.companyId, orderId: order.id, number: await returnNumber(tx, now), status: 'requested', reason,
      createdBy: auth.user.id, createdByName: auth.user.name, createdAt: now, updatedAt: now,
    }).returning().get();
    await tx.insert(returnLines).values(chosen.map((c) => ({ returnId: ret.id, orderLineId: c.line.id, receiptId: c.receiptId, quantity: c.quantity, reason: c.reason, note: c.note })));
    for (const p of input.photos ?? []) {
      await storeAttachment(tx, { orderId: order.id, side: 'customer', name: p.name, bytes: p.bytes, returnId: ret.id, user: auth.user }, now);
    }
    await addReturnEvent(tx, ret, 'customer', auth.user, now, { fromStatus: null, toStatus: 'requested', note: reason });
    const summary = chosen.map((c) => `${lineLabel(c.line)} × ${c.quantity} (${c.reason})`).join(', ');
    await addEvent(tx, order.id, now, auth.user, { kind: 'return', note: `${ret.number} requested: ${summary} — ${reason}`, data: { returnId: ret.id, number: ret.number, status: 'requested', reason } });
    await enqueueEvent(tx, 'return.status_changed', { ...(await returnView(tx, ret)), previousStatus: null }, now);
    const { company, rep } = await salesRep(tx, order.companyId);
    if (rep) {
      await enqueueMail(tx, {
        to: rep.email, kind: 'return_requested', language: rep.language, orderId: order.id,
        vars: { name: rep.name, returnNumber: ret.number, orderNumber: order.number, company: company?.name, actor: auth.user.name, reason, items: summary, link: links.adminReturn(publicUrl, ret.id) },
      }, now);
    }
    return ret;
  });
}

/** A return of the company, or 404. */
export async function companyReturn(tx: Tx, companyId: number, id: number): Promise<ReturnRecord> {
  const r = await tx.select().from(returns).where(and(eq(returns.id, id), eq(returns.companyId, companyId))).get();
  if (!r) throw notFound('The return');
  return r;
}

/** Any return (for the shop), or 404. */
export async function shopReturn(tx: Tx, id: number): Promise<ReturnRecord> {
  const r = await tx.select().from(returns).where(eq(returns.id, id)).get();
  if (!r) throw notFound('The return');
  return r;
}

/**
 * The customer adds photos to a return later (not once it is closed). The sales rep is mailed.
 * @example
 * await addReturnPhotos(db, auth, 3, [{ name: 'crate.jpg', bytes }], Date.now(), url);
 */
export async function addReturnPhotos(db: Db, auth: CustomerAuth, returnId: number, photos: Photo[], now: number, publicUrl: string) {
  return db.transaction(async (tx) => {
    const ret = await companyReturn(tx, auth.companyId, returnId);
    mayHandleGoods(auth);
    if (!photos.length) throw invalid('photos: add at least one photo.');
    if (photos.length > MAX_PHOTOS) throw invalid(`At most ${MAX_PHOTOS} photos in one request.`, 'TOO_MANY_FILES');
    if (ret.status === 'closed') throw conflict('INVALID_STATUS', `Return ${ret.number} is closed.`);
    const stored = [];
    for (const p of photos) stored.push(await storeAttachment(tx, { orderId: ret.orderId, side: 'customer', name: p.name, bytes: p.bytes, returnId: ret.id, user: auth.user }, now));
    await addReturnEvent(tx, ret, 'customer', auth.user, now, { note: `${stored.length} photo(s) added: ${stored.map((s) => s.name).join(', ')}` });
    await tx.update(returns).set({ updatedAt: now }).where(eq(returns.id, ret.id));
    const order = await tx.select().from(orders).where(eq(orders.id, ret.orderId)).get();
    const { company, rep } = await salesRep(tx, ret.companyId);
    if (rep && order) {
      await enqueueMail(tx, {
        to: rep.email, kind: 'return_photos', language: rep.language, orderId: order.id,
        vars: { name: rep.name, returnNumber: ret.number, orderNumber: order.number, company: company?.name, actor: auth.user.name, lines: stored.length, link: links.adminReturn(publicUrl, ret.id) },
      }, now);
    }
    return stored;
  });
}

export interface ReturnStatusInput {
  status: ReturnStatus;
  /** accepted: how and where to send the goods (required). */
  instructions?: string | null;
  note?: string | null;
  /** credited: cents; default the value of the returned pieces at their frozen prices. */
  creditAmount?: number | null;
}

/**
 * The shop moves a return on (RETURN_TRANSITIONS). `credited` writes a credit note (`GS-YYYY-NNNNN`,
 * through the money trail's addCredit: at most what is invoiced and not yet credited) on the original order; `replaced` makes a linked order at
 * price 0 for the returned pieces, released straight to the shop. Every step is a return_events
 * row, a `return` (or `credit`) row in the order's history, and a `return_status` mail to the
 * customer who opened it.
 *
 * 409 `INVALID_TRANSITION`, `CREDIT_EXCEEDS_INVOICED`; 400 `VALIDATION_ERROR` without
 * instructions when accepting.
 * @example
 * await setReturnStatus(db, ops, 3, { status: 'accepted', instructions: 'Send the parts back in the same crate.' }, Date.now(), url);
 */
export async function setReturnStatus(db: Db, actor: User, returnId: number, input: ReturnStatusInput, now: number, publicUrl: string) {
  return db.transaction(async (tx) => {
    const ret = await shopReturn(tx, returnId);
    const allowed = RETURN_TRANSITIONS[ret.status];
    if (!allowed.includes(input.status)) {
      throw conflict('INVALID_TRANSITION', `A return that is ${ret.status} can go to ${allowed.join(', ') || 'no other status'}, not ${input.status}.`);
    }
    const instructions = input.instructions?.trim() || null;
    if (input.status === 'accepted' && !instructions) throw invalid('instructions: tell the customer how and where to send the goods back.');
    const note = input.note?.trim() || null;
    const order = (await tx.select().from(orders).where(eq(orders.id, ret.orderId)).get())!;
    const patch: Partial<typeof returns.$inferInsert> = { status: input.status, updatedAt: now };
    if (instructions) patch.instructions = instructions;
    let eventNote = [instructions, note].filter(Boolean).join(' — ') || null;
    let creditDoc: string | undefined;
    let creditAmount: number | undefined;
    let replacement: Order | undefined;

    if (input.status === 'credited') {
      const rl = await tx.select({ quantity: returnLines.quantity, unitPrice: orderLines.unitPrice }).from(returnLines)
        .innerJoin(orderLines, eq(orderLines.id, returnLines.orderLineId)).where(eq(returnLines.returnId, ret.id));
      creditAmount = input.creditAmount ?? rl.reduce((s, l) => s + l.quantity * l.unitPrice, 0);
      if (!Number.isInteger(creditAmount) || creditAmount < 1) throw invalid('creditAmount: a credit note is at least 1 cent.');
      // the money trail's credit note (GS-YYYY-NNNNN, a `credit` row in the history): at most what is invoiced and not yet credited
      const credit = await addCredit(tx, actor, order, { amount: creditAmount, returnId: ret.id }, now);
      creditDoc = credit.document ?? undefined;
      Object.assign(patch, { resolution: 'credit', creditAmount });
      eventNote = [`${creditDoc} ${money(creditAmount, order.currency)}`, note].filter(Boolean).join(' — ');
    }
    if (input.status === 'replaced') {
      replacement = await replacementOrder(tx, actor, ret, order, now);
      Object.assign(patch, { resolution: 'replacement', replacementOrderId: replacement.id });
      eventNote = [replacement.number, note].filter(Boolean).join(' — ');
    }
    await tx.update(returns).set(patch).where(eq(returns.id, ret.id));
    await addReturnEvent(tx, ret, 'shop', actor, now, { fromStatus: ret.status, toStatus: input.status, note: eventNote });
    await addEvent(tx, order.id, now, actor, {
      kind: 'return', note: `${ret.number}: ${input.status}${eventNote ? ` — ${eventNote}` : ''}`,
      data: { returnId: ret.id, number: ret.number, from: ret.status, status: input.status, note: eventNote },
    });
    if (replacement) await enqueueEvent(tx, 'order.released', await orderView(tx, replacement), now);
    const changed = await shopReturn(tx, ret.id);
    await enqueueEvent(tx, 'return.status_changed', { ...(await returnView(tx, changed)), previousStatus: ret.status }, now);

    const customer = (await userById(tx, ret.createdBy)) ?? (await userById(tx, order.ordererId));
    if (customer && !customer.disabled) {
      await enqueueMail(tx, {
        to: customer.email, kind: 'return_status', language: customer.language, orderId: order.id,
        vars: {
          name: customer.name, returnNumber: ret.number, orderNumber: order.number, returnStatus: input.status,
          instructions: instructions ?? undefined, note: note ?? undefined,
          total: creditAmount, currency: creditAmount !== undefined ? order.currency : undefined, document: creditDoc,
          replacementNumber: replacement?.number, link: links.returnPage(publicUrl, ret.id),
        },
      }, now);
    }
    return changed;
  });
}

/** The linked order at price 0 for the returned pieces: released straight to the shop. */
async function replacementOrder(tx: Tx, actor: User, ret: ReturnRecord, order: Order, now: number): Promise<Order> {
  const rl = await tx.select({ r: returnLines, l: orderLines }).from(returnLines)
    .innerJoin(orderLines, eq(orderLines.id, returnLines.orderLineId)).where(eq(returnLines.returnId, ret.id)).orderBy(asc(orderLines.position));
  const made = await tx.insert(orders).values({
    companyId: order.companyId, number: await nextNumber(tx, new Date(now).getUTCFullYear()), status: 'released',
    ordererId: ret.createdBy ?? order.ordererId, approverId: null,
    commission: `${ret.number} / ${order.number}`, requestedDate: null, deliveryAddress: order.deliveryAddress, billingAddress: order.billingAddress,
    deliveryMethod: order.deliveryMethod, note: `Replacement for return ${ret.number} of order ${order.number}`, currency: order.currency, total: 0,
    pricing: order.pricing, leadTime: null, deliveryDate: null, releasedAt: now, returnId: ret.id, createdAt: now, updatedAt: now,
  }).returning().get();
  await tx.insert(orderLines).values(rl.map(({ r, l }, k) => ({
    orderId: made.id, position: k + 1, kind: l.kind, partId: l.partId, articleId: l.articleId, name: l.name, articleNumber: l.articleNumber,
    customerArticleNumber: l.customerArticleNumber, customerName: l.customerName, unit: l.unit, material: l.material, thickness: l.thickness,
    quantity: r.quantity, unitPrice: 0, total: 0,
    quote: { ...l.quote, breakdown: [{ code: 'replacement', label: `Replacement (${ret.number})`, amount: 0 }], replacementOf: { orderId: order.id, lineId: l.id } },
    approval: 'not_needed' as const, approvalReason: null,
  })));
  await addEvent(tx, made.id, now, actor, { kind: 'status', fromStatus: null, toStatus: 'released', note: `Replacement for ${ret.number} (order ${order.number})` });
  await addEvent(tx, made.id, now, actor, { kind: 'return', note: `${ret.number}: replacement of order ${order.number}`, data: { returnId: ret.id, number: ret.number, status: 'replaced', note: order.number, originalOrderId: order.id } });
  return made;
}

// ---------------------------------------------------------------------------------------------
// views

const photoColumns = {
  id: orderAttachments.id, name: orderAttachments.name, mime: orderAttachments.mime, size: orderAttachments.size, side: orderAttachments.side,
  uploadedByName: orderAttachments.uploadedByName, createdAt: orderAttachments.createdAt, receiptId: orderAttachments.receiptId, returnId: orderAttachments.returnId,
};

/**
 * What orderView adds: the shipments with their lines and each line's receipt (with photos), the
 * returns opened on the order, and for a replacement order the return it belongs to.
 */
export async function shipmentsView(tx: Tx, order: Order) {
  const [ships, sl, recs, photos, rets, lines] = await Promise.all([
    tx.select().from(shipments).where(eq(shipments.orderId, order.id)).orderBy(asc(shipments.id)),
    tx.select({ s: shipmentLines }).from(shipmentLines).innerJoin(shipments, eq(shipments.id, shipmentLines.shipmentId)).where(eq(shipments.orderId, order.id)),
    tx.select().from(receipts).where(eq(receipts.orderId, order.id)).orderBy(asc(receipts.id)),
    tx.select(photoColumns).from(orderAttachments).where(and(eq(orderAttachments.orderId, order.id), sql`${orderAttachments.receiptId} is not null`)),
    tx.select({ id: returns.id, number: returns.number, status: returns.status, createdAt: returns.createdAt }).from(returns).where(eq(returns.orderId, order.id)).orderBy(asc(returns.id)),
    tx.select({ id: orderLines.id, position: orderLines.position, name: orderLines.name, quantity: orderLines.quantity }).from(orderLines).where(eq(orderLines.orderId, order.id)),
  ]);
  const replaces = order.returnId
    ? await tx.select({ id: returns.id, number: returns.number, orderId: returns.orderId, orderNumber: orders.number }).from(returns)
      .innerJoin(orders, eq(orders.id, returns.orderId)).where(eq(returns.id, order.returnId)).get()
    : undefined;
  const receiptView = (r: Receipt) => ({
    id: r.id, condition: r.condition, quantity: r.quantity, affected: r.affected, note: r.note, createdByName: r.createdByName, createdAt: r.createdAt,
    photos: photos.filter((p) => p.receiptId === r.id).map(({ receiptId: _r, returnId: _t, ...p }) => p),
  });
  return {
    shipments: ships.map((s) => ({
      id: s.id, document: s.document, date: s.date, createdAt: s.createdAt,
      lines: sl.filter((x) => x.s.shipmentId === s.id).map(({ s: x }) => {
        const l = lines.find((y) => y.id === x.orderLineId);
        const r = recs.find((y) => y.shipmentId === s.id && y.orderLineId === x.orderLineId);
        return { lineId: x.orderLineId, position: l?.position ?? 0, name: l?.name ?? '', quantity: x.quantity, receipt: r ? receiptView(r) : null };
      }).sort((a, b) => a.position - b.position),
    })),
    /** Pieces shipped per line (`lineId` → pieces). */
    shipped: Object.fromEntries(lines.map((l) => [l.id, sl.filter((x) => x.s.orderLineId === l.id).reduce((s, x) => s + x.s.quantity, 0)])),
    returns: rets,
    replacementFor: replaces ?? null,
  };
}

/** A return with its lines, photos and history. */
export async function returnView(tx: Tx, ret: ReturnRecord) {
  const [order, company, rl, photos, events, credit, replacement] = await Promise.all([
    tx.select({ id: orders.id, number: orders.number, status: orders.status, currency: orders.currency }).from(orders).where(eq(orders.id, ret.orderId)).get(),
    tx.select({ id: companies.id, name: companies.name, customerNumber: companies.customerNumber }).from(companies).where(eq(companies.id, ret.companyId)).get(),
    tx.select({ r: returnLines, l: orderLines }).from(returnLines).innerJoin(orderLines, eq(orderLines.id, returnLines.orderLineId))
      .where(eq(returnLines.returnId, ret.id)).orderBy(asc(orderLines.position)),
    tx.select(photoColumns).from(orderAttachments).where(eq(orderAttachments.returnId, ret.id)).orderBy(asc(orderAttachments.id)),
    tx.select().from(returnEvents).where(eq(returnEvents.returnId, ret.id)).orderBy(asc(returnEvents.at), asc(returnEvents.id)),
    tx.select().from(orderRecords).where(and(eq(orderRecords.returnId, ret.id), eq(orderRecords.kind, 'credit'))).get(),
    ret.replacementOrderId ? tx.select({ id: orders.id, number: orders.number, status: orders.status }).from(orders).where(eq(orders.id, ret.replacementOrderId)).get() : undefined,
  ]);
  // the receipt photos of the complained lines belong to the story too
  const receiptIds = rl.flatMap(({ r }) => (r.receiptId ? [r.receiptId] : []));
  const receiptPhotos = receiptIds.length ? await tx.select(photoColumns).from(orderAttachments).where(inArray(orderAttachments.receiptId, receiptIds)) : [];
  return {
    id: ret.id, number: ret.number, status: ret.status, reason: ret.reason, instructions: ret.instructions, resolution: ret.resolution,
    creditAmount: ret.creditAmount, currency: order?.currency ?? 'EUR',
    creditNote: credit ? { document: credit.document, date: credit.date, amount: credit.amount } : null,
    order: order ? { id: order.id, number: order.number, status: order.status } : null,
    company: company ?? null,
    replacementOrder: replacement ?? null,
    createdByName: ret.createdByName, createdAt: ret.createdAt, updatedAt: ret.updatedAt,
    next: RETURN_TRANSITIONS[ret.status],
    lines: rl.map(({ r, l }) => ({
      id: r.id, lineId: l.id, position: l.position, name: l.name, articleNumber: l.articleNumber, material: l.material, thickness: l.thickness,
      unit: l.unit, unitPrice: l.unitPrice, quantity: r.quantity, reason: r.reason, note: r.note, receiptId: r.receiptId,
    })),
    photos: photos.map(({ receiptId: _r, returnId: _t, ...p }) => p),
    receiptPhotos: receiptPhotos.map(({ returnId: _t, ...p }) => p),
    history: events.map((e) => ({ at: e.at, side: e.side, actor: e.actorName, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note })),
  };
}

/** The list rows: newest first; `companyId` null = every company (the shop). */
export async function returnList(tx: Tx, where: { companyId?: number | null; status?: ReturnStatus; orderId?: number }, limit = 200) {
  const conds: SQL[] = [];
  if (where.companyId) conds.push(eq(returns.companyId, where.companyId));
  if (where.status) conds.push(eq(returns.status, where.status));
  if (where.orderId) conds.push(eq(returns.orderId, where.orderId));
  const rows = await tx.select({
    id: returns.id, number: returns.number, status: returns.status, reason: returns.reason, resolution: returns.resolution,
    orderId: returns.orderId, orderNumber: orders.number, companyId: returns.companyId, companyName: companies.name,
    createdByName: returns.createdByName, createdAt: returns.createdAt, updatedAt: returns.updatedAt,
    pieces: sql<number>`(select coalesce(sum(quantity), 0) from return_lines where return_lines.return_id = ${returns.id})`,
  }).from(returns).innerJoin(orders, eq(orders.id, returns.orderId)).innerJoin(companies, eq(companies.id, returns.companyId))
    .where(conds.length ? and(...conds) : undefined).orderBy(desc(returns.createdAt), desc(returns.id)).limit(limit);
  return rows;
}

/** A photo's bytes: of a receipt of the order, or of the return. 404 otherwise. */
export async function photoBytes(tx: Tx, where: { orderId: number; receipt: true } | { returnId: number }, photoId: number) {
  const cond = 'returnId' in where
    ? and(eq(orderAttachments.id, photoId), eq(orderAttachments.returnId, where.returnId))
    : and(eq(orderAttachments.id, photoId), eq(orderAttachments.orderId, where.orderId), sql`${orderAttachments.receiptId} is not null`);
  const row = await tx.select({ name: orderAttachments.name, mime: orderAttachments.mime, data: orderAttachments.data }).from(orderAttachments).where(cond).get();
  if (!row) throw notFound('The photo');
  return row;
}

