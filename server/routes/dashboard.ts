/**
 * Dashboards (issue [8]): the back office's figures (order intake, revenue per customer, parts
 * per material, open items by age) and the customer's spend per month. The charts are drawn by
 * the components; these routes give the figures (and the components' accessible tables).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../app.js';
import { forbidden } from '../http/errors.js';
import { customer, errors, json, requireCustomer, requireStaff, staff } from '../http/openapi.js';
import { adminDashboard, AGE_BUCKETS, customerDashboard } from '../services/dashboard.js';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM').openapi({ example: '2026-11' });
const Period = z.object({
  from: Month.optional().openapi({ description: 'first month (default: 11 months before `to`)' }),
  to: Month.optional().openapi({ description: 'last month, inclusive (default: the current one)' }),
});
const Buckets = z.object(Object.fromEntries(AGE_BUCKETS.map((b) => [b, z.number()])) as Record<(typeof AGE_BUCKETS)[number], z.ZodNumber>)
  .openapi({ description: 'cents open by the invoice\'s age in days' });
const Money = z.number().int().openapi({ description: 'cents' });

const AdminDashboardSchema = z.object({
  from: Month, to: Month, currency: z.string(),
  intake: z.array(z.object({ month: Month, count: z.number(), value: Money })).openapi({ description: 'orders released to the shop per month (not cancelled or rejected since)' }),
  revenue: z.array(z.object({ companyId: z.number(), company: z.string(), customerNumber: z.string(), invoiced: Money, credited: Money, net: Money }))
    .openapi({ description: 'invoices and credit notes dated in the period, per company' }),
  materials: z.array(z.object({ material: z.string(), pieces: z.number(), kg: z.number() })).openapi({ description: 'pieces of laser parts ordered per material' }),
  openItems: z.array(z.object({ companyId: z.number(), company: z.string(), customerNumber: z.string(), open: Money, overdue: Money, buckets: Buckets }))
    .openapi({ description: 'per company, as the statements allocate them (payments settle the oldest invoices first)' }),
  openTotal: z.object({ open: Money, buckets: Buckets }),
}).openapi('AdminDashboard');

const CustomerDashboardSchema = z.object({
  from: Month, to: Month, currency: z.string(),
  spend: z.array(z.object({ month: Month, orders: z.number(), ordered: Money, invoiced: Money })),
  total: z.object({ orders: z.number(), ordered: Money, invoiced: Money }),
  open: z.object({ open: Money, buckets: Buckets }),
}).openapi('CustomerDashboard');

export function registerDashboard(app: App) {
  const denied = { 401: errors[401], 403: errors[403] } as const;

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/dashboard', tags: ['Back office'],
    summary: 'Order intake per month, revenue per customer, parts per material and open items by age, for a period of months',
    request: { query: Period },
    responses: { 200: json(AdminDashboardSchema), 400: errors[400], ...denied },
  }), async (c) => {
    staff(c);
    const { db, clock } = c.var.deps;
    const q = c.req.valid('query');
    return c.json(await adminDashboard(db, { now: clock(), from: q.from, to: q.to }), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/dashboard', tags: ['Orders'],
    summary: 'The company\'s spend per month (orders released, invoiced) and what is open by age',
    request: { query: Period },
    responses: { 200: json(CustomerDashboardSchema), 400: errors[400], ...denied },
  }), async (c) => {
    const a = customer(c);
    if (!a.rights.has('order') && !a.rights.has('approve') && !a.rights.has('manage_company')) throw forbidden('Your group may not see orders.');
    const { db, clock } = c.var.deps;
    const q = c.req.valid('query');
    return c.json(await customerDashboard(db, a.companyId, { now: clock(), from: q.from, to: q.to }), 200);
  });
}
