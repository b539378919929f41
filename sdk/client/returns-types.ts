/**
 * Receipt and returns (issue [8]): shipments with their lines and receipts, receipt input, returns
 * (RMA) with lines, photos and history. Written by hand from server/services/returns.ts
 * (shipmentsView, returnView, returnList).
 */
import type { OrderStatus } from './types.js';

/** What the customer found on arrival: all in order, pieces missing, damaged or wrong. */
export type ReceiptCondition = 'received' | 'short' | 'damaged' | 'wrong';

/** `requested → accepted | rejected`, `accepted → received → credited | replaced → closed`. */
export type ReturnStatus = 'requested' | 'accepted' | 'rejected' | 'received' | 'credited' | 'replaced' | 'closed';
export const RETURN_STATUSES: readonly ReturnStatus[] = ['requested', 'accepted', 'rejected', 'received', 'credited', 'replaced', 'closed'];

/**
 * A photo of a receipt line or of a return (PNG, JPEG, GIF or WebP); the bytes come from
 * `returns.photoUrl` / `returns.receiptPhotoUrl`.
 */
export interface ReturnPhoto {
  id: number;
  name: string;
  mime: string;
  size: number;
  side: 'customer' | 'shop';
  uploadedByName: string;
  createdAt: number;
}

/**
 * The customer's receipt of one line of one shipment.
 * @example
 * if (line.receipt?.condition === 'damaged') openReturn(line);
 */
export interface ReceiptView {
  id: number;
  condition: ReceiptCondition;
  /** Pieces that arrived in order. */
  quantity: number;
  /** Pieces missing, damaged or wrong. */
  affected: number;
  note: string | null;
  createdByName: string;
  createdAt: number;
  photos: ReturnPhoto[];
}

/**
 * A delivery of an order (partial deliveries allowed) with its delivery note number.
 * @example
 * order.shipments.map((s) => `${s.document}: ${s.lines.map((l) => `${l.position}. ×${l.quantity}`).join(', ')}`);
 */
export interface Shipment {
  id: number;
  document: string;
  date: string;
  createdAt: number;
  lines: { lineId: number; position: number; name: string; quantity: number; receipt: ReceiptView | null }[];
}

/** A return as an order lists it. */
export interface OrderReturnRef {
  id: number;
  number: string;
  status: ReturnStatus;
  createdAt: number;
}

/**
 * `POST /api/admin/orders/:id/shipments`: lines and pieces that leave now.
 * @example
 * await client.admin.returns.ship(12, { document: 'LS-2026-0400', lines: [{ lineId: 31, quantity: 20 }] });
 */
export interface ShipmentInput {
  /** The delivery note number; without one the server gives the next `LS-YYYY-NNNNN`. */
  document?: string;
  /** YYYY-MM-DD, default today. */
  date?: string;
  note?: string;
  lines: { lineId: number; quantity: number }[];
}

/**
 * `POST /api/orders/:id/receipt`: the receipt of one shipment, per line; photos per line.
 * @example
 * await client.returns.confirmReceipt(12, { shipmentId: 4, lines: [{ lineId: 31, condition: 'damaged', affected: 2, photos: [file] }] });
 */
export interface ReceiptInput {
  shipmentId: number;
  lines: {
    lineId: number;
    condition: ReceiptCondition;
    /** Pieces in order; default shipped − affected. */
    quantity?: number;
    /** Pieces missing, damaged or wrong; default 0 when received. */
    affected?: number;
    note?: string;
    /** Photos (images, 20 MB each, at most 5 in one receipt). */
    photos?: Blob[];
  }[];
}

/**
 * `POST /api/returns`: goods of a shipped order go back, from complained receipt lines or order lines.
 * @example
 * await client.returns.open({ orderId: 12, reason: 'Bent in transport', lines: [{ lineId: 31, quantity: 2, receiptId: 7 }], photos: [file] });
 */
export interface ReturnInput {
  orderId: number;
  reason: string;
  lines: { lineId: number; quantity: number; reason?: 'short' | 'damaged' | 'wrong' | 'other'; receiptId?: number; note?: string }[];
  photos?: Blob[];
}

/**
 * `POST /api/admin/returns/:id/status`: the shop's next step.
 * @example
 * await client.admin.returns.setStatus(3, { status: 'accepted', instructions: 'Send them back in the same crate.' });
 */
export interface ReturnStatusChange {
  status: ReturnStatus;
  /** accepted: how and where to send the goods (required). */
  instructions?: string;
  note?: string;
  /** credited: cents; default the returned pieces at their frozen prices. */
  creditAmount?: number;
}

/** A row of the return list. */
export interface ReturnSummary {
  id: number;
  number: string;
  status: ReturnStatus;
  reason: string;
  resolution: 'credit' | 'replacement' | null;
  orderId: number;
  orderNumber: string;
  /** The shop's list only. */
  companyId?: number;
  companyName?: string;
  createdByName: string;
  createdAt: number;
  updatedAt: number;
  /** Pieces in the return. */
  pieces: number;
}

export interface ReturnList {
  items: ReturnSummary[];
  /** Returns per status, and `all`. */
  counts: Record<ReturnStatus | 'all', number>;
}

/**
 * A return (RMA) with its lines, photos and history.
 * @example
 * const r = await client.returns.get(3);
 * r.history.map((h) => `${h.actor}: ${h.fromStatus ?? '—'} → ${h.toStatus ?? ''} ${h.note ?? ''}`);
 */
export interface ReturnView {
  id: number;
  number: string;
  status: ReturnStatus;
  reason: string;
  instructions: string | null;
  resolution: 'credit' | 'replacement' | null;
  creditAmount: number | null;
  currency: string;
  creditNote: { document: string | null; date: string; amount: number | null } | null;
  order: { id: number; number: string; status: OrderStatus } | null;
  company: { id: number; name: string; customerNumber: string } | null;
  replacementOrder: { id: number; number: string; status: OrderStatus } | null;
  createdByName: string;
  createdAt: number;
  updatedAt: number;
  /** The statuses the shop may move it to next. */
  next: ReturnStatus[];
  lines: {
    id: number; lineId: number; position: number; name: string; articleNumber: string | null; material: string | null; thickness: number | null;
    unit: string | null; unitPrice: number; quantity: number; reason: 'short' | 'damaged' | 'wrong' | 'other'; note: string | null; receiptId: number | null;
  }[];
  photos: ReturnPhoto[];
  /** Photos of the complained receipts the lines came from (their bytes: `receiptPhotoUrl`). */
  receiptPhotos: (ReturnPhoto & { receiptId: number | null })[];
  history: { at: number; side: 'customer' | 'shop'; actor: string; fromStatus: ReturnStatus | null; toStatus: ReturnStatus | null; note: string | null }[];
}
