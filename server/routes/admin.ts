import { createRoute, z } from '@hono/zod-openapi';
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import { loadCatalog, loadProfile, mergeProfile } from '../../sdk/index.js';
import type { App } from '../app.js';
import type { Tx } from '../db/client.js';
import { accessRequests, companies, embedKeys, groups, LANGUAGES, memberships, ORDER_STATUSES, orders, outbox, sessions, settings, users } from '../db/schema.js';
import { ApiError, conflict, invalid, notFound } from '../http/errors.js';
import { body, errors, IdParam, json, Obj, staff, requireStaff } from '../http/openapi.js';
import { enqueueMail } from '../mail/outbox.js';
import { links } from '../links.js';
import { sendTokenMail } from '../services/accounts.js';
import { addMember, createCompany } from '../services/companies.js';
import { addRecord, changeStatus, isoDate, orderList, orderView, shopOrder } from '../services/orders.js';
import { operatorPricing } from '../services/pricing.js';
import { addCredit, addInvoice, addPayment, checkDay } from '../services/statements.js';
import { withUnread } from '../services/order-changes.js';
import { orderNest } from '../services/nesting.js';
import { NestViewSchema } from '../http/schemas.js';
import { companyView } from './company.js';

const Email = z.string().trim().toLowerCase().email().max(254);
const AllowedMaterials = z.array(z.object({ material: z.string().min(1), thicknesses: z.array(z.number().positive()).optional() })).nullable();
const CompanyInput = z.object({
  name: z.string().trim().min(2).max(200), customerNumber: z.string().trim().min(1).max(40),
  street: z.string().trim().max(200).default(''), zip: z.string().trim().max(20).default(''), city: z.string().trim().max(100).default(''),
  country: z.string().trim().max(60).default('DE'), phone: z.string().trim().max(60).default(''), vatId: z.string().trim().max(40).default(''),
  language: z.enum(LANGUAGES).default('en'), enabled: z.boolean().default(true),
  salesRepId: z.number().int().positive().nullable().optional(),
  pricingOverrides: z.record(z.string(), z.unknown()).nullable().optional().openapi({ description: 'PricingOverrides merged over the default profile' }),
  allowedMaterials: AllowedMaterials.optional().openapi({ description: 'the agreed materials; null = all' }),
}).strict();
const StatusChange = z.object({
  status: z.enum(ORDER_STATUSES), note: z.string().trim().max(1000).optional(),
  document: z.string().trim().max(100).optional().openapi({ description: 'delivery note number when shipping' }),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
}).strict();
const RecordBody = z.object({
  kind: z.enum(['delivery', 'invoice', 'payment', 'credit']),
  date: z.string().optional().openapi({ description: 'YYYY-MM-DD, default today (INVALID_DATE)' }),
  document: z.string().trim().max(100).optional().openapi({ description: 'delivery note, invoice or credit note number (invoices: default RE-<year>-NNNNN, credit notes GS-<year>-NNNNN), payment reference' }),
  amount: z.number().optional().openapi({ description: 'cents, gross, > 0 (INVALID_AMOUNT); invoices, payments and credit notes' }),
  dueDate: z.string().optional().openapi({ description: 'invoices: YYYY-MM-DD, not before date (INVALID_DUE_DATE); default date + payment terms (30 days)' }),
  allowOverpayment: z.boolean().optional().openapi({ description: 'payments: record a payment above the open amount (else OVERPAYMENT)' }),
}).strict();

async function checkCompanyRefs(tx: Tx, v: { salesRepId?: number | null; pricingOverrides?: Record<string, unknown> | null; allowedMaterials?: unknown }) {
  if (v.salesRepId) {
    const rep = await tx.select().from(users).where(eq(users.id, v.salesRepId)).get();
    if (!rep?.staffRole) throw new ApiError(400, 'VALIDATION_ERROR', 'salesRepId: not a member of the shop\'s staff.');
  }
  if (v.pricingOverrides) mergeProfile((await operatorPricing(tx)).profile, v.pricingOverrides); // throws INVALID_PROFILE (422)
}

export function registerAdmin(app: App) {
  const ok = { 401: errors[401], 403: errors[403] } as const;

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/companies', tags: ['Back office'], summary: 'Customer companies',
    responses: { 200: json(z.object({ items: z.array(Obj) })), ...ok },
  }), async (c) => {
    staff(c);
    const rows = await c.var.deps.db.select({
      id: companies.id, name: companies.name, customerNumber: companies.customerNumber, city: companies.city, enabled: companies.enabled,
      salesRepId: companies.salesRepId, users: sql<number>`(select count(*) from memberships m where m.company_id = ${companies.id})`,
    }).from(companies).orderBy(asc(companies.name));
    return c.json({ items: rows }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'post', path: '/api/admin/companies', tags: ['Back office'],
    summary: 'Enable a customer company (customer number, addresses, sales rep, pricing, agreed materials)',
    request: body(CompanyInput),
    responses: { 201: json(Obj), 400: errors[400], ...ok, 409: json(Obj, 'CUSTOMER_NUMBER_TAKEN'), 422: json(Obj, 'INVALID_PROFILE') },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const v = c.req.valid('json');
    const made = await db.transaction(async (tx) => {
      await checkCompanyRefs(tx, v);
      return createCompany(tx, { ...v, createdAt: clock() });
    });
    return c.json({ ...(await companyView(db, made.company.id)), groups: Object.values(made.groups) }, 201);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/companies/{id}', tags: ['Back office'], summary: 'A company with pricing, agreed materials and users',
    request: { params: IdParam },
    responses: { 200: json(Obj), ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c);
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const row = await db.select().from(companies).where(eq(companies.id, id)).get();
    if (!row) throw notFound('The company');
    const people = await db.select({ id: users.id, name: users.name, email: users.email, approvalMode: memberships.approvalMode })
      .from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.companyId, id)).orderBy(asc(users.name));
    return c.json({ ...(await companyView(db, id)), enabled: row.enabled, salesRepId: row.salesRepId, pricingOverrides: row.pricingOverrides, allowedMaterials: row.allowedMaterials, users: people }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'patch', path: '/api/admin/companies/{id}', tags: ['Back office'], summary: 'Change a company, its sales rep, pricing or agreed materials',
    request: { params: IdParam, ...body(CompanyInput.partial().strict()) },
    responses: { 200: json(Obj), 400: errors[400], ...ok, 404: errors[404], 409: json(Obj, 'CUSTOMER_NUMBER_TAKEN'), 422: json(Obj, 'INVALID_PROFILE') },
  }), async (c) => {
    staff(c, 'admin');
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const v = c.req.valid('json');
    await db.transaction(async (tx) => {
      if (!(await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, id)).get())) throw notFound('The company');
      await checkCompanyRefs(tx, v);
      if (v.customerNumber) {
        const clash = await tx.select({ id: companies.id }).from(companies).where(eq(companies.customerNumber, v.customerNumber)).get();
        if (clash && clash.id !== id) throw conflict('CUSTOMER_NUMBER_TAKEN', `Customer number ${v.customerNumber} is already in use.`);
      }
      if (Object.keys(v).length) await tx.update(companies).set(v).where(eq(companies.id, id));
    });
    return c.json(await companyView(db, id), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'post', path: '/api/admin/companies/{id}/users', tags: ['Back office'], summary: 'Invite a person into a company (first admin, for instance)',
    request: { params: IdParam, ...body(z.object({ email: Email, name: z.string().trim().min(2).max(200), group: z.string().default('Administrators'), language: z.enum(LANGUAGES).optional() }).strict()) },
    responses: { 201: json(Obj), 400: errors[400], ...ok, 404: errors[404], 409: json(Obj, 'ALREADY_MEMBER') },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    const v = c.req.valid('json');
    const user = await db.transaction(async (tx) => {
      const g = await tx.select().from(groups).where(and(eq(groups.companyId, id), eq(groups.name, v.group))).get();
      if (!g) throw notFound('The company or group');
      return addMember(tx, id, { email: v.email, name: v.name, groupId: g.id, language: v.language }, clock(), config.publicUrl);
    });
    return c.json({ id: user.id, email: user.email, name: user.name }, 201);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/users', tags: ['Back office'], summary: 'All logins (staff and customers)',
    responses: { 200: json(z.object({ items: z.array(Obj) })), ...ok },
  }), async (c) => {
    staff(c);
    const rows = await c.var.deps.db.select({
      id: users.id, name: users.name, email: users.email, staffRole: users.staffRole, disabled: users.disabled, language: users.language,
      invited: sql<boolean>`${users.passwordHash} is null`.mapWith(Boolean),
      companies: sql<string>`(select group_concat(c.name, ', ') from memberships m join companies c on c.id = m.company_id where m.user_id = ${users.id})`,
    }).from(users).orderBy(asc(users.email));
    return c.json({ items: rows }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'patch', path: '/api/admin/users/{id}', tags: ['Back office'], summary: 'Disable or enable a login (ends its sessions), rename it',
    request: { params: IdParam, ...body(z.object({ disabled: z.boolean(), name: z.string().trim().min(2).max(200), phone: z.string().max(60) }).partial().strict()) },
    responses: { 200: json(Obj), 400: errors[400], ...ok, 404: errors[404] },
  }), async (c) => {
    const me = staff(c, 'admin');
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const v = c.req.valid('json');
    if (id === me.user.id && v.disabled) throw conflict('LOCKOUT', 'You cannot disable yourself.');
    const row = await db.transaction(async (tx) => {
      const r = await tx.update(users).set(v).where(eq(users.id, id)).returning().get();
      if (!r) throw notFound('The user');
      if (v.disabled) await tx.delete(sessions).where(eq(sessions.userId, id));
      return r;
    });
    return c.json({ id: row.id, email: row.email, name: row.name, disabled: row.disabled }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'post', path: '/api/admin/staff', tags: ['Back office'], summary: 'Add a staff member (admin or sales rep); invited by mail',
    request: body(z.object({ email: Email, name: z.string().trim().min(2).max(200), role: z.enum(['admin', 'sales']), language: z.enum(LANGUAGES).default('en') }).strict()),
    responses: { 201: json(Obj), 400: errors[400], ...ok, 409: json(Obj, 'EMAIL_TAKEN') },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock, config } = c.var.deps;
    const v = c.req.valid('json');
    const user = await db.transaction(async (tx) => {
      if (await tx.select().from(users).where(eq(users.email, v.email)).get()) throw conflict('EMAIL_TAKEN', 'This e-mail already has a login.');
      const u = await tx.insert(users).values({ email: v.email, name: v.name, staffRole: v.role, language: v.language, createdAt: clock() }).returning().get();
      await sendTokenMail(tx, u, 'invite', clock(), config.publicUrl);
      return u;
    });
    return c.json({ id: user.id, email: user.email, name: user.name, staffRole: user.staffRole }, 201);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/pricing', tags: ['Back office'], summary: 'The materials catalog and the default pricing profile',
    responses: { 200: json(z.object({ catalog: Obj, profile: Obj, catalogVersion: z.number() })), ...ok },
  }), async (c) => {
    staff(c);
    const p = await operatorPricing(c.var.deps.db);
    return c.json({ catalog: p.catalog as unknown as Record<string, unknown>, profile: p.profile as unknown as Record<string, unknown>, catalogVersion: p.catalogVersion }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'put', path: '/api/admin/pricing', tags: ['Back office'],
    summary: 'Replace the catalog (materials, thicknesses, speeds, prices) and/or the default profile; orders keep their frozen prices',
    request: body(z.object({
      catalog: Obj.optional().openapi({ description: 'the materials catalog (validated by loadCatalog: INVALID_CATALOG)' }),
      profile: Obj.optional().openapi({ description: 'the default PricingProfile (validated by loadProfile: INVALID_PROFILE)' }),
    }).strict()),
    responses: { 200: json(z.object({ catalog: Obj, profile: Obj, catalogVersion: z.number() })), 400: errors[400], ...ok, 422: json(Obj, 'INVALID_CATALOG, INVALID_PROFILE') },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const v = c.req.valid('json');
    const now = clock();
    // updatedAt doubles as the version the parsed-settings cache keys on: it must grow on every write
    const version = sql`max(${now}, ${settings.updatedAt} + 1)`;
    await db.transaction(async (tx) => {
      if (v.catalog) {
        const catalog = loadCatalog(v.catalog);
        await tx.insert(settings).values({ key: 'catalog', value: catalog, updatedAt: now }).onConflictDoUpdate({ target: settings.key, set: { value: catalog, updatedAt: version } });
      }
      if (v.profile) {
        const profile = loadProfile(v.profile);
        await tx.insert(settings).values({ key: 'profile', value: profile, updatedAt: now }).onConflictDoUpdate({ target: settings.key, set: { value: profile, updatedAt: version } });
      }
    });
    const p = await operatorPricing(db);
    return c.json({ catalog: p.catalog as unknown as Record<string, unknown>, profile: p.profile as unknown as Record<string, unknown>, catalogVersion: p.catalogVersion }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/access-requests', tags: ['Back office'], summary: 'Requests for portal access',
    request: { query: z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional() }) },
    responses: { 200: json(z.object({ items: z.array(Obj) })), ...ok },
  }), async (c) => {
    staff(c);
    const { status } = c.req.valid('query');
    const rows = await c.var.deps.db.select().from(accessRequests).where(status ? eq(accessRequests.status, status) : undefined).orderBy(desc(accessRequests.createdAt));
    return c.json({ items: rows }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'post', path: '/api/admin/access-requests/{id}/approve', tags: ['Back office'],
    summary: 'Approve: the person joins an existing company (companyId) or a new one (company), as its admin, and gets an invitation',
    request: { params: IdParam, ...body(z.object({ companyId: z.number().int().positive().optional(), company: CompanyInput.optional() }).strict()) },
    responses: { 200: json(Obj), 400: errors[400], ...ok, 404: errors[404], 409: json(Obj, 'ALREADY_DECIDED') },
  }), async (c) => {
    const me = staff(c, 'admin');
    const { db, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    const v = c.req.valid('json');
    const now = clock();
    const result = await db.transaction(async (tx) => {
      const req = await tx.select().from(accessRequests).where(eq(accessRequests.id, id)).get();
      if (!req) throw notFound('The access request');
      if (req.status !== 'pending') throw conflict('ALREADY_DECIDED', `This request was ${req.status} already.`);
      let companyId = v.companyId;
      let groupName = 'Orderers';
      if (!companyId) {
        if (!v.company) throw new ApiError(400, 'VALIDATION_ERROR', 'Name an existing companyId or give the new company.');
        await checkCompanyRefs(tx, v.company);
        companyId = (await createCompany(tx, { ...v.company, createdAt: now })).company.id;
        groupName = 'Administrators';
      }
      const g = await tx.select().from(groups).where(and(eq(groups.companyId, companyId), eq(groups.name, groupName))).get()
        ?? await tx.select().from(groups).where(eq(groups.companyId, companyId)).get();
      if (!g) throw notFound('The company');
      await addMember(tx, companyId, { email: req.email, name: req.name, groupId: g.id, language: req.language }, now, config.publicUrl);
      await tx.update(accessRequests).set({ status: 'approved', companyId, decidedBy: me.user.id, decidedAt: now }).where(eq(accessRequests.id, id));
      return { id, status: 'approved', companyId };
    });
    return c.json(result, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'post', path: '/api/admin/access-requests/{id}/reject', tags: ['Back office'], summary: 'Decline an access request (the person is told by mail)',
    request: { params: IdParam },
    responses: { 200: json(Obj), ...ok, 404: errors[404], 409: json(Obj, 'ALREADY_DECIDED') },
  }), async (c) => {
    const me = staff(c, 'admin');
    const { db, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    const now = clock();
    await db.transaction(async (tx) => {
      const req = await tx.select().from(accessRequests).where(eq(accessRequests.id, id)).get();
      if (!req) throw notFound('The access request');
      if (req.status !== 'pending') throw conflict('ALREADY_DECIDED', `This request was ${req.status} already.`);
      await tx.update(accessRequests).set({ status: 'rejected', decidedBy: me.user.id, decidedAt: now }).where(eq(accessRequests.id, id));
      await enqueueMail(tx, { to: req.email, kind: 'access_rejected', language: req.language, vars: { name: req.name, company: req.companyName, link: links.login(config.publicUrl) } }, now);
    });
    return c.json({ id, status: 'rejected' }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/orders', tags: ['Back office'], summary: 'Orders that reached the shop (released at some point), newest first',
    request: { query: z.object({ status: z.enum(ORDER_STATUSES).optional(), companyId: z.coerce.number().int().positive().optional() }) },
    responses: { 200: json(z.object({ items: z.array(Obj), counts: z.record(z.string(), z.number()) })), ...ok },
  }), async (c) => {
    staff(c);
    const { db } = c.var.deps;
    const { status, companyId } = c.req.valid('query');
    const conds: SQL[] = [isNotNull(orders.releasedAt)];
    if (status) conds.push(eq(orders.status, status));
    if (companyId) conds.push(eq(orders.companyId, companyId));
    const [items, counts] = await Promise.all([
      orderList(db, and(...conds)),
      db.select({ status: orders.status, n: sql<number>`count(*)` }).from(orders).where(isNotNull(orders.releasedAt)).groupBy(orders.status),
    ]);
    const me = staff(c);
    return c.json({ items: await withUnread(db, { side: 'shop', user: me.user }, items), counts: Object.fromEntries(counts.map((r) => [r.status, r.n])) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/orders/{id}', tags: ['Back office'], summary: 'A released order with lines, history and records',
    request: { params: IdParam },
    responses: { 200: json(Obj), ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c);
    const { db } = c.var.deps;
    return c.json(await orderView(db, await shopOrder(db, c.req.valid('param').id), 'shop'), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/orders/{id}/nest', tags: ['Back office'], summary: 'The sheets a released order\'s parts are nested on',
    request: { params: IdParam },
    responses: { 200: json(NestViewSchema), ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c);
    const { db } = c.var.deps;
    return c.json(await orderNest(db, await shopOrder(db, c.req.valid('param').id)), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'post', path: '/api/admin/orders/{id}/status', tags: ['Back office'],
    summary: 'Move an order on: released → in_production → shipped (with delivery note) → completed, or cancelled before shipping',
    request: { params: IdParam, ...body(StatusChange) },
    responses: { 200: json(Obj), 400: errors[400], ...ok, 404: errors[404], 409: json(Obj, 'INVALID_TRANSITION') },
  }), async (c) => {
    const me = staff(c);
    const { db, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    await changeStatus(db, me.user, id, c.req.valid('json'), clock(), config.publicUrl);
    return c.json(await orderView(db, await shopOrder(db, id), 'shop'), 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'post', path: '/api/admin/orders/{id}/records', tags: ['Back office'],
    summary: 'Record a delivery note, an invoice (numbered, with due date), a (partial) payment or a credit note on an order',
    description: 'Amounts are gross cents. A payment above the order\'s open amount (invoiced − credited − paid) is refused with OVERPAYMENT '
      + 'unless allowOverpayment is true; a credit note may not exceed what is invoiced and not yet credited (CREDIT_EXCEEDS_INVOICED). '
      + 'Answers the order view with invoiced, credited, paid and open.',
    request: { params: IdParam, ...body(RecordBody) },
    responses: {
      201: json(Obj), 400: json(Obj, 'VALIDATION_ERROR, INVALID_AMOUNT, INVALID_DATE, INVALID_DUE_DATE'), ...ok, 404: errors[404],
      409: json(Obj, 'OVERPAYMENT, CREDIT_EXCEEDS_INVOICED, DOCUMENT_TAKEN'),
    },
  }), async (c) => {
    const me = staff(c);
    const { db, clock, config } = c.var.deps;
    const { id } = c.req.valid('param');
    const v = c.req.valid('json');
    const now = clock();
    if (v.kind !== 'delivery' && v.amount === undefined) throw invalid('amount: invoices, payments and credit notes need an amount in cents.', 'INVALID_AMOUNT');
    await db.transaction(async (tx) => {
      const order = await shopOrder(tx, id);
      const amount = v.amount ?? 0;
      if (v.kind === 'invoice') await addInvoice(tx, me.user, order, { date: v.date, amount, dueDate: v.dueDate, document: v.document }, now, config.paymentTermsDays);
      else if (v.kind === 'payment') await addPayment(tx, me.user, order, { date: v.date, amount, document: v.document, allowOverpayment: v.allowOverpayment }, now);
      else if (v.kind === 'credit') await addCredit(tx, me.user, order, { date: v.date, amount, document: v.document }, now);
      else await addRecord(tx, me.user, order, { kind: 'delivery', date: checkDay(v.date ?? isoDate(now), 'date'), document: v.document ?? null, amount: null }, now);
    });
    return c.json(await orderView(db, await shopOrder(db, id), 'shop'), 201);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/outbox', tags: ['Back office'], summary: 'Every notification mail, sent or waiting',
    request: { query: z.object({ status: z.enum(['waiting', 'sending', 'sent', 'failed']).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }) },
    responses: { 200: json(z.object({ items: z.array(Obj) })), ...ok },
  }), async (c) => {
    staff(c);
    const { status, limit } = c.req.valid('query');
    const rows = await c.var.deps.db.select().from(outbox).where(status ? eq(outbox.status, status) : undefined).orderBy(desc(outbox.id)).limit(limit);
    return c.json({ items: rows }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff()] as const,
    method: 'get', path: '/api/admin/embed-keys', tags: ['Back office'], summary: 'Keys for instant quotes on the shop\'s website',
    responses: { 200: json(z.object({ items: z.array(Obj) })), ...ok },
  }), async (c) => {
    staff(c);
    return c.json({ items: await c.var.deps.db.select().from(embedKeys).orderBy(asc(embedKeys.createdAt)) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'post', path: '/api/admin/embed-keys', tags: ['Back office'], summary: 'Create an embed key with its allowed origins',
    request: body(z.object({
      name: z.string().trim().min(1).max(100),
      origins: z.array(z.string().url().transform((u) => new URL(u).origin)).min(1).max(20),
      ratePerMinute: z.number().int().min(1).max(100_000).default(60),
    }).strict()),
    responses: { 201: json(Obj), 400: errors[400], ...ok },
  }), async (c) => {
    staff(c, 'admin');
    const { db, clock } = c.var.deps;
    const v = c.req.valid('json');
    const row = await db.insert(embedKeys).values({ key: `pk_${randomBytes(18).toString('base64url')}`, ...v, createdAt: clock() }).returning().get();
    return c.json(row, 201);
  });

  app.openapi(createRoute({
    middleware: [requireStaff('admin')] as const,
    method: 'patch', path: '/api/admin/embed-keys/{key}', tags: ['Back office'], summary: 'Change origins, rate or disable a key',
    request: {
      params: z.object({ key: z.string().min(1).max(200) }),
      ...body(z.object({ origins: z.array(z.string().url().transform((u) => new URL(u).origin)).min(1).max(20), ratePerMinute: z.number().int().min(1).max(100_000), enabled: z.boolean() }).partial().strict()),
    },
    responses: { 200: json(Obj), 400: errors[400], ...ok, 404: errors[404] },
  }), async (c) => {
    staff(c, 'admin');
    const row = await c.var.deps.db.update(embedKeys).set(c.req.valid('json')).where(eq(embedKeys.key, c.req.valid('param').key)).returning().get();
    if (!row) throw notFound('The key');
    return c.json(row, 200);
  });
}
