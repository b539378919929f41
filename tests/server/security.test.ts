import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { drawing, dxfForm, portal, type Caller, type Portal } from './helpers.js';

type Op = { method: string; path: string };

/** Every route of the OpenAPI document: the matrices below cannot miss a new route. */
async function routes(p: Portal): Promise<Op[]> {
  const doc = (await p.anonymous().json('GET', '/api/openapi.json')).body;
  const ops: Op[] = [];
  for (const [path, item] of Object.entries<Record<string, unknown>>(doc.paths)) {
    for (const method of Object.keys(item)) ops.push({ method: method.toUpperCase(), path });
  }
  return ops;
}

const PUBLIC = new Set(['/api/health', '/api/openapi.json', '/api/auth/login', '/api/auth/logout', '/api/auth/password-reset',
  '/api/auth/password-reset/confirm', '/api/auth/register', '/api/quote', '/api/catalog']);
/** A multipart body with one real 1 × 1 PNG as `photos`. */
function photoForm() {
  const form = new FormData();
  form.append('photos', new File([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')], 'p.png'));
  return form;
}
const fill = (path: string, id: number | string = 1) => path.replace(/\{[^}]+\}/g, String(id));

describe('security', () => {
  let p: Portal;
  let acmeAdmin: Caller, buyer: Caller, beta: Caller, ops: Caller;
  let ops_: Op[];
  beforeAll(async () => {
    p = await portal();
    [acmeAdmin, buyer, beta, ops] = await Promise.all([p.as('admin@acme.example'), p.as('buyer@acme.example'), p.as('admin@beta.example'), p.as('ops@kerf.example')]);
    ops_ = await routes(p);
  });
  afterAll(() => p.close());

  it('the document lists the routes of API.md', () => {
    expect(ops_.length).toBeGreaterThan(60);
    for (const r of ['POST /api/auth/login', 'GET /api/catalog', 'POST /api/quote', 'POST /api/parts', 'GET /api/parts/{id}/preview.svg',
      'POST /api/orders', 'POST /api/orders/{id}/approve', 'GET /api/company/users', 'GET /api/admin/outbox', 'POST /api/admin/orders/{id}/status']) {
      expect(ops_.map((o) => `${o.method} ${o.path}`)).toContain(r);
    }
  });

  it('every customer and back-office route answers 401 without a session', async () => {
    const anon = p.anonymous();
    const guarded = ops_.filter((o) => !PUBLIC.has(o.path));
    expect(guarded.length).toBeGreaterThan(50);
    for (const o of guarded) {
      const r = await anon.json(o.method, fill(o.path), o.method === 'GET' ? undefined : {});
      expect({ route: `${o.method} ${o.path}`, status: r.status, code: r.body?.error?.code }).toEqual({ route: `${o.method} ${o.path}`, status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('every back-office route answers 403 to a customer, even a company admin', async () => {
    const admin = ops_.filter((o) => o.path.startsWith('/api/admin/'));
    expect(admin.length).toBeGreaterThan(15);
    for (const o of admin) {
      const r = await acmeAdmin.json(o.method, fill(o.path), o.method === 'GET' ? undefined : {});
      expect(`${o.method} ${o.path} ${r.status}`).toBe(`${o.method} ${o.path} 403`);
    }
  });

  it('every company-admin route answers 403 to an orderer', async () => {
    const adminOnly = ops_.filter((o) => o.path.startsWith('/api/company/') || (o.path === '/api/company' && o.method === 'PATCH'));
    expect(adminOnly.length).toBeGreaterThanOrEqual(11);
    for (const o of adminOnly) {
      const r = await buyer.json(o.method, fill(o.path), o.method === 'GET' ? undefined : {});
      expect(`${o.method} ${o.path} ${r.status}`).toBe(`${o.method} ${o.path} 403`);
    }
  });

  it('every route with an id answers 404 to another company, with a valid body', async () => {
    // real ids of Acme's things
    const acmePart = (await acmeAdmin.json('GET', '/api/parts')).body.items[0].id;
    const acmeOrder = (await acmeAdmin.json('GET', '/api/orders?status=pending_approval')).body.items[0].id;
    const basketLine = (await buyer.json('GET', '/api/basket')).body.items[0].id;
    const acmeUser = (await acmeAdmin.json('GET', '/api/company/users')).body.items.find((u: { email: string }) => u.email === 'buyer@acme.example').id;
    const acmeGroup = (await acmeAdmin.json('GET', '/api/company/groups')).body.items[0].id;
    const acmeAddress = (await acmeAdmin.json('GET', '/api/company')).body.addresses[0].id;
    const importForm = new FormData();
    importForm.set('sheet', new File(['name,material,thickness,drawing\nA,S235,3,a.dxf\n'], 'a.csv'));
    const acmeImport = (await acmeAdmin.json('POST', '/api/imports', importForm)).body.id;
    // an article published to Acme only (its fasteners category)
    const acmeArticle = (await acmeAdmin.json('GET', '/api/articles?q=NUT-M8')).body.items[0].id;
    // the quote the sales rep wrote for Acme (seed)
    const acmeQuote = (await acmeAdmin.json('GET', '/api/quotes')).body.items[0].id;
    // a return of Acme's shipped order (issue [8])
    const shipped = (await acmeAdmin.json('GET', '/api/orders?status=shipped')).body.items[0].id;
    const shippedLine = (await acmeAdmin.json('GET', `/api/orders/${shipped}`)).body.lines[0].id;
    const acmeReturn = (await acmeAdmin.json('POST', '/api/returns', { orderId: shipped, reason: 'Bent', lines: [{ lineId: shippedLine, quantity: 1 }] })).body.id;
    const idFor = (path: string) => path.startsWith('/api/parts') ? acmePart : path.startsWith('/api/orders') ? acmeOrder
      : path.startsWith('/api/returns') ? acmeReturn
      : path.startsWith('/api/articles') ? acmeArticle : path.startsWith('/api/quotes') ? acmeQuote
      : path.startsWith('/api/basket') ? basketLine : path.startsWith('/api/company/users') ? acmeUser
        : path.startsWith('/api/company/groups') ? acmeGroup : path.startsWith('/api/company/addresses') ? acmeAddress
          : path.startsWith('/api/imports') ? acmeImport : undefined;
    const bodies: Record<string, unknown> = {
      'PATCH /api/parts/{id}': { name: 'mine now' },
      'PATCH /api/basket/items/{id}': { quantity: 3 },
      'POST /api/orders/{id}/reject': { reason: 'no' },
      'PATCH /api/company/users/{id}': { name: 'Mallory' },
      'PATCH /api/company/groups/{id}': { name: 'Mine' },
      'PATCH /api/company/addresses/{id}': { city: 'Elsewhere' },
      'PATCH /api/imports/{id}/rows/{rowId}': { name: 'mine now' },
      'PUT /api/articles/{id}/reference': { customerArticleNumber: 'MINE-1' },
      'POST /api/orders/{id}/messages': { body: 'mine now' },
      'POST /api/orders/{id}/receipt': { shipmentId: 1, lines: [{ lineId: 1, condition: 'received' }] },
      'POST /api/returns/{id}/attachments': photoForm(),
    };
    const pdfForm = () => {
      const f = new FormData();
      f.set('file', new File(['%PDF-1.4\n%%EOF\n'], 'mine.pdf', { type: 'application/pdf' }));
      return f;
    };
    const withId = ops_.filter((o) => o.path.includes('{') && !o.path.startsWith('/api/admin/'));
    expect(withId.length).toBeGreaterThanOrEqual(17);
    for (const o of withId) {
      const id = idFor(o.path);
      expect(id, `no Acme id for ${o.path}`).toBeDefined();
      const key = `${o.method} ${o.path}`;
      const r = await beta.json(o.method, fill(o.path, id), o.method === 'GET' ? undefined : key === 'POST /api/orders/{id}/attachments' ? pdfForm() : (bodies[key] ?? {}));
      expect(`${key} ${r.status} ${r.body?.error?.code}`).toBe(`${key} 404 NOT_FOUND`);
    }
    // and nothing changed for Acme
    expect((await acmeAdmin.json('GET', `/api/parts/${acmePart}`)).body.name).not.toBe('mine now');
    expect((await buyer.json('GET', '/api/basket')).body.items[0].id).toBe(basketLine);
    expect((await acmeAdmin.json('GET', `/api/orders/${acmeOrder}`)).body.status).toBe('pending_approval');
    expect((await acmeAdmin.json('GET', `/api/quotes/${acmeQuote}`)).body.order).toBeNull();
  });

  it('state-changing requests from another origin are refused', async () => {
    const form = () => dxfForm(drawing('bracket.dxf'), 'b.dxf', { material: 'S235', thickness: 3 });
    const evil = await buyer.json('POST', '/api/parts', form(), { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.body.error.code).toBe('FORBIDDEN_ORIGIN');
    expect((await buyer.json('POST', '/api/basket/items', { partId: 1, quantity: 1 }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await buyer.json('POST', '/api/parts', form(), { origin: 'http://portal.test' })).status).toBe(201);
    // reading is fine from anywhere (the cookie is SameSite=Lax anyway)
    expect((await buyer.json('GET', '/api/parts', undefined, { origin: 'https://evil.example' })).status).toBe(200);
  });

  it('a portal embedded on a trusted other site gets CORS with credentials; others do not', async () => {
    const app = createApp({ db: p.database.db, config: { publicUrl: 'https://portal.example.com', portalOrigins: ['https://shop.example'] }, logError: () => {} });
    const pre = await app.request('https://portal.example.com/api/basket/items', {
      method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
    const login = await app.request('https://portal.example.com/api/auth/login', {
      method: 'POST', headers: { origin: 'https://shop.example', 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: JSON.stringify({ customerNumber: '10002', email: 'admin@beta.example', password: 'kerf-demo-2026' }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).toMatch(/SameSite=None/i);
    expect(login.headers.get('set-cookie')).toMatch(/Secure/i);
    expect(login.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    const other = await app.request('https://portal.example.com/api/auth/login', {
      method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ customerNumber: '10002', email: 'admin@beta.example', password: 'kerf-demo-2026' }),
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('malformed JSON, unknown fields and wrong types are 400 with a code', async () => {
    const bad = await buyer.json('POST', '/api/basket/items', '{"partId": 1,', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('MALFORMED_JSON');
    const wrong = await buyer.json('POST', '/api/basket/items', { partId: 'one', quantity: 1 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(wrong.body.error.message).toContain('partId');
    expect((await buyer.json('POST', '/api/basket/items', { partId: 1, quantity: -5 })).status).toBe(400);
  });

  it('a price sent by the client is ignored', async () => {
    const created = await buyer.json('POST', '/api/parts', { name: 'Cheap?', template: 'disc', params: { diameter: 100 }, material: 'S235', thickness: 3, unitPrice: 1, total: 1 });
    expect(created.status).toBe(201);
    expect(created.body.unitPrice).toBeGreaterThan(100);
    const q = await buyer.json('POST', '/api/quote', { template: 'disc', params: { diameter: 100 }, material: 'S235', thickness: 3, quantity: 1 });
    expect(created.body.unitPrice).toBe(q.body.unitPrice);
    const basket = await buyer.json('POST', '/api/basket/items', { partId: created.body.id, quantity: 1, unitPrice: 1, price: 1 });
    expect(basket.body.items.find((i: { partId: number }) => i.partId === created.body.id).unitPrice).toBe(q.body.unitPrice);
  });

  it('a broken DXF is a 422 with the analyzer\'s code, and nothing is saved', async () => {
    const before = (await buyer.json('GET', '/api/parts')).body.total;
    const broken = await buyer.json('POST', '/api/parts', dxfForm('0\nSECTION\n2\nENTITIES\n0\nLINE\n10\nnot-a-number', 'broken.dxf', { material: 'S235', thickness: 3 }));
    expect(broken.status).toBe(422);
    expect(broken.body.error.code).toMatch(/DXF_PARSE_ERROR|NO_CUT_GEOMETRY/);
    const text = await buyer.json('POST', '/api/parts', dxfForm('hello, I am not a drawing', 'x.dxf', { material: 'S235', thickness: 3 }));
    expect(text.body.error.code).toBe('DXF_PARSE_ERROR');
    const big = await buyer.json('POST', '/api/parts', { name: 'Too big', template: 'rectangle', params: { width: 2900, height: 1600 }, material: 'S235', thickness: 3 });
    expect(big.status).toBe(422);
    expect(big.body.error.code).toBe('PART_TOO_LARGE');
    const alu = await buyer.json('POST', '/api/parts', { name: 'Not agreed', template: 'disc', params: { diameter: 50 }, material: 'AlMg3', thickness: 2 });
    expect(alu.body.error.code).toBe('UNKNOWN_MATERIAL');
    expect((await buyer.json('GET', '/api/parts')).body.total).toBe(before);
  });

  it('an upload above 50 MB is refused with 413 without reading the rest', async () => {
    let pulled = 0;
    const total = 60 * 1024 * 1024;
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream({
      pull(ctl) {
        if (pulled >= total) return ctl.close();
        pulled += chunk.length;
        ctl.enqueue(chunk);
      },
    });
    const res = await p.app.request('http://portal.test/api/parts', {
      method: 'POST', body: stream, duplex: 'half',
      headers: { cookie: buyer.cookie!, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(total) },
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('FILE_TOO_LARGE');
    expect(pulled).toBeLessThan(total / 4);
    // a JSON body has a far smaller limit
    const json = await buyer.json('PATCH', '/api/company', { name: 'x'.repeat(2 * 1024 * 1024) });
    expect(json.status).toBe(413);
  });

  it('sessions: httpOnly SameSite cookie, a new one per sign-in, dead after logout', async () => {
    const res = await p.anonymous().request('POST', '/api/auth/login', { customerNumber: '10002', email: 'admin@beta.example', password: 'kerf-demo-2026' });
    const set = res.headers.get('set-cookie')!;
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Lax/i);
    expect(set).toMatch(/Path=\//);
    expect(set).not.toMatch(/Secure/i);
    // behind https the cookie is Secure
    const https = createApp({ db: p.database.db, config: { publicUrl: 'https://portal.example.com' }, logError: () => {} });
    const secure = await https.request('https://portal.example.com/api/auth/login', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ customerNumber: '10002', email: 'admin@beta.example', password: 'kerf-demo-2026' }),
    });
    expect(secure.headers.get('set-cookie')).toMatch(/; Secure/i);
    const a = await p.as('admin@beta.example');
    const b = await p.as('admin@beta.example');
    expect(a.cookie).not.toBe(b.cookie);
    expect((await a.json('POST', '/api/auth/logout')).status).toBe(204);
    expect((await a.json('GET', '/api/me')).status).toBe(401);
    expect((await b.json('GET', '/api/me')).status).toBe(200);
    // the database keeps only the hash of the token
    const rows = await p.database.client.execute('select token_hash from sessions');
    const token = decodeURIComponent(b.cookie!.split('=')[1]);
    expect(rows.rows.map((r) => r.token_hash)).not.toContain(token);
  });

  it('sign-in is throttled per account and per address, counted in the database', async () => {
    const anon = p.anonymous();
    const attempt = (password: string, email = 'engineer@acme.example') => anon.json('POST', '/api/auth/login', { customerNumber: '10001', email, password });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password')).status).toBe(401);
    const locked = await attempt('kerf-demo-2026');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.body.error.code).toBe('TOO_MANY_REQUESTS');
    const rows = await p.database.client.execute("select count from rate_limits where key = 'login:account:engineer@acme.example'");
    expect(rows.rows[0].count).toBe(5);
    p.advance(16 * 60 * 1000);
    expect((await attempt('kerf-demo-2026')).status).toBe(200);
    // per address: many accounts from one address
    for (let i = 0; i < 30; i++) await attempt('nope', `nobody${i}@example.com`);
    expect((await attempt('kerf-demo-2026', 'buyer@acme.example')).status).toBe(429);
    p.advance(16 * 60 * 1000);
  });

  it('password reset and register answer the same for known and unknown e-mails', async () => {
    const anon = p.anonymous();
    const known = await anon.json('POST', '/api/auth/password-reset', { email: 'buyer@acme.example' });
    const unknown = await anon.json('POST', '/api/auth/password-reset', { email: 'nobody@nowhere.example' });
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body]);
    expect(known.status).toBe(202);
    const reg1 = await anon.json('POST', '/api/auth/register', { company: 'Gamma GmbH', email: 'buyer@acme.example', name: 'Ben' });
    const reg2 = await anon.json('POST', '/api/auth/register', { company: 'Gamma GmbH', email: 'new@gamma.example', name: 'Gina' });
    expect([reg1.status, reg1.body]).toEqual([reg2.status, reg2.body]);
    const outbox = (await ops.json('GET', '/api/admin/outbox?limit=500')).body.items;
    expect(outbox.some((m: { to: string }) => m.to === 'nobody@nowhere.example')).toBe(false);
    expect(outbox.some((m: { to: string; kind: string }) => m.to === 'buyer@acme.example' && m.kind === 'password_reset')).toBe(true);
  });

  it('no drawing or user text reaches the preview unescaped; headers are hardened', async () => {
    const part = await buyer.json('POST', '/api/parts', { name: '<script>alert(1)</script>', template: 'disc', params: { diameter: 50 }, material: 'S235', thickness: 2 });
    const res = await buyer.request('GET', `/api/parts/${part.body.id}/preview.svg`);
    const svg = await res.text();
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('a failing database is a 500 or 503 without SQL or stack text', async () => {
    const q = await portal({ seed: false });
    q.database.close();
    const health = await q.anonymous().json('GET', '/api/health');
    expect(health.status).toBe(503);
    const r = await q.anonymous().json('POST', '/api/auth/login', { email: 'a@b.example', password: 'x' });
    expect(r.status).toBe(500);
    expect(r.body.error.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(r.body)).not.toMatch(/sqlite|libsql|select|insert|at \w+ \(/i);
  });
});
