/**
 * How the history of an order tells what changed after it was placed (issue [8]): a line's old and
 * new quantity or delivery date with the shop's reason, supplements, files, the confirmation. The
 * customer's order detail and the shop's order view both use it, so both read the same sentence.
 */
import type { LineChange, OrderEvent } from '../../sdk/client/types.js';
import { formats, type Lang, type Tables } from './i18n.js';
import { returnsHistoryText } from '../returns/history.js';

export interface OrderHistoryTexts {
  /** History entry kinds of confirmation and changes (issue [8]). */
  kinds: Record<'confirmed' | 'line_changed' | 'attachment' | 'supplement', string>;
  fields: Record<LineChange['field'], string>;
  lineChange: (position: number, field: string, from: string, to: string, reason: string) => string;
  supplement: (n: number, status: string) => string;
  supplementStatus: Record<'pending_approval' | 'submitted' | 'confirmed' | 'rejected' | 'cancelled', string>;
  confirmedAgain: string;
}

const en: OrderHistoryTexts = {
  kinds: {
    confirmed: 'Confirmed by the shop', line_changed: 'Line changed', attachment: 'File added', supplement: 'Supplement',
  },
  fields: { quantity: 'quantity', deliveryDate: 'delivery date' },
  lineChange: (p, f, from, to, reason) => `Pos. ${p}: ${f} ${from} → ${to} (${reason})`,
  supplement: (n, s) => `Supplement ${n}: ${s}`,
  supplementStatus: { pending_approval: 'awaiting approval', submitted: 'sent to the shop', confirmed: 'confirmed', rejected: 'rejected', cancelled: 'withdrawn' },
  confirmedAgain: 'Confirmed again by the shop',
};
const de: OrderHistoryTexts = {
  kinds: {
    confirmed: 'Vom Lieferanten bestätigt', line_changed: 'Position geändert', attachment: 'Datei hinzugefügt', supplement: 'Nachtrag',
  },
  fields: { quantity: 'Menge', deliveryDate: 'Liefertermin' },
  lineChange: (p, f, from, to, reason) => `Pos. ${p}: ${f} ${from} → ${to} (${reason})`,
  supplement: (n, s) => `Nachtrag ${n}: ${s}`,
  supplementStatus: { pending_approval: 'wartet auf Freigabe', submitted: 'an den Lieferanten übermittelt', confirmed: 'bestätigt', rejected: 'abgelehnt', cancelled: 'zurückgezogen' },
  confirmedAgain: 'Erneut vom Lieferanten bestätigt',
};
const fr: OrderHistoryTexts = {
  kinds: {
    confirmed: 'Confirmée par le fournisseur', line_changed: 'Ligne modifiée', attachment: 'Fichier ajouté', supplement: 'Complément',
  },
  fields: { quantity: 'quantité', deliveryDate: 'date de livraison' },
  lineChange: (p, f, from, to, reason) => `Pos. ${p}\u00a0: ${f} ${from} → ${to} (${reason})`,
  supplement: (n, s) => `Complément ${n}\u00a0: ${s}`,
  supplementStatus: { pending_approval: 'en attente de validation', submitted: 'transmis au fournisseur', confirmed: 'confirmé', rejected: 'refusé', cancelled: 'retiré' },
  confirmedAgain: 'Confirmée à nouveau par le fournisseur',
};

export const ORDER_HISTORY_TEXTS: Tables<OrderHistoryTexts> = { en, de, fr };

/**
 * The sentence of a history entry of issue [8] in `lang`, from its `data` (old → new values), or
 * null for the entries the views already tell (status changes, approvals, records).
 * @example
 * historyText({ kind: 'line_changed', data: { position: 1, field: 'quantity', from: 50, to: 40, reason: 'Sheet short' }, … }, 'en');
 * // 'Pos. 1: quantity 50 → 40 (Sheet short)'
 */
export function historyText(e: OrderEvent, lang: Lang): string | null {
  const t = ORDER_HISTORY_TEXTS[lang];
  const f = formats(lang);
  const d = e.data as Record<string, unknown> | null;
  switch (e.kind) {
    case 'line_changed': {
      if (!d) return `${t.kinds.line_changed}${e.note ? `: ${e.note}` : ''}`;
      const c = d as unknown as LineChange;
      const value = (v: LineChange['from']) => (v === null || v === undefined ? '—' : typeof v === 'number' ? f.number(v) : f.date(v));
      return t.lineChange(c.position, t.fields[c.field] ?? c.field, value(c.from), value(c.to), c.reason);
    }
    case 'supplement': {
      const status = String(d?.status ?? '') as keyof OrderHistoryTexts['supplementStatus'];
      return d ? t.supplement(Number(d.number), t.supplementStatus[status] ?? status) : `${t.kinds.supplement}${e.note ? `: ${e.note}` : ''}`;
    }
    case 'confirmed':
      return `${d?.again ? t.confirmedAgain : t.kinds.confirmed}${e.note ? `: ${e.note}` : ''}`;
    case 'attachment':
      return `${t.kinds.attachment}${e.note ? `: ${e.note}` : ''}`;
    case 'receipt':
    case 'return':
      return returnsHistoryText(e, lang);
    default:
      // status changes, approvals, records, shipments, credits: the views tell those themselves
      return null;
  }
}
