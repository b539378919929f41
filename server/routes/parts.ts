import { createRoute, z } from '@hono/zod-openapi';
import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { AnalyzeResult } from '../../sdk/index.js';
import { analyzeDxfSync, previewSvgFromDxf, writeHealedDxf } from '../../sdk/index.js';
import type { App } from '../app.js';
import type { Tx } from '../db/client.js';
import { basketItems, orderLines, parts, type Part } from '../db/schema.js';
import { invalid, notFound } from '../http/errors.js';
import { customer, errors, IdParam, json, jsonOrForm, Obj, requireCustomer } from '../http/openapi.js';
import { FileField, MaterialId, Params, TemplateName, Thickness } from '../http/schemas.js';
import {
  agreedCatalog, drawingFromDxf, drawingFromTemplate, metricsSummary, priceFor, pricingForCompany, storedLayers, type Drawing, type Pricing,
} from '../services/pricing.js';
import { enqueueEvent } from '../services/webhooks.js';
import { drawingFromRequest, layerOverrides, LayerRoleMap, LayersField } from './catalog.js';

const PRICE_QUANTITIES = [1, 10, 50, 100];

const PartSchema = z.object({
  id: z.number(), name: z.string(), articleNumber: z.string().nullable(), material: z.string(), thickness: z.number(),
  source: z.enum(['dxf', 'template']), template: z.string().nullable(), params: Obj.nullable(), drawingName: z.string(),
  metrics: Obj,
  layers: z.record(z.string(), z.enum(['cut', 'engrave', 'bend', 'ignore'])).nullable().openapi({
    description: 'the layer roles chosen for this part over what its layer names say; applied to every analysis of its drawing',
    example: { ENGRAVE: 'cut' },
  }),
  unitPrice: z.number().int().openapi({ description: 'one piece, cents, at the company\'s current pricing' }),
  currency: z.string(), weight: z.number().openapi({ description: 'kg per piece' }), cutLength: z.number(),
  prices: z.array(z.object({ quantity: z.number(), unitPrice: z.number(), total: z.number() })).optional(),
  warnings: z.array(Obj), createdAt: z.number(), updatedAt: z.number(),
}).openapi('Part');

const PartList = z.object({ items: z.array(PartSchema), total: z.number(), page: z.number(), pageSize: z.number() }).openapi('PartList');

const Name = z.string().trim().min(1).max(200);
const ArticleNumber = z.string().trim().max(80);
const CreateJson = z.object({
  name: Name, articleNumber: ArticleNumber.optional(), template: TemplateName, params: Params.default({}), material: MaterialId, thickness: Thickness,
  layers: LayerRoleMap.optional(),
});
const CreateForm = z.object({
  file: FileField, name: Name.optional(), articleNumber: ArticleNumber.optional(), material: MaterialId, thickness: Thickness, layers: LayersField,
});
const PatchJson = z.object({
  name: Name.optional(), articleNumber: ArticleNumber.nullable().optional(), material: MaterialId.optional(), thickness: Thickness.optional(),
  params: Params.optional().openapi({ description: 'template parts only: new parameters regenerate the drawing' }),
  layers: LayerRoleMap.nullable().optional().openapi({
    description: 'new layer roles (replacing the stored ones; null or {} clears them); the drawing is analyzed again with them',
    example: { ENGRAVE: 'cut' },
  }),
}).strict();
/** A new drawing for the part (it becomes a DXF part); layer roles as a JSON string, else the stored ones apply. */
const PatchForm = z.object({
  file: FileField.optional(), name: Name.optional(), articleNumber: ArticleNumber.optional(), material: MaterialId.optional(),
  thickness: Thickness.optional(), layers: LayersField,
});

type PartRow = Omit<Part, 'drawing' | 'outline'>;
const listColumns = {
  id: parts.id, companyId: parts.companyId, name: parts.name, articleNumber: parts.articleNumber, material: parts.material,
  thickness: parts.thickness, source: parts.source, template: parts.template, params: parts.params, drawingName: parts.drawingName,
  metrics: parts.metrics, layers: parts.layers, unitPrice: parts.unitPrice, weight: parts.weight, cutLength: parts.cutLength, createdBy: parts.createdBy,
  createdAt: parts.createdAt, updatedAt: parts.updatedAt,
};

/** The API view of a part; `full` adds the prices at common quantities (computed now). */
function partView(p: PartRow, pricing: Pricing, full = false) {
  const metrics = p.metrics as unknown as AnalyzeResult;
  let prices;
  let warnings: object[] = [...(metrics.warnings ?? [])];
  if (full) {
    prices = PRICE_QUANTITIES.map((quantity) => {
      const q = priceFor(metrics, p.material, p.thickness, quantity, pricing);
      if (quantity === 1) warnings = [...warnings, ...q.warnings];
      return { quantity, unitPrice: q.unitPrice, total: q.total };
    });
  }
  return {
    id: p.id, name: p.name, articleNumber: p.articleNumber, material: p.material, thickness: p.thickness, source: p.source,
    template: p.template, params: p.params ?? null, drawingName: p.drawingName, metrics: metricsSummary(metrics), layers: p.layers ?? null,
    unitPrice: p.unitPrice, currency: pricing.profile.currency, weight: p.weight, cutLength: p.cutLength, prices, warnings,
    createdAt: p.createdAt, updatedAt: p.updatedAt,
  };
}

/**
 * The `data` of a `part.created` webhook: the part's view (metrics summarised, no prices table)
 * with its company, so a receiver knows whose library it joined.
 */
export function partEventData(p: PartRow, pricing: Pricing) {
  const { prices: _prices, ...view } = partView(p, pricing);
  return { ...view, companyId: p.companyId };
}

/**
 * Insert a part and write its `part.created` webhook event in the same transaction (saving,
 * copying and the import's commit all create parts this way).
 */
export async function insertPart(tx: Tx, values: typeof parts.$inferInsert, pricing: Pricing, now: number): Promise<PartRow> {
  const row = await tx.insert(parts).values(values).returning(listColumns).get();
  await enqueueEvent(tx, 'part.created', partEventData(row, pricing), now);
  return row;
}

/** A part of the active company, or 404 (also for another company's id). */
export async function ownPart(db: Tx, companyId: number, id: number, withDrawing = false): Promise<PartRow & { drawing?: Buffer }> {
  const row = withDrawing
    ? await db.select().from(parts).where(and(eq(parts.id, id), eq(parts.companyId, companyId))).get()
    : await db.select(listColumns).from(parts).where(and(eq(parts.id, id), eq(parts.companyId, companyId))).get();
  if (!row) throw notFound('The part');
  return row;
}

/** Price and metrics of a drawing as stored on a part (one piece, at the agreed catalog). */
function priced(drawing: Drawing, material: string, thickness: number, pricing: Pricing) {
  const q = priceFor(drawing.metrics, material, thickness, 1, pricing, agreedCatalog(pricing));
  return {
    drawingName: drawing.name, drawing: Buffer.from(drawing.bytes), metrics: drawing.metrics as unknown as Record<string, unknown>,
    unitPrice: q.unitPrice, weight: q.weight, cutLength: drawing.metrics.cutLength,
  };
}

const SORTS: Record<string, SQL> = {
  name: asc(parts.name), '-name': desc(parts.name), articleNumber: asc(parts.articleNumber), '-articleNumber': desc(parts.articleNumber),
  unitPrice: asc(parts.unitPrice), '-unitPrice': desc(parts.unitPrice), updatedAt: asc(parts.updatedAt), '-updatedAt': desc(parts.updatedAt),
  createdAt: asc(parts.createdAt), '-createdAt': desc(parts.createdAt),
};

export function registerParts(app: App) {
  app.openapi(createRoute({
    middleware: [requireCustomer('view_parts')] as const,
    method: 'get', path: '/api/parts', tags: ['Parts library'], summary: 'The company\'s parts: search, sort and paging',
    request: {
      query: z.object({
        q: z.string().max(100).optional().openapi({ description: 'in name, article number and material' }),
        sort: z.enum(Object.keys(SORTS) as [string, ...string[]]).default('-updatedAt'),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(100).default(20),
      }),
    },
    responses: { 200: json(PartList), 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c, 'view_parts');
    const { db } = c.var.deps;
    const { q, sort, page, pageSize } = c.req.valid('query');
    let where: SQL | undefined = eq(parts.companyId, a.companyId);
    if (q?.trim()) {
      const pattern = `%${q.trim().replace(/[\\%_]/g, (m) => '\\' + m)}%`;
      const match = (col: typeof parts.name | typeof parts.articleNumber | typeof parts.material) => sql`${col} LIKE ${pattern} ESCAPE '\\'`;
      where = and(where, or(match(parts.name), match(parts.articleNumber), match(parts.material)));
    }
    const [rows, count, pricing] = await Promise.all([
      db.select(listColumns).from(parts).where(where).orderBy(SORTS[sort], desc(parts.id)).limit(pageSize).offset((page - 1) * pageSize),
      db.select({ n: sql<number>`count(*)` }).from(parts).where(where).get(),
      pricingForCompany(db, a.companyId),
    ]);
    return c.json({ items: rows.map((p) => partView(p, pricing)), total: count?.n ?? 0, page, pageSize }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('edit_parts')] as const,
    method: 'post', path: '/api/parts', tags: ['Parts library'],
    summary: 'Save a part from a DXF (multipart) or a template (JSON); metrics and price computed by the server',
    request: { body: { required: false, content: { 'multipart/form-data': { schema: CreateForm }, 'application/json': { schema: CreateJson } } } },
    responses: {
      201: json(PartSchema, 'Created'), 400: errors[400], 401: errors[401], 403: errors[403],
      413: json(Obj, 'FILE_TOO_LARGE'), 422: json(Obj, 'The analyzer\'s or pricing\'s code; nothing is saved'),
    },
  }), async (c) => {
    const a = customer(c, 'edit_parts');
    const { db, clock } = c.var.deps;
    const req = jsonOrForm<Omit<z.infer<typeof CreateJson>, 'layers'> & { file?: File; layers?: z.infer<typeof LayersField> }>(c);
    const drawing = await drawingFromRequest(req);
    const pricing = await pricingForCompany(db, a.companyId);
    const now = clock();
    const values = priced(drawing, req.material, req.thickness, pricing);
    const name = req.name?.trim() || drawing.name.replace(/\.dxf$/i, '');
    const row = await db.transaction((tx) => insertPart(tx, {
      companyId: a.companyId, name, articleNumber: req.articleNumber?.trim() || null, material: req.material, thickness: req.thickness,
      source: drawing.template ? 'template' : 'dxf', template: drawing.template ?? null, params: drawing.params ?? null,
      layers: storedLayers(layerOverrides(req.layers)), ...values, createdBy: a.user.id, createdAt: now, updatedAt: now,
    }, pricing, now));
    return c.json(partView(row, pricing, true), 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('view_parts')] as const,
    method: 'get', path: '/api/parts/{id}', tags: ['Parts library'], summary: 'A part with its prices at 1, 10, 50 and 100 pieces',
    request: { params: IdParam },
    responses: { 200: json(PartSchema), 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'view_parts');
    const { db } = c.var.deps;
    const p = await ownPart(db, a.companyId, c.req.valid('param').id);
    return c.json(partView(p, await pricingForCompany(db, a.companyId), true), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('edit_parts')] as const,
    method: 'patch', path: '/api/parts/{id}', tags: ['Parts library'],
    summary: 'Edit name, article number, material, thickness, template parameters or layer roles (JSON), or upload a new drawing (multipart `file`); the price is computed again',
    description: 'The part\'s layer roles (`layers`) apply to every analysis of its drawing: new parameters, a new drawing, or new roles '
      + 'analyze it again with them. In multipart, `layers` is a JSON string; without it the stored roles apply to the new drawing.',
    request: {
      params: IdParam,
      body: { required: true, content: { 'application/json': { schema: PatchJson }, 'multipart/form-data': { schema: PatchForm } } },
    },
    responses: {
      200: json(PartSchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404],
      413: json(Obj, 'FILE_TOO_LARGE'), 422: json(Obj, 'The analyzer\'s or pricing\'s code; nothing is changed'),
    },
  }), async (c) => {
    const a = customer(c, 'edit_parts');
    const { db, clock } = c.var.deps;
    const id = c.req.valid('param').id;
    const patch = jsonOrForm<Omit<z.infer<typeof PatchJson>, 'layers'> & { file?: File; layers?: z.infer<typeof LayersField> | null }>(c);
    const p = await ownPart(db, a.companyId, id, true);
    const pricing = await pricingForCompany(db, a.companyId);
    const material = patch.material ?? p.material;
    const thickness = patch.thickness ?? p.thickness;
    const layers = patch.layers === undefined ? p.layers ?? null : storedLayers(patch.layers === null ? null : layerOverrides(patch.layers));
    const layersChanged = JSON.stringify(layers) !== JSON.stringify(p.layers ?? null);
    let drawing: Drawing = { name: p.drawingName, bytes: p.drawing!, metrics: p.metrics as unknown as AnalyzeResult };
    let source = { source: p.source, template: p.template, params: p.params };
    if (patch.file) {
      drawing = await drawingFromDxf(patch.file.name || 'drawing.dxf', new Uint8Array(await patch.file.arrayBuffer()), layers);
      source = { source: 'dxf', template: null, params: null };
    } else if (patch.params) {
      if (p.source !== 'template' || !p.template) throw invalid('Only template parts have parameters; upload a new drawing instead.');
      drawing = drawingFromTemplate(p.template, { ...(p.params ?? {}), ...patch.params }, layers);
      source = { ...source, params: drawing.params ?? p.params };
    } else if (layersChanged) {
      drawing = await drawingFromDxf(p.drawingName, new Uint8Array(p.drawing!), layers);
    }
    const values = priced(drawing, material, thickness, pricing);
    // a new drawing (or new layer roles) has a new shape: the nest makes it again when it needs it
    const reshaped = Boolean(patch.file || patch.params || layersChanged);
    const row = await db.update(parts).set({
      name: patch.name ?? p.name,
      articleNumber: patch.articleNumber === undefined ? p.articleNumber : patch.articleNumber?.trim() || null,
      material, thickness, ...source, layers, ...values, ...(reshaped ? { outline: null } : {}), updatedAt: clock(),
    }).where(and(eq(parts.id, id), eq(parts.companyId, a.companyId))).returning(listColumns).get();
    return c.json(partView(row!, pricing, true), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('edit_parts')] as const,
    method: 'delete', path: '/api/parts/{id}', tags: ['Parts library'], summary: 'Delete a part (orders keep their frozen lines)',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' }, 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'edit_parts');
    const { db } = c.var.deps;
    const id = c.req.valid('param').id;
    await db.transaction(async (tx) => {
      await ownPart(tx, a.companyId, id);
      await tx.delete(basketItems).where(eq(basketItems.partId, id));
      await tx.update(orderLines).set({ partId: null }).where(eq(orderLines.partId, id));
      await tx.delete(parts).where(and(eq(parts.id, id), eq(parts.companyId, a.companyId)));
    });
    return c.body(null, 204);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('edit_parts')] as const,
    method: 'post', path: '/api/parts/{id}/copy', tags: ['Parts library'], summary: 'Copy a part (drawing, material, parameters)',
    request: { params: IdParam },
    responses: { 201: json(PartSchema, 'The copy'), 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'edit_parts');
    const { db, clock } = c.var.deps;
    const p = await ownPart(db, a.companyId, c.req.valid('param').id, true);
    const pricing = await pricingForCompany(db, a.companyId);
    const now = clock();
    const { id: _id, ...rest } = p as Part;
    const row = await db.transaction((tx) => insertPart(tx, {
      ...rest, name: `${p.name} (copy)`.slice(0, 200), articleNumber: null, createdBy: a.user.id, createdAt: now, updatedAt: now,
    }, pricing, now));
    return c.json(partView(row, pricing, true), 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('view_parts')] as const,
    method: 'get', path: '/api/parts/{id}/drawing.dxf', tags: ['Parts library'], summary: 'Download the drawing',
    request: { params: IdParam },
    responses: { 200: { description: 'The DXF', content: { 'application/dxf': { schema: z.string() } } }, 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'view_parts');
    const p = await ownPart(c.var.deps.db, a.companyId, c.req.valid('param').id, true);
    const file = p.drawingName.replace(/[^\w.\- ]+/g, '_').slice(0, 120) || 'drawing.dxf';
    return c.body(new Uint8Array(p.drawing!), 200, {
      'Content-Type': 'application/dxf',
      'Content-Disposition': `attachment; filename="${file}"`,
    });
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('view_parts')] as const,
    method: 'get', path: '/api/parts/{id}/healed.dxf', tags: ['Parts library'],
    summary: 'Download the healed drawing: the cut contours as priced, in mm, gaps closed, duplicates gone, layers CUT / ENGRAVE / BEND',
    request: { params: IdParam },
    responses: { 200: { description: 'The DXF', content: { 'application/dxf': { schema: z.string() } } }, 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'view_parts');
    const p = await ownPart(c.var.deps.db, a.companyId, c.req.valid('param').id, true);
    // with the part's layer roles, as it was priced
    const dxf = writeHealedDxf(analyzeDxfSync(new Uint8Array(p.drawing!), { ...(p.layers ? { layers: p.layers } : {}), healed: true }));
    const base = p.drawingName.replace(/\.dxf$/i, '').replace(/[^\w.\- ]+/g, '_').slice(0, 110) || 'drawing';
    return c.body(dxf, 200, {
      'Content-Type': 'application/dxf',
      'Content-Disposition': `attachment; filename="${base}-healed.dxf"`,
    });
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('view_parts')] as const,
    method: 'get', path: '/api/parts/{id}/preview.svg', tags: ['Parts library'], summary: 'SVG preview of the contours (holes, open contours, healed gaps marked)',
    request: { params: IdParam },
    responses: { 200: { description: 'SVG', content: { 'image/svg+xml': { schema: z.string() } } }, 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'view_parts');
    const p = await ownPart(c.var.deps.db, a.companyId, c.req.valid('param').id, true);
    const svg = previewSvgFromDxf(new Uint8Array(p.drawing!), p.layers ? { layers: p.layers } : {}, { title: p.name });
    return c.body(svg, 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'private, max-age=60',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
  });
}
