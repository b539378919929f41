/**
 * Hand-off to the ERP and the CAM system (issue [5]): released orders as flat line rows (.xlsx,
 * .csv) or nested JSON, the drawings as a zip, and the customer's own library and order history as
 * .xlsx. Everything is read in a handful of queries (no per-order view), so 500 orders export in
 * well under a second.
 *
 * Money leaves as cents *and* as euros (a number with two decimals; in .xlsx a number with a
 * currency format), lengths in mm, weights in kg, times as ISO 8601 (UTC) — numbers stay numbers.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import Papa from 'papaparse';
import { and, asc, eq, gte, inArray, isNotNull, lt, ne, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { companies, orderLines, orders, parts, users, type Address, type OrderStatus } from '../db/schema.js';

export interface OrderExportFilter {
  status?: OrderStatus;
  /** `YYYY-MM-DD`: released on or after this day (UTC). */
  from?: string;
  /** `YYYY-MM-DD`: released on or before this day (UTC), inclusive. */
  to?: string;
  companyId?: number;
}

/** One line of a released order, flat: the rows of the .xlsx and .csv exports. */
export interface ExportLine {
  orderNumber: string;
  orderId: number;
  companyName: string;
  customerNumber: string;
  status: OrderStatus;
  createdAt: string;
  releasedAt: string | null;
  requestedDate: string | null;
  commission: string | null;
  orderer: string | null;
  deliveryMethod: string;
  deliveryName: string; deliveryStreet: string; deliveryZip: string; deliveryCity: string; deliveryCountry: string;
  billingName: string; billingStreet: string; billingZip: string; billingCity: string; billingCountry: string;
  position: number;
  /** `part` or `article` (a catalog article: no material, thickness or drawing). */
  kind: 'part' | 'article';
  articleNumber: string | null;
  name: string;
  /** The customer's own number and name for an article. */
  customerArticleNumber: string | null;
  customerName: string | null;
  material: string | null;
  thickness: number | null;
  quantity: number;
  /** Articles: what the quantity counts. */
  unit: string | null;
  currency: string;
  unitPriceCents: number;
  unitPrice: number;
  lineTotalCents: number;
  lineTotal: number;
  /** mm per piece. */
  cutLength: number | null;
  pierces: number | null;
  /** kg per piece. */
  weight: number | null;
  partId: number | null;
  articleId: number | null;
}

export interface ExportOrder {
  id: number;
  number: string;
  status: OrderStatus;
  company: { id: number; name: string; customerNumber: string };
  orderer: string | null;
  createdAt: string;
  releasedAt: string | null;
  requestedDate: string | null;
  commission: string | null;
  note: string | null;
  deliveryMethod: string;
  deliveryAddress: Address | null;
  billingAddress: Address | null;
  currency: string;
  totalCents: number;
  total: number;
  lines: {
    position: number; kind: 'part' | 'article'; partId: number | null; articleId: number | null; articleNumber: string | null; name: string;
    customerArticleNumber: string | null; customerName: string | null; material: string | null; thickness: number | null; quantity: number; unit: string | null;
    unitPriceCents: number; unitPrice: number; lineTotalCents: number; lineTotal: number;
    cutLength: number | null; pierces: number | null; weight: number | null;
    /** In the drawings zip: the DXF's file name, or null when the part has been deleted since. */
    drawing?: string | null;
    /** The part's drawing now measures differently from the order's frozen metrics (edited since). */
    drawingChanged?: boolean;
  }[];
}

const euros = (cents: number) => Math.round(cents) / 100;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const DAY = 86_400_000;
const dayStart = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** The released orders matching the filter, oldest first, with their (not rejected) lines. */
export async function exportOrders(tx: Tx, f: OrderExportFilter = {}): Promise<ExportOrder[]> {
  const conds: SQL[] = [isNotNull(orders.releasedAt)];
  if (f.status) conds.push(eq(orders.status, f.status));
  if (f.companyId) conds.push(eq(orders.companyId, f.companyId));
  if (f.from) conds.push(gte(orders.releasedAt, dayStart(f.from)));
  if (f.to) conds.push(lt(orders.releasedAt, dayStart(f.to) + DAY));
  return ordersWithLines(tx, and(...conds)!);
}

/** Orders (any status) of one company, for the customer's order history. */
export async function companyOrders(tx: Tx, companyId: number): Promise<ExportOrder[]> {
  return ordersWithLines(tx, eq(orders.companyId, companyId));
}

async function ordersWithLines(tx: Tx, where: SQL): Promise<ExportOrder[]> {
  const rows = await tx.select({
    o: orders, companyName: companies.name, customerNumber: companies.customerNumber, orderer: users.name,
  }).from(orders).innerJoin(companies, eq(companies.id, orders.companyId)).leftJoin(users, eq(users.id, orders.ordererId))
    .where(where).orderBy(asc(orders.createdAt), asc(orders.id));
  const byOrder = new Map<number, ExportOrder>();
  for (const { o, companyName, customerNumber, orderer } of rows) {
    byOrder.set(o.id, {
      id: o.id, number: o.number, status: o.status, company: { id: o.companyId, name: companyName, customerNumber }, orderer,
      createdAt: iso(o.createdAt)!, releasedAt: iso(o.releasedAt), requestedDate: o.requestedDate, commission: o.commission, note: o.note,
      deliveryMethod: o.deliveryMethod, deliveryAddress: o.deliveryAddress, billingAddress: o.billingAddress,
      currency: o.currency, totalCents: o.total, total: euros(o.total), lines: [],
    });
  }
  const ids = [...byOrder.keys()];
  // SQLite allows a limited number of bound parameters: read the lines in chunks
  for (let i = 0; i < ids.length; i += 500) {
    const lines = await tx.select().from(orderLines)
      .where(and(inArray(orderLines.orderId, ids.slice(i, i + 500)), ne(orderLines.approval, 'rejected')))
      .orderBy(asc(orderLines.orderId), asc(orderLines.position));
    for (const l of lines) {
      const q = l.quote as { weight?: number; metrics?: { cutLength?: number; pierces?: number } };
      byOrder.get(l.orderId)!.lines.push({
        position: l.position, kind: l.kind, partId: l.partId, articleId: l.articleId, articleNumber: l.articleNumber, name: l.name,
        customerArticleNumber: l.customerArticleNumber, customerName: l.customerName, material: l.material, thickness: l.thickness,
        quantity: l.quantity, unit: l.unit, unitPriceCents: l.unitPrice, unitPrice: euros(l.unitPrice), lineTotalCents: l.total, lineTotal: euros(l.total),
        cutLength: q.metrics?.cutLength ?? null, pierces: q.metrics?.pierces ?? null, weight: q.weight ?? null,
      });
    }
  }
  return [...byOrder.values()];
}

const addr = (prefix: 'delivery' | 'billing', a: Address | null) => ({
  [`${prefix}Name`]: a?.name ?? '', [`${prefix}Street`]: a?.street ?? '', [`${prefix}Zip`]: a?.zip ?? '',
  [`${prefix}City`]: a?.city ?? '', [`${prefix}Country`]: a?.country ?? '',
}) as Record<string, string>;

/** One flat row per order line. */
export function flatLines(list: ExportOrder[]): ExportLine[] {
  return list.flatMap((o) => o.lines.map((l) => ({
    orderNumber: o.number, orderId: o.id, companyName: o.company.name, customerNumber: o.company.customerNumber, status: o.status,
    createdAt: o.createdAt, releasedAt: o.releasedAt, requestedDate: o.requestedDate, commission: o.commission, orderer: o.orderer,
    deliveryMethod: o.deliveryMethod,
    ...(addr('delivery', o.deliveryAddress) as Pick<ExportLine, 'deliveryName' | 'deliveryStreet' | 'deliveryZip' | 'deliveryCity' | 'deliveryCountry'>),
    ...(addr('billing', o.billingAddress) as Pick<ExportLine, 'billingName' | 'billingStreet' | 'billingZip' | 'billingCity' | 'billingCountry'>),
    position: l.position, kind: l.kind, articleNumber: l.articleNumber, name: l.name, customerArticleNumber: l.customerArticleNumber,
    customerName: l.customerName, material: l.material, thickness: l.thickness, quantity: l.quantity, unit: l.unit,
    currency: o.currency, unitPriceCents: l.unitPriceCents, unitPrice: l.unitPrice, lineTotalCents: l.lineTotalCents, lineTotal: l.lineTotal,
    cutLength: l.cutLength, pierces: l.pierces, weight: l.weight, partId: l.partId, articleId: l.articleId,
  })));
}

/** The CSV columns, in order (the header row). */
export const LINE_COLUMNS: (keyof ExportLine)[] = [
  'orderNumber', 'orderId', 'companyName', 'customerNumber', 'status', 'createdAt', 'releasedAt', 'requestedDate', 'commission', 'orderer',
  'deliveryMethod', 'deliveryName', 'deliveryStreet', 'deliveryZip', 'deliveryCity', 'deliveryCountry',
  'billingName', 'billingStreet', 'billingZip', 'billingCity', 'billingCountry',
  'position', 'articleNumber', 'name', 'material', 'thickness', 'quantity', 'currency',
  'unitPriceCents', 'unitPrice', 'lineTotalCents', 'lineTotal', 'cutLength', 'pierces', 'weight', 'partId',
  // issue [7]: catalog articles beside parts
  'kind', 'articleId', 'unit', 'customerArticleNumber', 'customerName',
];

/**
 * RFC 4180 CSV (papaparse's unparse): a header row, commas, CRLF, fields quoted when they hold a
 * comma, quote or line break; euros with a decimal point and two decimals.
 */
export function linesCsv(lines: ExportLine[]): string {
  const data = lines.map((l) => LINE_COLUMNS.map((k) => {
    const v = l[k];
    if (k === 'unitPrice' || k === 'lineTotal') return (v as number).toFixed(2);
    return v ?? '';
  }));
  // escapeFormulae: a name like "=HYPERLINK(…)" must not run when the CSV is opened in a spreadsheet
  return Papa.unparse({ fields: LINE_COLUMNS as string[], data }, { newline: '\r\n', escapeFormulae: /^[=+@\t\r]/ });
}

/** A column of a sheet: header, width, the value of a row, and an Excel number format. */
export interface SheetColumn<T> {
  header: string;
  key: string;
  width?: number;
  value: (row: T) => string | number | Date | null;
  /** `money` (euros, with the row's currency), `date`, or an Excel format string. */
  format?: 'money' | 'date' | string;
}

const MONEY_FORMATS: Record<string, string> = { EUR: '#,##0.00 "€"', USD: '"$"#,##0.00', GBP: '"£"#,##0.00', CHF: '"CHF" #,##0.00' };
export const moneyFormat = (currency: string) => MONEY_FORMATS[currency] ?? `#,##0.00 "${currency.replace(/"/g, '')}"`;

/**
 * An .xlsx workbook of one sheet: a bold, frozen header row with an auto filter, numbers as
 * numbers (money in euros with a currency format, dates as dates).
 */
export async function sheetXlsx<T>(sheetName: string, columns: SheetColumn<T>[], rows: T[], currencyOf: (row: T) => string = () => 'EUR'): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kerf';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(10, c.header.length + 2) }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(columns.map((c) => c.value(r)));
    columns.forEach((c, i) => {
      if (!c.format) return;
      const cell = row.getCell(i + 1);
      if (cell.value === null || cell.value === '') return;
      cell.numFmt = c.format === 'money' ? moneyFormat(currencyOf(r)) : c.format === 'date' ? 'yyyy-mm-dd hh:mm' : c.format;
    });
  }
  if (rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer() as unknown as Uint8Array); // exceljs types its Buffer apart
}

const date = (s: string | null) => (s ? new Date(s) : null);

/** The operator's sheet: the line rows with money as euros. */
export const OPERATOR_COLUMNS: SheetColumn<ExportLine>[] = [
  { header: 'Order', key: 'orderNumber', width: 14, value: (l) => l.orderNumber },
  { header: 'Company', key: 'companyName', width: 24, value: (l) => l.companyName },
  { header: 'Customer number', key: 'customerNumber', value: (l) => l.customerNumber },
  { header: 'Status', key: 'status', width: 14, value: (l) => l.status },
  { header: 'Ordered', key: 'createdAt', width: 17, value: (l) => date(l.createdAt), format: 'date' },
  { header: 'Released', key: 'releasedAt', width: 17, value: (l) => date(l.releasedAt), format: 'date' },
  { header: 'Requested date', key: 'requestedDate', value: (l) => l.requestedDate },
  { header: 'Commission', key: 'commission', width: 16, value: (l) => l.commission },
  { header: 'Orderer', key: 'orderer', width: 18, value: (l) => l.orderer },
  { header: 'Delivery method', key: 'deliveryMethod', value: (l) => l.deliveryMethod },
  { header: 'Delivery name', key: 'deliveryName', width: 20, value: (l) => l.deliveryName },
  { header: 'Delivery street', key: 'deliveryStreet', width: 20, value: (l) => l.deliveryStreet },
  { header: 'Delivery ZIP', key: 'deliveryZip', value: (l) => l.deliveryZip },
  { header: 'Delivery city', key: 'deliveryCity', value: (l) => l.deliveryCity },
  { header: 'Delivery country', key: 'deliveryCountry', value: (l) => l.deliveryCountry },
  { header: 'Billing name', key: 'billingName', width: 20, value: (l) => l.billingName },
  { header: 'Billing street', key: 'billingStreet', width: 20, value: (l) => l.billingStreet },
  { header: 'Billing ZIP', key: 'billingZip', value: (l) => l.billingZip },
  { header: 'Billing city', key: 'billingCity', value: (l) => l.billingCity },
  { header: 'Billing country', key: 'billingCountry', value: (l) => l.billingCountry },
  { header: 'Position', key: 'position', value: (l) => l.position },
  { header: 'Article number', key: 'articleNumber', width: 16, value: (l) => l.articleNumber },
  { header: 'Name', key: 'name', width: 24, value: (l) => l.name },
  { header: 'Customer article number', key: 'customerArticleNumber', width: 16, value: (l) => l.customerArticleNumber },
  { header: 'Customer name', key: 'customerName', width: 24, value: (l) => l.customerName },
  { header: 'Kind', key: 'kind', value: (l) => l.kind },
  { header: 'Material', key: 'material', value: (l) => l.material },
  { header: 'Thickness (mm)', key: 'thickness', value: (l) => l.thickness },
  { header: 'Quantity', key: 'quantity', value: (l) => l.quantity },
  { header: 'Unit', key: 'unit', value: (l) => l.unit },
  { header: 'Unit price', key: 'unitPrice', width: 14, value: (l) => l.unitPrice, format: 'money' },
  { header: 'Line total', key: 'lineTotal', width: 14, value: (l) => l.lineTotal, format: 'money' },
  { header: 'Unit price (cents)', key: 'unitPriceCents', value: (l) => l.unitPriceCents },
  { header: 'Line total (cents)', key: 'lineTotalCents', value: (l) => l.lineTotalCents },
  { header: 'Currency', key: 'currency', value: (l) => l.currency },
  { header: 'Cut length (mm)', key: 'cutLength', value: (l) => l.cutLength, format: '0.0' },
  { header: 'Pierces', key: 'pierces', value: (l) => l.pierces },
  { header: 'Weight (kg/piece)', key: 'weight', value: (l) => l.weight, format: '0.000' },
];

/** The customer's order history: one row per line. */
export const HISTORY_COLUMNS: SheetColumn<ExportLine>[] = OPERATOR_COLUMNS.filter((c) =>
  !['companyName', 'customerNumber', 'unitPriceCents', 'lineTotalCents'].includes(c.key) && !c.key.startsWith('billing'));

/** A part of the library as exported (current price, metrics of its drawing). */
export interface ExportPart {
  id: number; articleNumber: string | null; name: string; material: string; thickness: number; source: string; drawingName: string;
  unitPrice: number; currency: string; weight: number; cutLength: number; pierces: number | null; width: number | null; height: number | null;
  createdAt: number; updatedAt: number;
}

export const PART_COLUMNS: SheetColumn<ExportPart>[] = [
  { header: 'Article number', key: 'articleNumber', width: 16, value: (p) => p.articleNumber },
  { header: 'Name', key: 'name', width: 28, value: (p) => p.name },
  { header: 'Material', key: 'material', value: (p) => p.material },
  { header: 'Thickness (mm)', key: 'thickness', value: (p) => p.thickness },
  { header: 'Unit price', key: 'unitPrice', width: 14, value: (p) => euros(p.unitPrice), format: 'money' },
  { header: 'Weight (kg)', key: 'weight', value: (p) => p.weight, format: '0.000' },
  { header: 'Cut length (mm)', key: 'cutLength', value: (p) => p.cutLength, format: '0.0' },
  { header: 'Pierces', key: 'pierces', value: (p) => p.pierces },
  { header: 'Width (mm)', key: 'width', value: (p) => p.width, format: '0.0' },
  { header: 'Height (mm)', key: 'height', value: (p) => p.height, format: '0.0' },
  { header: 'Source', key: 'source', value: (p) => p.source },
  { header: 'Drawing', key: 'drawingName', width: 24, value: (p) => p.drawingName },
  { header: 'Created', key: 'createdAt', width: 17, value: (p) => new Date(p.createdAt), format: 'date' },
  { header: 'Changed', key: 'updatedAt', width: 17, value: (p) => new Date(p.updatedAt), format: 'date' },
];

/** The company's parts, by name. */
export async function companyParts(tx: Tx, companyId: number, currency: string): Promise<ExportPart[]> {
  const rows = await tx.select({
    id: parts.id, articleNumber: parts.articleNumber, name: parts.name, material: parts.material, thickness: parts.thickness, source: parts.source,
    drawingName: parts.drawingName, unitPrice: parts.unitPrice, weight: parts.weight, cutLength: parts.cutLength, metrics: parts.metrics,
    createdAt: parts.createdAt, updatedAt: parts.updatedAt,
  }).from(parts).where(eq(parts.companyId, companyId)).orderBy(asc(parts.name), asc(parts.id));
  return rows.map(({ metrics, ...p }) => {
    const m = metrics as { pierces?: number; bbox?: { width?: number; height?: number } };
    return { ...p, currency, pierces: m.pierces ?? null, width: m.bbox?.width ?? null, height: m.bbox?.height ?? null };
  });
}

/** A file name for a zip member: no path separators or odd characters, at most 80 characters. */
const safe = (s: string) => s.replace(/[^\w.\- ]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 80) || 'part';

/**
 * The drawings zip: `<orderNumber>-<position>-<articleNumber or name>.dxf` for each line whose part
 * still exists, and `orders.json` (the JSON export, each line with its `drawing` file name or null).
 */
export async function drawingsZip(tx: Tx, list: ExportOrder[], exportedAt: string, filter: OrderExportFilter): Promise<Uint8Array<ArrayBuffer>> {
  const partIds = [...new Set(list.flatMap((o) => o.lines.map((l) => l.partId)).filter((id): id is number => id !== null))];
  const drawings = new Map<number, { drawing: Buffer; cutLength: number; pierces: number | null }>();
  for (let i = 0; i < partIds.length; i += 200) {
    const rows = await tx.select({ id: parts.id, drawing: parts.drawing, cutLength: parts.cutLength, metrics: parts.metrics })
      .from(parts).where(inArray(parts.id, partIds.slice(i, i + 200)));
    for (const r of rows) drawings.set(r.id, { drawing: r.drawing, cutLength: r.cutLength, pierces: (r.metrics as { pierces?: number }).pierces ?? null });
  }
  const files: Record<string, Uint8Array> = {};
  const withDrawings = list.map((o) => ({
    ...o,
    lines: o.lines.map((l) => {
      const d = l.partId !== null ? drawings.get(l.partId) : undefined;
      if (!d) return { ...l, drawing: null };
      let name = `${safe(o.number)}-${l.position}-${safe(l.articleNumber || l.name)}`;
      for (let k = 2; files[`${name}.dxf`]; k++) name = `${safe(o.number)}-${l.position}-${safe(l.articleNumber || l.name)}-${k}`;
      files[`${name}.dxf`] = new Uint8Array(d.drawing);
      const changed = l.cutLength !== null && (Math.abs(d.cutLength - l.cutLength) > 1e-6 || (l.pierces !== null && d.pierces !== l.pierces));
      return { ...l, drawing: `${name}.dxf`, drawingChanged: changed };
    }),
  }));
  files['orders.json'] = new TextEncoder().encode(JSON.stringify(ordersJson(withDrawings, exportedAt, filter), null, 2));
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>; // always a fresh, unshared buffer
}

/** The JSON export document. */
export function ordersJson(list: ExportOrder[], exportedAt: string, filter: OrderExportFilter) {
  return { exportedAt, filter, count: list.length, orders: list };
}
