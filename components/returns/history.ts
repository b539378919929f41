/**
 * The history sentences of receipts and returns (issue [8]) in the reader's language, from the
 * entries' `data` (the server's `note` is English): the order detail and the shop's order view
 * tell them through shared/order-history.ts.
 */
import type { OrderEvent } from '../../sdk/client/types.js';
import type { ReceiptCondition, ReturnStatus } from '../../sdk/client/returns-types.js';
import { formats, type Lang, type Tables } from '../shared/i18n.js';
import { RETURNS_TEXTS } from './translations.js';

interface HistoryTexts {
  receipt: (doc: string, line: string, what: string) => string;
  affected: (n: string, of: string) => string;
  photos: (n: number) => string;
  ret: (number: string, status: string) => string;
}

const TEXTS: Tables<HistoryTexts> = {
  en: {
    receipt: (d, l, w) => `Receipt of delivery ${d}, ${l}: ${w}`, affected: (n, of) => `${n} of ${of}`,
    photos: (n) => `${n} photo${n === 1 ? '' : 's'}`, ret: (n, s) => `Return ${n}: ${s}`,
  },
  de: {
    receipt: (d, l, w) => `Wareneingang Lieferschein ${d}, ${l}: ${w}`, affected: (n, of) => `${n} von ${of}`,
    photos: (n) => `${n} Foto${n === 1 ? '' : 's'}`, ret: (n, s) => `Retoure ${n}: ${s}`,
  },
  fr: {
    receipt: (d, l, w) => `Réception du bon de livraison ${d}, ${l}\u00a0: ${w}`, affected: (n, of) => `${n} sur ${of}`,
    photos: (n) => `${n} photo${n === 1 ? '' : 's'}`, ret: (n, s) => `Retour ${n}\u00a0: ${s}`,
  },
};

/** The sentence of a `receipt` or `return` entry, or null for other kinds (and entries without data). */
export function returnsHistoryText(e: OrderEvent, lang: Lang): string | null {
  const d = e.data as Record<string, unknown> | null | undefined;
  if (!d) return null;
  const t = TEXTS[lang];
  const r = RETURNS_TEXTS[lang];
  const f = formats(lang);
  if (e.kind === 'receipt' && d.document) {
    const condition = d.condition as ReceiptCondition;
    const what = [
      r.conditions[condition] ?? String(condition),
      condition === 'received' ? f.number(Number(d.quantity)) : t.affected(f.number(Number(d.affected)), f.number(Number(d.shipped))),
    ].join(' · ');
    const extra = [d.note ? String(d.note) : '', Number(d.photos) ? t.photos(Number(d.photos)) : ''].filter(Boolean).join(', ');
    return `${t.receipt(String(d.document), `${d.position}. ${d.name}`, what)}${extra ? ` (${extra})` : ''}`;
  }
  if (e.kind === 'return' && d.number && d.status) {
    const status = r.states[d.status as ReturnStatus] ?? String(d.status);
    const more = String(d.reason ?? d.note ?? '');
    return `${t.ret(String(d.number), status)}${more ? ` — ${more}` : ''}`;
  }
  return null;
}
