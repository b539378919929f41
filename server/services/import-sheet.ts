/**
 * Reading and writing import sheets: .xlsx with exceljs, CSV with papaparse (comma, semicolon or
 * tab; UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 as older Excel writes it).
 * The header row may be English, German or French, its columns in any order; others are ignored.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { LayerRole } from '../../sdk/index.js';
import { ApiError } from '../http/errors.js';
import { ALL_HEADERS, IMPORT_COLUMNS, OPTIONAL_COLUMNS, type ImportColumn, type ImportTexts } from './import-messages.js';

/** At most this many data rows per sheet (issue [5]). */
export const MAX_IMPORT_ROWS = 2000;
/** An .xlsx is a zip of XML: more than this unpacked is not a parts list but a bomb. */
const MAX_XLSX_UNPACKED = 100 * 1024 * 1024;

export type Cell = string | number;

/** One data row as read: the recognised columns only; `row` is its number in the sheet (header = its own number). */
export interface SheetRow<C extends string = ImportColumn> {
  row: number;
  cells: Partial<Record<C, Cell>>;
}

export interface ParsedSheet<C extends string = ImportColumn> {
  rows: SheetRow<C>[];
  /** True when numbers written as text use a decimal comma (semicolon CSV, Excel text cells). */
  decimalComma: boolean;
  /** The columns found, in the sheet's order. */
  columns: C[];
}

/** What a kind of sheet calls its columns: the parts import's by default, the back office's article sheet too. */
export interface SheetLayout<C extends string> {
  columnOf(header: unknown): C | undefined;
  /** The message when no row names at least two columns. */
  noHeader: string;
  /** At most this many data rows (default MAX_IMPORT_ROWS). */
  maxRows?: number;
}

const sheetError = (message: string) => new ApiError(422, 'INVALID_SHEET', message);

/** Lower case, no accents, no punctuation, no unit in brackets: "Dicke (mm)" → "dicke". */
function normHeader(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\(.*?\)|\[.*?\]/g, '').replace(/[^a-z0-9]/g, '');
}

const SYNONYMS: Record<ImportColumn, string[]> = {
  articleNumber: ['articlenumber', 'articleno', 'article', 'partnumber', 'partno', 'sku', 'artikelnummer', 'artikelnr', 'artnr', 'sachnummer', 'teilenummer', 'reference', 'ref', 'numerodarticle'],
  name: ['name', 'partname', 'description', 'bezeichnung', 'benennung', 'beschreibung', 'designation', 'nom', 'libelle'],
  material: ['material', 'werkstoff', 'materiau', 'matiere'],
  thickness: ['thickness', 'dicke', 'blechdicke', 'starke', 'staerke', 'materialstarke', 'epaisseur'],
  quantity: ['quantity', 'qty', 'menge', 'anzahl', 'stuckzahl', 'stueckzahl', 'quantite', 'qte'],
  drawing: ['drawing', 'drawingfile', 'file', 'filename', 'dxf', 'zeichnung', 'datei', 'dateiname', 'dessin', 'fichier', 'plan'],
  layers: ['layers', 'layer', 'layerroles', 'ebenen', 'ebene', 'calques', 'calque'],
};
const HEADER_INDEX = new Map<string, ImportColumn>();
for (const col of [...IMPORT_COLUMNS, ...OPTIONAL_COLUMNS]) for (const h of [...ALL_HEADERS[col], ...SYNONYMS[col]]) HEADER_INDEX.set(normHeader(h), col);

/** Which of our columns a header cell names, if any. */
export function columnOf(header: unknown): ImportColumn | undefined {
  return typeof header === 'string' || typeof header === 'number' ? HEADER_INDEX.get(normHeader(String(header))) : undefined;
}

const PARTS_LAYOUT: SheetLayout<ImportColumn> = {
  columnOf,
  noHeader: `No header row found: the first row must name the columns, e.g. ${IMPORT_COLUMNS.join(', ')} (or ${ALL_HEADERS.articleNumber[1]}, ${ALL_HEADERS.name[1]}, ${ALL_HEADERS.material[1]}, ${ALL_HEADERS.thickness[1]}, ${ALL_HEADERS.quantity[1]}, ${ALL_HEADERS.drawing[1]}).`,
};

/** Lower case, no accents, no punctuation, no unit in brackets (for header lookups of other layouts). */
export { normHeader };

/** Turn a grid (rows of cells, first row number `first`) into data rows below the first header row found. */
function fromGrid<C extends string>(grid: { row: number; values: unknown[] }[], decimalComma: boolean, layout: SheetLayout<C>): ParsedSheet<C> {
  // the header is the first row (of the first ten) that names at least two of our columns
  let headerAt = -1;
  let map: (C | undefined)[] = [];
  for (let i = 0; i < Math.min(grid.length, 10); i++) {
    const m = grid[i].values.map((v) => layout.columnOf(v));
    if (new Set(m.filter(Boolean)).size >= 2) { headerAt = i; map = m; break; }
  }
  if (headerAt < 0) throw sheetError(layout.noHeader);
  // a column named twice: the first one counts
  const seen = new Set<C>();
  map = map.map((c) => (c && !seen.has(c) ? (seen.add(c), c) : undefined));
  const rows: SheetRow<C>[] = [];
  for (const g of grid.slice(headerAt + 1)) {
    const cells: Partial<Record<C, Cell>> = {};
    let any = false;
    map.forEach((col, i) => {
      if (!col) return;
      const v = cellValue(g.values[i]);
      if (v === null || (typeof v === 'string' && !v.trim())) return;
      cells[col] = typeof v === 'string' ? v.trim() : v;
      any = true;
    });
    if (!any) continue; // blank lines and rows with only foreign columns
    rows.push({ row: g.row, cells });
    const max = layout.maxRows ?? MAX_IMPORT_ROWS;
    if (rows.length > max) {
      throw new ApiError(422, 'TOO_MANY_ROWS', `A sheet may have at most ${max.toLocaleString('en-US')} rows; split it into several imports.`);
    }
  }
  return { rows, decimalComma, columns: [...seen] };
}

/** A cell of exceljs or papaparse as text or number (formulas by their result, rich text joined). */
function cellValue(v: unknown): Cell | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('result' in o) return cellValue(o.result);
    if ('formula' in o || 'sharedFormula' in o) return null;
    if ('text' in o) return cellValue(o.text);
    if ('error' in o) return null;
  }
  return String(v);
}

/** Bytes of a CSV as text: BOMs honoured, strict UTF-8 tried first, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function parseCsv<C extends string>(bytes: Uint8Array, layout: SheetLayout<C>): ParsedSheet<C> {
  const text = decodeCsv(bytes);
  const r = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t', '|'], skipEmptyLines: false });
  if (!r.data.length) throw sheetError('The CSV file is empty.');
  const delimiter = r.meta.delimiter;
  // German Excel writes "Semikolon-getrennt" with decimal commas; a comma CSV quotes "1,5" when it means one and a half
  return fromGrid(r.data.map((values, i) => ({ row: i + 1, values })), delimiter !== ',', layout);
}

async function parseXlsx<C extends string>(bytes: Uint8Array, layout: SheetLayout<C>): Promise<ParsedSheet<C>> {
  // look at the zip's directory before exceljs inflates anything
  let unpacked = 0;
  try {
    unzipSync(bytes, { filter: (f) => { unpacked += f.originalSize; return false; } });
  } catch {
    throw sheetError('The .xlsx file cannot be read; save it again with Excel or as CSV.');
  }
  if (unpacked > MAX_XLSX_UNPACKED) throw sheetError('The .xlsx file unpacks to more than 100 MB; that is not a parts list.');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw sheetError('The .xlsx file cannot be read; save it again with Excel or as CSV.');
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) throw sheetError('The workbook has no rows.');
  const grid: { row: number; values: unknown[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as unknown[]).slice(1); // exceljs rows are 1-based
    grid.push({ row: rowNumber, values });
  });
  return fromGrid(grid, true, layout);
}

/** Read a sheet by its content: a zip is an .xlsx, anything else is taken as CSV. */
export async function parseSheet(name: string, bytes: Uint8Array): Promise<ParsedSheet>;
export async function parseSheet<C extends string>(name: string, bytes: Uint8Array, layout: SheetLayout<C>): Promise<ParsedSheet<C>>;
export async function parseSheet<C extends string>(name: string, bytes: Uint8Array, layout: SheetLayout<C> = PARTS_LAYOUT as unknown as SheetLayout<C>): Promise<ParsedSheet<C>> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) return parseXlsx(bytes, layout);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw sheetError('Old .xls workbooks are not read; save the sheet as .xlsx or CSV.');
  if (/\.(xlsx|xlsm)$/i.test(name)) throw sheetError('The .xlsx file cannot be read; save it again with Excel or as CSV.');
  return parseCsv(bytes, layout);
}

/**
 * A number as people write it: 3, "3", "1,5", "1.5", "1.000" (German thousands when decimal
 * commas are used), "3 mm". Returns undefined for an empty cell and null for an unreadable one.
 */
export function parseDecimal(v: Cell | null | undefined, decimalComma: boolean): number | null | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  let s = String(v ?? '').replace(/[\s\u00a0\u202f']/g, '').replace(/(mm|stk\.?|stück|pcs|pc|x)$/i, '');
  if (!s) return undefined;
  if (s.includes(',') && s.includes('.')) {
    s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (s.includes(',')) {
    s = !decimalComma && /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (decimalComma && /^\d{1,3}(\.\d{3})+$/.test(s)) {
    s = s.replace(/\./g, '');
  }
  return /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

const ROLE_WORDS: Record<string, LayerRole> = {
  cut: 'cut', engrave: 'engrave', mark: 'engrave', bend: 'bend', ignore: 'ignore',
  schneiden: 'cut', gravieren: 'engrave', markieren: 'engrave', biegen: 'bend', ignorieren: 'ignore',
  decoupe: 'cut', decouper: 'cut', gravure: 'engrave', graver: 'engrave', pliage: 'bend', plier: 'bend', ignorer: 'ignore',
};

/**
 * A `layers` cell: `ENGRAVE=cut; BEND=ignore` (also `:` for `=`, `,` or new lines between pairs;
 * roles in English, German or French), or the JSON object. Undefined for an empty cell, null for
 * one that cannot be read.
 * @example parseLayersCell('GRAVUR=schneiden, BIEGE=ignore') // { GRAVUR: 'cut', BIEGE: 'ignore' }
 */
export function parseLayersCell(v: Cell | null | undefined): Record<string, LayerRole> | null | undefined {
  const s = String(v ?? '').trim();
  if (!s) return undefined;
  const out: Record<string, LayerRole> = {};
  const role = (r: unknown) => (typeof r === 'string' ? ROLE_WORDS[r.trim().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()] : undefined);
  if (s.startsWith('{')) {
    let o: unknown;
    try { o = JSON.parse(s); } catch { return null; }
    if (!o || typeof o !== 'object' || Array.isArray(o)) return null;
    for (const [k, r] of Object.entries(o)) {
      const x = role(r);
      if (!x || !k.trim()) return null;
      out[k.trim()] = x;
    }
  } else {
    for (const pair of s.split(/[;,\n]+/)) {
      if (!pair.trim()) continue;
      const m = /^(.+?)\s*[=:]\s*([^=:]+)$/.exec(pair.trim());
      const x = m && role(m[2]);
      if (!m || !x || !m[1].trim()) return null;
      out[m[1].trim().slice(0, 255)] = x;
    }
  }
  return Object.keys(out).length && Object.keys(out).length <= 1000 ? out : null;
}

/** Layer roles as a cell: `ENGRAVE=cut; BEND=ignore`. */
export const layersCell = (layers: Record<string, string> | null | undefined) =>
  layers ? Object.entries(layers).map(([k, r]) => `${k}=${r}`).join('; ') : null;

/** A downloadable workbook. */
async function toBuffer(wb: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function styleHeader(ws: ExcelJS.Worksheet) {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The template: headers in the user's language, one example row, and the company's materials on a second sheet. */
export async function templateWorkbook(t: ImportTexts, materials: { id: string; name: string; thicknesses: number[] }[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kerf';
  const ws = wb.addWorksheet(t.sheetName);
  ws.columns = IMPORT_COLUMNS.map((c) => ({ header: t.headers[c], key: c, width: c === 'name' || c === 'drawing' ? 28 : 16 }));
  const first = materials[0];
  ws.addRow({
    articleNumber: t.example.articleNumber, name: t.example.name, material: first?.id ?? 'S235',
    thickness: first?.thicknesses.includes(3) ? 3 : first?.thicknesses[0] ?? 3, quantity: 10, drawing: t.example.drawing,
  });
  styleHeader(ws);
  const ms = wb.addWorksheet(t.materialsSheetName);
  ms.columns = [
    { header: t.materialsHeaders.id, key: 'id', width: 14 },
    { header: t.materialsHeaders.name, key: 'name', width: 32 },
    { header: t.materialsHeaders.thicknesses, key: 'thicknesses', width: 60 },
  ];
  for (const m of materials) ms.addRow({ id: m.id, name: m.name, thicknesses: m.thicknesses.join('; ') });
  styleHeader(ms);
  return toBuffer(wb);
}

export interface ErrorSheetRow {
  row: number;
  articleNumber: string | null;
  name: string;
  material: string;
  thickness: number | null;
  quantity: number | null;
  drawing: string | null;
  /** The row's own layer roles as `name=role` pairs (a column only when some row has them). */
  layers?: string | null;
  reason: string;
}

/** The rows not taken: the sheet's columns as imported, with the row number and a reason column. */
export async function errorWorkbook(t: ImportTexts, rows: ErrorSheetRow[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kerf';
  const ws = wb.addWorksheet(t.errorSheetName);
  ws.columns = [
    { header: t.rowHeader, key: 'row', width: 8 },
    ...IMPORT_COLUMNS.map((c) => ({ header: t.headers[c], key: c, width: c === 'name' || c === 'drawing' ? 28 : 16 })),
    ...(rows.some((r) => r.layers) ? [{ header: t.headers.layers, key: 'layers', width: 28 }] : []),
    { header: t.reasonHeader, key: 'reason', width: 80 },
  ];
  for (const r of rows) ws.addRow(r);
  ws.getColumn('reason').alignment = { wrapText: true, vertical: 'top' };
  styleHeader(ws);
  return toBuffer(wb);
}
