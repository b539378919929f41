/**
 * Statements of account (issue [8]): the customer's, for his active company only, and the
 * back office's for any company; as JSON, .xlsx and PDF in en/de/fr.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { App } from '../app.js';
import { LANGUAGES, type Language } from '../db/schema.js';
import type { AppEnv, Auth } from '../http/context.js';
import { forbidden } from '../http/errors.js';
import { customer, errors, json, Obj, requireCustomer, requireStaff, staff } from '../http/openapi.js';
import { renderStatementPdf } from '../pdf/statement-pdf.js';
import { isoDate } from '../services/orders.js';
import { letterhead } from '../services/quotes.js';
import { statementXlsx } from '../services/statement-export.js';
import { checkPeriod, openItems, statement } from '../services/statements.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Period = {
  from: z.string().optional().openapi({ description: 'first day, YYYY-MM-DD (default 1 January of `to`\'s year); INVALID_DATE', example: '2026-01-01' }),
  to: z.string().optional().openapi({ description: 'last day, inclusive (default today, UTC); INVALID_DATE, INVALID_PERIOD when before `from`', example: '2026-12-31' }),
};
const Lang = { lang: z.enum(LANGUAGES).optional().openapi({ description: 'language of the document (default the user\'s)' }) };
const CompanyId = { companyId: z.coerce.number().int().positive().openapi({ description: 'the company' }) };
const StatementSchema = z.object({
  company: Obj, currency: z.string(), from: z.string(), to: z.string(),
  openingBalance: z.number().int().openapi({ description: 'cents: invoiced − credited − paid before `from`' }),
  closingBalance: z.number().int().openapi({ description: 'cents: opening + the period\'s invoices − credit notes − payments = Σ open items' }),
  entries: z.array(Obj).openapi({ description: 'date, kind (order, delivery, invoice, credit, payment), orderId, orderNumber, document, amount, debit, credit, balance, dueDate' }),
  openItems: z.array(Obj).openapi({ description: 'invoices not fully settled at `to` (and credit balances, negative): open, ageDays, overdueDays, bucket' }),
  aging: z.array(Obj).openapi({ description: 'buckets 0-30, 31-60, 61-90, 90+ (days from the invoice date to `to`): amount, count' }),
  orders: z.array(Obj).openapi({ description: 'per order as of `to`: total, delivered, invoiced, credited, paid, open' }),
  totals: Obj,
}).openapi('Statement');
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } } });
const bad = json(Obj, 'INVALID_DATE, INVALID_PERIOD, VALIDATION_ERROR');

function period(q: { from?: string; to?: string }, now: number) {
  const to = q.to ?? isoDate(now);
  const from = q.from ?? `${/^\d{4}/.test(to) ? to.slice(0, 4) : isoDate(now).slice(0, 4)}-01-01`;
  return checkPeriod(from, to);
}

/** A customer with a say over the company's orders or its administration. */
function statementCustomer(c: Context<AppEnv>) {
  const a = customer(c);
  if (!a.rights.has('order') && !a.rights.has('approve') && !a.rights.has('manage_company')) throw forbidden('Your group may not see the company\'s account.');
  return a;
}

const language = (a: Auth, lang: Language | undefined): Language => lang ?? a.user.language;
const fileName = (s: { company: { customerNumber: string }; from: string; to: string }, ext: string) =>
  `statement-${s.company.customerNumber.replace(/[^\w.-]+/g, '_')}-${s.from}-${s.to}.${ext}`;

export function registerStatements(app: App) {
  const denied = { 401: errors[401], 403: errors[403] } as const;
  const describe = 'Balance = invoiced − credited − paid; orders and deliveries are shown with their net value and do not move it. '
    + 'Open items: per order, payments and credit notes settle its invoices oldest first; an overpayment then settles the company\'s other '
    + 'invoices oldest first; what remains is a negative item. Σ aging = Σ open items = closingBalance.';

  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/statements', tags: ['Statements'],
    summary: 'The active company\'s statement of account: orders → deliveries → invoices → credit notes → payments with a running balance, open items with their age',
    description: describe,
    request: { query: z.object(Period) },
    responses: { 200: json(StatementSchema), 400: bad, ...denied },
  }), async (c) => {
    const a = statementCustomer(c);
    const { db, clock } = c.var.deps;
    const p = period(c.req.valid('query'), clock());
    return c.json(await statement(db, a.companyId, p.from, p.to), 200);
  });

  for (const ext of ['xlsx', 'pdf'] as const) {
    app.openapi(createRoute({
      middleware: [requireCustomer()] as const,
      method: 'get', path: `/api/statements.${ext}`, tags: ['Statements'],
      summary: `The active company's statement as ${ext === 'pdf' ? 'PDF' : 'an Excel workbook (trail, open items, orders)'}`,
      request: { query: z.object({ ...Period, ...Lang }) },
      responses: { 200: file(ext === 'pdf' ? 'application/pdf' : XLSX, 'The document'), 400: bad, ...denied },
    }), async (c) => {
      const a = statementCustomer(c);
      const { db, clock, config } = c.var.deps;
      const q = c.req.valid('query');
      const p = period(q, clock());
      const s = await statement(db, a.companyId, p.from, p.to);
      return document(c, ext, s, language(a, q.lang), config, clock());
    });
  }

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/statements', tags: ['Back office'],
    summary: 'A company\'s statement of account for a period (as the customer sees it)',
    description: describe,
    request: { query: z.object({ ...CompanyId, ...Period }) },
    responses: { 200: json(StatementSchema), 400: bad, ...denied, 404: errors[404] },
  }), async (c) => {
    staff(c);
    const { db, clock } = c.var.deps;
    const q = c.req.valid('query');
    const p = period(q, clock());
    return c.json(await statement(db, q.companyId, p.from, p.to), 200);
  });

  for (const ext of ['xlsx', 'pdf'] as const) {
    app.openapi(createRoute({
      middleware: [requireStaff()] as const,
      method: 'get', path: `/api/admin/statements.${ext}`, tags: ['Back office'],
      summary: `A company's statement as ${ext === 'pdf' ? 'PDF' : 'an Excel workbook'}`,
      request: { query: z.object({ ...CompanyId, ...Period, ...Lang }) },
      responses: { 200: file(ext === 'pdf' ? 'application/pdf' : XLSX, 'The document'), 400: bad, ...denied, 404: errors[404] },
    }), async (c) => {
      const a = staff(c);
      const { db, clock, config } = c.var.deps;
      const q = c.req.valid('query');
      const p = period(q, clock());
      const s = await statement(db, q.companyId, p.from, p.to);
      return document(c, ext, s, language(a, q.lang), config, clock());
    });
  }

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/open-items', tags: ['Back office'],
    summary: 'Open items of every company (or one) at a day, aged 0-30, 31-60, 61-90, 90+ days: the dashboard\'s chart',
    request: { query: z.object({ companyId: CompanyId.companyId.optional(), asOf: z.string().optional().openapi({ description: 'YYYY-MM-DD, default today' }) }) },
    responses: { 200: json(Obj), 400: bad, ...denied },
  }), async (c) => {
    staff(c);
    const { db, clock } = c.var.deps;
    const q = c.req.valid('query');
    return c.json(await openItems(db, q.companyId, q.asOf ?? isoDate(clock())), 200);
  });
}

async function document(c: Context<AppEnv>, ext: 'xlsx' | 'pdf', s: Awaited<ReturnType<typeof statement>>, lang: Language, config: AppEnv['Variables']['deps']['config'], now: number) {
  if (ext === 'xlsx') {
    return c.body(await statementXlsx(s, lang), 200, {
      'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${fileName(s, 'xlsx')}"`, 'Cache-Control': 'private, no-store',
    });
  }
  const bytes = await renderStatementPdf({ statement: s, language: lang, shop: letterhead(config), date: isoDate(now) });
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${fileName(s, 'pdf')}"`, 'Cache-Control': 'private, no-store',
  });
}
