import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portal, signIn, type Caller, type Portal } from './helpers.js';

/** The token of the newest mail of `kind` to `to`, from its link. */
async function tokenFromMail(ops: Caller, to: string, kind: string): Promise<string> {
  const mails = (await ops.json('GET', '/api/admin/outbox?limit=500')).body.items;
  const mail = mails.find((m: { to: string; kind: string }) => m.to === to && m.kind === kind);
  expect(mail, `no ${kind} mail to ${to}`).toBeDefined();
  const m = /set-password\?token=([\w%-]+)/.exec(mail.text);
  return decodeURIComponent(m![1]);
}

describe('accounts', () => {
  let p: Portal;
  let ops: Caller, admin: Caller;
  beforeAll(async () => {
    p = await portal();
    [ops, admin] = await Promise.all([p.as('ops@kerf.example'), p.as('admin@acme.example')]);
  });
  afterAll(() => p.close());

  it('staff sign in without a customer number; customers with theirs; a wrong one fails like a wrong password', async () => {
    const anon = p.anonymous();
    const staff = await anon.json('POST', '/api/auth/login', { email: 'ops@kerf.example', password: 'kerf-demo-2026' });
    expect(staff.body).toMatchObject({ activeCompanyId: null, user: { staffRole: 'admin' } });
    const wrong = await anon.json('POST', '/api/auth/login', { customerNumber: '10002', email: 'buyer@acme.example', password: 'kerf-demo-2026' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    const me = await (await p.as('buyer@acme.example')).json('GET', '/api/me');
    expect(me.body).toMatchObject({ activeCompanyId: expect.any(Number), approvalMode: 'always' });
    expect(me.body.rights).toContain('order');
  });

  it('an invited employee sets a password from the link (once) and signs in', async () => {
    const groups = (await admin.json('GET', '/api/company/groups')).body.items;
    const orderers = groups.find((g: { name: string }) => g.name === 'Orderers');
    const added = await admin.json('POST', '/api/company/users', { email: 'Nina@Acme.example', name: 'Nina New', groupId: orderers.id, approvalMode: 'always', approverId: null });
    expect(added.status).toBe(201);
    expect(added.body.items.find((u: { email: string }) => u.email === 'nina@acme.example')).toMatchObject({ invited: true, approvalMode: 'always' });
    const token = await tokenFromMail(ops, 'nina@acme.example', 'invitation');
    const anon = p.anonymous();
    expect((await anon.json('POST', '/api/auth/password-reset/confirm', { token, password: 'short' })).status).toBe(400);
    expect((await anon.json('POST', '/api/auth/password-reset/confirm', { token, password: 'a-long-enough-one' })).status).toBe(200);
    expect((await anon.json('POST', '/api/auth/password-reset/confirm', { token, password: 'a-long-enough-two' })).body.error.code).toBe('INVALID_TOKEN');
    const nina = await signIn(p.app, 'nina@acme.example', '10001', 'a-long-enough-one');
    expect((await nina.json('GET', '/api/me')).body.user.name).toBe('Nina New');
    // the database holds only the hash of the token
    const rows = await p.database.client.execute('select token_hash from tokens');
    expect(rows.rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('a reset link works for one hour, once, and ends the old sessions', async () => {
    const old = await p.as('engineer@acme.example');
    await p.anonymous().json('POST', '/api/auth/password-reset', { email: 'engineer@acme.example' });
    const token = await tokenFromMail(ops, 'engineer@acme.example', 'password_reset');
    p.advance(61 * 60 * 1000);
    expect((await p.anonymous().json('POST', '/api/auth/password-reset/confirm', { token, password: 'new-password-123' })).body.error.code).toBe('INVALID_TOKEN');
    await p.anonymous().json('POST', '/api/auth/password-reset', { email: 'engineer@acme.example' });
    const fresh = await tokenFromMail(ops, 'engineer@acme.example', 'password_reset');
    expect(fresh).not.toBe(token);
    expect((await p.anonymous().json('POST', '/api/auth/password-reset/confirm', { token: fresh, password: 'new-password-123' })).status).toBe(200);
    expect((await old.json('GET', '/api/me')).status).toBe(401);
    await expect(signIn(p.app, 'engineer@acme.example', '10001')).rejects.toThrow();
    await signIn(p.app, 'engineer@acme.example', '10001', 'new-password-123');
  });

  it('an access request is approved into a new company whose admin is invited', async () => {
    await p.anonymous().json('POST', '/api/auth/register', { company: 'Gamma Anlagenbau', email: 'gina@gamma.example', name: 'Gina Gamma', language: 'de' });
    const req = (await ops.json('GET', '/api/admin/access-requests?status=pending')).body.items.find((r: { email: string }) => r.email === 'gina@gamma.example');
    expect(req).toBeDefined();
    const mails = (await ops.json('GET', '/api/admin/outbox?limit=500')).body.items;
    expect(mails.some((m: { kind: string; to: string }) => m.kind === 'access_request' && m.to === 'ops@kerf.example')).toBe(true);
    const salesId = (await ops.json('GET', '/api/admin/users')).body.items.find((u: { email: string }) => u.email === 'sales@kerf.example').id;
    const ok = await ops.json('POST', `/api/admin/access-requests/${req.id}/approve`, { company: { name: 'Gamma Anlagenbau GmbH', customerNumber: '10003', city: 'Köln', salesRepId: salesId, language: 'de' } });
    expect(ok.status).toBe(200);
    expect((await ops.json('POST', `/api/admin/access-requests/${req.id}/approve`, { companyId: ok.body.companyId })).status).toBe(409);
    const token = await tokenFromMail(ops, 'gina@gamma.example', 'invitation');
    const invite = (await ops.json('GET', '/api/admin/outbox?limit=500')).body.items.find((m: { kind: string; to: string }) => m.kind === 'invitation' && m.to === 'gina@gamma.example');
    expect(invite.language).toBe('de');
    await p.anonymous().json('POST', '/api/auth/password-reset/confirm', { token, password: 'gamma-password-1' });
    const gina = await signIn(p.app, 'gina@gamma.example', '10003', 'gamma-password-1');
    const company = (await gina.json('GET', '/api/company')).body;
    expect(company).toMatchObject({ name: 'Gamma Anlagenbau GmbH', salesRep: { email: 'sales@kerf.example', name: 'Sam Sales' } });
    expect((await gina.json('GET', '/api/me')).body.rights).toContain('manage_users');
  });

  it('one login in two companies: switch, and removal from one leaves the other', async () => {
    const beta = await p.as('admin@beta.example');
    const betaGroups = (await beta.json('GET', '/api/company/groups')).body.items;
    const viewers = betaGroups.find((g: { name: string }) => g.name === 'Viewers');
    expect((await beta.json('POST', '/api/company/users', { email: 'buyer@acme.example', name: 'Ben Buyer', groupId: viewers.id })).status).toBe(201);
    const again = await beta.json('POST', '/api/company/users', { email: 'buyer@acme.example', name: 'Ben Buyer', groupId: viewers.id });
    expect(again.body.error.code).toBe('ALREADY_MEMBER');
    const buyer = await p.as('buyer@acme.example');
    const me = (await buyer.json('GET', '/api/me')).body;
    expect(me.companies.map((c: { customerNumber: string }) => c.customerNumber).sort()).toEqual(['10001', '10002']);
    const betaId = me.companies.find((c: { customerNumber: string }) => c.customerNumber === '10002').id;
    const switched = await buyer.json('POST', '/api/auth/switch-company', { companyId: betaId });
    expect(switched.body).toMatchObject({ activeCompanyId: betaId, rights: ['view_parts'] });
    const betaParts = (await buyer.json('GET', '/api/parts')).body.items.map((x: { name: string }) => x.name);
    expect(betaParts).toContain('Anchor plate 160');
    expect((await buyer.json('GET', '/api/basket')).status).toBe(403); // Viewers may not order
    expect((await buyer.json('POST', '/api/auth/switch-company', { companyId: 999 })).status).toBe(404);
    // Beta removes him: the Beta session ends, Acme stays
    const id = (await beta.json('GET', '/api/company/users')).body.items.find((u: { email: string }) => u.email === 'buyer@acme.example').id;
    expect((await beta.json('DELETE', `/api/company/users/${id}`)).status).toBe(200);
    expect((await buyer.json('GET', '/api/parts')).status).toBe(401);
    const back = await p.as('buyer@acme.example');
    expect((await back.json('GET', '/api/me')).body.companies.map((c: { customerNumber: string }) => c.customerNumber)).toEqual(['10001']);
  });

  it('admins cannot lock themselves out; groups in use cannot be deleted', async () => {
    const me = (await admin.json('GET', '/api/me')).body.user.id;
    expect((await admin.json('DELETE', `/api/company/users/${me}`)).body.error.code).toBe('LOCKOUT');
    const groups = (await admin.json('GET', '/api/company/groups')).body.items;
    const admins = groups.find((g: { name: string }) => g.name === 'Administrators');
    expect((await admin.json('PATCH', `/api/company/groups/${admins.id}`, { rights: ['view_parts'] })).body.error.code).toBe('LOCKOUT');
    expect((await admin.json('DELETE', `/api/company/groups/${admins.id}`)).body.error.code).toBe('GROUP_IN_USE');
    const made = await admin.json('POST', '/api/company/groups', { name: 'Auditors', rights: ['view_parts'] });
    expect(made.status).toBe(201);
    const auditors = made.body.items.find((g: { name: string }) => g.name === 'Auditors');
    expect((await admin.json('DELETE', `/api/company/groups/${auditors.id}`)).status).toBe(200);
  });

  it('the operator enables a company with pricing overrides and agreed materials, which its catalog reflects', async () => {
    const made = await ops.json('POST', '/api/admin/companies', {
      name: 'Delta Stahl', customerNumber: '10004', pricingOverrides: { materialMarkup: 0.2, minimumOrderValue: 0 },
      allowedMaterials: [{ material: 'AlMg3', thicknesses: [2, 3] }],
    });
    expect(made.status).toBe(201);
    expect((await ops.json('POST', '/api/admin/companies', { name: 'Delta 2', customerNumber: '10004' })).body.error.code).toBe('CUSTOMER_NUMBER_TAKEN');
    expect((await ops.json('PATCH', `/api/admin/companies/${made.body.id}`, { pricingOverrides: { machineRatePerHour: -5 } })).status).toBe(422);
    await ops.json('POST', `/api/admin/companies/${made.body.id}/users`, { email: 'dora@delta.example', name: 'Dora Delta' });
    const token = await tokenFromMail(ops, 'dora@delta.example', 'invitation');
    await p.anonymous().json('POST', '/api/auth/password-reset/confirm', { token, password: 'delta-password-1' });
    const dora = await signIn(p.app, 'dora@delta.example', '10004', 'delta-password-1');
    const catalog = (await dora.json('GET', '/api/catalog')).body;
    expect(catalog.catalog.materials.map((m: { id: string }) => m.id)).toEqual(['AlMg3']);
    expect(catalog.catalog.materials[0].thicknesses.map((t: { thickness: number }) => t.thickness)).toEqual([2, 3]);
    expect(catalog.profile.materialMarkup).toBe(0.2);
    expect(catalog.templates.length).toBeGreaterThanOrEqual(7);
  });

  it('disabling a company locks its people out at once; enabling lets them back', async () => {
    const betaAdmin = await p.as('admin@beta.example');
    const id = (await ops.json('GET', '/api/admin/companies')).body.items.find((c: { customerNumber: string }) => c.customerNumber === '10002').id;
    expect((await ops.json('PATCH', `/api/admin/companies/${id}`, { enabled: false })).status).toBe(200);
    expect((await betaAdmin.json('GET', '/api/parts')).status).toBe(401);
    await expect(p.as('admin@beta.example')).rejects.toThrow(/401/);
    await ops.json('PATCH', `/api/admin/companies/${id}`, { enabled: true });
    expect((await (await p.as('admin@beta.example')).json('GET', '/api/parts')).status).toBe(200);
  });

  it('housekeeping removes expired sessions, old links and old throttling windows', async () => {
    const { cleanUp } = await import('../../server/services/maintenance.js');
    const c = await p.as('admin@beta.example');
    const before = (await p.database.client.execute('select count(*) as n from sessions')).rows[0].n as number;
    p.advance(15 * 24 * 3600 * 1000);
    const removed = await cleanUp(p.database.db, p.now());
    expect(removed.sessions).toBe(before);
    expect(removed.rateLimits).toBeGreaterThan(0);
    expect(removed.tokens).toBeGreaterThan(0);
    expect((await c.json('GET', '/api/me')).status).toBe(401);
    expect((await p.as('admin@beta.example')).cookie).toBeTruthy();
  });
});
