import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { App } from '../app.js';
import type { AppEnv } from '../http/context.js';
import { LANGUAGES } from '../db/schema.js';
import { ApiError, notFound } from '../http/errors.js';
import { customer, errors, json, Obj, requireCustomer } from '../http/openapi.js';
import { FileField, MaterialId, Quantity } from '../http/schemas.js';
import { importTexts } from '../services/import-messages.js';
import { errorWorkbook, parseDecimal, templateWorkbook } from '../services/import-sheet.js';
import type { Upload } from '../services/import-zip.js';
import {
  attachDrawing, commitImport, createImport, errorRows, importView, listImports, ownImport, patchRow, templateMaterials,
} from '../services/imports.js';
import { pricingForCompany } from '../services/pricing.js';
import { layerOverrides, LayerRoleMap, LayersField } from './catalog.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const Message = z.object({ code: z.string(), message: z.string(), severity: z.enum(['error', 'warning']) });
const RowSchema = z.object({
  id: z.number(), row: z.number().openapi({ description: 'the row number in the sheet (the header is row 1)' }),
  status: z.enum(['pending', 'ok', 'error', 'committed']), articleNumber: z.string().nullable(), name: z.string(), material: z.string(),
  thickness: z.number().nullable(), quantity: z.number().nullable(), drawing: z.string().nullable(),
  layers: LayerRoleMap.nullable().openapi({ description: 'the row\'s own layer roles (its `layers` column), over the import\'s' }),
  messages: z.array(Message),
  metrics: z.object({ cutLength: z.number(), pierces: z.number(), netArea: z.number(), weight: z.number().nullable(), bbox: Obj, holes: z.number() }).nullable(),
  unitPrice: z.number().nullable().openapi({ description: 'cents per piece at the row\'s quantity' }), total: z.number().nullable(), partId: z.number().nullable(),
}).openapi('ImportRow');
const Counts = z.object({ ok: z.number(), error: z.number(), pending: z.number(), committed: z.number() });
const Progress = z.object({ done: z.number(), total: z.number() });
const ImportSchema = z.object({
  id: z.number(), status: z.enum(['processing', 'ready', 'committed', 'failed']), progress: Progress, sheetName: z.string(), language: z.string(),
  createdAt: z.number(), committedAt: z.number().nullable(), error: z.string().nullable(),
  layers: LayerRoleMap.nullable().openapi({ description: 'layer roles for every drawing of the import (the upload\'s `layers` field)' }),
  skipped: z.array(z.object({ name: z.string(), reason: z.string() })), rows: z.array(RowSchema), counts: Counts,
}).openapi('Import');
const ImportList = z.object({
  items: z.array(z.object({
    id: z.number(), status: z.string(), sheetName: z.string(), progress: Progress, counts: Counts, createdAt: z.number(), committedAt: z.number().nullable(),
  })),
}).openapi('ImportList');

const Files = z.union([FileField, z.array(FileField)]).optional();
const UploadForm = z.object({
  sheet: FileField, files: Files, 'files[]': Files,
  layers: LayersField.openapi({
    description: 'Layer roles for every drawing of the import, as a JSON string (`{"ENGRAVE":"cut"}`); a row\'s `layers` column '
      + '(`ENGRAVE=cut; BEND=ignore`) adds its own over them. The parts keep them for every later analysis.',
  }),
});
const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });
const RowParam = IdParam.extend({ rowId: z.coerce.number().int().positive().openapi({ param: { name: 'rowId', in: 'path' }, example: 1 }) });
const Thickness = z.union([z.number(), z.string().max(20)]).openapi({ example: 3, description: 'mm; "1,5" is read as 1.5' });
const RowPatch = z.object({
  material: MaterialId.optional(), thickness: Thickness.optional(), quantity: Quantity.optional(),
  name: z.string().trim().min(1).max(200).optional(), articleNumber: z.string().trim().max(80).nullable().optional(),
  layers: LayerRoleMap.nullable().optional().openapi({ description: 'the row\'s own layer roles (null clears them); the drawing is analyzed again' }),
}).strict();

const asUpload = async (f: File): Promise<Upload> => ({ name: f.name || 'file', bytes: new Uint8Array(await f.arrayBuffer()) });
const fileList = (v: File | File[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const xlsx = (bytes: Uint8Array<ArrayBuffer>, file: string) => ({
  body: bytes,
  headers: { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${file.replace(/[^\w.\- ]+/g, '_')}"` },
});

/** Route guard: the import in the path is the active company's (else 404), checked before the body is parsed. */
const requireOwnImport: MiddlewareHandler<AppEnv> = async (c, next) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id <= 0) throw notFound('The import');
  await ownImport(c.var.deps.db, customer(c, 'import').companyId, id);
  await next();
};

export function registerImports(app: App) {
  // before /api/imports/{id}, which would otherwise take "template.xlsx" for an id
  app.openapi(createRoute({
    middleware: [requireCustomer('import')] as const,
    method: 'get', path: '/api/imports/template.xlsx', tags: ['Import'],
    summary: 'A template sheet: headers in the user\'s language (or ?lang=), one example row, the company\'s materials on a second sheet',
    request: { query: z.object({ lang: z.enum(LANGUAGES).optional() }) },
    responses: { 200: { description: 'The template', content: { [XLSX]: { schema: z.string() } } }, 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c, 'import');
    const lang = c.req.valid('query').lang ?? a.user.language;
    const t = importTexts(lang);
    const pricing = await pricingForCompany(c.var.deps.db, a.companyId);
    const x = xlsx(await templateWorkbook(t, templateMaterials(pricing, lang)), `kerf-import-${lang}.xlsx`);
    return c.body(x.body, 200, x.headers);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('import')] as const,
    method: 'get', path: '/api/imports', tags: ['Import'], summary: 'The company\'s imports, newest first',
    responses: { 200: json(ImportList), 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c, 'import');
    return c.json({ items: await listImports(c.var.deps.db, a.companyId) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('import')] as const,
    method: 'post', path: '/api/imports', tags: ['Import'],
    summary: 'Upload a sheet (.xlsx or .csv) and its drawings (.dxf files or one .zip); rows are calculated in the background',
    description: 'At most 2,000 rows and 200 MB. Zip members with absolute paths, `..` or other than .dxf are skipped with a reason; '
      + 'a zip that would unpack to more than 500 MB, or a member more than 100 times its packed size, is refused.',
    request: { body: { required: true, content: { 'multipart/form-data': { schema: UploadForm } } } },
    responses: {
      202: json(z.object({ id: z.number(), skipped: z.array(z.object({ name: z.string(), reason: z.string() })) }), 'Accepted: poll GET /api/imports/{id}'),
      400: errors[400], 401: errors[401], 403: errors[403], 413: json(Obj, 'FILE_TOO_LARGE'),
      422: json(Obj, 'INVALID_SHEET, TOO_MANY_ROWS or ZIP_REFUSED'),
    },
  }), async (c) => {
    const a = customer(c, 'import');
    const { db, clock } = c.var.deps;
    const form = c.req.valid('form');
    const files = await Promise.all([...fileList(form.files), ...fileList(form['files[]'])].map(asUpload));
    const r = await createImport(db, {
      companyId: a.companyId, userId: a.user.id, language: a.user.language, sheet: await asUpload(form.sheet), files,
      layers: layerOverrides(form.layers),
    }, clock);
    return c.json(r, 202);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('import')] as const,
    method: 'get', path: '/api/imports/{id}', tags: ['Import'], summary: 'An import with its progress and rows',
    request: { params: IdParam },
    responses: { 200: json(ImportSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'import');
    const { db } = c.var.deps;
    const imp = await ownImport(db, a.companyId, c.req.valid('param').id);
    return c.json(await importView(db, imp) as z.infer<typeof ImportSchema>, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('import')] as const,
    method: 'get', path: '/api/imports/{id}/errors.xlsx', tags: ['Import'], summary: 'The rows not taken, with a reason column',
    request: { params: IdParam },
    responses: { 200: { description: 'The error rows', content: { [XLSX]: { schema: z.string() } } }, 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'import');
    const { db } = c.var.deps;
    const imp = await ownImport(db, a.companyId, c.req.valid('param').id);
    const x = xlsx(await errorWorkbook(importTexts(imp.language), await errorRows(db, imp)), `import-${imp.id}-errors.xlsx`);
    return c.body(x.body, 200, x.headers);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('import')] as const,
    method: 'patch', path: '/api/imports/{id}/rows/{rowId}', tags: ['Import'],
    summary: 'Fix a row in place (material, thickness, quantity, name, article number, layer roles); it is recalculated',
    request: { params: RowParam, body: { required: true, content: { 'application/json': { schema: RowPatch } } } },
    responses: { 200: json(RowSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'INVALID_STATUS: committed') },
  }), async (c) => {
    const a = customer(c, 'import');
    const { db, clock } = c.var.deps;
    const { id, rowId } = c.req.valid('param');
    const { thickness, ...patch } = c.req.valid('json');
    let mm: number | undefined;
    if (thickness !== undefined) {
      const n = parseDecimal(thickness, true);
      if (typeof n !== 'number' || !(n > 0 && n <= 100)) throw new ApiError(400, 'VALIDATION_ERROR', 'thickness: a number of millimetres from 0 to 100');
      mm = n;
    }
    const imp = await ownImport(db, a.companyId, id);
    return c.json(await patchRow(db, imp, rowId, { ...patch, thickness: mm }, clock) as z.infer<typeof RowSchema>, 200);
  });

  app.openapi(createRoute({
    // another company's import answers 404 before its body is looked at
    middleware: [requireCustomer('import'), requireOwnImport] as const,
    method: 'post', path: '/api/imports/{id}/rows/{rowId}/drawing', tags: ['Import'],
    summary: 'Attach the missing (or a corrected) drawing to a row; it is recalculated',
    request: { params: RowParam, body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: FileField }) } } } },
    responses: {
      200: json(RowSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'INVALID_STATUS: committed'),
      413: json(Obj, 'FILE_TOO_LARGE'), 422: json(Obj, 'NOT_A_DXF'),
    },
  }), async (c) => {
    const a = customer(c, 'import');
    const { db, clock } = c.var.deps;
    const { id, rowId } = c.req.valid('param');
    const imp = await ownImport(db, a.companyId, id);
    const view = await attachDrawing(db, imp, rowId, await asUpload(c.req.valid('form').file), clock);
    return c.json(view as z.infer<typeof RowSchema>, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('import')] as const,
    method: 'post', path: '/api/imports/{id}/commit', tags: ['Import'],
    summary: 'The ok rows become parts in one transaction; a second commit creates nothing',
    request: { params: IdParam },
    responses: {
      200: json(z.object({ created: z.number(), partIds: z.array(z.number()), import: ImportSchema })),
      401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'INVALID_STATUS: still calculating'),
    },
  }), async (c) => {
    const a = customer(c, 'import');
    const { db, clock } = c.var.deps;
    const r = await commitImport(db, a.companyId, a.user.id, c.req.valid('param').id, clock);
    return c.json(r as { created: number; partIds: number[]; import: z.infer<typeof ImportSchema> }, 200);
  });
}
