import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDxfSync } from '../../sdk/index.js';
import { dxf, line, lwpolyline } from '../helpers/dxf.js';
import { dxfForm, portal, type Caller, type Portal } from './helpers.js';

const onLayer = (layer: string, e: string) => e.replace('\n8\n0\n', `\n8\n${layer}\n`);

/** A 200 × 100 plate (600 mm cut) with a 100 mm line on ENGRAVE and a 200 mm line on BEND. */
const plate = dxf([
  lwpolyline([[0, 0], [200, 0], [200, 100], [0, 100]], true),
  onLayer('ENGRAVE', line(20, 20, 120, 20)),
  onLayer('BEND', line(0, 50, 200, 50)),
], { insunits: 4 });
/** The same plate redrawn (a second version of the drawing) with its engraving twice as long. */
const plateV2 = dxf([
  lwpolyline([[0, 0], [200, 0], [200, 100], [0, 100]], true),
  onLayer('ENGRAVE', line(0, 20, 200, 20)),
], { insunits: 4 });
const ENGRAVE_CUT = { ENGRAVE: 'cut' } as const;
const codes = (lines: { code: string }[]) => lines.map((l) => l.code);

describe('layer roles stay with the part', () => {
  let p: Portal;
  let buyer: Caller;
  let saved: any;
  beforeAll(async () => {
    p = await portal();
    buyer = await p.as('buyer@acme.example');
    const res = await buyer.json('POST', '/api/parts', dxfForm(plate, 'plate.dxf', { name: 'Plate', material: 'S235', thickness: 3, layers: JSON.stringify(ENGRAVE_CUT) }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    saved = res.body;
  });
  afterAll(() => p.close());

  it('stores the overrides and returns them with the part', async () => {
    expect(saved.layers).toEqual(ENGRAVE_CUT);
    expect(saved.cutLength).toBeCloseTo(700, 6);
    const got = await buyer.json('GET', `/api/parts/${saved.id}`);
    expect(got.body.layers).toEqual(ENGRAVE_CUT);
    const list = await buyer.json('GET', '/api/parts?q=Plate');
    expect(list.body.items.find((x: any) => x.id === saved.id).layers).toEqual(ENGRAVE_CUT);
    // a part saved without overrides says so
    const plain = await buyer.json('POST', '/api/parts', dxfForm(plate, 'plate.dxf', { material: 'S235', thickness: 3 }));
    expect(plain.body.layers).toBeNull();
    expect(plain.body.cutLength).toBeCloseTo(600, 6);
  });

  it('keeps that cut length when copied, re-priced in the basket and ordered', async () => {
    const copy = await buyer.json('POST', `/api/parts/${saved.id}/copy`);
    expect(copy.status).toBe(201);
    expect(copy.body.layers).toEqual(ENGRAVE_CUT);
    expect(copy.body.cutLength).toBeCloseTo(700, 6);
    expect(copy.body.unitPrice).toBe(saved.unitPrice);

    // the company's own quote of the drawing with the same roles
    const expected = (await buyer.json('POST', '/api/quote', dxfForm(plate, 'plate.dxf', { material: 'S235', thickness: 3, quantity: 25, layers: JSON.stringify(ENGRAVE_CUT) }))).body;
    expect(expected.metrics.cutLength).toBeCloseTo(700, 6);
    const basket = await buyer.json('POST', '/api/basket/items', { partId: copy.body.id, quantity: 25 });
    expect(basket.status).toBe(201);
    const item = basket.body.items.find((i: any) => i.partId === copy.body.id);
    expect(codes(item.breakdown)).not.toContain('engraving');
    // a material change re-prices; the roles and the cut stay
    const moved = await buyer.json('PATCH', `/api/parts/${copy.body.id}`, { thickness: 4 });
    expect(moved.body.layers).toEqual(ENGRAVE_CUT);
    expect(moved.body.cutLength).toBeCloseTo(700, 6);
    await buyer.json('PATCH', `/api/parts/${copy.body.id}`, { thickness: 3 });
    expect((await buyer.json('GET', '/api/basket')).body.items.find((i: any) => i.partId === copy.body.id).total).toBe(expected.total);

    const order = await buyer.json('POST', '/api/orders', { commission: 'layers' }, { 'Idempotency-Key': 'layers-1' });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const line = order.body.lines.find((l: any) => l.partId === copy.body.id);
    expect(line.metrics.cutLength).toBeCloseTo(700, 6);
    expect(line.total).toBe(expected.total);
    expect(codes(line.breakdown)).not.toContain('engraving');
  });

  it('applies the stored roles to a new drawing, and analyzes again when the roles change', async () => {
    const v2 = await buyer.json('PATCH', `/api/parts/${saved.id}`, dxfForm(plateV2, 'plate-v2.dxf', {}));
    expect(v2.status, JSON.stringify(v2.body)).toBe(200);
    expect(v2.body.drawingName).toBe('plate-v2.dxf');
    expect(v2.body.layers).toEqual(ENGRAVE_CUT);
    expect(v2.body.cutLength).toBeCloseTo(800, 6);

    const engraved = await buyer.json('PATCH', `/api/parts/${saved.id}`, { layers: null });
    expect(engraved.status).toBe(200);
    expect(engraved.body.layers).toBeNull();
    expect(engraved.body.cutLength).toBeCloseTo(600, 6);
    expect(engraved.body.metrics.metrics.engraveLength).toBeCloseTo(200, 6);

    const again = await buyer.json('PATCH', `/api/parts/${saved.id}`, { layers: { ENGRAVE: 'ignore' } });
    expect(again.body.layers).toEqual({ ENGRAVE: 'ignore' });
    expect(again.body.cutLength).toBeCloseTo(600, 6);
    expect(again.body.metrics.metrics.engraveLength ?? 0).toBe(0);

    const bad = await buyer.json('PATCH', `/api/parts/${saved.id}`, { layers: { ENGRAVE: 'weld' } });
    expect(bad.status).toBe(400);
  });

  it('gives the healed drawing with the part\'s roles: GET /api/parts/:id/healed.dxf, for its own company only', async () => {
    const part = await buyer.json('POST', '/api/parts', dxfForm(plate, 'plate.dxf', { material: 'S235', thickness: 3, layers: JSON.stringify(ENGRAVE_CUT) }));
    const res = await buyer.request('GET', `/api/parts/${part.body.id}/healed.dxf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="plate-healed.dxf"');
    const healed = analyzeDxfSync(await res.text());
    // ENGRAVE is cut for this part: the plate and the engraving line, and the bend line on BEND
    expect(healed.cutLength).toBeCloseTo(700, 9);
    expect(healed.metrics.bends).toMatchObject({ count: 1, totalLength: 200 });
    expect(healed.warnings.map((w) => w.code)).toEqual(['OPEN_CONTOUR']);
    const other = await p.as('admin@beta.example');
    expect((await other.request('GET', `/api/parts/${part.body.id}/healed.dxf`)).status).toBe(404);
  });

  it('draws the preview with the part\'s roles', async () => {
    const part = await buyer.json('POST', '/api/parts', dxfForm(plate, 'plate.dxf', { material: 'S235', thickness: 3, layers: JSON.stringify({ ENGRAVE: 'cut', BEND: 'cut' }) }));
    const withRoles = await (await buyer.request('GET', `/api/parts/${part.body.id}/preview.svg`)).text();
    const plain = await buyer.json('POST', '/api/parts', dxfForm(plate, 'plate.dxf', { material: 'S235', thickness: 3 }));
    const without = await (await buyer.request('GET', `/api/parts/${plain.body.id}/preview.svg`)).text();
    // the two lines are open contours of the cut only when the roles say cut
    expect(withRoles).not.toBe(without);
    expect((withRoles.match(/<path/g) ?? []).length).toBeGreaterThan((without.match(/<path/g) ?? []).length);
  });
});

describe('layer roles in the bulk import', () => {
  let p: Portal;
  let admin: Caller;
  beforeAll(async () => {
    p = await portal();
    admin = await p.as('admin@acme.example');
  });
  afterAll(() => p.close());

  async function ready(id: number) {
    for (let i = 0; i < 1200; i++) {
      const r = await admin.json('GET', `/api/imports/${id}`);
      if (r.body.status !== 'processing') return r.body;
      await new Promise((res) => setTimeout(res, 25));
    }
    throw new Error('import still processing');
  }

  it('takes roles for the whole import and per row, and the parts keep them', async () => {
    const csv = [
      'name,material,thickness,drawing,layers',
      'As drawn,S235,3,plate.dxf,',
      'Engraving cut,S235,3,plate.dxf,ENGRAVE=cut',
      'Bend cut too,S235,3,plate.dxf,"ENGRAVE=schneiden; BEND=cut"',
      'Broken roles,S235,3,plate.dxf,ENGRAVE=weld',
    ].join('\n');
    const form = new FormData();
    form.set('sheet', new File([csv], 'parts.csv'));
    form.append('files', new File([plate], 'plate.dxf'));
    form.set('layers', JSON.stringify({ BEND: 'ignore' }));
    const res = await admin.json('POST', '/api/imports', form);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const view = await ready(res.body.id);
    expect(view.layers).toEqual({ BEND: 'ignore' });
    const rows = view.rows;
    expect(rows.map((r: any) => r.status)).toEqual(['ok', 'ok', 'ok', 'error']);
    expect(rows.map((r: any) => r.layers)).toEqual([null, { ENGRAVE: 'cut' }, { ENGRAVE: 'cut', BEND: 'cut' }, null]);
    expect(rows.slice(0, 3).map((r: any) => Math.round(r.metrics.cutLength))).toEqual([600, 700, 900]);
    expect(rows[3].messages.map((m: any) => m.code)).toContain('INVALID_LAYERS');

    // a row fixed with its roles
    const fixed = await admin.json('PATCH', `/api/imports/${view.id}/rows/${rows[3].id}`, { layers: { BEND: 'cut' } });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body.status).toBe('ok');
    expect(fixed.body.metrics.cutLength).toBeCloseTo(800, 6);

    const commit = await admin.json('POST', `/api/imports/${view.id}/commit`);
    expect(commit.body.created).toBe(4);
    const parts = await Promise.all(commit.body.partIds.map(async (id: number) => (await admin.json('GET', `/api/parts/${id}`)).body));
    expect(parts.map((x: any) => x.layers)).toEqual([
      { BEND: 'ignore' }, { BEND: 'ignore', ENGRAVE: 'cut' }, { BEND: 'cut', ENGRAVE: 'cut' }, { BEND: 'cut' },
    ]);
    expect(parts.map((x: any) => Math.round(x.cutLength))).toEqual([600, 700, 900, 800]);
    // and a later analysis of the drawing (a new role) still applies the import's
    const later = await admin.json('PATCH', `/api/parts/${parts[1].id}`, { layers: { ...parts[1].layers, BEND: 'cut' } });
    expect(later.body.cutLength).toBeCloseTo(900, 6);
  });

  it('refuses an import whose layers field is not a role map', async () => {
    const form = new FormData();
    form.set('sheet', new File(['name,material,thickness,drawing\nA,S235,3,plate.dxf\n'], 'p.csv'));
    form.set('layers', '{"BEND":"fold"}');
    const res = await admin.json('POST', '/api/imports', form);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
  });
});
