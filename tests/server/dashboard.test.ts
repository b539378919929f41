/**
 * Dashboards (issue [8]): the back office's order intake, revenue per customer, parts per material
 * and open items by age; the customer's spend per month. Checked as the change that one order,
 * its invoices, a payment and a credit note make to the demo's figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portal, type Caller, type Portal } from './helpers.js';

let p: Portal;
let acme: Caller, beta: Caller, ops: Caller;
let acmeId: number;

beforeAll(async () => {
  p = await portal();
  [acme, beta, ops] = await Promise.all([p.as('admin@acme.example'), p.as('admin@beta.example'), p.as('ops@kerf.example')]);
  acmeId = (await acme.json('GET', '/api/me')).body.activeCompanyId;
});
afterAll(() => p.close());

const month = (d: { intake: { month: string; count: number; value: number }[] }, m: string) => d.intake.find((x) => x.month === m)!;

describe('back office dashboard', () => {
  it('reflects a new order, its invoices, a partial payment and a credit note', async () => {
    const before = (await ops.json('GET', '/api/admin/dashboard')).body;
    expect(before.from).toBe('2025-12');
    expect(before.to).toBe('2026-11');
    expect(before.intake).toHaveLength(12);

    const part = (await acme.json('POST', '/api/parts', { name: 'Dash plate', template: 'rectangle', params: { width: 200, height: 100 }, material: '1.4301', thickness: 2 })).body;
    const added = await acme.json('POST', '/api/basket/items', { partId: part.id, quantity: 40 });
    expect(added.status, JSON.stringify(added.body) + JSON.stringify(part)).toBe(201);
    const order = (await acme.json('POST', '/api/orders', { commission: 'dashboard' }, { 'Idempotency-Key': 'dash-1' })).body;
    expect(order.status).toBe('released');

    const after = (await ops.json('GET', '/api/admin/dashboard')).body;
    expect(month(after, '2026-11').count).toBe(month(before, '2026-11').count + 1);
    expect(month(after, '2026-11').value).toBe(month(before, '2026-11').value + order.total);
    const al = (d: { materials: { material: string; pieces: number; kg: number }[] }) => d.materials.find((m) => m.material === '1.4301') ?? { pieces: 0, kg: 0 };
    expect(al(after).pieces).toBe(al(before).pieces + 40);
    expect(al(after).kg).toBeCloseTo(al(before).kg + 40 * part.weight, 1);

    // an old invoice (111 days before today, 2026-11-20), a recent one, a partial payment, a credit note
    const rec = (body: object) => ops.json('POST', `/api/admin/orders/${order.id}/records`, body);
    expect((await rec({ kind: 'invoice', date: '2026-08-01', document: 'R-1', amount: 10_000 })).status).toBe(201);
    expect((await rec({ kind: 'invoice', date: '2026-11-10', document: 'R-2', amount: 5_000 })).status).toBe(201);
    expect((await rec({ kind: 'payment', date: '2026-11-15', amount: 3_000 })).status).toBe(201);
    expect((await rec({ kind: 'credit', date: '2026-11-16', amount: 1_000 })).status).toBe(201);

    const money = (await ops.json('GET', '/api/admin/dashboard')).body;
    const rev = (d: { revenue: { companyId: number; invoiced: number; credited: number; net: number }[] }) =>
      d.revenue.find((r) => r.companyId === acmeId) ?? { invoiced: 0, credited: 0, net: 0 };
    expect(rev(money).invoiced - rev(before).invoiced).toBe(15_000);
    expect(rev(money).credited - rev(before).credited).toBe(1_000);
    expect(rev(money).net - rev(before).net).toBe(14_000);
    // payments and credits settle the oldest invoice first: 10,000 − 4,000 open for 111 days, 5,000 for 10 days
    const open = (d: { openItems: { companyId: number; open: number; buckets: Record<string, number> }[] }) =>
      d.openItems.find((o) => o.companyId === acmeId) ?? { open: 0, buckets: { '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 } };
    expect(open(money).open - open(before).open).toBe(11_000);
    expect(open(money).buckets['90+'] - open(before).buckets['90+']).toBe(6_000);
    expect(open(money).buckets['0-30'] - open(before).buckets['0-30']).toBe(5_000);
    expect(money.openTotal.open).toBe(money.openItems.reduce((s: number, o: { open: number }) => s + o.open, 0));

    // a period before the invoices shows none of them
    const earlier = (await ops.json('GET', '/api/admin/dashboard?from=2026-01&to=2026-07')).body;
    expect(earlier.intake.map((i: { month: string }) => i.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
    expect(rev(earlier).invoiced).toBe(0);
  });

  it('is for staff only; bad periods are 400', async () => {
    expect((await acme.json('GET', '/api/admin/dashboard')).status).toBe(403);
    expect((await p.anonymous().json('GET', '/api/admin/dashboard')).status).toBe(401);
    expect((await ops.json('GET', '/api/admin/dashboard?from=2026-12&to=2026-01')).status).toBe(400);
    expect((await ops.json('GET', '/api/admin/dashboard?from=2026-1')).status).toBe(400);
  });
});

describe('customer dashboard', () => {
  it('shows the company\'s own spend per month, never another company\'s', async () => {
    const mine = (await acme.json('GET', '/api/dashboard')).body;
    const nov = mine.spend.find((s: { month: string }) => s.month === '2026-11');
    expect(nov.orders).toBeGreaterThanOrEqual(1);
    expect(nov.invoiced).toBeGreaterThanOrEqual(5_000 - 1_000);
    const aug = mine.spend.find((s: { month: string }) => s.month === '2026-08');
    expect(aug.invoiced).toBeGreaterThanOrEqual(10_000);
    expect(mine.total.ordered).toBe(mine.spend.reduce((s: number, m: { ordered: number }) => s + m.ordered, 0));
    expect(mine.open.open).toBeGreaterThanOrEqual(11_000);

    const theirs = (await beta.json('GET', '/api/dashboard')).body;
    const admin = (await ops.json('GET', '/api/admin/dashboard')).body;
    const betaId = (await beta.json('GET', '/api/me')).body.activeCompanyId;
    const betaIntake = theirs.spend.reduce((s: number, m: { ordered: number }) => s + m.ordered, 0);
    const allIntake = admin.intake.reduce((s: number, m: { value: number }) => s + m.value, 0);
    expect(betaIntake + mine.total.ordered).toBe(allIntake);
    expect(theirs.open.open).toBe(admin.openItems.find((o: { companyId: number }) => o.companyId === betaId)?.open ?? 0);
    expect((await ops.json('GET', '/api/dashboard')).status).toBe(403);
  });
});
