/**
 * The basket and orders priced from the true-shape nest (issue [9]): 50 L-brackets and 50 discs
 * need fewer sheets than their boxes and the lines pay less material than alone; the prices are
 * the same on every view and on the order placed; the nest endpoints, scoped to the company; a
 * part with open contours falls back to its box; a new drawing gets a new shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { basketItems, parts } from '../../server/db/schema.js';
import { dxf, line, lwpolyline } from '../helpers/dxf.js';
import { dxfForm, portal, type Caller, type Portal } from './helpers.js';

let p: Portal;
let buyer: Caller, beta: Caller, ops: Caller;
let bracket: { id: number; unitPrice: number }, disc: { id: number; unitPrice: number };
let buyerId: number;

// an L of 600 × 600 mm with 150 mm legs: its box wastes more than half of it
const L_BRACKET = dxf([lwpolyline([[0, 0], [600, 0], [600, 150], [150, 150], [150, 600], [0, 600]], true)]);

type Line = { id: number; partId: number | null; quantity: number; total: number; breakdown: { code: string; amount: number }[] };
const material = (l: Line) => l.breakdown.find((b) => b.code === 'material')!.amount;

beforeAll(async () => {
  p = await portal();
  [buyer, beta, ops] = await Promise.all([p.as('buyer@acme.example'), p.as('admin@beta.example'), p.as('ops@kerf.example')]);
  buyerId = (await buyer.json('GET', '/api/me')).body.user.id;
  // a basket of its own: the demo's lines go
  await p.database.db.delete(basketItems).where(eq(basketItems.userId, buyerId));
  const b = await buyer.json('POST', '/api/parts', dxfForm(L_BRACKET, 'l-bracket.dxf', { name: 'L-bracket 600', material: 'S235', thickness: 3 }));
  expect(b.status).toBe(201);
  bracket = b.body;
  const d = await buyer.json('POST', '/api/parts', { name: 'Disc 280', template: 'disc', params: { diameter: 280 }, material: 'S235', thickness: 3 });
  expect(d.status).toBe(201);
  disc = d.body;
  for (const part of [bracket, disc]) expect((await buyer.json('POST', '/api/basket/items', { partId: part.id, quantity: 50 })).status).toBe(201);
});
afterAll(() => p.close());

describe('the basket priced from the true-shape nest', () => {
  it('nests 50 L-brackets and 50 discs on fewer sheets than their boxes need', async () => {
    const r = await buyer.json('GET', '/api/basket/nest');
    expect(r.status).toBe(200);
    expect(r.body.groups).toHaveLength(1);
    const g = r.body.groups[0];
    expect(g).toMatchObject({ material: 'S235', thickness: 3, method: 'true-shape' });
    expect(g.sheetCount).toBeLessThan(g.boxSheetCount);
    const placed = g.sheets.flatMap((s: { placements: { line: number }[] }) => s.placements);
    expect(placed).toHaveLength(100);
    const names = r.body.lines.map((l: { name: string }) => l.name);
    expect(names).toEqual(['L-bracket 600', 'Disc 280']);
    for (const line of [0, 1]) expect(placed.filter((pl: { line: number }) => pl.line === line)).toHaveLength(50);
    expect(r.body.lines[0].outline.exact).toBe(true);
    expect(r.body.lines[1].outline.rings[0].length).toBeGreaterThan(40); // a disc, flattened
  });

  it('charges each line its share of the nested sheets: less material than the part alone, the same on every view', async () => {
    const first = await buyer.json('GET', '/api/basket');
    const again = await buyer.json('GET', '/api/basket');
    expect(again.body.total).toBe(first.body.total);
    const lines = first.body.items as Line[];
    const alone = await buyer.json('POST', '/api/quote', { template: 'disc', params: { diameter: 280 }, material: 'S235', thickness: 3, quantity: 50 });
    expect(alone.status).toBe(200);
    const discLine = lines.find((l) => l.partId === disc.id)!;
    // the L-bracket's box grid takes 8 a sheet; nested with the discs it takes far less sheet per piece
    const bracketAlone = await buyer.json('POST', '/api/quote', dxfForm(L_BRACKET, 'l.dxf', { material: 'S235', thickness: 3, quantity: 50 }));
    const bracketLine = lines.find((l) => l.partId === bracket.id)!;
    expect(material(bracketLine)).toBeLessThan(bracketAlone.body.breakdown.find((b: { code: string }) => b.code === 'material').amount * 0.75);
    expect(material(discLine)).toBeLessThan(alone.body.breakdown.find((b: { code: string }) => b.code === 'material').amount);
    expect(again.body.items.map((l: Line) => l.total)).toEqual(lines.map((l) => l.total));
  });

  it('the order placed keeps the basket\'s prices and its nest is the shop\'s and the customer\'s to see', async () => {
    const basket = await buyer.json('GET', '/api/basket');
    const placed = await buyer.json('POST', '/api/orders', { commission: 'Nest test' }, { 'idempotency-key': 'nest-order-1' });
    expect(placed.status).toBe(201);
    const order = placed.body;
    expect(order.total).toBe(basket.body.total);
    const mine = await buyer.json('GET', `/api/orders/${order.id}/nest`);
    expect(mine.status).toBe(200);
    expect(mine.body.groups[0].method).toBe('true-shape');
    expect(mine.body.groups[0].sheets.flatMap((s: { placements: unknown[] }) => s.placements)).toHaveLength(100);
    // a stranger's order is not found; staff see it when it is released
    expect((await beta.json('GET', `/api/orders/${order.id}/nest`)).status).toBe(404);
    const shop = await ops.json('GET', `/api/admin/orders/${order.id}/nest`);
    if (order.status === 'released') expect(shop.body).toEqual(mine.body);
    else expect(shop.status).toBe(404);
  });
});

describe('shapes', () => {
  it('nests a drawing with open contours as its box', async () => {
    const open = dxf([lwpolyline([[0, 0], [300, 0], [300, 300], [0, 300]], true), line(50, 50, 250, 250)]);
    const r = await buyer.json('POST', '/api/parts', dxfForm(open, 'open.dxf', { name: 'Scribed plate', material: 'S235', thickness: 3 }));
    expect(r.status).toBe(201);
    await buyer.json('POST', '/api/basket/items', { partId: r.body.id, quantity: 2 });
    const nest = await buyer.json('GET', '/api/basket/nest');
    const l = nest.body.lines.find((x: { name: string }) => x.name === 'Scribed plate');
    expect(l.outline.exact).toBe(false);
    expect(l.outline.rings).toHaveLength(1);
    expect(l.outline.rings[0]).toHaveLength(8);
  });

  it('keeps a part\'s shape until its drawing changes', async () => {
    await buyer.json('GET', '/api/basket/nest');
    const stored = async () => (await p.database.db.select({ o: parts.outline }).from(parts).where(eq(parts.id, disc.id)).get())!.o as { bbox: { width: number } } | null;
    expect((await stored())!.bbox.width).toBeCloseTo(280, 1);
    await buyer.json('PATCH', `/api/parts/${disc.id}`, { name: 'Disc 280 renamed' });
    expect(await stored()).not.toBeNull();
    await buyer.json('PATCH', `/api/parts/${disc.id}`, { params: { diameter: 200 } });
    expect(await stored()).toBeNull();
    await buyer.json('POST', '/api/basket/items', { partId: disc.id, quantity: 1 });
    await buyer.json('GET', '/api/basket/nest');
    expect((await stored())!.bbox.width).toBeCloseTo(200, 1);
  });
});

describe('large series', () => {
  it('prices a line of 100,000 pieces at once, by its own grid, and shows no nest for it', async () => {
    const big = await buyer.json('POST', '/api/parts', { name: 'Tab 40', template: 'rectangle', params: { width: 40, height: 20 }, material: 'S235', thickness: 4 });
    expect(big.status).toBe(201);
    await buyer.json('POST', '/api/basket/items', { partId: big.body.id, quantity: 100_000 });
    const alone = await buyer.json('POST', '/api/quote', { template: 'rectangle', params: { width: 40, height: 20 }, material: 'S235', thickness: 4, quantity: 100_000 });
    const basket = await buyer.json('GET', '/api/basket'); // (a nest of 100,000 boxes would run past the test's timeout)
    const line = basket.body.items.find((i: { partId: number }) => i.partId === big.body.id);
    expect(line.total).toBe(alone.body.total);
    const nest = await buyer.json('GET', '/api/basket/nest');
    expect(nest.body.groups.some((g: { thickness: number }) => g.thickness === 4)).toBe(false);
  });
});

describe('the operator\'s nesting options', () => {
  it('nests by boxes when the profile says so, and refuses a rotation step out of range', async () => {
    const pricing = (await ops.json('GET', '/api/admin/pricing')).body;
    const bad = await ops.json('PUT', '/api/admin/pricing', { profile: { ...pricing.profile, nesting: { rotationStep: 0 } } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('INVALID_PROFILE');
    expect(bad.body.error.message).toContain('nesting.rotationStep');
    await buyer.json('POST', '/api/basket/items', { partId: bracket.id, quantity: 50 });
    const shaped = (await buyer.json('GET', '/api/basket/nest')).body.groups.find((g: { thickness: number }) => g.thickness === 3);
    expect(shaped.method).toBe('true-shape');
    const put = await ops.json('PUT', '/api/admin/pricing', { profile: { ...pricing.profile, nesting: { method: 'box' } } });
    expect(put.status).toBe(200);
    const boxed = (await buyer.json('GET', '/api/basket/nest')).body.groups.find((g: { thickness: number }) => g.thickness === 3);
    expect(boxed.method).toBe('box');
    expect(boxed.sheetCount).toBe(boxed.boxSheetCount);
    expect(boxed.sheetCount).toBeGreaterThan(shaped.sheetCount);
  });
});
