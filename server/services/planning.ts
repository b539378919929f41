/**
 * Planning (issue [8]): a customer's demand plan (planned quantities per part of its library or
 * catalog article, per month), its stock reports, and the material demand the plans imply for
 * the shop (kg and sheets per material and thickness per month).
 *
 * Items are keyed `part:12` / `article:5` (demand_plan.item_key). A part must be in the company's
 * library and an article visible to the company (published to it or to every company); anything
 * else is a 404, as another company's part is everywhere.
 *
 * Material demand, the method: for each month, the planned pieces of every part are grouped by
 * material and thickness. `kg` = Σ quantity × the part's weight (parts.weight, kg per piece, from
 * its net area, thickness and the material's density). `sheets` = the SDK's nest of the month's
 * whole quantity of that group on the material's first sheet format with the operator's part
 * spacing: the parts' true shapes (issue [9], as the basket is nested) or their bounding boxes
 * (MaxRects with 90° turns), whichever needs fewer sheets; a group of more
 * than NEST_LIMIT pieces in a month is counted by the quote's sheet usage instead (Σ quantity /
 * parts per sheet of the quote's grid fit, rounded up once per group): it takes no time and, as it
 * does not share a sheet's leftover between parts, errs on the safe side of the nest (the nest's
 * time grows with the square of the pieces). `sheetKg` is the weight of those sheets.
 * Articles have no material: they are listed apart, as pieces (in their unit).
 */
import { and, asc, desc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { boxOutline, findMaterial, loadCoreSync, nest } from '../../sdk/index.js';
import { outlinesOf } from './nesting.js';
import type { Db, Tx } from '../db/client.js';
import { articles, companies, demandPlan, parts, stockReportLines, stockReports, type Language, type User } from '../db/schema.js';
import { ApiError, invalid, notFound } from '../http/errors.js';
import { articlesForCompany, localized } from './articles.js';
import { normHeader, parseDecimal, parseSheet, type Cell, type SheetLayout } from './import-sheet.js';
import { operatorPricing } from './pricing.js';

/** A month as `YYYY-MM`. */
export type Month = string;
/** Plans reach this many months ahead (the grid shows 12; imports may fill up to 24). */
export const PLAN_HORIZON = 24;
/** A month's group of more pieces than this is counted by sheet usage, not nested (see the header). */
export const NEST_LIMIT = 1000;
export const MAX_PLAN_QUANTITY = 1_000_000;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month (UTC) of an epoch-ms time. */
export const monthOf = (ms: number): Month => new Date(ms).toISOString().slice(0, 7);

/** `n` consecutive months from `from`. @example monthsFrom('2026-11', 3) // ['2026-11', '2026-12', '2027-01'] */
export function monthsFrom(from: Month, n: number): Month[] {
  const m = MONTH_RE.exec(from);
  if (!m) throw invalid(`"${from}" is not a month (YYYY-MM).`);
  const y = Number(m[1]), mo = Number(m[2]) - 1;
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, mo + i, 1));
    return d.toISOString().slice(0, 7);
  });
}

export const isMonth = (s: string) => MONTH_RE.test(s);

/** A part or an article, as the plan and stock reports name it. */
export type ItemRef = { partId: number; articleId?: undefined } | { articleId: number; partId?: undefined };
export const itemKey = (r: ItemRef) => (r.partId !== undefined ? `part:${r.partId}` : `article:${r.articleId}`);

/** An item as the grid and the stock list show it. */
export interface PlanItem {
  key: string;
  kind: 'part' | 'article';
  partId: number | null;
  articleId: number | null;
  /** The part's article number (the customer's own), or the company's own number for an article, else the shop's. */
  number: string | null;
  name: string;
  unit: string;
  material: string | null;
  thickness: number | null;
  /** kg per piece (parts). */
  weight: number | null;
}

export interface PlanGridRow extends PlanItem {
  /** Quantities per month, in the order of `months`. */
  quantities: number[];
  total: number;
  /** The latest reported stock and when (null: never reported). */
  stock: number | null;
  stockReportedAt: number | null;
}

export interface PlanGrid {
  months: Month[];
  items: PlanGridRow[];
}

/** The company's items by key (parts of its library, articles visible to it), or 404 for any that are not. */
async function resolveItems(tx: Tx, companyId: number, refs: ItemRef[], lang: Language, opts: { allowHidden?: boolean; skipMissing?: boolean } = {}): Promise<Map<string, PlanItem>> {
  const partIds = [...new Set(refs.filter((r) => r.partId !== undefined).map((r) => r.partId!))];
  const articleIds = [...new Set(refs.filter((r) => r.articleId !== undefined).map((r) => r.articleId!))];
  const out = new Map<string, PlanItem>();
  for (let i = 0; i < partIds.length; i += 500) {
    const rows = await tx.select({ id: parts.id, name: parts.name, articleNumber: parts.articleNumber, material: parts.material, thickness: parts.thickness, weight: parts.weight })
      .from(parts).where(and(eq(parts.companyId, companyId), inArray(parts.id, partIds.slice(i, i + 500))));
    for (const p of rows) {
      out.set(`part:${p.id}`, { key: `part:${p.id}`, kind: 'part', partId: p.id, articleId: null, number: p.articleNumber, name: p.name, unit: 'pc', material: p.material, thickness: p.thickness, weight: p.weight });
    }
  }
  const arts = await articlesForCompany(tx, companyId, articleIds);
  for (const [id, a] of arts) {
    // an article no longer offered stays readable in a plan made before, but cannot be planned anew
    if (!a.visible && !opts.allowHidden) continue;
    out.set(`article:${id}`, {
      key: `article:${id}`, kind: 'article', partId: null, articleId: id, number: a.customerArticleNumber ?? a.article.number,
      name: a.customerName ?? localized(a.article.name, lang), unit: a.article.unit, material: null, thickness: null, weight: null,
    });
  }
  if (!opts.skipMissing) for (const r of refs) if (!out.has(itemKey(r))) throw notFound(r.partId !== undefined ? `Part ${r.partId}` : `Article ${r.articleId}`);
  return out;
}

const refOfKey = (key: string): ItemRef => {
  const [kind, id] = key.split(':');
  return kind === 'part' ? { partId: Number(id) } : { articleId: Number(id) };
};

/** The latest reported balance per item of a company: quantity and when. */
export async function stockBalances(tx: Tx, companyId: number): Promise<Map<string, { quantity: number; reportedAt: number; reportId: number }>> {
  const rows = await tx.select({
    partId: stockReportLines.partId, articleId: stockReportLines.articleId, quantity: stockReportLines.quantity,
    reportedAt: stockReports.reportedAt, reportId: stockReports.id,
  }).from(stockReportLines).innerJoin(stockReports, eq(stockReports.id, stockReportLines.reportId))
    .where(eq(stockReports.companyId, companyId)).orderBy(desc(stockReports.reportedAt), desc(stockReports.id));
  const out = new Map<string, { quantity: number; reportedAt: number; reportId: number }>();
  for (const r of rows) {
    const key = r.partId !== null ? `part:${r.partId}` : r.articleId !== null ? `article:${r.articleId}` : null;
    if (key && !out.has(key)) out.set(key, { quantity: r.quantity, reportedAt: r.reportedAt, reportId: r.reportId });
  }
  return out;
}

/**
 * The plan grid of a company: every item with a planned quantity in the months shown or a reported
 * stock, its quantity per month, and the latest stock. Items sorted by kind, number, name.
 * @example const g = await planGrid(db, 1, { from: '2026-11', months: 12, lang: 'de' });
 */
export async function planGrid(tx: Tx, companyId: number, o: { from: Month; months?: number; lang: Language }): Promise<PlanGrid> {
  const months = monthsFrom(o.from, o.months ?? 12);
  const rows = await tx.select({ itemKey: demandPlan.itemKey, month: demandPlan.month, quantity: demandPlan.quantity }).from(demandPlan)
    .where(and(eq(demandPlan.companyId, companyId), gte(demandPlan.month, months[0]), lte(demandPlan.month, months[months.length - 1])));
  const stock = await stockBalances(tx, companyId);
  const keys = new Set([...rows.map((r) => r.itemKey), ...stock.keys()]);
  const items = await resolvePresent(tx, companyId, [...keys], o.lang);
  const grid = new Map<string, PlanGridRow>();
  for (const key of keys) {
    const it = items.get(key);
    if (!it) continue;
    const s = stock.get(key);
    grid.set(key, { ...it, quantities: months.map(() => 0), total: 0, stock: s?.quantity ?? null, stockReportedAt: s?.reportedAt ?? null });
  }
  for (const r of rows) {
    const g = grid.get(r.itemKey);
    const i = months.indexOf(r.month);
    if (g && i >= 0) { g.quantities[i] = r.quantity; g.total += r.quantity; }
  }
  const list = [...grid.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'part' ? -1 : 1)
    || (a.number ?? '\uffff').localeCompare(b.number ?? '\uffff') || a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
  return { months, items: list };
}

/** The items of these keys that still resolve (a part deleted or an article withdrawn since is left out). */
const resolvePresent = (tx: Tx, companyId: number, keys: string[], lang: Language) =>
  resolveItems(tx, companyId, keys.map(refOfKey), lang, { allowHidden: true, skipMissing: true });

/** One planned quantity: a part or an article, a month, a quantity (0 removes it). */
export type PlanRowInput = ItemRef & { month: Month; quantity: number };

/** The months a plan may be written for, from `now`: this month and the PLAN_HORIZON - 1 after it. */
export function plannableMonths(now: number): { first: Month; last: Month } {
  const ms = monthsFrom(monthOf(now), PLAN_HORIZON);
  return { first: ms[0], last: ms[ms.length - 1] };
}

function checkRow(r: PlanRowInput, range: { first: Month; last: Month }, where: string) {
  if (!isMonth(r.month)) throw invalid(`${where}month: "${r.month}" is not a month (YYYY-MM).`);
  if (r.month < range.first || r.month > range.last) throw invalid(`${where}month: ${r.month} is outside the plan (${range.first} to ${range.last}).`, 'MONTH_OUT_OF_RANGE');
  if (!Number.isInteger(r.quantity) || r.quantity < 0 || r.quantity > MAX_PLAN_QUANTITY) throw invalid(`${where}quantity: a whole number from 0 to ${MAX_PLAN_QUANTITY.toLocaleString('en-US')}.`);
}

/** Write rows in a transaction that is already open (no checks of months; see setPlan): deletions, then upserts in batches. */
async function writeRows(tx: Tx, companyId: number, userId: number | null, rows: PlanRowInput[], now: number) {
  const gone = rows.filter((r) => r.quantity === 0);
  for (let i = 0; i < gone.length; i += 200) {
    await tx.delete(demandPlan).where(and(eq(demandPlan.companyId, companyId),
      or(...gone.slice(i, i + 200).map((r) => and(eq(demandPlan.itemKey, itemKey(r)), eq(demandPlan.month, r.month))))));
  }
  const kept = rows.filter((r) => r.quantity > 0);
  for (let i = 0; i < kept.length; i += 500) {
    await tx.insert(demandPlan).values(kept.slice(i, i + 500).map((r) => ({
      companyId, partId: r.partId ?? null, articleId: r.articleId ?? null, itemKey: itemKey(r), month: r.month, quantity: r.quantity, updatedBy: userId, updatedAt: now,
    }))).onConflictDoUpdate({
      target: [demandPlan.companyId, demandPlan.itemKey, demandPlan.month],
      set: { quantity: sql`excluded.quantity`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`excluded.updated_at` },
    });
  }
}

/**
 * Set planned quantities of a company (one transaction): each row sets an item's quantity for a
 * month, 0 removes it. Parts must be the company's, articles offered to it (else 404 NOT_FOUND);
 * months from the current one, PLAN_HORIZON months ahead (else 400 MONTH_OUT_OF_RANGE).
 * @example await setPlan(db, acme.id, admin.id, [{ partId: 12, month: '2026-12', quantity: 400 }], Date.now());
 */
export async function setPlan(db: Db, companyId: number, userId: number | null, rows: PlanRowInput[], now: number): Promise<{ written: number }> {
  const range = plannableMonths(now);
  rows.forEach((r, i) => checkRow(r, range, rows.length > 1 ? `rows.${i}.` : ''));
  const seen = new Set<string>();
  for (const r of rows) {
    const k = `${itemKey(r)}@${r.month}`;
    if (seen.has(k)) throw invalid(`${itemKey(r)} is given twice for ${r.month}.`);
    seen.add(k);
  }
  return db.transaction(async (tx) => {
    await resolveItems(tx, companyId, rows, 'en');
    await writeRows(tx, companyId, userId, rows, now);
    return { written: rows.length };
  });
}

// --- import ---------------------------------------------------------------------------------------

/** A sheet column of a plan: the item's number or name, or a month. */
type PlanColumn = 'number' | 'name' | `m:${string}`;

const NUMBER_HEADERS = ['articleNumber', 'article number', 'article no', 'article', 'number', 'part number', 'partno', 'sku', 'Artikelnummer', 'Artikel-Nr', 'ArtNr', 'Sachnummer', 'Teilenummer', 'Nummer', 'Référence', 'ref', 'numéro', "numéro d'article"];
const NAME_HEADERS = ['name', 'part', 'part name', 'description', 'Bezeichnung', 'Benennung', 'Teil', 'Name', 'nom', 'désignation', 'pièce', 'libellé'];
const HEADER_INDEX = new Map<string, 'number' | 'name'>();
for (const h of NUMBER_HEADERS) HEADER_INDEX.set(normHeader(h), 'number');
for (const h of NAME_HEADERS) HEADER_INDEX.set(normHeader(h), 'name');

/** Month names and abbreviations in English, German (and Austrian) and French, without accents or dots. */
const MONTH_NAMES: Record<string, number> = {};
([
  ['jan', 'january', 'januar', 'janner', 'jaenner', 'janv', 'janvier'],
  ['feb', 'february', 'februar', 'feber', 'fev', 'fevr', 'fevrier'],
  ['mar', 'march', 'mrz', 'marz', 'maerz', 'mars'],
  ['apr', 'april', 'avr', 'avril'],
  ['may', 'mai'],
  ['jun', 'june', 'juni', 'juin'],
  ['jul', 'july', 'juli', 'juil', 'juillet'],
  ['aug', 'august', 'aout'],
  ['sep', 'sept', 'september', 'septembre'],
  ['oct', 'october', 'okt', 'oktober', 'octobre'],
  ['nov', 'november', 'novembre'],
  ['dec', 'december', 'dez', 'dezember', 'decembre'],
] as const).forEach((names, i) => names.forEach((n) => { MONTH_NAMES[n] = i + 1; }));

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The month a column header names: `2027-01`, `2027/1`, `01/2027`, `1.2027`, `Jan 2027`,
 * `Jän 2027`, `janv. 2027`, `Januar 27`, `2027 Jan`, or a date cell (its month). Undefined otherwise.
 * @example monthOfHeader('janv. 2027') // '2027-01'
 */
export function monthOfHeader(h: unknown): Month | undefined {
  if (h instanceof Date) return Number.isNaN(h.getTime()) ? undefined : h.toISOString().slice(0, 7);
  if (typeof h !== 'string') return undefined;
  const s = h.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  const ok = (y: number, m: number) => (y >= 2000 && y <= 2199 && m >= 1 && m <= 12 ? `${y}-${pad(m)}` : undefined);
  let m = /^(\d{4})\s*[-/.\s]\s*(\d{1,2})$/.exec(s);
  if (m) return ok(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\s*[-/.\s]\s*(\d{4}|\d{2})$/.exec(s);
  if (m) return ok(year(m[2]), Number(m[1]));
  m = /^([a-z]+)\.?\s*[-/'\s]?\s*'?(\d{4}|\d{2})$/.exec(s);
  if (m && MONTH_NAMES[m[1]]) return ok(year(m[2]), MONTH_NAMES[m[1]]);
  m = /^(\d{4})\s*[-/\s]?\s*([a-z]+)\.?$/.exec(s);
  if (m && MONTH_NAMES[m[2]]) return ok(Number(m[1]), MONTH_NAMES[m[2]]);
  return undefined;
}

const PLAN_LAYOUT: SheetLayout<PlanColumn> = {
  maxRows: 5000,
  columnOf: (h) => {
    const month = monthOfHeader(h);
    if (month) return `m:${month}`;
    return typeof h === 'string' || typeof h === 'number' ? HEADER_INDEX.get(normHeader(String(h))) : undefined;
  },
  noHeader: 'No header row found: the first row must name the article number (or the part name) and one column per month, e.g. Artikelnummer | 2027-01 | 2027-02 …',
};

export interface PlanImportRow {
  row: number;
  /** What the row named (number or name). */
  label: string;
  item: { key: string; name: string; number: string | null } | null;
  status: 'ok' | 'error';
  messages: string[];
  /** Quantities per month as read (ok rows). */
  quantities: Record<Month, number>;
}

export interface PlanImportResult {
  dryRun: boolean;
  months: Month[];
  rows: PlanImportRow[];
  ok: number;
  errors: number;
  /** Quantities written (0 when a dry run). */
  written: number;
  /** Columns left out (months outside the plan). */
  warnings: string[];
}

/**
 * Read a plan sheet (.xlsx or .csv: the article number or the part name, and one column per month)
 * and set the company's plan from it, or only tell what would happen (`dryRun`). A row's item is
 * looked up by number (the company's own article number of a part, the shop's or the company's
 * number of an article), else by the part's name. An empty month cell means 0 for that item and
 * month: the sheet states the plan of the items it lists; items it does not list stay as they are.
 * Rows with an error are listed and left out; the others are written in one transaction.
 * @throws ApiError 422 INVALID_SHEET, TOO_MANY_ROWS
 */
export async function importPlan(db: Db, companyId: number, userId: number | null, sheet: { name: string; bytes: Uint8Array }, o: { dryRun: boolean; now: number; lang?: Language }): Promise<PlanImportResult> {
  const parsed = await parseSheet(sheet.name, sheet.bytes, PLAN_LAYOUT);
  const monthCols = parsed.columns.filter((c): c is `m:${string}` => c.startsWith('m:'));
  if (!parsed.columns.includes('number') && !parsed.columns.includes('name')) {
    throw new ApiError(422, 'INVALID_SHEET', 'The sheet needs a column of article numbers (Artikelnummer, Référence) or part names (name, Bezeichnung).');
  }
  if (!monthCols.length) throw new ApiError(422, 'INVALID_SHEET', 'The sheet needs one column per month, headed like 2027-01, Jan 2027, Jän 2027 or janv. 2027.');
  if (!parsed.rows.length) throw new ApiError(422, 'INVALID_SHEET', 'The sheet has a header row but no rows.');
  const range = plannableMonths(o.now);
  const warnings: string[] = [];
  const months = monthCols.map((c) => c.slice(2)).filter((m) => {
    if (m >= range.first && m <= range.last) return true;
    warnings.push(`Column ${m} is outside the plan (${range.first} to ${range.last}) and was left out.`);
    return false;
  }).sort();
  const lang = o.lang ?? 'en';

  return db.transaction(async (tx) => {
    // what the company may plan, by number and by name
    const lib = await tx.select({ id: parts.id, name: parts.name, articleNumber: parts.articleNumber }).from(parts).where(eq(parts.companyId, companyId));
    const offered = [...(await articlesForCompany(tx, companyId, (await tx.select({ id: articles.id }).from(articles)).map((a) => a.id))).values()].filter((a) => a.visible);
    const norm = (s: string) => s.trim().toLowerCase();
    const byNumber = new Map<string, string[]>();
    const add = (m: Map<string, string[]>, k: string | null | undefined, key: string) => {
      if (!k) return;
      const list = m.get(norm(k)) ?? [];
      if (!list.includes(key)) list.push(key);
      m.set(norm(k), list);
    };
    const byName = new Map<string, string[]>();
    const info = new Map<string, { name: string; number: string | null }>();
    for (const p of lib) {
      add(byNumber, p.articleNumber, `part:${p.id}`);
      add(byName, p.name, `part:${p.id}`);
      info.set(`part:${p.id}`, { name: p.name, number: p.articleNumber });
    }
    for (const a of offered) {
      const key = `article:${a.article.id}`;
      add(byNumber, a.article.number, key);
      add(byNumber, a.customerArticleNumber, key);
      add(byName, a.customerName, key);
      add(byName, localized(a.article.name, lang), key);
      info.set(key, { name: a.customerName ?? localized(a.article.name, lang), number: a.customerArticleNumber ?? a.article.number });
    }

    const out: PlanImportRow[] = [];
    const write: PlanRowInput[] = [];
    const seen = new Map<string, number>();
    for (const r of parsed.rows) {
      const number = r.cells.number === undefined ? '' : String(r.cells.number).trim();
      const name = r.cells.name === undefined ? '' : String(r.cells.name).trim();
      const row: PlanImportRow = { row: r.row, label: number || name, item: null, status: 'error', messages: [], quantities: {} };
      out.push(row);
      let keys: string[] = [];
      if (number) keys = byNumber.get(norm(number)) ?? [];
      if (!keys.length && name) keys = byName.get(norm(name)) ?? [];
      if (!number && !name) row.messages.push('The row names no article number and no part name.');
      else if (!keys.length) row.messages.push(number ? `No part or article with the number "${number}"${name ? ` or the name "${name}"` : ''} in your library or catalog.` : `No part named "${name}" in your library.`);
      else if (keys.length > 1) row.messages.push(`"${number || name}" names ${keys.length} items; give the article number that tells them apart.`);
      const key = keys.length === 1 ? keys[0] : null;
      if (key) {
        row.item = { key, ...info.get(key)! };
        if (seen.has(key)) row.messages.push(`${row.item.name} is already in row ${seen.get(key)} of this sheet.`);
        else seen.set(key, r.row);
      }
      const rows: PlanRowInput[] = [];
      for (const m of months) {
        const cell = r.cells[`m:${m}`] as Cell | undefined;
        const q = parseDecimal(cell, parsed.decimalComma);
        if (q === null || (typeof q === 'number' && !(Number.isInteger(q) && q >= 0 && q <= MAX_PLAN_QUANTITY))) {
          row.messages.push(`${m}: "${String(cell)}" is not a whole number of pieces from 0 to ${MAX_PLAN_QUANTITY.toLocaleString('en-US')}.`);
          continue;
        }
        row.quantities[m] = q ?? 0;
        if (key) rows.push({ ...refOfKey(key), month: m, quantity: q ?? 0 } as PlanRowInput);
      }
      if (row.messages.length) { row.quantities = {}; continue; }
      row.status = 'ok';
      write.push(...rows);
    }
    if (!o.dryRun) await writeRows(tx, companyId, userId, write, o.now);
    const ok = out.filter((r) => r.status === 'ok').length;
    return { dryRun: o.dryRun, months, rows: out, ok, errors: out.length - ok, written: o.dryRun ? 0 : write.length, warnings };
  });
}

const PLAN_TEXTS: Record<Language, { sheet: string; number: string; name: string; unit: string; stock: string; reported: string }> = {
  en: { sheet: 'Demand plan', number: 'Article number', name: 'Name', unit: 'Unit', stock: 'Stock', reported: 'Stock reported' },
  de: { sheet: 'Bedarfsplan', number: 'Artikelnummer', name: 'Bezeichnung', unit: 'Einheit', stock: 'Bestand', reported: 'Bestand gemeldet' },
  fr: { sheet: 'Plan de besoins', number: 'Référence', name: 'Désignation', unit: 'Unité', stock: 'Stock', reported: 'Stock déclaré' },
};

/**
 * The plan as a workbook that imports again: article number, name, unit, one column per month
 * (headers YYYY-MM), then the latest stock (ignored by the import). With no plan yet, it is the
 * template: the company's parts and its assortment's articles with empty months.
 */
export async function planWorkbook(tx: Tx, companyId: number, o: { from: Month; lang: Language }): Promise<Uint8Array<ArrayBuffer>> {
  const grid = await planGrid(tx, companyId, { from: o.from, months: 12, lang: o.lang });
  let items = grid.items;
  if (!items.length) {
    const lib = await tx.select({ id: parts.id }).from(parts).where(eq(parts.companyId, companyId)).orderBy(asc(parts.articleNumber), asc(parts.name)).limit(1000);
    const arts = [...(await articlesForCompany(tx, companyId, (await tx.select({ id: articles.id }).from(articles)).map((a) => a.id))).values()].filter((a) => a.visible && a.inAssortment);
    const resolved = await resolveItems(tx, companyId, [...lib.map((p) => ({ partId: p.id })), ...arts.map((a) => ({ articleId: a.article.id }))], o.lang);
    items = [...resolved.values()].map((it) => ({ ...it, quantities: grid.months.map(() => 0), total: 0, stock: null, stockReportedAt: null }));
  }
  const t = PLAN_TEXTS[o.lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kerf';
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  ws.columns = [
    { header: t.number, key: 'number', width: 18 }, { header: t.name, key: 'name', width: 32 }, { header: t.unit, key: 'unit', width: 8 },
    ...grid.months.map((m) => ({ header: m, key: `m:${m}`, width: 10 })),
    { header: t.stock, key: 'stock', width: 10 }, { header: t.reported, key: 'reported', width: 18 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const it of items) {
    const row = ws.addRow([it.number ?? '', it.name, it.unit, ...it.quantities.map((q) => q || null), it.stock, it.stockReportedAt ? new Date(it.stockReportedAt) : null]);
    if (it.stockReportedAt) row.getCell(4 + grid.months.length + 1).numFmt = 'yyyy-mm-dd';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer() as unknown as Uint8Array);
}

// --- stock reports --------------------------------------------------------------------------------

export type StockLineInput = ItemRef & { quantity: number };

export interface StockReportView {
  id: number;
  reportedAt: number;
  reportedBy: string;
  note: string | null;
  lines: (PlanItem & { quantity: number })[];
}

/**
 * A stock report: how many of each part or article the company holds now (one transaction). Parts
 * must be the company's and articles offered to it (else 404); each item once; quantity ≥ 0.
 * @example await reportStock(db, acme.id, admin, { lines: [{ partId: 12, quantity: 40 }], note: 'Inventur' }, Date.now());
 */
export async function reportStock(db: Db, companyId: number, user: Pick<User, 'id' | 'name'>, input: { lines: StockLineInput[]; note?: string | null }, now: number): Promise<StockReportView> {
  if (!input.lines.length) throw invalid('lines: at least one part or article.');
  const keys = new Set<string>();
  input.lines.forEach((l, i) => {
    if (!Number.isInteger(l.quantity) || l.quantity < 0 || l.quantity > 100_000_000) throw invalid(`lines.${i}.quantity: a whole number of at least 0.`);
    if (keys.has(itemKey(l))) throw invalid(`lines.${i}: ${itemKey(l)} is listed twice.`);
    keys.add(itemKey(l));
  });
  const id = await db.transaction(async (tx) => {
    await resolveItems(tx, companyId, input.lines, 'en');
    const report = await tx.insert(stockReports).values({
      companyId, reportedBy: user.id, reportedByName: user.name, note: input.note?.trim() || null, reportedAt: now,
    }).returning({ id: stockReports.id }).get();
    await tx.insert(stockReportLines).values(input.lines.map((l) => ({ reportId: report.id, partId: l.partId ?? null, articleId: l.articleId ?? null, quantity: l.quantity })));
    return report.id;
  });
  const [view] = await stockReportList(db, companyId, { lang: 'en', id });
  return view;
}

/** The company's stock reports, newest first, with their lines (or one, by `id`). */
export async function stockReportList(tx: Tx, companyId: number, o: { lang: Language; id?: number; limit?: number }): Promise<StockReportView[]> {
  const reports = await tx.select().from(stockReports)
    .where(and(eq(stockReports.companyId, companyId), o.id ? eq(stockReports.id, o.id) : undefined))
    .orderBy(desc(stockReports.reportedAt), desc(stockReports.id)).limit(o.limit ?? 100);
  if (!reports.length) return [];
  const lines = await tx.select().from(stockReportLines).where(inArray(stockReportLines.reportId, reports.map((r) => r.id))).orderBy(asc(stockReportLines.id));
  const refs = lines.map((l) => (l.partId !== null ? { partId: l.partId } : { articleId: l.articleId! }));
  const items = await resolvePresent(tx, companyId, [...new Set(refs.map(itemKey))], o.lang);
  return reports.map((r) => ({
    id: r.id, reportedAt: r.reportedAt, reportedBy: r.reportedByName, note: r.note,
    lines: lines.filter((l) => l.reportId === r.id).flatMap((l) => {
      const it = items.get(l.partId !== null ? `part:${l.partId}` : `article:${l.articleId}`);
      return it ? [{ ...it, quantity: l.quantity }] : [];
    }),
  }));
}

/** The latest balance of every item the company has reported, with the date it was last reported. */
export async function stockList(tx: Tx, companyId: number, lang: Language) {
  const balances = await stockBalances(tx, companyId);
  const items = await resolvePresent(tx, companyId, [...balances.keys()], lang);
  return [...balances].flatMap(([key, b]) => {
    const it = items.get(key);
    return it ? [{ ...it, quantity: b.quantity, reportedAt: b.reportedAt, reportId: b.reportId }] : [];
  }).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'part' ? -1 : 1) || (a.number ?? '\uffff').localeCompare(b.number ?? '\uffff') || a.name.localeCompare(b.name));
}

// --- material demand ------------------------------------------------------------------------------

export interface MaterialDemandCell {
  month: Month;
  pieces: number;
  /** Σ quantity × part weight, kg. */
  kg: number;
  sheets: number;
  /** The weight of those sheets, kg. */
  sheetKg: number;
  /** `nest` (the SDK's nest: true shapes or boxes, the fewer sheets) or `sheet-usage` (Σ quantity / parts per sheet, above NEST_LIMIT pieces). */
  method: 'nest' | 'sheet-usage' | null;
}

export interface MaterialDemand {
  from: Month;
  months: Month[];
  companyId: number | null;
  /** How kg and sheets are computed (the module's header, in one sentence). */
  method: string;
  materials: {
    material: string;
    name: string;
    thickness: number;
    format: [number, number];
    months: MaterialDemandCell[];
    total: { pieces: number; kg: number; sheets: number; sheetKg: number };
  }[];
  articles: { articleId: number; number: string; name: string; unit: string; quantities: number[]; total: number }[];
  /** Parts whose material or thickness the catalog no longer has (left out of kg and sheets). */
  unknown: { partId: number; name: string; material: string; thickness: number; pieces: number }[];
}

export const DEMAND_METHOD = 'kg = Σ planned quantity × the part\'s weight per piece; sheets = the SDK\'s nest (the parts\' true shapes or their '
  + 'bounding boxes, whichever needs fewer sheets; the operator\'s part spacing, the material\'s first sheet format) of the month\'s whole quantity per material and '
  + `thickness; above ${NEST_LIMIT.toLocaleString('en-US')} pieces in a month, Σ quantity / parts per sheet of the quote\'s grid fit, rounded up; `
  + 'sheetKg = sheets × sheet area × thickness × density.';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The material demand that the demand plans imply, per month and per material and thickness (of
 * every company, or one): pieces, kg, sheets and their weight; articles apart, as pieces.
 * @example const d = await materialDemand(db, { from: '2026-12', months: 12 });
 */
export async function materialDemand(tx: Tx, o: { from: Month; months?: number; companyId?: number | null; lang?: Language }): Promise<MaterialDemand> {
  const months = monthsFrom(o.from, o.months ?? 12);
  const lang = o.lang ?? 'en';
  const { catalog, profile } = await operatorPricing(tx);
  const inRange = and(gte(demandPlan.month, months[0]), lte(demandPlan.month, months[months.length - 1]), o.companyId ? eq(demandPlan.companyId, o.companyId) : undefined);
  const partRows = await tx.select({
    month: demandPlan.month, quantity: demandPlan.quantity, partId: parts.id, name: parts.name, material: parts.material,
    thickness: parts.thickness, weight: parts.weight, metrics: parts.metrics,
  }).from(demandPlan).innerJoin(parts, eq(parts.id, demandPlan.partId)).where(inRange);
  const articleRows = await tx.select({ month: demandPlan.month, quantity: demandPlan.quantity, articleId: articles.id, number: articles.number, name: articles.name, unit: articles.unit })
    .from(demandPlan).innerJoin(articles, eq(articles.id, demandPlan.articleId)).where(inRange);

  // group: material + thickness → month → part → quantity (one part planned by several companies adds up)
  const groups = new Map<string, { material: string; thickness: number; byMonth: Map<Month, Map<number, number>> }>();
  const partInfo = new Map<number, { name: string; weight: number; w: number; h: number; area: number; material: string; thickness: number }>();
  const unknown = new Map<number, { partId: number; name: string; material: string; thickness: number; pieces: number }>();
  for (const r of partRows) {
    const bbox = (r.metrics as { bbox?: { width: number; height: number } }).bbox;
    const netArea = Number((r.metrics as { netArea?: number }).netArea ?? 0);
    let known = true;
    try { findMaterial(catalog, r.material, r.thickness); } catch { known = false; }
    if (!known || !bbox) {
      const u = unknown.get(r.partId) ?? { partId: r.partId, name: r.name, material: r.material, thickness: r.thickness, pieces: 0 };
      u.pieces += r.quantity;
      unknown.set(r.partId, u);
      continue;
    }
    partInfo.set(r.partId, { name: r.name, weight: r.weight, w: bbox.width, h: bbox.height, area: netArea, material: r.material, thickness: r.thickness });
    const gk = `${r.material}\u0000${r.thickness}`;
    const g = groups.get(gk) ?? { material: r.material, thickness: r.thickness, byMonth: new Map() };
    groups.set(gk, g);
    const m = g.byMonth.get(r.month) ?? new Map<number, number>();
    g.byMonth.set(r.month, m);
    m.set(r.partId, (m.get(r.partId) ?? 0) + r.quantity);
  }

  const core = loadCoreSync();
  const outlines = await outlinesOf(tx, o.companyId ?? null, [...partInfo.keys()]);
  const materials: MaterialDemand['materials'] = [];
  for (const g of groups.values()) {
    const { material, data } = findMaterial(catalog, g.material, g.thickness);
    const format = (material.sheetFormats ?? catalog.sheetFormats)[0] as [number, number];
    const sheetKg1 = format[0] * format[1] * data.thickness * material.density * 1e-9;
    const cells: MaterialDemandCell[] = months.map((month) => {
      const q = g.byMonth.get(month);
      if (!q || !q.size) return { month, pieces: 0, kg: 0, sheets: 0, sheetKg: 0, method: null };
      const ids = [...q.keys()];
      const pieces = ids.reduce((s, id) => s + q.get(id)!, 0);
      const kg = ids.reduce((s, id) => s + q.get(id)! * partInfo.get(id)!.weight, 0);
      let sheets: number;
      let method: MaterialDemandCell['method'];
      try {
        if (pieces <= NEST_LIMIT) {
          const items = ids.map((id) => {
            const p = partInfo.get(id)!;
            return { outline: outlines.get(id) ?? boxOutline({ width: p.w, height: p.h }, p.area), quantity: q.get(id)! };
          });
          const options = { sheets: [{ format }], spacing: profile.partSpacing, rotationStep: profile.nesting?.rotationStep ?? 90, mirror: profile.nesting?.mirror ?? false };
          const boxes = nest(items, { ...options, method: 'box' }, core).sheetCount;
          sheets = (profile.nesting?.method ?? 'true-shape') === 'true-shape' ? Math.min(boxes, nest(items, options, core).sheetCount) : boxes;
          method = 'nest';
        } else {
          let usage = 0;
          for (const id of ids) {
            const p = partInfo.get(id)!;
            const fit = core.sheetFit(p.w, p.h, format[0], format[1], profile.partSpacing);
            usage += q.get(id)! / Math.max(1, fit.partsPerSheet);
          }
          sheets = Math.ceil(usage - 1e-9);
          method = 'sheet-usage';
        }
      } catch {
        // a part larger than the sheet: one sheet per piece is what the shop would have to buy
        sheets = pieces;
        method = 'sheet-usage';
      }
      return { month, pieces, kg: round3(kg), sheets, sheetKg: round3(sheets * sheetKg1), method };
    });
    const total = cells.reduce((t, c) => ({ pieces: t.pieces + c.pieces, kg: t.kg + c.kg, sheets: t.sheets + c.sheets, sheetKg: t.sheetKg + c.sheetKg }), { pieces: 0, kg: 0, sheets: 0, sheetKg: 0 });
    materials.push({
      material: g.material, name: material.name?.[lang] ?? material.name?.en ?? g.material, thickness: g.thickness, format,
      months: cells, total: { ...total, kg: round3(total.kg), sheetKg: round3(total.sheetKg) },
    });
  }
  materials.sort((a, b) => a.material.localeCompare(b.material) || a.thickness - b.thickness);

  const arts = new Map<number, MaterialDemand['articles'][number]>();
  for (const r of articleRows) {
    const a = arts.get(r.articleId) ?? { articleId: r.articleId, number: r.number, name: localized(r.name, lang), unit: r.unit, quantities: months.map(() => 0), total: 0 };
    arts.set(r.articleId, a);
    a.quantities[months.indexOf(r.month)] += r.quantity;
    a.total += r.quantity;
  }
  return {
    from: months[0], months, companyId: o.companyId ?? null, method: DEMAND_METHOD, materials,
    articles: [...arts.values()].sort((a, b) => a.number.localeCompare(b.number)), unknown: [...unknown.values()],
  };
}

/** The material demand as a workbook: one sheet of materials (kg and sheets per month), one of articles. */
export async function materialDemandWorkbook(d: MaterialDemand, companyName: string | null): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kerf';
  const ws = wb.addWorksheet('Material demand', { views: [{ state: 'frozen', ySplit: 1, xSplit: 4 }] });
  ws.columns = [
    { header: 'Material', key: 'material', width: 12 }, { header: 'Name', key: 'name', width: 24 }, { header: 'Thickness (mm)', key: 't', width: 14 },
    { header: 'Value', key: 'what', width: 14 },
    ...d.months.map((m) => ({ header: m, key: m, width: 11 })), { header: 'Total', key: 'total', width: 12 },
  ];
  ws.getRow(1).font = { bold: true };
  const lines: [string, keyof MaterialDemandCell & keyof MaterialDemand['materials'][number]['total'], string][] = [
    ['Pieces', 'pieces', '#,##0'], ['kg (parts)', 'kg', '#,##0.0'], ['Sheets', 'sheets', '#,##0'], ['kg (sheets)', 'sheetKg', '#,##0.0'],
  ];
  for (const m of d.materials) {
    for (const [label, key, fmt] of lines) {
      const row = ws.addRow([m.material, m.name, m.thickness, `${label}${key === 'sheets' ? ` ${m.format[0]} × ${m.format[1]}` : ''}`, ...m.months.map((c) => c[key]), m.total[key]]);
      for (let i = 5; i <= 5 + d.months.length; i++) row.getCell(i).numFmt = fmt;
    }
  }
  const as = wb.addWorksheet('Articles', { views: [{ state: 'frozen', ySplit: 1 }] });
  as.columns = [
    { header: 'Article number', key: 'number', width: 16 }, { header: 'Name', key: 'name', width: 32 }, { header: 'Unit', key: 'unit', width: 8 },
    ...d.months.map((m) => ({ header: m, key: m, width: 11 })), { header: 'Total', key: 'total', width: 12 },
  ];
  as.getRow(1).font = { bold: true };
  for (const a of d.articles) as.addRow([a.number, a.name, a.unit, ...a.quantities, a.total]);
  const info = wb.addWorksheet('Method');
  info.getColumn(1).width = 120;
  info.addRow([`Material demand ${d.months[0]} to ${d.months[d.months.length - 1]}${companyName ? ` of ${companyName}` : ' of every company'}`]).font = { bold: true };
  info.addRow([d.method]);
  for (const u of d.unknown) info.addRow([`Left out: part ${u.name} (${u.material} ${u.thickness} mm, ${u.pieces} pieces): the catalog has no such material or thickness.`]);
  return new Uint8Array(await wb.xlsx.writeBuffer() as unknown as Uint8Array);
}

/** A company's name, or 404. */
export async function companyName(tx: Tx, id: number): Promise<string> {
  const c = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, id)).get();
  if (!c) throw notFound('The company');
  return c.name;
}
