// The demo of issue [8]: an order through confirmation with a changed date, a partial delivery, a
// return replaced by a linked order, an invoice and a partial payment — and the statement, the
// dashboards, the demand plan and the stock report reflecting it, as a new user finds them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portal, type Portal } from './helpers.js';

let p: Portal;
beforeAll(async () => { p = await portal(); });
afterAll(() => p.close());

const guardsOf = async (c: Awaited<ReturnType<Portal['as']>>, path: string) => {
  const list = await c.json('GET', path);
  return list.body.items.find((o: { commission: string }) => o.commission === 'Conveyor guards');
};

describe('demo › after the order (issue [8])', () => {
  it('shows the order confirmed with a changed date, shipped in part, with its thread', async () => {
    const engineer = await p.as('engineer@acme.example');
    const row = await guardsOf(engineer, '/api/orders');
    expect(row.status).toBe('in_production');
    const o = (await engineer.json('GET', `/api/orders/${row.id}`)).body;
    const changed = o.history.find((h: { kind: string }) => h.kind === 'line_changed');
    expect(changed.data).toMatchObject({ field: 'deliveryDate', reason: expect.stringMatching(/back-ordered/) });
    expect(changed.data.to > changed.data.from).toBe(true);
    expect(o.history.some((h: { kind: string }) => h.kind === 'confirmed')).toBe(true);
    // the brackets went on their own delivery note, the base plates are still open
    expect(o.shipments).toHaveLength(1);
    expect(o.shipments[0]).toMatchObject({ document: 'LS-2026-0358' });
    const messages = (await engineer.json('GET', `/api/orders/${row.id}/messages`)).body.items;
    expect(messages.map((m: { side: string }) => m.side)).toEqual(['customer', 'shop']);
  });

  it('shows the damaged brackets returned and replaced by a linked order at price 0', async () => {
    const engineer = await p.as('engineer@acme.example');
    const returns = (await engineer.json('GET', '/api/returns')).body.items;
    expect(returns).toHaveLength(1);
    const r = (await engineer.json('GET', `/api/returns/${returns[0].id}`)).body;
    expect(r).toMatchObject({ number: 'R-2026-00001', status: 'replaced', resolution: 'replacement' });
    expect(r.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['requested', 'accepted', 'received', 'replaced']);
    const replacement = (await engineer.json('GET', `/api/orders/${r.replacementOrder.id}`)).body;
    expect(replacement.total).toBe(0);
    expect(replacement.lines[0]).toMatchObject({ name: 'Mounting bracket', quantity: 4, unitPrice: 0 });
  });

  it('shows the invoice half paid, in the statement and on both dashboards', async () => {
    const engineer = await p.as('engineer@acme.example');
    const row = await guardsOf(engineer, '/api/orders');
    const o = (await engineer.json('GET', `/api/orders/${row.id}`)).body;
    expect(o.invoices).toHaveLength(1);
    expect(o.payments).toHaveLength(1);
    expect(o.paid * 2).toBeGreaterThanOrEqual(o.invoiced - 1);
    expect(o.paid).toBeLessThan(o.invoiced);
    const st = (await engineer.json('GET', '/api/statements?from=2026-01-01&to=2026-11-20')).body;
    const item = st.openItems.find((i: { orderId: number }) => i.orderId === row.id);
    expect(item.open).toBe(o.invoiced - o.paid);
    expect(st.closingBalance).toBe(st.totals.open);
    expect(st.aging.reduce((s: number, b: { amount: number }) => s + b.amount, 0)).toBe(st.totals.open);
    const ops = await p.as('ops@kerf.example');
    const d = (await ops.json('GET', '/api/admin/dashboard')).body;
    expect(d.openItems.find((c: { customerNumber: string }) => c.customerNumber === '10001').open).toBe(st.totals.open);
    const mine = (await engineer.json('GET', '/api/dashboard')).body;
    expect(mine.spend.reduce((s: number, m: { invoiced: number }) => s + m.invoiced, 0)).toBe(st.totals.invoiced);
  });

  it('shows Beta\'s demand plan beside its last stock report, and the material it needs', async () => {
    const beta = await p.as('admin@beta.example');
    const plan = (await beta.json('GET', '/api/plan')).body;
    const anchor = plan.items.find((i: { name: string }) => i.name === 'Anchor plate 160');
    expect(anchor.quantities.slice(0, 6)).toEqual([40, 60, 80, 40, 60, 80]);
    expect(anchor.stock).toBe(25);
    const ops = await p.as('ops@kerf.example');
    const demand = (await ops.json('GET', `/api/admin/material-demand?from=${plan.months[0]}&months=6`)).body;
    expect(JSON.stringify(demand)).toContain('1.4301');
  });
});
