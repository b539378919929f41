// Finishing and delivery options through the basket, orders and quotes (issue [7]): priced by the
// server with the SDK's quote() from the drawing, the delivery date counted from the server's
// clock, frozen on the order line and the order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../sdk/index.js';
import { portal, type Caller, type Portal } from './helpers.js';

const DAY = 86_400_000;
const TAP_AND_COAT = { tapping: [{ thread: 'M8', count: 4 }], coating: { kind: 'powder', colour: 'RAL 9005' } };

describe('finishing and delivery in the basket and orders', () => {
  let p: Portal;
  let beta: Caller;
  let plate: { id: number }, blank: { id: number };
  beforeAll(async () => {
    p = await portal();
    beta = await p.as('admin@beta.example');
    // the plate of issue [7]: four holes of 6.8 mm, the tap drill of M8; and a plate without holes
    plate = (await beta.json('POST', '/api/parts', {
      name: 'Plate 4 x M8', template: 'hole-plate', params: { width: 160, height: 100, rows: 2, columns: 2, holeDiameter: 6.8, margin: 15 }, material: 'S235', thickness: 3,
    })).body;
    blank = (await beta.json('POST', '/api/parts', { name: 'Blank', template: 'rectangle', params: { width: 160, height: 100 }, material: 'S235', thickness: 3 })).body;
  });
  afterAll(() => p.close());

  const clear = async (c: Caller) => {
    for (const i of (await c.json('GET', '/api/basket')).body.items) await c.json('DELETE', `/api/basket/items/${i.id}`);
    await c.json('PATCH', '/api/basket', { leadTime: null });
  };
  const sum = (lines: { amount: number }[]) => lines.reduce((s, l) => s + l.amount, 0);

  it('prices tapping and coating from the drawing: the line costs more, its breakdown adds up', async () => {
    const plain = (await beta.json('POST', '/api/basket/items', { partId: plate.id, quantity: 25 })).body.items[0];
    const res = await beta.json('PATCH', `/api/basket/items/${plain.id}`, { finishing: TAP_AND_COAT });
    expect(res.status).toBe(200);
    const line = res.body.items[0];
    expect(line.finishing).toEqual(TAP_AND_COAT);
    expect(line.total).toBeGreaterThan(plain.total);
    expect(line.breakdown.map((b: { code: string }) => b.code)).toEqual(expect.arrayContaining(['tapping', 'coating']));
    expect(line.breakdown.find((b: { code: string }) => b.code === 'tapping').detail).toContain('M8');
    expect(sum(line.breakdown)).toBe(line.total);
    expect(line.finishingTime).toBeGreaterThan(0);
    // finishing taken away: the plain price again
    const none = (await beta.json('PATCH', `/api/basket/items/${plain.id}`, { finishing: null })).body.items[0];
    expect(none).toMatchObject({ finishing: null, total: plain.total });
    await clear(beta);
  });

  it('keeps the same part with other finishing as another line', async () => {
    await beta.json('POST', '/api/basket/items', { partId: plate.id, quantity: 5 });
    await beta.json('POST', '/api/basket/items', { partId: plate.id, quantity: 5, finishing: { deburring: true } });
    const basket = (await beta.json('POST', '/api/basket/items', { partId: plate.id, quantity: 2, finishing: { deburring: true } })).body;
    expect(basket.items.map((i: { quantity: number; finishing: unknown }) => [i.quantity, i.finishing])).toEqual([[5, null], [7, { deburring: true }]]);
    await clear(beta);
  });

  it('refuses tapping a drawing without those holes (422 INVALID_FINISHING), and articles\' finishing (400)', async () => {
    const noHoles = await beta.json('POST', '/api/basket/items', { partId: blank.id, quantity: 10, finishing: { tapping: [{ thread: 'M8', count: 4 }] } });
    expect(noHoles.status).toBe(422);
    expect(noHoles.body.error.code).toBe('INVALID_FINISHING');
    const tooMany = await beta.json('POST', '/api/basket/items', { partId: plate.id, quantity: 10, finishing: { tapping: [{ thread: 'M8', count: 5 }] } });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.code).toBe('INVALID_FINISHING');
    const colour = await beta.json('POST', '/api/basket/items', { partId: plate.id, quantity: 10, finishing: { coating: { kind: 'powder', colour: 'pink' } } });
    expect(colour.body.error.code).toBe('INVALID_FINISHING');
    const pallet = (await beta.json('GET', '/api/articles?q=pallet')).body.items[0];
    expect((await beta.json('POST', '/api/basket/items', { articleId: pallet.id, quantity: 1, finishing: { deburring: true } })).status).toBe(400);
    expect((await beta.json('GET', '/api/basket')).body.items).toEqual([]);
  });

  it('prices express delivery and dates it in working days from the server\'s date', async () => {
    const standard = (await beta.json('POST', '/api/basket/items', { partId: plate.id, quantity: 25 })).body;
    // 20 Nov 2026 is a Friday: standard is 7 working days
    expect(standard.delivery).toEqual({ leadTime: 'standard', label: 'Standard', date: addWorkingDays('2026-11-20', 7) });
    expect(standard.deliveryOptions.map((o: { code: string }) => o.code)).toEqual(['standard', 'express', 'economy']);
    const express = (await beta.json('PATCH', '/api/basket', { leadTime: 'express' })).body;
    expect(express.leadTime).toBe('express');
    expect(express.delivery.date).toBe(addWorkingDays('2026-11-20', 3));
    expect(express.total).toBeGreaterThan(standard.total);
    expect(express.items[0].breakdown.find((b: { code: string }) => b.code === 'lead_time')).toBeDefined();
    const bad = await beta.json('PATCH', '/api/basket', { leadTime: 'teleport' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('UNKNOWN_LEAD_TIME');
    await clear(beta);
  });

  it('freezes finishing, breakdown and the delivery option and date in the order', async () => {
    await beta.json('POST', '/api/basket/items', { partId: plate.id, quantity: 25, finishing: TAP_AND_COAT });
    const basket = (await beta.json('PATCH', '/api/basket', { leadTime: 'express' })).body;
    const order = await beta.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'fin-1' });
    expect(order.status).toBe(201);
    expect(order.body).toMatchObject({ total: basket.total, leadTime: 'express', deliveryDate: basket.delivery.date });
    // the coater's extra days count: express (3) + powder coating (3)
    expect(order.body.deliveryDate).toBe(addWorkingDays('2026-11-20', 6));
    const line = order.body.lines[0];
    expect(line.finishing).toEqual(TAP_AND_COAT);
    expect(line.breakdown).toEqual(basket.items[0].breakdown);
    expect(line.delivery).toMatchObject({ code: 'express', date: basket.delivery.date });
    // the basket forgets the option with its lines
    expect((await beta.json('GET', '/api/basket')).body).toMatchObject({ items: [], leadTime: null });
  });

  it('the buyer of issue [7]: tapped, coated, express plate and two articles; a quote a week later ordered at its prices', async () => {
    const buyer = await p.as('buyer@acme.example');
    const acmePlate = (await buyer.json('POST', '/api/parts', {
      name: 'Plate 4 x M8', template: 'hole-plate', params: { width: 160, height: 100, rows: 2, columns: 2, holeDiameter: 6.8, margin: 15 }, material: 'S235', thickness: 3,
    })).body;
    await clear(buyer);
    await buyer.json('POST', '/api/basket/items', { partId: acmePlate.id, quantity: 25, finishing: TAP_AND_COAT });
    const articles = (await buyer.json('GET', '/api/articles?pageSize=50')).body.items as { id: number; number: string }[];
    for (const n of ['BOLT-M8X30', 'NUT-M8']) await buyer.json('POST', '/api/basket/items', { articleId: articles.find((a) => a.number === n)!.id, quantity: 1 });
    const basket = (await buyer.json('PATCH', '/api/basket', { leadTime: 'express' })).body;
    const quote = (await buyer.json('POST', '/api/quotes', { commission: 'Purchasing' })).body;
    expect(quote).toMatchObject({ total: basket.total, leadTime: 'express' });
    expect(quote.lines[0].finishing).toEqual(TAP_AND_COAT);
    const pdf = await buyer.request('GET', `/api/quotes/${quote.id}/pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    await clear(buyer);
    p.advance(7 * DAY);
    const later = await p.as('buyer@acme.example');
    const order = (await later.json('POST', `/api/quotes/${quote.id}/order`, {}, { 'Idempotency-Key': 'done-when' })).body;
    expect(order).toMatchObject({ repriced: false, total: quote.total, leadTime: 'express', status: 'pending_approval' });
    expect(order.lines.map((l: { unitPrice: number }) => l.unitPrice)).toEqual(quote.lines.map((l: { unitPrice: number }) => l.unitPrice));
    expect(order.lines[0].finishing).toEqual(TAP_AND_COAT);
    // the prices hold, the delivery date counts from the order's day (27 Nov, a Friday)
    expect(order.deliveryDate).toBe(addWorkingDays('2026-11-27', 6));
  });
});
