/**
 * The statement of account as an .xlsx workbook (issue [8]), in en/de/fr: the trail with its
 * running balance (opening and closing rows), the open items with their age, and one row per
 * order. Money as numbers with the currency's format, dates as dates, so the sheet can sum them.
 */
import ExcelJS from 'exceljs';
import type { Language } from '../db/schema.js';
import { bucketLabel, STATEMENT_TEXT } from '../pdf/statement-text.js';
import { moneyFormat } from './exports.js';
import type { Statement } from './statements.js';

const day = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const euros = (cents: number | null | undefined) => (cents === null || cents === undefined ? null : cents / 100);

/** The workbook's bytes. */
export async function statementXlsx(s: Statement, language: Language): Promise<Uint8Array<ArrayBuffer>> {
  const t = STATEMENT_TEXT[language];
  const fmt = moneyFormat(s.currency);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kerf';
  wb.title = `${t.title} ${s.company.name} ${s.from} – ${s.to}`;

  const sheet = (name: string, columns: { header: string; width: number; format?: 'money' | 'date' }[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    columns.forEach((c, i) => {
      if (c.format) ws.getColumn(i + 1).numFmt = c.format === 'money' ? fmt : 'yyyy-mm-dd';
    });
    return ws;
  };

  const trail = sheet(t.sheetTrail, [
    { header: t.colDate, width: 12, format: 'date' }, { header: t.colKind, width: 16 }, { header: t.colOrder, width: 14 },
    { header: t.colDocument, width: 16 }, { header: t.colValue, width: 14, format: 'money' }, { header: t.colDebit, width: 14, format: 'money' },
    { header: t.colCredit, width: 14, format: 'money' }, { header: t.colBalance, width: 14, format: 'money' }, { header: t.colDue, width: 12, format: 'date' },
  ]);
  trail.addRow([day(s.from), t.opening, null, null, null, null, null, euros(s.openingBalance), null]).font = { bold: true };
  for (const e of s.entries) {
    const money = e.kind !== 'order' && e.kind !== 'delivery';
    trail.addRow([
      day(e.date), t.kind[e.kind], e.orderNumber, e.document, money ? null : euros(e.amount),
      e.debit ? euros(e.debit) : null, e.credit ? euros(e.credit) : null, money ? euros(e.balance) : null, day(e.dueDate),
    ]);
  }
  trail.addRow([day(s.to), t.closing, null, null, null, euros(s.totals.invoiced), euros(s.totals.credited + s.totals.paid), euros(s.closingBalance), null]).font = { bold: true };

  const open = sheet(t.sheetOpen, [
    { header: t.colDate, width: 12, format: 'date' }, { header: t.colOrder, width: 14 }, { header: t.colDocument, width: 16 },
    { header: t.colDue, width: 12, format: 'date' }, { header: t.colAge, width: 12 }, { header: t.colOverdue, width: 14 },
    { header: t.colAmount, width: 14, format: 'money' }, { header: t.colOpen, width: 14, format: 'money' }, { header: t.colBucket, width: 14 },
  ]);
  for (const i of s.openItems) {
    open.addRow([
      day(i.date), i.orderNumber, i.kind === 'credit_balance' ? t.creditBalance : i.document, day(i.dueDate), i.ageDays, i.overdueDays,
      euros(i.amount), euros(i.open), bucketLabel(i.bucket, t),
    ]);
  }
  open.addRow([]);
  for (const b of s.aging) open.addRow([null, null, null, null, null, null, b.count, euros(b.amount), bucketLabel(b.bucket, t)]);
  open.addRow([null, null, null, null, null, null, s.openItems.length, euros(s.totals.open), t.openTotal]).font = { bold: true };

  const orders = sheet(t.sheetOrders, [
    { header: t.colOrder, width: 14 }, { header: t.colDate, width: 12, format: 'date' }, { header: t.colStatus, width: 14 },
    { header: t.colTotal, width: 18, format: 'money' }, { header: t.colDelivered, width: 16, format: 'money' }, { header: t.colInvoiced, width: 14, format: 'money' },
    { header: t.colCredited, width: 14, format: 'money' }, { header: t.colPaid, width: 14, format: 'money' }, { header: t.colOpen, width: 14, format: 'money' },
  ]);
  for (const o of s.orders) {
    orders.addRow([o.number, day(o.date), o.status, euros(o.total), euros(o.delivered), euros(o.invoiced), euros(o.credited), euros(o.paid), euros(o.open)]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer() as unknown as Uint8Array);
}
