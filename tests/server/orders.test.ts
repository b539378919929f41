import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portal, type Caller, type Portal } from './helpers.js';

describe('orders', () => {
  let p: Portal;
  let beta: Caller, engineer: Caller, admin: Caller, buyer: Caller, ops: Caller;
  beforeAll(async () => {
    p = await portal();
    [beta, engineer, admin, buyer, ops] = await Promise.all([
      p.as('admin@beta.example'), p.as('engineer@acme.example'), p.as('admin@acme.example'), p.as('buyer@acme.example'), p.as('ops@kerf.example'),
    ]);
  });
  afterAll(() => p.close());

  const firstPart = async (c: Caller, name?: string) => {
    const items = (await c.json('GET', '/api/parts?pageSize=100')).body.items;
    return name ? items.find((x: { name: string }) => x.name === name) : items[0];
  };

  it('a retry with the same Idempotency-Key returns the same order', async () => {
    const part = await firstPart(beta);
    await beta.json('POST', '/api/basket/items', { partId: part.id, quantity: 5 });
    const a = await beta.json('POST', '/api/orders', { commission: 'idem' }, { 'Idempotency-Key': 'k-1' });
    const b = await beta.json('POST', '/api/orders', { commission: 'idem' }, { 'Idempotency-Key': 'k-1' });
    expect(a.status).toBe(201);
    expect(b.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    expect(a.body.status).toBe('released'); // Beta's admin orders without approval
    const c = await beta.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'k-2' });
    expect(c.status).toBe(409);
    expect(c.body.error.code).toBe('BASKET_EMPTY');
  });

  it('20 concurrent submissions of one basket make one order', async () => {
    const part = await firstPart(beta);
    await beta.json('POST', '/api/basket/items', { partId: part.id, quantity: 7 });
    const before = (await beta.json('GET', '/api/orders')).body.counts.all;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => beta.json('POST', '/api/orders', {}, { 'Idempotency-Key': `race-${i}` })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect((await beta.json('GET', '/api/orders')).body.counts.all).toBe(before + 1);
    // the same key 20 times at once: one order, 20 answers with its id
    await beta.json('POST', '/api/basket/items', { partId: part.id, quantity: 3 });
    const same = await Promise.all(Array.from({ length: 20 }, () => beta.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'one-key' })));
    expect(new Set(same.map((r) => r.body.id)).size).toBe(1);
    expect(same.filter((r) => r.status === 201)).toHaveLength(1);
  });

  it('order numbers are readable and increase', async () => {
    const list = (await beta.json('GET', '/api/orders')).body.items.map((o: { number: string }) => o.number);
    expect(list.every((n: string) => /^K-2026-\d{5}$/.test(n))).toBe(true);
    expect([...list].sort().reverse()).toEqual(list);
  });

  it('outside_assortment: a part ordered before goes straight through, a new part waits', async () => {
    // the bracket was ordered and released before (seed)
    const bracket = await firstPart(engineer, 'Mounting bracket');
    await engineer.json('POST', '/api/basket/items', { partId: bracket.id, quantity: 10 });
    const known = await engineer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'oa-1' });
    expect(known.body.status).toBe('released');
    expect(known.body.lines[0].approval).toBe('not_needed');
    const fresh = await engineer.json('POST', '/api/parts', { name: 'Brand new disc', template: 'disc', params: { diameter: 80 }, material: 'S235', thickness: 3 });
    await engineer.json('POST', '/api/basket/items', { partId: bracket.id, quantity: 10 });
    await engineer.json('POST', '/api/basket/items', { partId: fresh.body.id, quantity: 10 });
    const mixed = await engineer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'oa-2' });
    expect(mixed.body.status).toBe('pending_approval');
    expect(mixed.body.lines.map((l: { approval: string; approvalReason: string | null }) => [l.approval, l.approvalReason]))
      .toEqual([['not_needed', null], ['pending', 'new_part']]);
    // approving the new line releases it; afterwards the part is in the assortment
    expect((await admin.json('POST', `/api/orders/${mixed.body.id}/approve`)).body.status).toBe('released');
    await engineer.json('POST', '/api/basket/items', { partId: fresh.body.id, quantity: 1 });
    expect((await engineer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'oa-3' })).body.status).toBe('released');
  });

  it('outside_assortment: a material outside the agreed list needs approval', async () => {
    const alu = await firstPart(engineer, 'Aluminium cover plate');
    await engineer.json('POST', '/api/basket/items', { partId: alu.id, quantity: 2 });
    const o = await engineer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'mat-1' });
    expect(o.body.lines[0].approvalReason).toBe('material');
    expect(o.body.status).toBe('pending_approval');
    // a rejection of the only line rejects the order, with the reason in the history
    const r = await admin.json('POST', `/api/orders/${o.body.id}/reject`, { reason: 'Not our material' });
    expect(r.body.status).toBe('rejected');
    expect(r.body.total).toBe(0);
    expect(r.body.history.at(-1)).toMatchObject({ kind: 'status', toStatus: 'rejected', note: 'Not our material', actor: 'Anna Admin' });
    const mails = (await ops.json('GET', '/api/admin/outbox?limit=500')).body.items;
    expect(mails.some((m: { kind: string; orderId: number }) => m.kind === 'order_rejected' && m.orderId === o.body.id)).toBe(true);
  });

  it('approvalLimit: above the limit every order waits', async () => {
    const people = (await admin.json('GET', '/api/company/users')).body.items;
    const eng = people.find((u: { email: string }) => u.email === 'engineer@acme.example');
    expect((await admin.json('PATCH', `/api/company/users/${eng.id}`, { approvalMode: 'none', approvalLimit: 1000 })).status).toBe(200);
    const bracket = await firstPart(engineer, 'Mounting bracket');
    await engineer.json('POST', '/api/basket/items', { partId: bracket.id, quantity: 100 });
    const o = await engineer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'lim-1' });
    expect(o.body.total).toBeGreaterThan(1000);
    expect(o.body.status).toBe('pending_approval');
    expect(o.body.lines[0].approvalReason).toBe('limit');
    await admin.json('PATCH', `/api/company/users/${eng.id}`, { approvalMode: 'none', approvalLimit: null });
    await engineer.json('POST', '/api/basket/items', { partId: bracket.id, quantity: 100 });
    expect((await engineer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'lim-2' })).body.status).toBe('released');
    await admin.json('PATCH', `/api/company/users/${eng.id}`, { approvalMode: 'outside_assortment', approvalLimit: 500000 });
  });

  it('nobody approves his own order; only approvers approve; the shop sees only released orders', async () => {
    const part = await firstPart(buyer, 'Washer M20');
    await buyer.json('POST', '/api/basket/items', { partId: part.id, quantity: 10 });
    const o = await buyer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'own-1' });
    expect(o.body.status).toBe('pending_approval');
    expect((await buyer.json('POST', `/api/orders/${o.body.id}/approve`)).status).toBe(403);
    expect((await engineer.json('POST', `/api/orders/${o.body.id}/approve`)).status).toBe(403);
    expect((await ops.json('GET', `/api/admin/orders/${o.body.id}`)).status).toBe(404);
    expect((await ops.json('POST', `/api/admin/orders/${o.body.id}/status`, { status: 'in_production' })).status).toBe(404);
    // the buyer may cancel it while it waits; then approving is a conflict
    const cancelled = await buyer.json('POST', `/api/orders/${o.body.id}/cancel`, { reason: 'ordered by mistake' });
    expect(cancelled.body.status).toBe('cancelled');
    expect((await admin.json('POST', `/api/orders/${o.body.id}/approve`)).status).toBe(409);
  });

  it('cancelling is possible until production starts, and the sales rep hears of it', async () => {
    const part = await firstPart(beta);
    await beta.json('POST', '/api/basket/items', { partId: part.id, quantity: 2 });
    const o = (await beta.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'cx-1' })).body;
    expect(o.status).toBe('released');
    await ops.json('POST', `/api/admin/orders/${o.id}/status`, { status: 'in_production' });
    const refused = await beta.json('POST', `/api/orders/${o.id}/cancel`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('INVALID_STATUS');
    await beta.json('POST', '/api/basket/items', { partId: part.id, quantity: 2 });
    const o2 = (await beta.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'cx-2' })).body;
    expect((await beta.json('POST', `/api/orders/${o2.id}/cancel`)).body.status).toBe('cancelled');
    const mails = (await ops.json('GET', '/api/admin/outbox?limit=500')).body.items;
    expect(mails.some((m: { kind: string; orderId: number; to: string }) => m.kind === 'order_cancelled' && m.orderId === o2.id && m.to === 'sales@kerf.example')).toBe(true);
  });

  it('frozen prices do not move when the shop changes its prices', async () => {
    const orders = (await ops.json('GET', '/api/admin/orders?status=completed')).body.items;
    const before = (await ops.json('GET', `/api/admin/orders/${orders[0].id}`)).body;
    const pricing = (await ops.json('GET', '/api/admin/pricing')).body;
    const profile = { ...pricing.profile, machineRatePerHour: pricing.profile.machineRatePerHour * 2 };
    expect((await ops.json('PUT', '/api/admin/pricing', { profile })).status).toBe(200);
    const after = (await ops.json('GET', `/api/admin/orders/${orders[0].id}`)).body;
    expect(after.lines.map((l: { unitPrice: number }) => l.unitPrice)).toEqual(before.lines.map((l: { unitPrice: number }) => l.unitPrice));
    // while a basket is priced anew
    const part = await firstPart(beta);
    const basket1 = (await beta.json('POST', '/api/basket/items', { partId: part.id, quantity: 10 })).body.total;
    await ops.json('PUT', '/api/admin/pricing', { profile: pricing.profile });
    const basket2 = (await beta.json('GET', '/api/basket')).body.total;
    expect(basket1).toBeGreaterThan(basket2);
  });

  it('the list is grouped by status with counts and the columns of DOMAIN.md', async () => {
    const list = (await admin.json('GET', '/api/orders')).body;
    for (const s of ['pending_approval', 'released', 'in_production', 'shipped', 'completed', 'rejected', 'cancelled', 'all']) expect(list.counts[s]).toBeTypeOf('number');
    expect(list.counts.all).toBe(list.items.length);
    expect(Object.keys(list.items[0])).toEqual(expect.arrayContaining(['number', 'requestedDate', 'status', 'commission', 'orderer', 'total']));
    const only = (await admin.json('GET', '/api/orders?status=shipped')).body.items;
    expect(only.length).toBe(list.counts.shipped);
    expect(only.every((o: { status: string }) => o.status === 'shipped')).toBe(true);
  });
});
