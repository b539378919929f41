import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, loadCatalog, quote } from '../../sdk/index.js';
import { circle, dxf, line, lwpolyline } from '../helpers/dxf.js';
import { dxfForm, portal, type Portal } from './helpers.js';

const KEY = { 'x-kerf-key': 'demo-public-key' };
const onLayer = (layer: string, e: string) => e.replace('\n8\n0\n', `\n8\n${layer}\n`);

/** A plate with a bend line, an engraved mark and dimensions. */
const part = dxf([
  lwpolyline([[0, 0], [200, 0], [200, 100], [0, 100]], true),
  circle(100, 70, 10),
  onLayer('BEND', line(0, 50, 200, 50)),
  onLayer('GRAVUR', line(20, 20, 120, 20)),
  onLayer('DIMENSIONS', line(0, -10, 200, -10)),
], { insunits: 4 });
const line1 = { material: 'S235', thickness: 3, quantity: 10 };

describe('POST /api/quote with layers', () => {
  let p: Portal;
  beforeAll(async () => { p = await portal(); });
  afterAll(() => p.close());

  it('reads the layer roles from the names: an engraving line, the bend counted, dimensions left out', async () => {
    const res = await p.anonymous().json('POST', '/api/quote', dxfForm(part, 'plate.dxf', line1), KEY);
    expect(res.status).toBe(200);
    const sdk = quote(analyzeDxfSync(part), line1, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
    expect(res.body.breakdown).toEqual(sdk.breakdown);
    expect(res.body.breakdown.map((l: { code: string }) => l.code)).toContain('engraving');
    expect(res.body.metrics.cutLength).toBeCloseTo(600 + 20 * Math.PI, 6);
    expect(res.body.metrics.metrics.bends).toEqual({ count: 1, totalLength: 200, lengths: [200] });
    expect(res.body.metrics.warnings.map((w: { code: string }) => w.code)).toContain('LAYER_IGNORED');
  });

  it('takes a layers field (a JSON string in multipart) and prices what it says', async () => {
    const layers = { BEND: 'cut', GRAVUR: 'ignore' };
    const res = await p.anonymous().json('POST', '/api/quote', dxfForm(part, 'plate.dxf', { ...line1, layers: JSON.stringify(layers) }), KEY);
    expect(res.status).toBe(200);
    const sdk = quote(analyzeDxfSync(part, { layers }), line1, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
    expect(res.body.total).toBe(sdk.total);
    expect(res.body.breakdown).toEqual(sdk.breakdown);
    expect(res.body.breakdown.map((l: { code: string }) => l.code)).not.toContain('engraving');
    expect(res.body.metrics.cutLength).toBeCloseTo(800 + 20 * Math.PI, 6);
    expect(res.body.metrics.metrics.layers.find((l: { name: string }) => l.name === 'GRAVUR').role).toBe('ignore');
  });

  it('refuses layers that are not JSON, or roles that do not exist, with 400 VALIDATION_ERROR', async () => {
    for (const layers of ['{BEND: cut', JSON.stringify({ BEND: 'weld' }), '[1,2]']) {
      const res = await p.anonymous().json('POST', '/api/quote', dxfForm(part, 'plate.dxf', { ...line1, layers }), KEY);
      expect(res.status, layers).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
    }
  });

  it('saves a part with the roles given (POST /api/parts), kept in its metrics', async () => {
    const buyer = await p.as('buyer@acme.example');
    const res = await buyer.json('POST', '/api/parts', dxfForm(part, 'plate.dxf', { material: 'S235', thickness: 3, layers: JSON.stringify({ BEND: 'cut' }) }));
    expect(res.status).toBe(201);
    expect(res.body.cutLength).toBeCloseTo(800 + 20 * Math.PI, 6);
  });
});
