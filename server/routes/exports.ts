/**
 * Downloads for the ERP and for the customer's own records (issue [5]): the operator's released
 * orders as .xlsx, .csv, JSON and a zip of drawings; the customer's library and order history as
 * .xlsx. Registered before the parts and admin routes, whose `/{id}` would otherwise take
 * `export.xlsx` and `export` for an id.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../app.js';
import { ORDER_STATUSES } from '../db/schema.js';
import { forbidden, invalid } from '../http/errors.js';
import { customer, errors, requireCustomer, requireStaff, staff } from '../http/openapi.js';
import {
  companyOrders, companyParts, drawingsZip, exportOrders, flatLines, HISTORY_COLUMNS, linesCsv, OPERATOR_COLUMNS, ordersJson, PART_COLUMNS,
  sheetXlsx, type OrderExportFilter,
} from '../services/exports.js';
import { isoDate } from '../services/orders.js';
import { pricingForCompany } from '../services/pricing.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a date');
const Filter = z.object({
  status: z.enum(ORDER_STATUSES).optional(),
  from: Day.optional().openapi({ description: 'released on or after this day (UTC), YYYY-MM-DD' }),
  to: Day.optional().openapi({ description: 'released on or before this day (UTC), inclusive' }),
  companyId: z.coerce.number().int().positive().optional(),
});
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } } });
const attachment = (name: string) => `attachment; filename="${name}"`;

function checkRange(f: OrderExportFilter) {
  if (f.from && f.to && f.from > f.to) throw invalid('from: must not be after to.');
}

export function registerExports(app: App) {
  const denied = { 401: errors[401], 403: errors[403] } as const;

  app.openapi(createRoute({
    middleware: [requireCustomer('view_parts')] as const,
    method: 'get', path: '/api/parts/export.xlsx', tags: ['Parts library'], summary: 'The company\'s parts library as an Excel sheet',
    responses: { 200: file(XLSX, 'The sheet'), ...denied },
  }), async (c) => {
    const a = customer(c, 'view_parts');
    const { db, clock } = c.var.deps;
    const pricing = await pricingForCompany(db, a.companyId);
    const rows = await companyParts(db, a.companyId, pricing.profile.currency);
    const bytes = await sheetXlsx('Parts', PART_COLUMNS, rows, (p) => p.currency);
    return c.body(bytes, 200, { 'Content-Type': XLSX, 'Content-Disposition': attachment(`kerf-parts-${isoDate(clock())}.xlsx`), 'Cache-Control': 'no-store' });
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/orders/export.xlsx', tags: ['Orders'], summary: 'The company\'s order history as an Excel sheet, one row per line',
    responses: { 200: file(XLSX, 'The sheet'), ...denied },
  }), async (c) => {
    const a = customer(c);
    if (!a.rights.has('order') && !a.rights.has('approve')) throw forbidden('Your group may not see orders.');
    const { db, clock } = c.var.deps;
    const lines = flatLines(await companyOrders(db, a.companyId));
    const bytes = await sheetXlsx('Orders', HISTORY_COLUMNS, lines, (l) => l.currency);
    return c.body(bytes, 200, { 'Content-Type': XLSX, 'Content-Disposition': attachment(`kerf-orders-${isoDate(clock())}.xlsx`), 'Cache-Control': 'no-store' });
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/orders/export', tags: ['Back office'],
    summary: 'Released orders for the ERP: .xlsx or .csv (one row per line) or JSON (orders with lines)',
    description: 'Columns: order number, company, customer number, dates, addresses, status, position, article number, name, material, '
      + 'thickness, quantity, unit price and line total (euros and cents), cut length (mm), pierces, weight (kg per piece). Rejected lines are left out.',
    request: { query: Filter.extend({ format: z.enum(['xlsx', 'csv', 'json']).default('xlsx') }) },
    responses: {
      200: { description: 'The export', content: { [XLSX]: { schema: z.string() }, 'text/csv': { schema: z.string() }, 'application/json': { schema: z.object({}).passthrough() } } },
      400: errors[400], ...denied,
    },
  }), async (c) => {
    staff(c);
    const { db, clock } = c.var.deps;
    const { format, ...filter } = c.req.valid('query');
    checkRange(filter);
    const now = clock();
    const list = await exportOrders(db, filter);
    const name = `kerf-orders-${isoDate(now)}.${format}`;
    const headers = { 'Content-Disposition': attachment(name), 'Cache-Control': 'no-store' };
    if (format === 'json') {
      return c.body(JSON.stringify(ordersJson(list, new Date(now).toISOString(), filter)), 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
    }
    const lines = flatLines(list);
    if (format === 'csv') return c.body(linesCsv(lines), 200, { ...headers, 'Content-Type': 'text/csv; charset=utf-8; header=present' });
    return c.body(await sheetXlsx('Orders', OPERATOR_COLUMNS, lines, (l) => l.currency), 200, { ...headers, 'Content-Type': XLSX });
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/orders/export/drawings.zip', tags: ['Back office'],
    summary: 'The DXF of every line of the released orders (`<order>-<position>-<article or name>.dxf`) and orders.json',
    description: 'Same filters as the export. A line whose part was deleted since has `drawing: null` in orders.json; '
      + '`drawingChanged: true` marks a part whose drawing now measures differently from the ordered one.',
    request: { query: Filter },
    responses: { 200: file('application/zip', 'The zip'), 400: errors[400], ...denied },
  }), async (c) => {
    staff(c);
    const { db, clock } = c.var.deps;
    const filter = c.req.valid('query');
    checkRange(filter);
    const now = clock();
    const zip = await drawingsZip(db, await exportOrders(db, filter), new Date(now).toISOString(), filter);
    return c.body(zip, 200, {
      'Content-Type': 'application/zip', 'Content-Disposition': attachment(`kerf-drawings-${isoDate(now)}.zip`), 'Cache-Control': 'no-store',
    });
  });
}
