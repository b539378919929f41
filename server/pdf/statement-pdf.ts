// The statement of account as PDF (issue [8]): the shop's letterhead (shared with quotes, see
// layout.ts), the company and period, the trail from the opening to the closing balance with a
// running balance, the open items with their age, the aging buckets and the period's totals.
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { Statement } from '../services/statements.js';
import { A4, INK, MARGIN, MUTED, RULE, startPdf, type PdfLanguage, type PdfShop } from './layout.js';
import { bucketLabel, STATEMENT_TEXT } from './statement-text.js';

export interface StatementPdfInput {
  statement: Statement;
  language: PdfLanguage;
  shop: PdfShop;
  /** YYYY-MM-DD the document is made. */
  date: string;
}

/** Render the statement; returns the PDF's bytes. */
export async function renderStatementPdf(input: StatementPdfInput): Promise<Uint8Array> {
  const s = input.statement;
  const t = STATEMENT_TEXT[input.language];
  const base = await startPdf({
    title: `${t.title} ${s.company.customerNumber} ${s.from} – ${s.to}`, author: input.shop.name,
    language: input.language, currency: s.currency, date: input.date,
  });
  const { regular, bold, money, dateText, number, safe } = base;
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const right = A4[0] - MARGIN;
  const text = (v: string, x: number, yy: number, size = 8, font: PDFFont = regular, color = INK) => base.text(page, v, x, yy, size, font, color);
  const textRight = (v: string, x: number, yy: number, size = 8, font: PDFFont = regular, color = INK) => base.textRight(page, v, x, yy, size, font, color);
  /** `v` cut to `width` points (with …) so that columns never overlap. */
  const fit = (v: string, width: number, size = 8, font: PDFFont = regular) => {
    let out = safe(v);
    if (font.widthOfTextAtSize(out, size) <= width) return out;
    while (out.length > 1 && font.widthOfTextAtSize(`${out}…`, size) > width) out = out.slice(0, -1);
    return `${out}…`;
  };
  const rule = (yy: number, strong = false) => page.drawLine({ start: { x: MARGIN, y: yy }, end: { x: right, y: yy }, thickness: strong ? 0.8 : 0.4, color: strong ? INK : RULE });

  let head: (() => void) | null = null;
  const newPage = () => {
    ({ page, y } = base.letterheadPage(input.shop));
    pages.push(page);
    y -= 20;
    if (head) head();
  };
  /** Room for `h` points above the footer, else a new page (with the current table's head). */
  const ensure = (h: number) => { if (y - h < MARGIN + 20) newPage(); };
  const heading = (v: string) => {
    head = null;
    ensure(50);
    y -= 6;
    text(v, MARGIN, y, 11, bold);
    y -= 16;
  };

  newPage();
  text(`${t.title}`, MARGIN, y, 16, bold);
  y -= 20;
  const facts: [string, string][] = [
    ['', s.company.name],
    [t.customerNumber, s.company.customerNumber],
    [t.period, `${dateText(s.from)} – ${dateText(s.to)}`],
    [t.date, dateText(input.date)],
  ];
  for (const [k, v] of facts) {
    if (k) text(k, MARGIN, y, 9, regular, MUTED);
    text(v, MARGIN + 90, y, 9, k ? regular : bold);
    y -= 12;
  }
  y -= 8;

  // summary: opening, the period's movements, closing
  const summary: [string, number, boolean][] = [
    [t.opening, s.openingBalance, false],
    [`+ ${t.invoiced}`, s.totals.invoiced, false],
    [`- ${t.credited}`, s.totals.credited, false],
    [`- ${t.paid}`, s.totals.paid, false],
    [t.closing, s.closingBalance, true],
  ];
  const sx = right - 220;
  for (const [k, v, strong] of summary) {
    if (strong) { page.drawLine({ start: { x: sx, y: y + 9 }, end: { x: right, y: y + 9 }, thickness: 0.8, color: INK }); }
    text(k, sx, y, strong ? 10 : 9, strong ? bold : regular, strong ? INK : MUTED);
    textRight(money(v), right, y, strong ? 10 : 9, strong ? bold : regular);
    y -= strong ? 16 : 12;
  }
  const sideY = y + 16 + 12 * 4;
  // beside it: what was ordered and delivered in the period (net, not in the balance)
  let ly = sideY;
  for (const [k, v] of [[t.ordered, `${money(s.totals.ordered)} (${s.totals.orders})`], [t.delivered, `${money(s.totals.delivered)} (${s.totals.deliveries})`], [t.openTotal, money(s.totals.open)]] as const) {
    text(k, MARGIN, ly, 9, regular, MUTED);
    text(v, MARGIN + 110, ly, 9);
    ly -= 12;
  }
  y -= 8;

  // the trail
  const c = { date: MARGIN, kind: MARGIN + 50, order: MARGIN + 108, doc: MARGIN + 178, value: MARGIN + 312, debit: MARGIN + 374, credit: MARGIN + 436, balance: right };
  /** A table's head row: labels at their columns (`r` = right-aligned), then a rule. */
  const tableHead = (cols: [label: string, x: number, align?: 'r'][]) => () => {
    for (const [label, x, align] of cols) (align ? textRight : text)(label, x, y, 7.5, bold, MUTED);
    y -= 5;
    rule(y, true);
    y -= 11;
  };
  const trailHead = tableHead([
    [t.colDate, c.date], [t.colKind, c.kind], [t.colOrder, c.order], [t.colDocument, c.doc],
    [t.colValue, c.value, 'r'], [t.colDebit, c.debit, 'r'], [t.colCredit, c.credit, 'r'], [t.colBalance, c.balance, 'r'],
  ]);
  heading(t.trail);
  head = trailHead;
  trailHead();
  const balanceRow = (label: string, value: number, date: string) => {
    ensure(14);
    text(dateText(date), c.date, y, 8, bold);
    text(label, c.kind, y, 8, bold);
    textRight(money(value), c.balance, y, 8, bold);
    y -= 4;
    rule(y);
    y -= 10;
  };
  balanceRow(t.opening, s.openingBalance, s.from);
  for (const e of s.entries) {
    ensure(14);
    text(dateText(e.date), c.date, y);
    text(fit(t.kind[e.kind], c.order - c.kind - 4), c.kind, y);
    text(fit(e.orderNumber, c.doc - c.order - 4), c.order, y);
    text(fit(e.document ?? '', c.value - 56 - c.doc), c.doc, y, 8, regular, MUTED);
    if ((e.kind === 'order' || e.kind === 'delivery') && e.amount !== null) textRight(money(e.amount), c.value, y, 8, regular, MUTED);
    if (e.debit) textRight(money(e.debit), c.debit, y);
    if (e.credit) textRight(money(e.credit), c.credit, y);
    if (e.kind !== 'order' && e.kind !== 'delivery') textRight(money(e.balance), c.balance, y);
    y -= 4;
    rule(y);
    y -= 10;
  }
  if (!s.entries.length) {
    text(t.none, c.kind, y, 8, regular, MUTED);
    y -= 14;
  }
  balanceRow(t.closing, s.closingBalance, s.to);
  head = null;
  y -= 8;

  // open items at `to`
  const o = { date: MARGIN, order: MARGIN + 56, doc: MARGIN + 126, due: MARGIN + 210, age: MARGIN + 300, amount: MARGIN + 370, open: MARGIN + 436, bucket: right };
  const openHead = tableHead([
    [t.colDate, o.date], [t.colOrder, o.order], [t.colDocument, o.doc], [t.colDue, o.due],
    [t.colAge, o.age, 'r'], [t.colAmount, o.amount, 'r'], [t.colOpen, o.open, 'r'], [t.colBucket, o.bucket, 'r'],
  ]);
  heading(`${t.openItems} (${t.asOf} ${dateText(s.to)})`);
  if (!s.openItems.length) {
    text(t.noOpen, MARGIN, y, 9, regular, MUTED);
    y -= 14;
  } else {
    head = openHead;
    openHead();
    for (const i of s.openItems) {
      ensure(14);
      text(dateText(i.date), o.date, y);
      text(fit(i.orderNumber, o.doc - o.order - 4), o.order, y);
      text(fit(i.kind === 'credit_balance' ? t.creditBalance : i.document ?? '', o.due - o.doc - 4), o.doc, y);
      if (i.dueDate) text(`${dateText(i.dueDate)}${i.overdueDays > 0 ? ` (+${i.overdueDays})` : ''}`, o.due, y, 8, regular, i.overdueDays > 0 ? INK : MUTED);
      textRight(number(i.ageDays), o.age, y);
      textRight(money(i.amount), o.amount, y, 8, regular, MUTED);
      textRight(money(i.open), o.open, y, 8, bold);
      textRight(bucketLabel(i.bucket, t), o.bucket, y, 8, regular, MUTED);
      y -= 4;
      rule(y);
      y -= 10;
    }
    head = null;
  }

  // the aging buckets and their sum (= the closing balance)
  heading(t.aging);
  const bw = (right - MARGIN) / 5;
  ensure(30);
  s.aging.forEach((b, i) => {
    text(bucketLabel(b.bucket, t), MARGIN + i * bw, y, 8, regular, MUTED);
    text(`${money(b.amount)} (${b.count})`, MARGIN + i * bw, y - 12, 9, bold);
  });
  text(t.openTotal, MARGIN + 4 * bw, y, 8, regular, MUTED);
  text(money(s.totals.open), MARGIN + 4 * bw, y - 12, 9, bold);
  y -= 34;
  ensure(30);
  for (const w of base.wrap(t.note, right - MARGIN, 8)) { text(w, MARGIN, y, 8, regular, MUTED); y -= 11; }

  base.footers(pages, input.shop, (n, m) => t.page.replace('{n}', String(n)).replace('{m}', String(m)));
  return base.doc.save();
}
