/**
 * Planning (issue [8]): the customer's demand plan (grid, changes, sheet import and export) and
 * stock reports; for the shop, a company's plan beside its stock and the material demand of the
 * plans. Planning is buying ahead, so it takes the right to order (or to manage the company),
 * as DOMAIN.md's rights go: viewers of parts do not plan purchases.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { App } from '../app.js';
import type { AppEnv } from '../http/context.js';
import { forbidden } from '../http/errors.js';
import { body, customer, errors, ErrorSchema, IdParam, json, requireStaff, requireSignedIn, staff } from '../http/openapi.js';
import { FileField } from '../http/schemas.js';
import { isoDate } from '../services/orders.js';
import {
  companyName, DEMAND_METHOD, importPlan, materialDemand, materialDemandWorkbook, monthOf, planGrid, plannableMonths, planWorkbook, reportStock, setPlan, stockList,
  stockReportList, type PlanRowInput, type StockLineInput,
} from '../services/planning.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM').openapi({ example: '2027-01' });
const Id = z.number().int().positive();
const ItemFields = {
  partId: Id.optional().openapi({ description: 'a part of the company\'s library' }),
  articleId: Id.optional().openapi({ description: 'a catalog article offered to the company' }),
};
const oneItem = (v: { partId?: number; articleId?: number }) => (v.partId === undefined) !== (v.articleId === undefined);
const ONE_ITEM = 'give either partId or articleId';

const Item = {
  key: z.string().openapi({ example: 'part:12' }), kind: z.enum(['part', 'article']), partId: z.number().nullable(), articleId: z.number().nullable(),
  number: z.string().nullable(), name: z.string(), unit: z.string(), material: z.string().nullable(), thickness: z.number().nullable(),
  weight: z.number().nullable().openapi({ description: 'kg per piece (parts)' }),
};
const PlanGridSchema = z.object({
  months: z.array(Month),
  items: z.array(z.object({
    ...Item, quantities: z.array(z.number()).openapi({ description: 'per month, in the order of `months`' }), total: z.number(),
    stock: z.number().nullable().openapi({ description: 'the latest reported stock; null = never reported' }), stockReportedAt: z.number().nullable(),
  })),
  plannable: z.object({ first: Month, last: Month }).openapi({ description: 'the months a plan may be written for' }),
}).openapi('PlanGrid');
const PlanRows = z.object({
  rows: z.array(z.object({ ...ItemFields, month: Month, quantity: z.number().int().min(0).max(1_000_000).openapi({ description: '0 removes the month\'s quantity' }) })
    .strict().refine(oneItem, ONE_ITEM)).min(1).max(5000),
}).strict();
const PlanImportSchema = z.object({
  dryRun: z.boolean(), months: z.array(Month), ok: z.number(), errors: z.number(), written: z.number(), warnings: z.array(z.string()),
  rows: z.array(z.object({
    row: z.number(), label: z.string(), status: z.enum(['ok', 'error']), messages: z.array(z.string()),
    item: z.object({ key: z.string(), name: z.string(), number: z.string().nullable() }).nullable(), quantities: z.record(z.string(), z.number()),
  })),
}).openapi('PlanImport');
const StockReportSchema = z.object({
  id: z.number(), reportedAt: z.number(), reportedBy: z.string(), note: z.string().nullable(),
  lines: z.array(z.object({ ...Item, quantity: z.number() })),
}).openapi('StockReport');
const StockSchema = z.object({
  items: z.array(z.object({ ...Item, quantity: z.number(), reportedAt: z.number(), reportId: z.number() })),
}).openapi('Stock');
const StockInput = z.object({
  lines: z.array(z.object({ ...ItemFields, quantity: z.number().int().min(0).max(100_000_000) }).strict().refine(oneItem, ONE_ITEM)).min(1).max(5000),
  note: z.string().trim().max(2000).nullable().optional(),
}).strict();
const Cell = z.object({ month: Month, pieces: z.number(), kg: z.number(), sheets: z.number(), sheetKg: z.number(), method: z.enum(['nest', 'sheet-usage']).nullable() });
const MaterialDemandSchema = z.object({
  from: Month, months: z.array(Month), companyId: z.number().nullable(), method: z.string().openapi({ example: DEMAND_METHOD }),
  materials: z.array(z.object({
    material: z.string(), name: z.string(), thickness: z.number(), format: z.array(z.number()), months: z.array(Cell),
    total: z.object({ pieces: z.number(), kg: z.number(), sheets: z.number(), sheetKg: z.number() }),
  })),
  articles: z.array(z.object({ articleId: z.number(), number: z.string(), name: z.string(), unit: z.string(), quantities: z.array(z.number()), total: z.number() })),
  unknown: z.array(z.object({ partId: z.number(), name: z.string(), material: z.string(), thickness: z.number(), pieces: z.number() })),
}).openapi('MaterialDemand');
const DemandQuery = z.object({
  from: Month.optional().openapi({ description: 'first month (default: the current one)' }),
  months: z.coerce.number().int().min(1).max(24).default(12),
  companyId: z.coerce.number().int().positive().optional().openapi({ description: 'one company\'s plan; default every company\'s' }),
});
const file = (description: string) => ({ description, content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } });
const attachment = (name: string) => `attachment; filename="${name}"`;

/** A customer who may plan: the right to order or to manage the company. */
function planner(c: Context<AppEnv>) {
  const a = customer(c);
  if (!a.rights.has('order') && !a.rights.has('manage_company')) throw forbidden('Planning needs the right "order" or "manage_company".');
  return a;
}
const requirePlanner = () => async (c: Context<AppEnv>, next: () => Promise<void>) => { planner(c); await next(); };

export function registerPlanning(app: App) {
  const denied = { 401: errors[401], 403: errors[403] } as const;
  const tags = ['Planning'];

  app.openapi(createRoute({
    middleware: [requireSignedIn(), requirePlanner()] as const,
    method: 'get', path: '/api/plan', tags, summary: 'The demand plan: items × months (12 from the current month, or from `from`), with the latest stock',
    request: { query: z.object({ from: Month.optional(), months: z.coerce.number().int().min(1).max(24).default(12) }) },
    responses: { 200: json(PlanGridSchema), 400: errors[400], ...denied },
  }), async (c) => {
    const a = planner(c);
    const { db, clock } = c.var.deps;
    const q = c.req.valid('query');
    const now = clock();
    const grid = await planGrid(db, a.companyId, { from: q.from ?? monthOf(now), months: q.months, lang: a.user.language });
    return c.json({ ...grid, plannable: plannableMonths(now) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireSignedIn(), requirePlanner()] as const,
    method: 'put', path: '/api/plan', tags,
    summary: 'Set planned quantities: each row an item (partId or articleId), a month and a quantity (0 removes it); one transaction',
    description: 'A part of another company or an article not offered to the company answers 404; a month before the current one or more than 23 ahead 400 MONTH_OUT_OF_RANGE.',
    request: body(PlanRows),
    responses: { 200: json(PlanGridSchema), 400: errors[400], ...denied, 404: errors[404] },
  }), async (c) => {
    const a = planner(c);
    const { db, clock } = c.var.deps;
    const now = clock();
    await setPlan(db, a.companyId, a.user.id, c.req.valid('json').rows as PlanRowInput[], now);
    const grid = await planGrid(db, a.companyId, { from: monthOf(now), lang: a.user.language });
    return c.json({ ...grid, plannable: plannableMonths(now) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireSignedIn(), requirePlanner()] as const,
    method: 'get', path: '/api/plan.xlsx', tags,
    summary: 'The plan as a sheet that imports again (article number, name, unit, one column per month, stock); with no plan yet, the template of the library and assortment',
    responses: { 200: file('The sheet'), ...denied },
  }), async (c) => {
    const a = planner(c);
    const { db, clock } = c.var.deps;
    const now = clock();
    const bytes = await planWorkbook(db, a.companyId, { from: monthOf(now), lang: a.user.language });
    return c.body(bytes, 200, { 'Content-Type': XLSX, 'Content-Disposition': attachment(`kerf-plan-${isoDate(now)}.xlsx`), 'Cache-Control': 'no-store' });
  });

  app.openapi(createRoute({
    middleware: [requireSignedIn(), requirePlanner()] as const,
    method: 'post', path: '/api/plan/import', tags,
    summary: 'Set the plan from a sheet (.xlsx or .csv): article number or part name, one column per month; `dryRun` only tells what would happen',
    description: 'Month headers: 2027-01, 2027/1, 01/2027, Jan 2027, Januar 2027, Jän 2027, janv. 2027 (English, German and French names). '
      + 'An empty month cell is 0 for that item; items the sheet does not list stay as they are. Rows with an error are listed and left out; '
      + 'the others are written in one transaction. Columns outside the plan\'s months are left out with a warning.',
    request: { body: { required: true, content: { 'multipart/form-data': { schema: z.object({ sheet: FileField, dryRun: z.enum(['true', 'false']).optional() }) } } } },
    responses: { 200: json(PlanImportSchema), 400: errors[400], ...denied, 413: json(ErrorSchema, 'FILE_TOO_LARGE'), 422: json(ErrorSchema, 'INVALID_SHEET, TOO_MANY_ROWS') },
  }), async (c) => {
    const a = planner(c);
    const { db, clock } = c.var.deps;
    const form = c.req.valid('form');
    const bytes = new Uint8Array(await form.sheet.arrayBuffer());
    const r = await importPlan(db, a.companyId, a.user.id, { name: form.sheet.name || 'plan', bytes }, { dryRun: form.dryRun === 'true', now: clock(), lang: a.user.language });
    return c.json(r, 200);
  });

  app.openapi(createRoute({
    middleware: [requireSignedIn(), requirePlanner()] as const,
    method: 'post', path: '/api/stock-reports', tags, summary: 'Report the stock the company holds: lines of partId or articleId and quantity, an optional note',
    request: body(StockInput),
    responses: { 201: json(StockReportSchema), 400: errors[400], ...denied, 404: errors[404] },
  }), async (c) => {
    const a = planner(c);
    const { db, clock } = c.var.deps;
    const v = c.req.valid('json');
    const report = await reportStock(db, a.companyId, a.user, { lines: v.lines as StockLineInput[], note: v.note }, clock());
    return c.json(report, 201);
  });

  app.openapi(createRoute({
    middleware: [requireSignedIn(), requirePlanner()] as const,
    method: 'get', path: '/api/stock-reports', tags, summary: 'The company\'s stock reports, newest first (at most 100)',
    responses: { 200: json(z.object({ items: z.array(StockReportSchema) })), ...denied },
  }), async (c) => {
    const a = planner(c);
    return c.json({ items: await stockReportList(c.var.deps.db, a.companyId, { lang: a.user.language }) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireSignedIn(), requirePlanner()] as const,
    method: 'get', path: '/api/stock', tags, summary: 'The latest reported balance of each item, with when it was reported',
    responses: { 200: json(StockSchema), ...denied },
  }), async (c) => {
    const a = planner(c);
    return c.json({ items: await stockList(c.var.deps.db, a.companyId, a.user.language) }, 200);
  });

  // --- the shop -------------------------------------------------------------------------------------

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/companies/{id}/plan', tags: ['Back office: planning'],
    summary: 'A company\'s demand plan with the latest stock and when it was reported, per item',
    request: { params: IdParam, query: z.object({ from: Month.optional(), months: z.coerce.number().int().min(1).max(24).default(12) }) },
    responses: { 200: json(PlanGridSchema), 400: errors[400], ...denied, 404: errors[404] },
  }), async (c) => {
    const s = staff(c);
    const { db, clock } = c.var.deps;
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    await companyName(db, id);
    const now = clock();
    const grid = await planGrid(db, id, { from: q.from ?? monthOf(now), months: q.months, lang: s.user.language });
    return c.json({ ...grid, plannable: plannableMonths(now) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/material-demand', tags: ['Back office: planning'],
    summary: 'Material demand of the demand plans: per month, per material and thickness, pieces, kg and sheets; articles apart as pieces',
    description: DEMAND_METHOD,
    request: { query: DemandQuery },
    responses: { 200: json(MaterialDemandSchema), 400: errors[400], ...denied, 404: errors[404] },
  }), async (c) => {
    const s = staff(c);
    const { db, clock } = c.var.deps;
    const q = c.req.valid('query');
    if (q.companyId) await companyName(db, q.companyId);
    return c.json(await materialDemand(db, { from: q.from ?? monthOf(clock()), months: q.months, companyId: q.companyId, lang: s.user.language }), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/material-demand.xlsx', tags: ['Back office: planning'],
    summary: 'The material demand as a workbook (materials, articles, the method)',
    request: { query: DemandQuery },
    responses: { 200: file('The workbook'), 400: errors[400], ...denied, 404: errors[404] },
  }), async (c) => {
    const s = staff(c);
    const { db, clock } = c.var.deps;
    const q = c.req.valid('query');
    const name = q.companyId ? await companyName(db, q.companyId) : null;
    const now = clock();
    const d = await materialDemand(db, { from: q.from ?? monthOf(now), months: q.months, companyId: q.companyId, lang: s.user.language });
    return c.body(await materialDemandWorkbook(d, name), 200, {
      'Content-Type': XLSX, 'Content-Disposition': attachment(`kerf-material-demand-${d.from}.xlsx`), 'Cache-Control': 'no-store',
    });
  });
}
