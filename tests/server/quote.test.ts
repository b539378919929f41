import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, generateTemplate, loadCatalog, quote } from '../../sdk/index.js';
import { createApp } from '../../server/app.js';
import { drawing, dxfForm, portal, type Portal } from './helpers.js';

const KEY = { 'x-kerf-key': 'demo-public-key' };
const SITE = 'http://localhost:8787';

describe('POST /api/quote', () => {
  let p: Portal;
  beforeAll(async () => { p = await portal(); });
  afterAll(() => p.close());

  // one conformance suite: the server's quote is the SDK's quote, to the cent
  const cases = [
    { file: 'bracket.dxf', material: 'S235', thickness: 3, quantity: 50 },
    { file: 'cover-mirrored.dxf', material: '1.4301', thickness: 2, quantity: 7 },
    { file: 'flange-inch.dxf', material: 'AlMg3', thickness: 5, quantity: 1 },
    { template: 'flange', params: { holeCount: 6 }, material: 'S235', thickness: 10, quantity: 250 },
    { template: 'ring', params: { outerDiameter: 100, innerDiameter: 60 }, material: '1.4301', thickness: 2, quantity: 20 },
  ];
  for (const c of cases) {
    it(`matches the SDK for ${c.file ?? c.template} in ${c.material} ${c.thickness} mm x ${c.quantity}`, async () => {
      const anon = p.anonymous();
      const res = c.file
        ? await anon.json('POST', '/api/quote', dxfForm(drawing(c.file), c.file, { material: c.material, thickness: c.thickness, quantity: c.quantity }), KEY)
        : await anon.json('POST', '/api/quote', { template: c.template, params: c.params, material: c.material, thickness: c.thickness, quantity: c.quantity }, KEY);
      expect(res.status).toBe(200);
      const metrics = analyzeDxfSync(c.file ? drawing(c.file) : generateTemplate(c.template!, c.params).dxf);
      const sdk = quote(metrics, c, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
      expect(res.body.total).toBe(sdk.total);
      expect(res.body.unitPrice).toBe(sdk.unitPrice);
      expect(res.body.breakdown).toEqual(sdk.breakdown);
      expect(res.body.sheets).toEqual(sdk.sheets);
      expect(res.body.metrics.cutLength).toBeCloseTo(sdk.metrics.cutLength, 9);
    });
  }

  it('a signed-in customer gets its own pricing (Acme: 5 % material markup, lower minimum)', async () => {
    const acme = await p.as('buyer@acme.example');
    const body = { template: 'disc', params: { diameter: 300 }, material: 'S235', thickness: 10, quantity: 10 };
    const theirs = (await acme.json('POST', '/api/quote', body)).body;
    const publicQuote = (await p.anonymous().json('POST', '/api/quote', body, KEY)).body;
    const material = (q: { breakdown: { code: string; amount: number }[] }) => q.breakdown.find((l) => l.code === 'material')!.amount;
    expect(material(theirs) / material(publicQuote)).toBeCloseTo(1.05 / 1.1, 2);
  });

  it('without a session or key: 401; an unknown key: 401; a key on a foreign site: 403', async () => {
    const body = { template: 'disc', params: {}, material: 'S235', thickness: 3, quantity: 1 };
    expect((await p.anonymous().json('POST', '/api/quote', body)).status).toBe(401);
    expect((await p.anonymous().json('POST', '/api/quote', body, { 'x-kerf-key': 'guess' })).body.error.code).toBe('INVALID_KEY');
    const foreign = await p.anonymous().json('POST', '/api/quote', body, { ...KEY, origin: 'https://copycat.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('CORS only for the key\'s origins, and never with credentials', async () => {
    const pre = await p.app.request('http://portal.test/api/quote', {
      method: 'OPTIONS', headers: { origin: SITE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-kerf-key' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/x-kerf-key/i);
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await p.app.request('http://portal.test/api/quote', { method: 'OPTIONS', headers: { origin: 'https://copycat.example', 'access-control-request-method': 'POST' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const ok = await p.anonymous().json('POST', '/api/quote', { template: 'disc', params: {}, material: 'S235', thickness: 3, quantity: 1 }, { ...KEY, origin: SITE });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(ok.headers.get('set-cookie')).toBeNull();
    // the catalog for the public configurator, with the same key
    const cat = await p.anonymous().json('GET', '/api/catalog', undefined, { ...KEY, origin: SITE });
    expect(cat.body.catalog.materials.map((m: { id: string }) => m.id)).toEqual(['S235', '1.4301', 'AlMg3']);
  });

  it('throttles per key and address', async () => {
    // behind a trusted proxy the address comes from X-Forwarded-For
    const app = createApp({ db: p.database.db, clock: p.now, config: { publicUrl: 'http://portal.test', trustProxy: true }, logError: () => {} });
    const body = JSON.stringify({ template: 'disc', params: {}, material: 'S235', thickness: 3, quantity: 1 });
    const from = (ip: string) => app.request('http://portal.test/api/quote', {
      method: 'POST', body, headers: { ...KEY, 'content-type': 'application/json', 'x-forwarded-for': `${ip}, 10.0.0.1` },
    });
    for (let i = 0; i < 120; i++) expect((await from('203.0.113.5')).status).toBe(200);
    const limited = await from('203.0.113.5');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await from('198.51.100.7')).status).toBe(200);
    p.advance(61_000);
    expect((await from('203.0.113.5')).status).toBe(200);
  });

  it('bad input: unknown material, bad thickness, template error, no body', async () => {
    const anon = p.anonymous();
    const mat = await anon.json('POST', '/api/quote', { template: 'disc', params: {}, material: 'Gold', thickness: 3, quantity: 1 }, KEY);
    expect([mat.status, mat.body.error.code]).toEqual([422, 'UNKNOWN_MATERIAL']);
    const th = await anon.json('POST', '/api/quote', { template: 'disc', params: {}, material: 'S235', thickness: 3.3, quantity: 1 }, KEY);
    expect([th.status, th.body.error.code]).toEqual([422, 'UNAVAILABLE_THICKNESS']);
    const tp = await anon.json('POST', '/api/quote', { template: 'ring', params: { outerDiameter: 50, innerDiameter: 60 }, material: 'S235', thickness: 3, quantity: 1 }, KEY);
    expect([tp.status, tp.body.error.code]).toEqual([422, 'INVALID_PARAMETER']);
    const none = await anon.json('POST', '/api/quote', undefined, KEY);
    expect(none.status).toBe(415);
    const q0 = await anon.json('POST', '/api/quote', { template: 'disc', params: {}, material: 'S235', thickness: 3, quantity: 0 }, KEY);
    expect(q0.status).toBe(400);
  });
});
