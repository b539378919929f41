import { createRoute, z } from '@hono/zod-openapi';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { App } from '../app.js';
import { addresses, APPROVAL_MODES, companies, groups, LANGUAGES, memberships, RIGHTS, sessions, users } from '../db/schema.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import { body, customer, errors, IdParam, json, Obj, requireCustomer } from '../http/openapi.js';
import { AddressSchema } from '../http/schemas.js';
import { addMember, checkMemberRefs } from '../services/companies.js';

const Email = z.string().trim().toLowerCase().email().max(254);
const CompanySchema = z.object({
  id: z.number(), name: z.string(), customerNumber: z.string(), street: z.string(), zip: z.string(), city: z.string(), country: z.string(),
  phone: z.string(), vatId: z.string(), language: z.string(),
  salesRep: z.object({ name: z.string(), email: z.string(), phone: z.string() }).nullable(),
  addresses: z.array(Obj),
}).openapi('Company');
const CompanyPatch = z.object({
  name: z.string().trim().min(2).max(200), street: z.string().trim().max(200), zip: z.string().trim().max(20), city: z.string().trim().max(100),
  country: z.string().trim().max(60), phone: z.string().trim().max(60), vatId: z.string().trim().max(40), language: z.enum(LANGUAGES),
}).partial().strict();
const AddressInput = AddressSchema.extend({ kind: z.enum(['delivery', 'billing']), isDefault: z.boolean().default(false) });

const MemberFields = {
  groupId: z.number().int().positive(),
  approvalMode: z.enum(APPROVAL_MODES),
  approvalLimit: z.number().int().min(0).nullable().openapi({ description: 'cents; above it every order needs approval' }),
  approverId: z.number().int().positive().nullable(),
};
const MemberCreate = z.object({
  email: Email, name: z.string().trim().min(2).max(200), language: z.enum(LANGUAGES).optional(),
  groupId: MemberFields.groupId, approvalMode: MemberFields.approvalMode.default('none'),
  approvalLimit: MemberFields.approvalLimit.optional(), approverId: MemberFields.approverId.optional(),
}).strict();
const MemberPatch = z.object({ name: z.string().trim().min(2).max(200), ...MemberFields }).partial().strict();
const GroupInput = z.object({ name: z.string().trim().min(1).max(100), rights: z.array(z.enum(RIGHTS)) }).strict();

export async function companyView(db: import('../db/client.js').Tx, companyId: number) {
  const company = await db.select().from(companies).where(eq(companies.id, companyId)).get();
  if (!company) throw notFound('The company');
  const rep = company.salesRepId ? await db.select().from(users).where(eq(users.id, company.salesRepId)).get() : undefined;
  const addr = await db.select().from(addresses).where(eq(addresses.companyId, companyId)).orderBy(asc(addresses.id));
  return {
    id: company.id, name: company.name, customerNumber: company.customerNumber, street: company.street, zip: company.zip, city: company.city,
    country: company.country, phone: company.phone, vatId: company.vatId, language: company.language,
    salesRep: rep ? { name: rep.name, email: rep.email, phone: rep.phone } : null,
    addresses: addr.map(({ companyId: _c, ...a }) => a),
  };
}

async function members(db: import('../db/client.js').Tx, companyId: number) {
  return db.select({
    id: users.id, name: users.name, email: users.email, language: users.language, invited: sql<boolean>`${users.passwordHash} is null`.mapWith(Boolean), lastLoginAt: users.lastLoginAt,
    groupId: memberships.groupId, group: groups.name, approvalMode: memberships.approvalMode, approvalLimit: memberships.approvalLimit,
    approverId: memberships.approverId,
  }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).innerJoin(groups, eq(groups.id, memberships.groupId))
    .where(eq(memberships.companyId, companyId)).orderBy(asc(users.name));
}

export function registerCompany(app: App) {
  app.openapi(createRoute({
    middleware: [requireCustomer()] as const,
    method: 'get', path: '/api/company', tags: ['Company'], summary: 'The active company: master data, addresses and the sales rep to contact',
    responses: { 200: json(CompanySchema), 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c);
    return c.json(await companyView(c.var.deps.db, a.companyId), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_company')] as const,
    method: 'patch', path: '/api/company', tags: ['Company'], summary: 'Change master data (right manage_company)',
    request: body(CompanyPatch),
    responses: { 200: json(CompanySchema), 400: errors[400], 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c, 'manage_company');
    const { db } = c.var.deps;
    const patch = c.req.valid('json');
    if (Object.keys(patch).length) await db.update(companies).set(patch).where(eq(companies.id, a.companyId));
    return c.json(await companyView(db, a.companyId), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_company')] as const,
    method: 'post', path: '/api/company/addresses', tags: ['Company'], summary: 'Add a delivery or billing address (manage_company)',
    request: body(AddressInput),
    responses: { 201: json(CompanySchema), 400: errors[400], 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c, 'manage_company');
    const { db } = c.var.deps;
    const v = c.req.valid('json');
    await db.transaction(async (tx) => {
      if (v.isDefault) await tx.update(addresses).set({ isDefault: false }).where(and(eq(addresses.companyId, a.companyId), eq(addresses.kind, v.kind)));
      await tx.insert(addresses).values({ companyId: a.companyId, ...v });
    });
    return c.json(await companyView(db, a.companyId), 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_company')] as const,
    method: 'patch', path: '/api/company/addresses/{id}', tags: ['Company'], summary: 'Change an address (manage_company)',
    request: { params: IdParam, ...body(AddressInput.partial().strict()) },
    responses: { 200: json(CompanySchema), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'manage_company');
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const v = c.req.valid('json');
    await db.transaction(async (tx) => {
      const row = await tx.select().from(addresses).where(and(eq(addresses.id, id), eq(addresses.companyId, a.companyId))).get();
      if (!row) throw notFound('The address');
      if (v.isDefault) await tx.update(addresses).set({ isDefault: false }).where(and(eq(addresses.companyId, a.companyId), eq(addresses.kind, v.kind ?? row.kind)));
      await tx.update(addresses).set(v).where(eq(addresses.id, id));
    });
    return c.json(await companyView(db, a.companyId), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_company')] as const,
    method: 'delete', path: '/api/company/addresses/{id}', tags: ['Company'], summary: 'Remove an address (manage_company)',
    request: { params: IdParam },
    responses: { 200: json(CompanySchema), 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'manage_company');
    const { db } = c.var.deps;
    const row = await db.delete(addresses).where(and(eq(addresses.id, c.req.valid('param').id), eq(addresses.companyId, a.companyId))).returning().get();
    if (!row) throw notFound('The address');
    return c.json(await companyView(db, a.companyId), 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_users')] as const,
    method: 'get', path: '/api/company/users', tags: ['Company'], summary: 'Employees with group, approval mode and approver (manage_users)',
    responses: { 200: json(z.object({ items: z.array(Obj) })), 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c, 'manage_users');
    return c.json({ items: await members(c.var.deps.db, a.companyId) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_users')] as const,
    method: 'post', path: '/api/company/users', tags: ['Company'],
    summary: 'Add an employee: a new login is invited by mail (link valid 7 days); an existing one joins this company too',
    request: body(MemberCreate),
    responses: { 201: json(z.object({ items: z.array(Obj) })), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'ALREADY_MEMBER, EMAIL_TAKEN') },
  }), async (c) => {
    const a = customer(c, 'manage_users');
    const { db, clock, config } = c.var.deps;
    const v = c.req.valid('json');
    await db.transaction((tx) => addMember(tx, a.companyId, v, clock(), config.publicUrl));
    return c.json({ items: await members(db, a.companyId) }, 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_users')] as const,
    method: 'patch', path: '/api/company/users/{id}', tags: ['Company'], summary: 'Change an employee\'s group, approval mode, limit or approver',
    request: { params: IdParam, ...body(MemberPatch) },
    responses: { 200: json(z.object({ items: z.array(Obj) })), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404] },
  }), async (c) => {
    const a = customer(c, 'manage_users');
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const { name, ...m } = c.req.valid('json');
    if (m.approverId === id) throw invalid('approverId: nobody approves his own orders.');
    await db.transaction(async (tx) => {
      const mine = and(eq(memberships.userId, id), eq(memberships.companyId, a.companyId));
      if (!(await tx.select().from(memberships).where(mine).get())) throw notFound('The employee');
      await checkMemberRefs(tx, a.companyId, m.groupId, m.approverId);
      if (id === a.user.id && m.groupId !== undefined) {
        const g = await tx.select().from(groups).where(eq(groups.id, m.groupId)).get();
        if (!g?.rights.includes('manage_users')) throw conflict('LOCKOUT', 'You cannot take the right to manage users away from yourself.');
      }
      if (Object.keys(m).length) await tx.update(memberships).set(m).where(mine);
      if (name) await tx.update(users).set({ name }).where(eq(users.id, id));
    });
    return c.json({ items: await members(db, a.companyId) }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_users')] as const,
    method: 'delete', path: '/api/company/users/{id}', tags: ['Company'], summary: 'Remove an employee from this company (other companies keep the login)',
    request: { params: IdParam },
    responses: { 200: json(z.object({ items: z.array(Obj) })), 401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'LOCKOUT') },
  }), async (c) => {
    const a = customer(c, 'manage_users');
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    if (id === a.user.id) throw conflict('LOCKOUT', 'You cannot remove yourself; ask another admin.');
    await db.transaction(async (tx) => {
      const gone = await tx.delete(memberships).where(and(eq(memberships.userId, id), eq(memberships.companyId, a.companyId))).returning().get();
      if (!gone) throw notFound('The employee');
      await tx.update(memberships).set({ approverId: null }).where(and(eq(memberships.companyId, a.companyId), eq(memberships.approverId, id)));
      await tx.delete(sessions).where(and(eq(sessions.userId, id), eq(sessions.companyId, a.companyId)));
    });
    return c.json({ items: await members(db, a.companyId) }, 200);
  });

  const groupList = async (db: import('../db/client.js').Tx, companyId: number) => db.select({
    id: groups.id, name: groups.name, rights: groups.rights,
    members: sql<number>`(select count(*) from memberships m where m.group_id = ${groups.id})`,
  }).from(groups).where(eq(groups.companyId, companyId)).orderBy(asc(groups.name));

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_users')] as const,
    method: 'get', path: '/api/company/groups', tags: ['Company'], summary: 'Groups and their rights (manage_users)',
    responses: { 200: json(z.object({ items: z.array(Obj), rights: z.array(z.string()) })), 401: errors[401], 403: errors[403] },
  }), async (c) => {
    const a = customer(c, 'manage_users');
    return c.json({ items: await groupList(c.var.deps.db, a.companyId), rights: [...RIGHTS] }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_users')] as const,
    method: 'post', path: '/api/company/groups', tags: ['Company'], summary: 'Create a group',
    request: body(GroupInput),
    responses: { 201: json(z.object({ items: z.array(Obj), rights: z.array(z.string()) })), 400: errors[400], 401: errors[401], 403: errors[403], 409: json(Obj, 'GROUP_EXISTS') },
  }), async (c) => {
    const a = customer(c, 'manage_users');
    const { db } = c.var.deps;
    const v = c.req.valid('json');
    const clash = await db.select().from(groups).where(and(eq(groups.companyId, a.companyId), eq(groups.name, v.name))).get();
    if (clash) throw conflict('GROUP_EXISTS', `There is already a group "${v.name}".`);
    await db.insert(groups).values({ companyId: a.companyId, name: v.name, rights: [...new Set(v.rights)] });
    return c.json({ items: await groupList(db, a.companyId), rights: [...RIGHTS] }, 201);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_users')] as const,
    method: 'patch', path: '/api/company/groups/{id}', tags: ['Company'], summary: 'Rename a group or change its rights',
    request: { params: IdParam, ...body(GroupInput.partial().strict()) },
    responses: { 200: json(z.object({ items: z.array(Obj), rights: z.array(z.string()) })), 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'LOCKOUT') },
  }), async (c) => {
    const a = customer(c, 'manage_users');
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const v = c.req.valid('json');
    const mineGroup = and(eq(groups.id, id), eq(groups.companyId, a.companyId));
    const g = await db.select().from(groups).where(mineGroup).get();
    if (!g) throw notFound('The group');
    if (v.rights && !v.rights.includes('manage_users') && a.membership?.groupId === id) {
      throw conflict('LOCKOUT', 'You cannot take the right to manage users away from your own group.');
    }
    await db.update(groups).set({ ...v, ...(v.rights ? { rights: [...new Set(v.rights)] } : {}) }).where(mineGroup);
    return c.json({ items: await groupList(db, a.companyId), rights: [...RIGHTS] }, 200);
  });

  app.openapi(createRoute({
    middleware: [requireCustomer('manage_users')] as const,
    method: 'delete', path: '/api/company/groups/{id}', tags: ['Company'], summary: 'Delete an empty group',
    request: { params: IdParam },
    responses: { 200: json(z.object({ items: z.array(Obj), rights: z.array(z.string()) })), 401: errors[401], 403: errors[403], 404: errors[404], 409: json(Obj, 'GROUP_IN_USE') },
  }), async (c) => {
    const a = customer(c, 'manage_users');
    const { db } = c.var.deps;
    const { id } = c.req.valid('param');
    const mineGroup = and(eq(groups.id, id), eq(groups.companyId, a.companyId));
    if (!(await db.select().from(groups).where(mineGroup).get())) throw notFound('The group');
    const used = await db.select({ n: sql<number>`count(*)` }).from(memberships).where(eq(memberships.groupId, id)).get();
    if (used && used.n > 0) throw conflict('GROUP_IN_USE', 'Move its members to another group first.');
    await db.delete(groups).where(mineGroup);
    return c.json({ items: await groupList(db, a.companyId), rights: [...RIGHTS] }, 200);
  });
}
