/**
 * Articles from a sheet (issue [7]): the back office uploads an .xlsx or .csv of articles, read by
 * the bulk import's sheet reader (issue [5]: headers in English, German or French, columns in any
 * order, decimal commas, Windows-1252 CSV). Rows are matched by article number: a new number
 * creates an article, a known one is updated with the cells that are filled. A dry run answers
 * what would happen; otherwise the good rows are written in one transaction and rows with an
 * error are listed with the reason and left out.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { articleCategories, articles, type Article, type LocalizedText, type PriceBreak } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import { normHeader, parseDecimal, parseSheet, type Cell, type SheetLayout } from './import-sheet.js';

/** The columns of an article sheet, in the order of the export. */
export const ARTICLE_COLUMNS = [
  'number', 'name_en', 'name_de', 'name_fr', 'description_en', 'description_de', 'description_fr', 'category', 'unit', 'price',
  'breaks', 'stock', 'showStock', 'active', 'publishedToAll',
] as const;
export type ArticleColumn = (typeof ARTICLE_COLUMNS)[number];

/** Headers each column answers to (compared lower case, without accents, spaces or punctuation). */
const HEADERS: Record<ArticleColumn, string[]> = {
  number: ['number', 'articleNumber', 'article no', 'sku', 'Artikelnummer', 'Artikel-Nr', 'ArtNr', 'Référence', 'ref', 'numéro'],
  name_en: ['name_en', 'name', 'name en'],
  name_de: ['name_de', 'Bezeichnung', 'Bezeichnung DE', 'name de'],
  name_fr: ['name_fr', 'Désignation', 'Désignation FR', 'name fr', 'nom'],
  description_en: ['description_en', 'description'],
  description_de: ['description_de', 'Beschreibung'],
  description_fr: ['description_fr', 'description fr'],
  category: ['category', 'Kategorie', 'Warengruppe', 'Catégorie'],
  unit: ['unit', 'Einheit', 'ME', 'Mengeneinheit', 'Unité'],
  price: ['price', 'basePrice', 'list price', 'Preis', 'Listenpreis', 'Prix'],
  breaks: ['breaks', 'priceBreaks', 'quantity breaks', 'Staffel', 'Staffelpreise', 'Paliers', 'prix dégressifs'],
  stock: ['stock', 'Bestand', 'Lagerbestand'],
  showStock: ['showStock', 'show stock', 'Bestand zeigen', 'afficher stock'],
  active: ['active', 'aktiv', 'actif'],
  publishedToAll: ['publishedToAll', 'all customers', 'alle Kunden', 'tous les clients'],
};
const INDEX = new Map<string, ArticleColumn>();
for (const c of ARTICLE_COLUMNS) for (const h of HEADERS[c]) INDEX.set(normHeader(h), c);

/** At most this many articles per sheet. */
export const MAX_ARTICLE_ROWS = 5000;

const LAYOUT: SheetLayout<ArticleColumn> = {
  maxRows: MAX_ARTICLE_ROWS,
  columnOf: (h) => (typeof h === 'string' || typeof h === 'number' ? INDEX.get(normHeader(String(h))) : undefined),
  noHeader: `No header row found: the first row must name the columns, e.g. ${ARTICLE_COLUMNS.join(', ')} (or Artikelnummer, Bezeichnung, Preis).`,
};

export interface ArticleImportRow {
  row: number;
  number: string;
  status: 'created' | 'updated' | 'unchanged' | 'error';
  messages: string[];
}

export interface ArticleImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  /** Categories the sheet named that did not exist (created unless a dry run). */
  newCategories: string[];
  rows: ArticleImportRow[];
}

const text = (v: Cell | undefined) => (v === undefined ? '' : String(v).trim());
const YES = new Set(['1', 'x', 'yes', 'y', 'true', 'ja', 'j', 'oui', 'o', 'wahr', 'vrai']);
const NO = new Set(['0', 'no', 'n', 'false', 'nein', 'non', 'falsch', 'faux', '-']);

/** Money as written in a sheet (euros, decimal comma or point) → cents; undefined when empty, null when unreadable. */
function cents(v: Cell | undefined, decimalComma: boolean): number | null | undefined {
  const n = parseDecimal(typeof v === 'string' ? v.replace(/\s*(€|eur|euro)\s*$/i, '') : v, decimalComma);
  if (n === undefined || n === null) return n;
  return n >= 0 && n <= 1_000_000 ? Math.round(n * 100) : null;
}

/**
 * Quantity breaks as written in a cell: `10: 6,20; 50: 5,90` (quantity, then the price per unit in
 * euros; `=` also separates), ascending or not.
 * @example parseBreaks('10: 6,20; 50: 5,90', true) // [{ quantity: 10, unitPrice: 620 }, { quantity: 50, unitPrice: 590 }]
 */
export function parseBreaks(v: Cell | undefined, decimalComma: boolean): PriceBreak[] | null | undefined {
  const s = text(v);
  if (!s) return undefined;
  const out: PriceBreak[] = [];
  for (const part of s.split(/[;|\n]+/)) {
    if (!part.trim()) continue;
    const m = /^\s*(\d+)\s*(?:[:=]|pcs?|stk\.?|x)\s*(.+)$/i.exec(part);
    const q = m ? Number(m[1]) : NaN;
    const price = m ? cents(m[2].trim(), decimalComma) : null;
    if (!m || !(q >= 2 && q <= 1_000_000) || price === null || price === undefined || out.some((b) => b.quantity === q)) return null;
    out.push({ quantity: q, unitPrice: price });
  }
  return out.length <= 20 ? out.sort((a, b) => a.quantity - b.quantity) : null;
}

function bool(v: Cell | undefined): boolean | null | undefined {
  const s = text(v).toLowerCase();
  if (!s) return undefined;
  return YES.has(s) ? true : NO.has(s) ? false : null;
}

type Changes = Partial<Omit<typeof articles.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'image' | 'imageType'>>;

/**
 * Read an article sheet and create or update the articles it lists (or only tell, `dryRun`).
 * @throws ApiError 422 INVALID_SHEET, TOO_MANY_ROWS
 * @example
 * const r = await importArticles(db, { name: 'articles.xlsx', bytes }, { dryRun: true, now: Date.now() });
 */
export async function importArticles(db: Db, sheet: { name: string; bytes: Uint8Array }, o: { dryRun: boolean; now: number }): Promise<ArticleImportResult> {
  const parsed = await parseSheet(sheet.name, sheet.bytes, LAYOUT);
  if (!parsed.rows.length) throw new ApiError(422, 'INVALID_SHEET', 'The sheet has a header row but no rows of articles.');
  if (!parsed.columns.includes('number')) throw new ApiError(422, 'INVALID_SHEET', 'The sheet needs a column of article numbers (number, Artikelnummer or Référence).');
  const dc = parsed.decimalComma;

  return db.transaction(async (tx) => {
    const numbers = [...new Set(parsed.rows.map((r) => text(r.cells.number)).filter(Boolean))];
    const existing = new Map<string, Article>();
    for (let i = 0; i < numbers.length; i += 500) {
      for (const a of await tx.select().from(articles).where(inArray(articles.number, numbers.slice(i, i + 500)))) existing.set(a.number, a);
    }
    const categories = await tx.select().from(articleCategories);
    const catKey = (s: string) => normHeader(s);
    const catByName = new Map<string, number>();
    for (const c of categories) for (const n of Object.values(c.name)) if (n) catByName.set(catKey(n), c.id);
    const newCategories = new Map<string, string>();
    const seen = new Map<string, number>();
    const rows: ArticleImportRow[] = [];
    const writes: { row: ArticleImportRow; number: string; changes: Changes; category: string | null; existing?: Article }[] = [];

    for (const r of parsed.rows) {
      const c = r.cells;
      const number = text(c.number).slice(0, 80);
      const messages: string[] = [];
      const row: ArticleImportRow = { row: r.row, number, status: 'error', messages };
      rows.push(row);
      if (!number) { messages.push('The row has no article number.'); continue; }
      if (seen.has(number)) { messages.push(`Article number ${number} is already in row ${seen.get(number)} of this sheet.`); continue; }
      seen.set(number, r.row);
      const old = existing.get(number);
      const changes: Changes = {};
      const localized = (prefix: 'name' | 'description', max: number) => {
        const t: Partial<LocalizedText> = {};
        for (const lang of ['en', 'de', 'fr'] as const) {
          const v = text(c[`${prefix}_${lang}` as ArticleColumn]).slice(0, max);
          if (v) t[lang] = v;
        }
        if (!Object.keys(t).length) return;
        const merged = { ...(old?.[prefix] ?? { en: '' }), ...t } as LocalizedText;
        if (!merged.en) merged.en = t.de ?? t.fr ?? '';
        changes[prefix] = merged;
      };
      localized('name', 200);
      localized('description', 4000);
      if (!old && !changes.name) messages.push('A new article needs a name (name_en, Bezeichnung or Désignation).');
      const unit = text(c.unit).slice(0, 20);
      if (unit) changes.unit = unit;
      const price = cents(c.price, dc);
      if (price === null) messages.push(`The price "${text(c.price)}" is not an amount in euros.`);
      else if (price !== undefined) changes.basePrice = price;
      else if (!old) messages.push('A new article needs a price (price, Preis or Prix).');
      const breaks = parseBreaks(c.breaks, dc);
      if (breaks === null) messages.push(`The quantity breaks "${text(c.breaks)}" cannot be read; write them as 10: 6,20; 50: 5,90.`);
      else if (breaks !== undefined) changes.priceBreaks = breaks;
      const stock = parseDecimal(c.stock, dc);
      if (stock === null || (typeof stock === 'number' && !(Number.isInteger(stock) && stock >= 0))) messages.push(`The stock "${text(c.stock)}" is not a whole number.`);
      else if (stock !== undefined) changes.stock = stock;
      for (const k of ['showStock', 'active', 'publishedToAll'] as const) {
        const b = bool(c[k]);
        if (b === null) messages.push(`"${text(c[k])}" in column ${k} is neither yes nor no.`);
        else if (b !== undefined) changes[k] = b;
      }
      if (messages.length) continue;
      const category = text(c.category).slice(0, 200) || null;
      if (category && !catByName.has(catKey(category)) && !newCategories.has(catKey(category))) newCategories.set(catKey(category), category);
      const same = old && Object.entries(changes).every(([k, v]) => JSON.stringify(old[k as keyof Article]) === JSON.stringify(v))
        && (!category || old.categoryId === catByName.get(catKey(category)));
      row.status = !old ? 'created' : same ? 'unchanged' : 'updated';
      writes.push({ row, number, changes, category, existing: old });
    }

    if (!o.dryRun) {
      for (const [key, name] of newCategories) {
        const made = await tx.insert(articleCategories).values({ name: { en: name }, position: 1000 + catByName.size, createdAt: o.now }).returning().get();
        catByName.set(key, made.id);
      }
      for (const w of writes) {
        if (w.row.status === 'unchanged') continue;
        const categoryId = w.category ? catByName.get(catKey(w.category))! : undefined;
        const values = { ...w.changes, ...(categoryId !== undefined ? { categoryId } : {}), updatedAt: o.now };
        if (w.existing) await tx.update(articles).set(values).where(eq(articles.id, w.existing.id));
        else {
          await tx.insert(articles).values({
            number: w.number, name: w.changes.name!, description: w.changes.description ?? { en: '' }, basePrice: w.changes.basePrice!, ...values, createdAt: o.now,
          });
        }
      }
    }
    const count = (s: ArticleImportRow['status']) => rows.filter((r) => r.status === s).length;
    return {
      dryRun: o.dryRun, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), errors: count('error'),
      newCategories: [...newCategories.values()], rows,
    };
  });
}

/** Every article as a sheet in the import's columns (prices in euros), to edit and upload again. */
export async function articleSheetRows(tx: Tx) {
  const [list, cats] = await Promise.all([tx.select().from(articles).orderBy(articles.number), tx.select().from(articleCategories)]);
  const catName = new Map(cats.map((c) => [c.id, c.name.en]));
  const euros = (c: number) => c / 100;
  return list.map((a) => ({
    number: a.number, name_en: a.name.en, name_de: a.name.de ?? '', name_fr: a.name.fr ?? '',
    description_en: a.description.en, description_de: a.description.de ?? '', description_fr: a.description.fr ?? '',
    category: a.categoryId === null ? '' : catName.get(a.categoryId) ?? '', unit: a.unit, price: euros(a.basePrice),
    breaks: (a.priceBreaks ?? []).map((b) => `${b.quantity}: ${euros(b.unitPrice).toFixed(2)}`).join('; '),
    stock: a.stock ?? '', showStock: a.showStock ? 'yes' : 'no', active: a.active ? 'yes' : 'no', publishedToAll: a.publishedToAll ? 'yes' : 'no',
  }));
}
