import { once } from 'node:events';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from '../../server/mail/outbox.js';
import { smtpMailer } from '../../server/mail/mailer.js';
import { drawing, dxfForm, portal, type Portal } from './helpers.js';

describe('the whole flow of API.md', () => {
  let p: Portal;
  beforeAll(async () => { p = await portal(); });
  afterAll(() => p.close());

  it('quotes, saves a part, orders it, waits for approval, releases, produces, ships, invoices, is paid', async () => {
    const buyer = await p.as('buyer@acme.example');

    // instant quote of a drawing, signed in (Acme's pricing)
    const q = await buyer.json('POST', '/api/quote', dxfForm(drawing('bracket.dxf'), 'bracket.dxf', { material: 'S235', thickness: 3, quantity: 50 }));
    expect(q.status).toBe(200);
    expect(q.body.metrics.pierces).toBe(6);
    expect(q.body.total).toBe(q.body.breakdown.reduce((s: number, l: { amount: number }) => s + l.amount, 0));
    expect(q.body.total).toBe(q.body.unitPrice * 50);

    // save it as a part: the server computes metrics and the price
    const created = await buyer.json('POST', '/api/parts', dxfForm(drawing('bracket.dxf'), 'bracket.dxf', { name: 'Bracket for flow', material: 'S235', thickness: 3, articleNumber: 'FLOW-1' }));
    expect(created.status).toBe(201);
    expect(created.body.metrics.cutLength).toBeCloseTo(561.06, 1);
    expect(created.body.prices.find((x: { quantity: number }) => x.quantity === 50).total).toBe(q.body.total);

    // a template part too
    const ring = await buyer.json('POST', '/api/parts', { name: 'Flow ring', template: 'ring', params: { outerDiameter: 80, innerDiameter: 40 }, material: 'S235', thickness: 2 });
    expect(ring.status).toBe(201);
    expect(ring.body.metrics.pierces).toBe(2);

    // basket
    for (const item of (await buyer.json('GET', '/api/basket')).body.items) await buyer.json('DELETE', `/api/basket/items/${item.id}`);
    let basket = await buyer.json('POST', '/api/basket/items', { partId: created.body.id, quantity: 50 });
    expect(basket.status).toBe(201);
    basket = await buyer.json('POST', '/api/basket/items', { partId: ring.body.id, quantity: 10 });
    expect(basket.body.items).toHaveLength(2);
    expect(basket.body.items[0].total).toBe(q.body.total);
    expect(basket.body.total).toBe(basket.body.items[0].total + basket.body.items[1].total);
    basket = await buyer.json('PATCH', '/api/basket', { deliveryAddressId: basket.body.addresses.find((a: { kind: string }) => a.kind === 'delivery').id, commission: 'Flow test', requestedDate: '2026-12-18' });
    expect(basket.body.deliveryAddress.city).toBe('Stuttgart');

    // order: the buyer always needs approval
    const placed = await buyer.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'flow-1' });
    expect(placed.status).toBe(201);
    const order = placed.body;
    expect(order.status).toBe('pending_approval');
    expect(order.number).toMatch(/^K-2026-\d{5}$/);
    expect(order.commission).toBe('Flow test');
    expect(order.lines.map((l: { unitPrice: number }) => l.unitPrice)).toEqual(basket.body.items.map((i: { unitPrice: number }) => i.unitPrice));
    expect((await buyer.json('GET', '/api/basket')).body.items).toHaveLength(0);

    // the shop does not see it yet
    const ops = await p.as('ops@kerf.example');
    expect((await ops.json('GET', `/api/admin/orders/${order.id}`)).status).toBe(404);
    expect((await ops.json('GET', '/api/admin/orders')).body.items.some((o: { id: number }) => o.id === order.id)).toBe(false);

    // the approver got a mail with a direct link
    const mails = (await ops.json('GET', '/api/admin/outbox')).body.items;
    const approvalMail = mails.find((m: { kind: string; orderId: number }) => m.kind === 'approval_requested' && m.orderId === order.id);
    expect(approvalMail.to).toBe('admin@acme.example');
    expect(approvalMail.text).toContain(`http://portal.test/portal/#/approvals/${order.id}`);

    // the approver approves the bracket line and rejects the ring
    const admin = await p.as('admin@acme.example');
    const waiting = await admin.json('GET', '/api/approvals');
    expect(waiting.body.items.map((o: { id: number }) => o.id)).toContain(order.id);
    let decided = await admin.json('POST', `/api/orders/${order.id}/approve`, { lineIds: [order.lines[0].id] });
    expect(decided.body.status).toBe('pending_approval');
    decided = await admin.json('POST', `/api/orders/${order.id}/reject`, { reason: 'We have rings in stock', lineIds: [order.lines[1].id] });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('released');
    expect(decided.body.total).toBe(order.lines[0].total);
    expect(decided.body.lines[1]).toMatchObject({ approval: 'rejected', rejectReason: 'We have rings in stock' });
    expect(decided.body.history.map((h: { kind: string }) => h.kind)).toEqual(['status', 'line_approved', 'line_rejected', 'status']);

    // the buyer can no longer change it; the shop moves it on
    expect((await buyer.json('PATCH', `/api/orders/${order.id}`, { commission: 'x' })).status).toBe(404);
    const steps = [
      { status: 'in_production' },
      { status: 'shipped', document: 'LS-4711', date: '2026-12-10' },
    ];
    for (const s of steps) expect((await ops.json('POST', `/api/admin/orders/${order.id}/status`, s)).status).toBe(200);
    expect((await buyer.json('POST', `/api/orders/${order.id}/cancel`)).status).toBe(409);
    expect((await ops.json('POST', `/api/admin/orders/${order.id}/records`, { kind: 'invoice', document: 'RE-4711', amount: decided.body.total, date: '2026-12-11' })).status).toBe(201);
    expect((await ops.json('POST', `/api/admin/orders/${order.id}/status`, { status: 'completed' })).status).toBe(200);
    expect((await ops.json('POST', `/api/admin/orders/${order.id}/records`, { kind: 'payment', amount: decided.body.total })).status).toBe(201);
    expect((await ops.json('POST', `/api/admin/orders/${order.id}/status`, { status: 'in_production' })).status).toBe(409);

    // the customer sees delivery, invoice, payment and the history with actors
    const final = (await buyer.json('GET', `/api/orders/${order.id}`)).body;
    expect(final.status).toBe('completed');
    expect(final.deliveries).toEqual([expect.objectContaining({ document: 'LS-4711', date: '2026-12-10' })]);
    expect(final.invoices).toEqual([expect.objectContaining({ document: 'RE-4711', amount: decided.body.total })]);
    expect(final.paid).toBe(decided.body.total);
    expect(final.history.filter((h: { kind: string }) => h.kind === 'status').map((h: { toStatus: string }) => h.toStatus))
      .toEqual(['pending_approval', 'released', 'in_production', 'shipped', 'completed']);
    expect(final.history.find((h: { toStatus: string }) => h.toStatus === 'in_production').actor).toBe('Olivia Operator');

    // mails: approver, orderer when released, sales rep on the new order, orderer on every status
    const kinds = (await ops.json('GET', '/api/admin/outbox?limit=500')).body.items
      .filter((m: { orderId: number }) => m.orderId === order.id).map((m: { kind: string; to: string }) => `${m.kind}:${m.to}`);
    expect(kinds).toEqual(expect.arrayContaining([
      'approval_requested:admin@acme.example', 'order_released:buyer@acme.example', 'new_order_sales:sales@kerf.example',
      'order_status:buyer@acme.example',
    ]));
    expect(kinds.filter((k: string) => k.startsWith('order_status')).length).toBe(3);
  });

  it('delivers a waiting mail to a real SMTP receiver', async () => {
    const received: { to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, session, cb) {
        let data = '';
        stream.on('data', (d) => (data += d));
        stream.on('end', () => { received.push({ to: session.envelope.rcptTo.map((r) => r.address), data }); cb(); });
      },
    });
    server.listen(0, '127.0.0.1');
    await once(server.server, 'listening');
    const port = (server.server.address() as { port: number }).port;
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'Kerf <portal@kerf.example>');
    try {
      const r = await deliverDue(p.database.db, mailer, p.now(), 3);
      expect(r.sent).toBe(3);
      expect(received).toHaveLength(3);
      expect(received[0].data).toContain('Subject:');
      const ops = await p.as('ops@kerf.example');
      const sent = (await ops.json('GET', '/api/admin/outbox?status=sent')).body.items;
      expect(sent).toHaveLength(3);
      expect(sent.map((m: { to: string }) => m.to).sort()).toEqual(received.map((m) => m.to[0]).sort());
    } finally {
      mailer.close?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
