// The formal quote and the order confirmation as PDF (issue [7]), made with pdf-lib: the shop's
// letterhead from its settings, the customer's addresses, one row per line with the part's
// outline drawn from its contours (vector, not a picture), material, thickness, finishing,
// quantity, unit and line price, the delivery option, VAT and totals, and the validity.
// A4 portrait, Helvetica (WinAnsi: the characters of en/de/fr and €), rows flowing onto further
// pages with the table head repeated, "page n of m" in every footer.
import type { PDFFont, PDFPage } from 'pdf-lib';
import { A4, ACCENT, INK, MARGIN, MUTED, RULE, startPdf, type PdfLanguage, type PdfShop } from './layout.js';

export type { PdfLanguage } from './layout.js';

/** A part's outline: SVG path data per contour in drawing millimetres (y up), as analyzeDxf's geometry gives them. */
export interface PdfPreview {
  paths: string[];
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
}

export interface QuotePdfLine {
  /** Part name or article name. */
  name: string;
  /** The shop's article or part number, and the customer's own, when there are. */
  articleNumber?: string;
  customerArticleNumber?: string;
  /** `S235, 3 mm` for parts; absent for articles. */
  material?: string;
  thickness?: number;
  /** One entry per finishing: "Tapping 4 × M8", "Powder coating RAL 9005". */
  finishing?: string[];
  quantity: number;
  /** Unit of catalog articles (pcs, h, m); parts are pieces. */
  unit?: string;
  /** cents */
  unitPrice: number;
  /** cents (quantity × unit price) */
  total: number;
  preview?: PdfPreview;
  /** Confirmations (issue [8]): the line's delivery date the shop confirmed, YYYY-MM-DD. */
  deliveryDate?: string;
  /** Confirmations: the quantity ordered, when the shop's confirmation changed it. */
  originalQuantity?: number;
}

export interface QuotePdfInput {
  kind: 'quote' | 'confirmation';
  /** A-2026-00017 (quote) or K-2026-00042 (order). */
  number: string;
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DD, quotes only. */
  validUntil?: string;
  language: PdfLanguage;
  currency: string;
  shop: PdfShop;
  customer: { name: string; customerNumber?: string; contact?: string; billing: string[]; delivery: string[]; reference?: string };
  lines: QuotePdfLine[];
  delivery?: { label: string; date: string };
  /** 0.19 = 19 % */
  vatRate: number;
  /** Shown above the footer (payment terms, notes). */
  note?: string;
  /** Confirmations: the day the shop confirmed the order (issue [8]), YYYY-MM-DD. */
  confirmedAt?: string;
}

/** Totals as the document prints them: net = Σ line totals, VAT rounded once on the net, cents. */
export function pdfTotals(input: Pick<QuotePdfInput, 'lines' | 'vatRate'>): { net: number; vat: number; gross: number } {
  const net = input.lines.reduce((s, l) => s + l.total, 0);
  const vat = Math.round(net * input.vatRate);
  return { net, vat, gross: net + vat };
}

const TEXT: Record<PdfLanguage, Record<string, string>> = {
  en: {
    quote: 'Quote', confirmation: 'Order confirmation', date: 'Date', validUntil: 'Valid until', customerNumber: 'Customer no.',
    reference: 'Your reference', contact: 'Contact', billing: 'Invoice address', delivery: 'Delivery address', pos: 'Pos.', part: 'Item',
    qty: 'Qty', unitPrice: 'Unit price', total: 'Total', net: 'Net total', vat: 'VAT', gross: 'Total', deliveryOption: 'Delivery',
    deliveryBy: 'delivery by', page: 'Page {n} of {m}', yourNo: 'your no.', validity: 'This quote is valid until {date}. Prices in {currency}.',
    confirmed: 'We confirm your order as above. Prices in {currency}.', pcs: 'pcs',
    confirmedOn: 'Confirmed on', lineDelivery: 'Delivery: {date}', ordered: 'ordered: {n}',
  },
  de: {
    quote: 'Angebot', confirmation: 'Auftragsbestätigung', date: 'Datum', validUntil: 'Gültig bis', customerNumber: 'Kundennr.',
    reference: 'Ihre Referenz', contact: 'Ansprechpartner', billing: 'Rechnungsadresse', delivery: 'Lieferadresse', pos: 'Pos.', part: 'Artikel',
    qty: 'Menge', unitPrice: 'Einzelpreis', total: 'Gesamt', net: 'Summe netto', vat: 'MwSt.', gross: 'Gesamtbetrag', deliveryOption: 'Lieferung',
    deliveryBy: 'Lieferung bis', page: 'Seite {n} von {m}', yourNo: 'Ihre Nr.', validity: 'Dieses Angebot gilt bis {date}. Preise in {currency}.',
    confirmed: 'Wir bestätigen Ihren Auftrag wie oben. Preise in {currency}.', pcs: 'Stk.',
    confirmedOn: 'Bestätigt am', lineDelivery: 'Liefertermin: {date}', ordered: 'bestellt: {n}',
  },
  fr: {
    quote: 'Devis', confirmation: 'Confirmation de commande', date: 'Date', validUntil: "Valable jusqu'au", customerNumber: 'N° client',
    reference: 'Votre référence', contact: 'Contact', billing: 'Adresse de facturation', delivery: 'Adresse de livraison', pos: 'Pos.', part: 'Article',
    qty: 'Qté', unitPrice: 'Prix unitaire', total: 'Total', net: 'Total HT', vat: 'TVA', gross: 'Total TTC', deliveryOption: 'Livraison',
    deliveryBy: 'livraison le', page: 'Page {n} sur {m}', yourNo: 'votre n°', validity: "Ce devis est valable jusqu'au {date}. Prix en {currency}.",
    confirmed: 'Nous confirmons votre commande ci-dessus. Prix en {currency}.', pcs: 'pce',
    confirmedOn: 'Confirmée le', lineDelivery: 'Livraison : {date}', ordered: 'commandé : {n}',
  },
};

/** An SVG path in y-up drawing coordinates turned y-down (pdf-lib's drawSvgPath flips it back). */
export function flipPathY(d: string): string {
  return d.replace(/([MLAZ])([^MLAZ]*)/g, (_m, cmd: string, args: string) => {
    const n = args.trim() ? args.trim().split(/[\s,]+/).map(Number) : [];
    if (cmd === 'A') {
      const out: number[] = [];
      for (let i = 0; i + 6 < n.length; i += 7) {
        out.push(n[i], n[i + 1], n[i + 2], n[i + 3], 1 - n[i + 4], n[i + 5], -n[i + 6]);
      }
      return `A${out.join(' ')}`;
    }
    if (cmd === 'Z') return 'Z';
    for (let i = 1; i < n.length; i += 2) n[i] = -n[i];
    return `${cmd}${n.join(' ')}`;
  });
}

/** Render the quote or confirmation; returns the PDF's bytes. */
export async function renderQuotePdf(input: QuotePdfInput): Promise<Uint8Array> {
  const t = TEXT[input.language];
  const base = await startPdf({
    title: `${input.kind === 'quote' ? t.quote : t.confirmation} ${input.number}`, author: input.shop.name,
    language: input.language, currency: input.currency, date: input.date,
  });
  const { regular, bold, money, dateText, number, wrap } = base;

  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const right = A4[0] - MARGIN;

  const text = (s: string, x: number, yy: number, size = 9, font: PDFFont = regular, color = INK) => base.text(page, s, x, yy, size, font, color);
  const textRight = (s: string, x: number, yy: number, size = 9, font: PDFFont = regular, color = INK) => base.textRight(page, s, x, yy, size, font, color);

  // table columns: pos, preview, description, qty, unit price, total
  const col = { pos: MARGIN, preview: MARGIN + 26, desc: MARGIN + 74, qty: right - 150, unit: right - 72, total: right };
  const tableHead = () => {
    text(t.pos, col.pos, y, 8, bold, MUTED);
    text(t.part, col.desc, y, 8, bold, MUTED);
    textRight(t.qty, col.qty, y, 8, bold, MUTED);
    textRight(t.unitPrice, col.unit, y, 8, bold, MUTED);
    textRight(t.total, col.total, y, 8, bold, MUTED);
    y -= 6;
    page.drawLine({ start: { x: MARGIN, y }, end: { x: right, y }, thickness: 0.8, color: RULE });
    y -= 14;
  };
  const newPage = (withHead: boolean) => {
    ({ page, y } = base.letterheadPage(input.shop));
    pages.push(page);
    y -= 20;
    if (withHead) tableHead();
  };

  newPage(false);
  // title block
  text(`${input.kind === 'quote' ? t.quote : t.confirmation} ${input.number}`, MARGIN, y, 16, bold);
  y -= 20;
  const facts: [string, string][] = [[t.date, dateText(input.date)]];
  if (input.validUntil) facts.push([t.validUntil, dateText(input.validUntil)]);
  if (input.confirmedAt) facts.push([t.confirmedOn, dateText(input.confirmedAt)]);
  if (input.customer.customerNumber) facts.push([t.customerNumber, input.customer.customerNumber]);
  if (input.customer.reference) facts.push([t.reference, input.customer.reference]);
  if (input.customer.contact) facts.push([t.contact, input.customer.contact]);
  if (input.delivery) facts.push([t.deliveryOption, `${input.delivery.label}, ${t.deliveryBy} ${dateText(input.delivery.date)}`]);
  for (const [k, v] of facts) {
    text(k, MARGIN, y, 9, regular, MUTED);
    text(v, MARGIN + 90, y, 9);
    y -= 12;
  }
  y -= 10;
  // addresses side by side
  const half = (right - MARGIN) / 2;
  const addressTop = y;
  for (const [i, [head, lines]] of ([[t.billing, [input.customer.name, ...input.customer.billing]], [t.delivery, [input.customer.name, ...input.customer.delivery]]] as [string, string[]][]).entries()) {
    let ay = addressTop;
    text(head, MARGIN + i * half, ay, 8, bold, MUTED);
    ay -= 12;
    for (const l of lines) {
      text(l, MARGIN + i * half, ay, 9);
      ay -= 11;
    }
    y = Math.min(y, ay);
  }
  y -= 16;
  tableHead();

  // rows
  const ROW_PREVIEW = 40;
  input.lines.forEach((l, i) => {
    const desc: { s: string; font: PDFFont; size: number; color: typeof INK }[] = [];
    for (const w of wrap(l.name, col.qty - 60 - col.desc, 9.5, bold)) desc.push({ s: w, font: bold, size: 9.5, color: INK });
    const numbers = [l.articleNumber, l.customerArticleNumber ? `${t.yourNo} ${l.customerArticleNumber}` : undefined].filter(Boolean).join(' · ');
    if (numbers) desc.push({ s: numbers, font: regular, size: 8, color: MUTED });
    if (l.material) desc.push({ s: `${l.material}${l.thickness !== undefined ? `, ${number(l.thickness)} mm` : ''}`, font: regular, size: 8.5, color: INK });
    for (const f of l.finishing ?? []) for (const w of wrap(f, col.qty - 60 - col.desc, 8)) desc.push({ s: w, font: regular, size: 8, color: MUTED });
    if (l.deliveryDate) desc.push({ s: t.lineDelivery.replace('{date}', dateText(l.deliveryDate)), font: bold, size: 8.5, color: ACCENT });
    const height = Math.max(l.preview ? ROW_PREVIEW : 0, desc.length * 11) + 10;
    if (y - height < MARGIN + 90) newPage(true);
    const top = y;
    text(String(i + 1), col.pos, top, 9);
    if (l.preview) drawPreview(page, l.preview, col.preview, top + 8 - ROW_PREVIEW, 40, ROW_PREVIEW);
    let dy = top;
    for (const d of desc) {
      text(d.s, col.desc, dy, d.size, d.font, d.color);
      dy -= 11;
    }
    textRight(`${number(l.quantity)} ${l.unit ?? t.pcs}`, col.qty, top, 9);
    if (l.originalQuantity !== undefined) textRight(t.ordered.replace('{n}', number(l.originalQuantity)), col.qty, top - 11, 7.5, regular, MUTED);
    textRight(money(l.unitPrice), col.unit, top, 9);
    textRight(money(l.total), col.total, top, 9, bold);
    const bottom = top - height + 6;
    page.drawLine({ start: { x: MARGIN, y: bottom }, end: { x: right, y: bottom }, thickness: 0.4, color: RULE });
    y = bottom - 16;
  });

  // totals
  const { net, vat, gross } = pdfTotals(input);
  if (y < MARGIN + 110) newPage(false);
  y -= 8;
  const totalsX = right - 200;
  const totalRow = (k: string, v: string, strong = false) => {
    text(k, totalsX, y, strong ? 10.5 : 9, strong ? bold : regular, strong ? INK : MUTED);
    textRight(v, right, y, strong ? 10.5 : 9, strong ? bold : regular);
    y -= strong ? 16 : 13;
  };
  totalRow(t.net, money(net));
  totalRow(`${t.vat} ${number(input.vatRate * 100)} %`, money(vat));
  page.drawLine({ start: { x: totalsX, y: y + 8 }, end: { x: right, y: y + 8 }, thickness: 0.8, color: INK });
  y -= 2;
  totalRow(t.gross, money(gross), true);
  y -= 12;
  const closing = (input.kind === 'quote' && input.validUntil ? t.validity : t.confirmed)
    .replace('{date}', input.validUntil ? dateText(input.validUntil) : '').replace('{currency}', input.currency);
  for (const w of wrap(closing, right - MARGIN, 9)) { text(w, MARGIN, y, 9); y -= 12; }
  if (input.note) for (const w of wrap(input.note, right - MARGIN, 9)) { text(w, MARGIN, y, 9, regular, MUTED); y -= 12; }

  // footers: the shop's registration and bank, page n of m
  base.footers(pages, input.shop, (n, m) => t.page.replace('{n}', String(n)).replace('{m}', String(m)));
  return base.doc.save();
}

/** The part's contours scaled into a w × h box at (x, y) (lower left), aspect kept. */
function drawPreview(page: PDFPage, preview: PdfPreview, x: number, y: number, w: number, h: number): void {
  const { minX, minY, maxX, maxY } = preview.bbox;
  const pw = maxX - minX, ph = maxY - minY;
  if (!(pw > 0 && ph > 0)) return;
  const s = Math.min(w / pw, h / ph);
  // drawSvgPath puts the path's origin at (ox, oy) and flips y: the drawing's (minX, minY) lands at the box's lower left
  const ox = x + (w - pw * s) / 2 - minX * s;
  const oy = y + (h - ph * s) / 2 - minY * s;
  for (const d of preview.paths) {
    page.drawSvgPath(flipPathY(d), { x: ox, y: oy, scale: s, borderColor: INK, borderWidth: 0.6 });
  }
}
