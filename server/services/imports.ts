/**
 * Bulk import of parts (issue [5]): a sheet plus its drawings becomes an import whose rows are
 * calculated with the SDK in worker threads (import-pool.ts), fixed in place, and committed into
 * the parts library in one transaction. Every state lives in the database, so an import that a
 * dead process left `processing` is picked up again by resumeImports() when the server starts.
 */
import { and, asc, desc, eq, getTableColumns, inArray, ne, sql, type Column } from 'drizzle-orm';
import type { AnalyzeResult, Catalog } from '../../sdk/index.js';
import type { Db, Tx } from '../db/client.js';
import { importFiles, importRows, imports, parts, type Language, type LayerOverrides } from '../db/schema.js';
import { ApiError, conflict, notFound } from '../http/errors.js';
import { insertPart } from '../routes/parts.js';
import { importTexts, type ImportTexts } from './import-messages.js';
import { calcPool } from './import-pool.js';
import { layersCell, MAX_IMPORT_ROWS, parseDecimal, parseLayersCell, parseSheet, type Cell, type ErrorSheetRow } from './import-sheet.js';
import { collectDrawings, drawingKey, type Skipped, type Upload } from './import-zip.js';
import { agreedCatalog, priceFor, pricingForCompany, storedLayers, type Pricing } from './pricing.js';

export type ImportRecord = typeof imports.$inferSelect;
export type ImportRowRecord = typeof importRows.$inferSelect;

/** A row's finding. `severity` tells a reason not to take the row from a warning on a row that is taken. */
export interface RowMessage {
  code: string;
  message: string;
  severity: 'error' | 'warning';
}

const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };
const num = (n: number, lang: Language) => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 3 }).format(n);
const err = (code: string, message: string): RowMessage => ({ code, message, severity: 'error' });

// ------------------------------------------------------------------------------------------------
// Creating an import

export interface NewImport {
  companyId: number;
  userId: number;
  language: Language;
  sheet: Upload;
  /** Loose DXFs and zips, as uploaded. */
  files: Upload[];
  /** Layer roles for every drawing of the import (a row's `layers` column adds its own over them). */
  layers?: LayerOverrides | null;
}

const text = (v: Cell | undefined) => (v === undefined ? '' : String(v).trim());

/**
 * Read the sheet and the drawings, store the import with its rows `pending`, and start the
 * calculation in the background.
 * @throws ApiError 422 INVALID_SHEET, TOO_MANY_ROWS, ZIP_REFUSED
 * @example
 * const { id } = await createImport(db, { companyId, userId, language: 'de', sheet, files }, Date.now);
 */
export async function createImport(db: Db, input: NewImport, clock: () => number): Promise<{ id: number; skipped: Skipped[] }> {
  const t = importTexts(input.language);
  const sheet = await parseSheet(input.sheet.name, input.sheet.bytes);
  if (!sheet.rows.length) throw new ApiError(422, 'INVALID_SHEET', 'The sheet has a header row but no rows of parts.');
  if (sheet.rows.length > MAX_IMPORT_ROWS) throw new ApiError(422, 'TOO_MANY_ROWS', `A sheet may have at most ${MAX_IMPORT_ROWS} rows.`);
  const { files, skipped } = collectDrawings(input.files, t);
  const now = clock();

  const rows = sheet.rows.map((r) => {
    const messages: RowMessage[] = [];
    const rawThickness = r.cells.thickness;
    const thickness = parseDecimal(rawThickness, sheet.decimalComma);
    if (thickness === null || (typeof thickness === 'number' && !(thickness > 0 && thickness <= 100))) {
      messages.push(err('INVALID_THICKNESS', t.invalidThickness(text(rawThickness))));
    }
    const rawQuantity = r.cells.quantity;
    const quantity = parseDecimal(rawQuantity, sheet.decimalComma);
    const goodQuantity = quantity === undefined ? 1 : quantity !== null && Number.isInteger(quantity) && quantity >= 1 && quantity <= 1_000_000 ? quantity : null;
    if (goodQuantity === null) messages.push(err('INVALID_QUANTITY', t.invalidQuantity(text(rawQuantity))));
    const layers = parseLayersCell(r.cells.layers);
    if (layers === null) messages.push(err('INVALID_LAYERS', t.invalidLayers(text(r.cells.layers).slice(0, 200))));
    return {
      row: r.row,
      articleNumber: text(r.cells.articleNumber).slice(0, 80) || null,
      name: text(r.cells.name).slice(0, 200),
      material: text(r.cells.material).slice(0, 60),
      thickness: typeof thickness === 'number' && thickness > 0 && thickness <= 100 ? thickness : null,
      quantity: goodQuantity,
      drawingName: text(r.cells.drawing).slice(0, 255) || null,
      layers: layers ?? null,
      status: 'pending' as const,
      messages,
    };
  });

  const id = await db.transaction(async (tx) => {
    const imp = await tx.insert(imports).values({
      companyId: input.companyId, userId: input.userId, status: 'processing', sheetName: input.sheet.name.slice(0, 255) || 'sheet',
      language: input.language, layers: storedLayers(input.layers), total: rows.length, done: 0, skipped, createdAt: now, updatedAt: now,
    }).returning({ id: imports.id }).get();
    for (let i = 0; i < rows.length; i += 200) {
      await tx.insert(importRows).values(rows.slice(i, i + 200).map((r) => ({ ...r, importId: imp.id })));
    }
    for (const [key, f] of files) await tx.insert(importFiles).values({ importId: imp.id, name: key, bytes: Buffer.from(f.bytes) });
    return imp.id;
  });
  void processImport(db, id, clock);
  return { id, skipped };
}

// ------------------------------------------------------------------------------------------------
// Calculating rows

interface CalcContext {
  pricing: Pricing;
  agreed: Catalog;
  t: ImportTexts;
  lang: Language;
  companyId: number;
  /** The import's layer roles (its `layers` field). */
  layers: LayerOverrides | null;
}

async function calcContext(db: Tx, imp: ImportRecord): Promise<CalcContext> {
  const pricing = await pricingForCompany(db, imp.companyId);
  return { pricing, agreed: agreedCatalog(pricing), t: importTexts(imp.language), lang: imp.language, companyId: imp.companyId, layers: imp.layers ?? null };
}

const compact = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The catalog's id for what the sheet says ("s235", "Baustahl S235", "1.4301" all work), or a message. */
function resolveMaterial(raw: string, ctx: CalcContext): { id: string } | { message: RowMessage } {
  const available = ctx.agreed.materials.map((m) => m.id).join(', ') || '—';
  if (!raw.trim()) return { message: err('UNKNOWN_MATERIAL', ctx.t.missingMaterial(available)) };
  const key = compact(raw);
  const m = ctx.pricing.catalog.materials.find((x) => compact(x.id) === key || Object.values(x.name).some((n) => n && compact(n) === key));
  if (!m) return { message: err('UNKNOWN_MATERIAL', ctx.t.unknownMaterial(raw, available)) };
  if (!ctx.agreed.materials.some((x) => x.id === m.id)) return { message: err('UNKNOWN_MATERIAL', ctx.t.materialNotAgreed(m.id, available)) };
  return { id: m.id };
}

type RowInput = Pick<ImportRowRecord, 'id' | 'importId' | 'row' | 'articleNumber' | 'name' | 'material' | 'thickness' | 'quantity' | 'drawingName' | 'layers' | 'messages'>;

/** The layer roles a row's drawing is analyzed with: the import's, then the row's own over them. */
export function rowLayers(importLayers: LayerOverrides | null | undefined, rowLayers: LayerOverrides | null | undefined): LayerOverrides | null {
  return storedLayers({ ...(importLayers ?? {}), ...(rowLayers ?? {}) });
}
type RowResult = Pick<ImportRowRecord, 'material' | 'status' | 'messages' | 'metrics' | 'unitPrice' | 'weight'>;

/** Check a row against the catalog and the library, then analyze and price its drawing in the pool. */
async function calculateRow(db: Tx, r: RowInput, ctx: CalcContext): Promise<RowResult> {
  const { t, lang } = ctx;
  const messages: RowMessage[] = [];
  const previous = (code: string) => (r.messages as RowMessage[]).find((m) => m.code === code);
  if (!r.name.trim()) messages.push(err('MISSING_NAME', t.missingName));

  const material = resolveMaterial(r.material, ctx);
  let materialId = r.material;
  if ('message' in material) messages.push(material.message);
  else materialId = material.id;
  let thicknessOk = false;
  if (r.thickness === null) messages.push(previous('INVALID_THICKNESS') ?? err('INVALID_THICKNESS', t.missingThickness));
  else if ('id' in material) {
    const m = ctx.agreed.materials.find((x) => x.id === material.id)!;
    thicknessOk = m.thicknesses.some((x) => Math.abs(x.thickness - r.thickness!) < 1e-9);
    if (!thicknessOk) {
      messages.push(err('UNAVAILABLE_THICKNESS', t.unavailableThickness(m.id, num(r.thickness, lang), m.thicknesses.map((x) => num(x.thickness, lang)).join(', '))));
    }
  }
  if (r.quantity === null) messages.push(previous('INVALID_QUANTITY') ?? err('INVALID_QUANTITY', t.invalidQuantity('')));
  const badLayers = previous('INVALID_LAYERS');
  if (badLayers) messages.push(badLayers);

  if (r.articleNumber) {
    const first = await db.select({ row: sql<number>`min(${importRows.row})` }).from(importRows)
      .where(and(eq(importRows.importId, r.importId), eq(importRows.articleNumber, r.articleNumber))).get();
    if (first?.row != null && first.row < r.row) messages.push(err('DUPLICATE_ARTICLE_NUMBER', t.duplicateInSheet(r.articleNumber, first.row)));
    else {
      const inLibrary = await db.select({ id: parts.id }).from(parts)
        .where(and(eq(parts.companyId, ctx.companyId), eq(parts.articleNumber, r.articleNumber))).limit(1).get();
      if (inLibrary) messages.push(err('DUPLICATE_ARTICLE_NUMBER', t.duplicateInLibrary(r.articleNumber)));
    }
  }

  let metrics: AnalyzeResult | null = null;
  let unitPrice: number | null = null;
  let weight: number | null = null;
  if (!r.drawingName) messages.push(err('MISSING_DRAWING', t.missingDrawing));
  else {
    const file = await findDrawing(db, r.importId, r.drawingName);
    if (!file) messages.push(err('DRAWING_NOT_FOUND', t.drawingNotFound(r.drawingName)));
    else {
      const priceable = thicknessOk && r.quantity !== null && 'id' in material;
      const res = await calcPool().run({
        id: r.id,
        drawing: new Uint8Array(file).slice().buffer as ArrayBuffer,
        layers: rowLayers(ctx.layers, r.layers),
        price: priceable ? { material: materialId, thickness: r.thickness!, quantity: r.quantity!, catalog: ctx.agreed, profile: ctx.pricing.profile } : null,
      });
      const say = (e: { code: string; message: string }) => err(e.code, lang === 'en' ? e.message : t.analyzer[e.code] ?? t.analyzerFallback(e.code));
      if (res.error) messages.push(say(res.error));
      metrics = res.metrics;
      if (res.priceError) messages.push(say(res.priceError));
      if (res.quote) {
        unitPrice = res.quote.unitPrice;
        weight = res.quote.weight;
      }
      const findings = [...(metrics?.warnings ?? []), ...(res.quote?.warnings ?? [])];
      for (const w of findings) messages.push({ code: w.code, message: lang === 'en' ? w.message : t.warnings[w.code] ?? w.message, severity: 'warning' });
    }
  }
  const status = messages.some((m) => m.severity === 'error') ? 'error' : 'ok';
  return { material: materialId, status, messages, metrics: metrics as unknown as Record<string, unknown> | null, unitPrice, weight };
}

async function findDrawing(db: Tx, importId: number, drawingName: string): Promise<Buffer | null> {
  const key = drawingKey(drawingName);
  const keys = /\.dxf$/.test(key) ? [key] : [key, `${key}.dxf`];
  const hit = await db.select({ bytes: importFiles.bytes, name: importFiles.name }).from(importFiles)
    .where(and(eq(importFiles.importId, importId), inArray(importFiles.name, keys))).all();
  return (hit.find((h) => h.name === keys[0]) ?? hit[0])?.bytes ?? null;
}

/** `column IS value`: equal, with NULL equal to NULL. */
const same = (col: Column, v: unknown) => sql`${col} IS ${v}`;

/**
 * Save a row's result, but only if its inputs are still what was calculated: a fix that came in
 * meanwhile wins over a stale calculation. `onlyPending`: the background run never overwrites a
 * row that a fix already calculated.
 */
async function saveRow(db: Db, r: RowInput, result: RowResult, now: number, onlyPending: boolean): Promise<boolean> {
  const [res] = await db.batch([
    db.update(importRows).set(result).where(and(
      eq(importRows.id, r.id), ne(importRows.status, 'committed'), onlyPending ? eq(importRows.status, 'pending') : undefined,
      same(importRows.articleNumber, r.articleNumber), same(importRows.name, r.name), same(importRows.material, r.material),
      same(importRows.thickness, r.thickness), same(importRows.quantity, r.quantity), same(importRows.drawingName, r.drawingName),
      same(importRows.layers, r.layers ? JSON.stringify(r.layers) : null),
    )),
    db.update(imports).set({
      done: sql`(select count(*) from ${importRows} where ${importRows.importId} = ${r.importId} and ${importRows.status} != 'pending')`,
      updatedAt: now,
    }).where(eq(imports.id, r.importId)),
  ]);
  return (res as { rowsAffected?: number }).rowsAffected !== 0;
}

const inputColumns = {
  id: importRows.id, importId: importRows.importId, row: importRows.row, articleNumber: importRows.articleNumber, name: importRows.name,
  material: importRows.material, thickness: importRows.thickness, quantity: importRows.quantity, drawingName: importRows.drawingName,
  layers: importRows.layers, messages: importRows.messages,
};

const runs = new Map<number, Promise<void>>();

/**
 * Calculate the pending rows of an import in the pool (a few at a time per worker, so a fix or a
 * second import gets its turn), then mark it ready. One run per import per process.
 */
export function processImport(db: Db, id: number, clock: () => number = Date.now): Promise<void> {
  let run = runs.get(id);
  if (!run) {
    run = runImport(db, id, clock)
      .catch((e) => {
        // the database went away (shutdown) or broke: the import stays `processing` and resumes on the next start
        if (!/closed|CLIENT_CLOSED/i.test(String((e as Error)?.message ?? e))) process.stderr.write(`kerf: import ${id} paused: ${(e as Error)?.message ?? e}\n`);
      })
      .finally(() => runs.delete(id));
    runs.set(id, run);
  }
  return run;
}

async function runImport(db: Db, id: number, clock: () => number): Promise<void> {
  const imp = await db.select().from(imports).where(eq(imports.id, id)).get();
  if (!imp || imp.status !== 'processing') return;
  const ctx = await calcContext(db, imp);
  const pending = await db.select(inputColumns).from(importRows)
    .where(and(eq(importRows.importId, id), eq(importRows.status, 'pending'))).orderBy(asc(importRows.row)).all();
  let next = 0;
  const lane = async () => {
    while (next < pending.length) {
      const r = pending[next++];
      const result = await calculateRow(db, r, ctx);
      await saveRow(db, r, result, clock(), true);
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, calcPool().size * 2) }, lane));
  // rows fixed while pending were calculated by their fix; anything still pending changed under us
  const left = await db.select(inputColumns).from(importRows).where(and(eq(importRows.importId, id), eq(importRows.status, 'pending'))).all();
  for (const r of left) await saveRow(db, r, await calculateRow(db, r, ctx), clock(), true);
  await db.update(imports).set({
    status: 'ready', updatedAt: clock(),
    done: sql`(select count(*) from ${importRows} where ${importRows.importId} = ${id} and ${importRows.status} != 'pending')`,
  }).where(and(eq(imports.id, id), eq(imports.status, 'processing')));
}

/**
 * Pick up the imports a previous process left `processing` (called by startServer after the
 * migrations). Returns how many were resumed; their rows are calculated in the background.
 * @example
 * await migrateDatabase(db); void resumeImports(db);
 */
export async function resumeImports(db: Db, clock: () => number = Date.now): Promise<number> {
  try {
    const open = await db.select({ id: imports.id }).from(imports).where(eq(imports.status, 'processing')).all();
    for (const o of open) void processImport(db, o.id, clock);
    return open.length;
  } catch (e) {
    process.stderr.write(`kerf: cannot resume imports: ${(e as Error).message}\n`);
    return 0;
  }
}

// ------------------------------------------------------------------------------------------------
// Views

/** An import of the company, or 404 (also for another company's id). */
export async function ownImport(db: Tx, companyId: number, id: number): Promise<ImportRecord> {
  const imp = await db.select().from(imports).where(and(eq(imports.id, id), eq(imports.companyId, companyId))).get();
  if (!imp) throw notFound('The import');
  return imp;
}

/**
 * The row columns of a view, with the metrics summarised by SQLite: the stored metrics carry every
 * contour (the part needs them on commit), and parsing 2,000 of them in JavaScript for each poll
 * of the progress would stall the event loop.
 */
const rowColumns = (() => {
  const { importId: _i, metrics: _m, ...cols } = getTableColumns(importRows);
  const m = importRows.metrics;
  return {
    ...cols,
    summary: sql<string | null>`case when ${m} is null then null else json_object(
      'cutLength', json_extract(${m}, '$.cutLength'), 'pierces', json_extract(${m}, '$.pierces'), 'netArea', json_extract(${m}, '$.netArea'),
      'bbox', json(json_extract(${m}, '$.bbox')),
      'holes', (select count(*) from json_each(${m}, '$.contours') where json_extract(value, '$.closed') and json_extract(value, '$.depth') % 2 = 1)
    ) end`,
  };
})();
type RowView = Omit<ImportRowRecord, 'importId' | 'metrics'> & { summary: string | null };

/** The API view of a row: `total` at its quantity, metrics summarised. */
export function rowView(r: RowView) {
  const s = r.summary ? (JSON.parse(r.summary) as { cutLength: number; pierces: number; netArea: number; bbox: Record<string, number>; holes: number }) : null;
  return {
    id: r.id, row: r.row, status: r.status, articleNumber: r.articleNumber, name: r.name, material: r.material, thickness: r.thickness,
    quantity: r.quantity, drawing: r.drawingName, layers: r.layers ?? null, messages: r.messages as RowMessage[],
    metrics: s ? { cutLength: s.cutLength, pierces: s.pierces, netArea: s.netArea, weight: r.weight, bbox: s.bbox, holes: s.holes } : null,
    unitPrice: r.unitPrice, total: r.unitPrice !== null && r.quantity !== null ? r.unitPrice * r.quantity : null, partId: r.partId,
  };
}

function counts(rows: { status: string }[]) {
  const c = { ok: 0, error: 0, pending: 0, committed: 0 };
  for (const r of rows) c[r.status as keyof typeof c]++;
  return c;
}

/** The whole import with its rows (GET /api/imports/:id). */
export async function importView(db: Tx, imp: ImportRecord) {
  const rows = await db.select(rowColumns).from(importRows).where(eq(importRows.importId, imp.id)).orderBy(asc(importRows.row), asc(importRows.id)).all();
  const skipped = imp.skipped ?? [];
  return {
    id: imp.id, status: imp.status, progress: { done: imp.done, total: imp.total }, sheetName: imp.sheetName, language: imp.language,
    createdAt: imp.createdAt, committedAt: imp.committedAt, error: imp.error, layers: imp.layers ?? null, skipped, rows: rows.map(rowView), counts: counts(rows),
  };
}

/** The company's imports, newest first. */
export async function listImports(db: Tx, companyId: number) {
  const list = await db.select().from(imports).where(eq(imports.companyId, companyId)).orderBy(desc(imports.createdAt), desc(imports.id)).limit(100).all();
  const ids = list.map((i) => i.id);
  const tallies = ids.length
    ? await db.select({ importId: importRows.importId, status: importRows.status, n: sql<number>`count(*)` }).from(importRows)
      .where(inArray(importRows.importId, ids)).groupBy(importRows.importId, importRows.status).all()
    : [];
  return list.map((i) => {
    const c = { ok: 0, error: 0, pending: 0, committed: 0 };
    for (const t of tallies) if (t.importId === i.id) c[t.status] = Number(t.n);
    return { id: i.id, status: i.status, sheetName: i.sheetName, progress: { done: i.done, total: i.total }, counts: c, createdAt: i.createdAt, committedAt: i.committedAt };
  });
}

/** The rows not taken, for the error sheet: their columns and the reasons joined. */
export async function errorRows(db: Tx, imp: ImportRecord): Promise<ErrorSheetRow[]> {
  const rows = await db.select(rowColumns).from(importRows).where(and(eq(importRows.importId, imp.id), eq(importRows.status, 'error'))).orderBy(asc(importRows.row)).all();
  return rows.map((r) => ({
    row: r.row, articleNumber: r.articleNumber, name: r.name, material: r.material, thickness: r.thickness, quantity: r.quantity,
    drawing: r.drawingName, layers: layersCell(r.layers), reason: (r.messages as RowMessage[]).filter((m) => m.severity !== 'warning').map((m) => m.message).join(' '),
  }));
}

// ------------------------------------------------------------------------------------------------
// Fixing rows

export interface RowPatch {
  material?: string;
  thickness?: number;
  quantity?: number;
  name?: string;
  articleNumber?: string | null;
  /** The row's own layer roles (null clears them); they replace what its `layers` column said. */
  layers?: LayerOverrides | null;
}

async function editableRow(db: Tx, imp: ImportRecord, rowId: number): Promise<ImportRowRecord> {
  if (imp.status === 'committed') throw conflict('INVALID_STATUS', 'The import is committed; its rows can no longer be changed.');
  const r = await db.select().from(importRows).where(and(eq(importRows.id, rowId), eq(importRows.importId, imp.id))).get();
  if (!r) throw notFound('The row');
  if (r.status === 'committed') throw conflict('INVALID_STATUS', 'The row is already a part in the library.');
  return r;
}

/** Recalculate one row now (a fix): the row view. */
async function recalc(db: Db, imp: ImportRecord, r: RowInput, clock: () => number, ctx?: CalcContext) {
  const c = ctx ?? (await calcContext(db, imp));
  const result = await calculateRow(db, r, c);
  await saveRow(db, r, result, clock(), false);
  const fresh = await db.select(rowColumns).from(importRows).where(eq(importRows.id, r.id)).get();
  return rowView(fresh!);
}

/** Other rows whose duplicate finding may change when an article number comes or goes. */
async function recalcSiblings(db: Db, imp: ImportRecord, rowId: number, articleNumbers: (string | null)[], clock: () => number, ctx: CalcContext) {
  const nums = [...new Set(articleNumbers.filter((a): a is string => !!a))];
  if (!nums.length) return;
  const others = await db.select(inputColumns).from(importRows).where(and(
    eq(importRows.importId, imp.id), inArray(importRows.articleNumber, nums), ne(importRows.id, rowId), inArray(importRows.status, ['ok', 'error']),
  )).all();
  for (const o of others) await saveRow(db, o, await calculateRow(db, o, ctx), clock(), false);
}

/**
 * Change a row's material, thickness, quantity, name or article number; it is recalculated.
 * @throws 409 INVALID_STATUS once committed
 */
export async function patchRow(db: Db, imp: ImportRecord, rowId: number, patch: RowPatch, clock: () => number) {
  const r = await editableRow(db, imp, rowId);
  const next: RowInput = {
    ...r,
    material: patch.material?.trim() ?? r.material,
    thickness: patch.thickness ?? r.thickness,
    quantity: patch.quantity ?? r.quantity,
    name: patch.name?.trim() ?? r.name,
    articleNumber: patch.articleNumber === undefined ? r.articleNumber : patch.articleNumber?.trim() || null,
    layers: patch.layers === undefined ? r.layers : storedLayers(patch.layers),
    // a value fixed by hand no longer carries the message about what the sheet said
    messages: (r.messages as RowMessage[]).filter((m) => !(m.code === 'INVALID_THICKNESS' && patch.thickness !== undefined)
      && !(m.code === 'INVALID_QUANTITY' && patch.quantity !== undefined) && !(m.code === 'INVALID_LAYERS' && patch.layers !== undefined)),
  };
  // the new inputs first (so that a calculation of the old ones in flight is not saved), then the result
  await db.update(importRows).set({
    material: next.material, thickness: next.thickness, quantity: next.quantity, name: next.name, articleNumber: next.articleNumber,
    layers: next.layers, messages: next.messages,
  }).where(and(eq(importRows.id, r.id), ne(importRows.status, 'committed')));
  const ctx = await calcContext(db, imp);
  const view = await recalc(db, imp, next, clock, ctx);
  if (next.articleNumber !== r.articleNumber) await recalcSiblings(db, imp, r.id, [r.articleNumber, next.articleNumber], clock, ctx);
  return view;
}

/**
 * Attach a drawing to a row (the missing one, or a corrected one) and recalculate it; other rows
 * that name a drawing of the same file name and could not find it are recalculated too.
 */
export async function attachDrawing(db: Db, imp: ImportRecord, rowId: number, file: Upload, clock: () => number) {
  const r = await editableRow(db, imp, rowId);
  const t = importTexts(imp.language);
  const name = file.name.replace(/\\/g, '/').split('/').pop() || 'drawing.dxf';
  if (!/\.dxf$/i.test(name)) throw new ApiError(422, 'NOT_A_DXF', `${name}: ${t.skipped.notDxf}`);
  const key = drawingKey(name);
  await db.transaction(async (tx) => {
    await tx.insert(importFiles).values({ importId: imp.id, name: key, bytes: Buffer.from(file.bytes) })
      .onConflictDoUpdate({ target: [importFiles.importId, importFiles.name], set: { bytes: Buffer.from(file.bytes) } });
    await tx.update(importRows).set({ drawingName: name }).where(eq(importRows.id, r.id));
  });
  const ctx = await calcContext(db, imp);
  const view = await recalc(db, imp, { ...r, drawingName: name }, clock, ctx);
  const waiting = await db.select(inputColumns).from(importRows).where(and(
    eq(importRows.importId, imp.id), ne(importRows.id, r.id), ne(importRows.status, 'committed'), ne(importRows.status, 'pending'),
    sql`lower(${importRows.drawingName}) in (${key}, ${key.replace(/\.dxf$/, '')})`,
  )).all();
  for (const o of waiting) await saveRow(db, o, await calculateRow(db, o, ctx), clock(), false);
  return view;
}

// ------------------------------------------------------------------------------------------------
// Commit

/**
 * The ok rows become parts of the company's library in one transaction (each with its
 * `part.created` event); rows already committed are never taken twice, so a second commit creates
 * nothing. A row whose article number reached the library meanwhile turns into an error instead.
 * @throws 409 INVALID_STATUS while the rows are still being calculated
 */
export async function commitImport(db: Db, companyId: number, userId: number, id: number, clock: () => number) {
  const now = clock();
  const created = await db.transaction(async (tx) => {
    const imp = await ownImport(tx, companyId, id);
    if (imp.status === 'processing') throw conflict('INVALID_STATUS', 'The import is still being calculated; commit it when every row is done.');
    if (imp.status === 'failed') throw conflict('INVALID_STATUS', 'The import failed; upload the sheet again.');
    const rows = await tx.select().from(importRows).where(and(eq(importRows.importId, id), eq(importRows.status, 'ok'))).orderBy(asc(importRows.row)).all();
    const t = importTexts(imp.language);
    const pricing = await pricingForCompany(tx, companyId);
    const catalog = agreedCatalog(pricing);
    const taken = new Set<string>();
    const ids: number[] = [];
    for (const r of rows) {
      const refuse = async (m: RowMessage) => {
        await tx.update(importRows).set({ status: 'error', messages: [...(r.messages as RowMessage[]), m] }).where(eq(importRows.id, r.id));
      };
      if (r.articleNumber) {
        const exists = taken.has(r.articleNumber) || !!(await tx.select({ id: parts.id }).from(parts)
          .where(and(eq(parts.companyId, companyId), eq(parts.articleNumber, r.articleNumber))).limit(1).get());
        if (exists) { await refuse(err('DUPLICATE_ARTICLE_NUMBER', t.duplicateInLibrary(r.articleNumber))); continue; }
        taken.add(r.articleNumber);
      }
      const bytes = r.drawingName ? await findDrawing(tx, id, r.drawingName) : null;
      const metrics = r.metrics as unknown as AnalyzeResult | null;
      if (!bytes || !metrics || r.thickness === null) { await refuse(err('MISSING_DRAWING', t.missingDrawing)); continue; }
      let q;
      try {
        q = priceFor(metrics, r.material, r.thickness, 1, pricing, catalog);
      } catch (e) {
        // the operator changed the catalog since the row was calculated
        const code = (e as { code?: string }).code ?? 'UNKNOWN_MATERIAL';
        await refuse(err(code, (e as Error).message));
        continue;
      }
      const part = await insertPart(tx, {
        companyId, name: r.name, articleNumber: r.articleNumber, material: r.material, thickness: r.thickness, source: 'dxf',
        template: null, params: null, drawingName: r.drawingName!.replace(/\\/g, '/').split('/').pop()!, drawing: Buffer.from(bytes),
        metrics: r.metrics!, layers: rowLayers(imp.layers, r.layers), unitPrice: q.unitPrice, weight: q.weight, cutLength: metrics.cutLength, createdBy: userId, createdAt: now, updatedAt: now,
      }, pricing, now);
      await tx.update(importRows).set({ status: 'committed', partId: part.id }).where(eq(importRows.id, r.id));
      ids.push(part.id);
    }
    if (imp.status !== 'committed') await tx.update(imports).set({ status: 'committed', committedAt: now, updatedAt: now }).where(eq(imports.id, id));
    return ids;
  });
  const imp = await ownImport(db, companyId, id);
  return { created: created.length, partIds: created, import: await importView(db, imp) };
}

/** The materials a company may order, for the template's second sheet. */
export function templateMaterials(pricing: Pricing, lang: Language) {
  return agreedCatalog(pricing).materials.map((m) => ({ id: m.id, name: m.name[lang] ?? m.name.en, thicknesses: m.thicknesses.map((t) => t.thickness) }));
}
