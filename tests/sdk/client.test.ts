// The HTTP client (sdk/client) against the real portal app, in-process: a temp-file database with
// the demo seed, and `fetch` handed straight to app.fetch (no port). app.fetch keeps no cookies,
// so every signed-in client here has its own memory cookie jar (`cookies: 'memory'`), as a Node
// script would.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { migrateDatabase, openDatabase, type Database } from '../../server/db/client.js';
import { seedDemo } from '../../server/demo/seed.js';
import {
  createKerfClient, isKerfError, KerfApiError, MemoryCookieJar, type FetchLike, type KerfClient, type KerfClientOptions, type KerfErrorCode,
} from '../../sdk/index.js';

const BASE = 'http://localhost';
const PASSWORD = 'kerf-demo-2026';
const BRACKET = new Uint8Array(readFileSync(new URL('../../demo/drawings/bracket.dxf', import.meta.url)));

let dir: string;
let database: Database;
let app: App;

/** What a client sent and what came back, for the assertions on headers and routes. */
interface Seen {
  method: string;
  path: string;
  headers: Headers;
  status: number | null;
}

/** Between the client and app.fetch: may answer itself, fail, or delay instead of forwarding. */
type Hook = (req: Request, forward: () => Promise<Response>, n: number) => Promise<Response>;

interface TestClient extends KerfClient {
  seen: Seen[];
}

function makeClient(options: Partial<KerfClientOptions> & { hook?: Hook } = {}): TestClient {
  const { hook, ...rest } = options;
  const seen: Seen[] = [];
  const fetch: FetchLike = async (input, init) => {
    const req = new Request(input, init);
    const entry: Seen = { method: req.method, path: new URL(req.url).pathname, headers: new Headers(req.headers), status: null };
    seen.push(entry);
    const forward = async () => app.fetch(req);
    const res = hook ? await hook(req, forward, seen.length) : await forward();
    entry.status = res.status;
    return res;
  };
  const client = createKerfClient({ baseUrl: BASE, fetch, cookies: 'memory', retry: { delayMs: 1 }, ...rest });
  return Object.assign(client, { seen });
}

async function signIn(email: string, customerNumber?: string, options: Parameters<typeof makeClient>[0] = {}): Promise<TestClient> {
  const c = makeClient(options);
  await c.auth.login({ customerNumber, email, password: PASSWORD });
  return c;
}

/** The KerfError a promise rejects with (fails the test when it resolves). */
async function failure(p: Promise<unknown>): Promise<KerfApiError> {
  try {
    await p;
  } catch (e) {
    expect(isKerfError(e)).toBe(true);
    expect(e).toBeInstanceOf(KerfApiError);
    return e as KerfApiError;
  }
  throw new Error('expected the call to fail');
}

async function expectError(p: Promise<unknown>, code: KerfErrorCode, status?: number): Promise<KerfApiError> {
  const e = await failure(p);
  expect({ code: e.code, status: e.status }).toEqual({ code, status });
  return e;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kerf-client-'));
  database = await openDatabase(`file:${join(dir, 'kerf.db')}`);
  await migrateDatabase(database.db);
  await seedDemo(database.db, { publicUrl: BASE });
  app = createApp({ db: database.db, config: { publicUrl: BASE }, log: () => {}, logError: () => {} });
}, 60_000);

afterAll(() => {
  database?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('createKerfClient', () => {
  describe('signing in', () => {
    it('signs the buyer in with customer number 10001 and sends the session cookie from the memory jar', async () => {
      const buyer = makeClient();
      const session = await buyer.auth.login({ customerNumber: '10001', email: 'buyer@acme.example', password: PASSWORD });
      expect(session.user.email).toBe('buyer@acme.example');
      expect(session.companies.map((c) => c.customerNumber)).toEqual(['10001']);
      expect(session.activeCompanyId).toBe(session.companies[0].id);
      expect(session.approvalMode).toBe('always');
      expect(session.rights).toContain('order');

      const me = await buyer.auth.me();
      expect(me.user.id).toBe(session.user.id);
      expect(buyer.seen.at(-1)!.headers.get('cookie')).toMatch(/^kerf_session=[^;]+$/);
    });

    it('signs operator staff in without a customer number', async () => {
      const ops = makeClient();
      const s = await ops.auth.login({ email: 'ops@kerf.example', password: PASSWORD });
      expect(s.user.staffRole).toBe('admin');
      expect(s.companies).toEqual([]);
      expect(s.activeCompanyId).toBeNull();
    });

    it('answers UNAUTHENTICATED 401 without a session', async () => {
      const anonymous = makeClient();
      await expectError(anonymous.auth.me(), 'UNAUTHENTICATED', 401);
      await expectError(anonymous.parts.list(), 'UNAUTHENTICATED', 401);
    });

    it('answers INVALID_CREDENTIALS 401 for a wrong password', async () => {
      const e = await expectError(makeClient().auth.login({ customerNumber: '10001', email: 'admin@beta.example', password: 'wrong-password' }), 'INVALID_CREDENTIALS', 401);
      expect(e.message).toMatch(/wrong/i);
      expect(e.requestId).toBeTruthy();
    });

    it('forgets the session after logout', async () => {
      const c = await signIn('admin@beta.example', '10002');
      await c.auth.logout();
      await expectError(c.auth.me(), 'UNAUTHENTICATED', 401);
    });

    it('keeps one session per jar: two clients are two users', async () => {
      const beta = await signIn('admin@beta.example', '10002');
      const acme = await signIn('admin@acme.example', '10001');
      expect((await beta.company.get()).customerNumber).toBe('10002');
      expect((await acme.company.get()).customerNumber).toBe('10001');
    });

    it('exposes Retry-After on TOO_MANY_REQUESTS 429 after repeated failed sign-ins', async () => {
      const c = makeClient();
      const wrong = { customerNumber: '10001', email: 'nobody@acme.example', password: 'not-the-password' };
      for (let i = 0; i < 5; i++) await expectError(c.auth.login(wrong), 'INVALID_CREDENTIALS', 401);
      const e = await expectError(c.auth.login(wrong), 'TOO_MANY_REQUESTS', 429);
      expect(e.retryAfter).toBeGreaterThan(0);
      expect(e.retryAfter).toBeLessThanOrEqual(15 * 60);
    });
  });

  describe('parts', () => {
    let buyer: TestClient;
    beforeAll(async () => {
      buyer = await signIn('buyer@acme.example', '10001');
    });

    it('lists the company library with search, sort and paging', async () => {
      const all = await buyer.parts.list();
      expect(all.total).toBeGreaterThanOrEqual(7);
      expect(all.page).toBe(1);
      expect(all.pageSize).toBe(20);
      for (const p of all.items) expect(Number.isInteger(p.unitPrice)).toBe(true);

      const found = await buyer.parts.list({ q: 'flange', sort: 'name' });
      expect(found.items.map((p) => p.name)).toEqual(['DN100 flange', 'Pump flange (inch drawing)']);

      const page2 = await buyer.parts.list({ sort: 'name', page: 2, pageSize: 3 });
      const page1 = await buyer.parts.list({ sort: 'name', page: 1, pageSize: 3 });
      expect(page2.items).toHaveLength(3);
      expect(page2.items[0].name > page1.items[2].name).toBe(true);
      expect(buyer.seen.at(-1)!.path).toBe('/api/parts');
    });

    it('creates a part from demo/drawings/bracket.dxf and prices it on the server', async () => {
      const part = await buyer.parts.create({ file: BRACKET, fileName: 'bracket.dxf', material: 'S235', thickness: 3, articleNumber: 'T-1' });
      expect(part).toMatchObject({ name: 'bracket', drawingName: 'bracket.dxf', source: 'dxf', material: 'S235', thickness: 3, articleNumber: 'T-1', currency: 'EUR' });
      expect(part.metrics.cutLength).toBeGreaterThan(0);
      expect(part.metrics.pierces).toBe(part.metrics.closedContours + part.metrics.openContours);
      expect(part.unitPrice).toBeGreaterThan(0);
      expect(part.prices?.map((p) => p.quantity)).toEqual([1, 10, 50, 100]);
    });

    it('creates a part from a File, a Blob and an ArrayBuffer alike', async () => {
      const fromFile = await buyer.parts.create({ file: new File([BRACKET], 'from-file.dxf'), material: 'S235', thickness: 2 });
      expect(fromFile.drawingName).toBe('from-file.dxf');
      const fromBlob = await buyer.parts.create({ file: new Blob([BRACKET]), fileName: 'from-blob.dxf', name: 'Blob bracket', material: 'S235', thickness: 2 });
      expect(fromBlob).toMatchObject({ name: 'Blob bracket', drawingName: 'from-blob.dxf' });
      const fromBuffer = await buyer.parts.create({ file: BRACKET.slice().buffer, fileName: 'from-buffer.dxf', material: 'S235', thickness: 2 });
      expect(fromBuffer.metrics.cutLength).toBeCloseTo(fromFile.metrics.cutLength, 9);
    });

    it('creates a part from a template', async () => {
      const part = await buyer.parts.create({ name: 'Test plate', template: 'rectangle', params: { width: 120, height: 80 }, material: 'S235', thickness: 4 });
      expect(part).toMatchObject({ name: 'Test plate', source: 'template', template: 'rectangle' });
      expect(part.params).toMatchObject({ width: 120, height: 80 });
      expect(part.metrics.cutLength).toBeCloseTo(2 * (120 + 80), 6);
    });

    it('downloads the preview as an SVG string and the drawing as the uploaded bytes', async () => {
      const part = await buyer.parts.create({ file: BRACKET, fileName: 'bracket.dxf', material: 'S235', thickness: 3 });
      const svg = await buyer.parts.preview(part.id);
      expect(typeof svg).toBe('string');
      expect(svg).toContain('<svg');
      const dxf = await buyer.parts.drawing(part.id);
      expect(dxf).toBeInstanceOf(ArrayBuffer);
      expect(new Uint8Array(dxf)).toEqual(BRACKET);
      expect(buyer.parts.previewUrl(part.id)).toBe(`${BASE}/api/parts/${part.id}/preview.svg`);
      expect(buyer.parts.drawingUrl(part.id)).toBe(`${BASE}/api/parts/${part.id}/drawing.dxf`);
      const healed = await buyer.parts.healed(part.id);
      expect(healed).toMatch(/\$INSUNITS\n70\n4\n/);
      expect(buyer.parts.healedUrl(part.id)).toBe(`${BASE}/api/parts/${part.id}/healed.dxf`);
    });

    it('patches (re-priced), copies and deletes a part', async () => {
      const part = await buyer.parts.create({ name: 'Disc', template: 'disc', params: { diameter: 300 }, material: 'S235', thickness: 2 });
      const thicker = await buyer.parts.patch(part.id, { thickness: 8, articleNumber: 'D-8' });
      expect(thicker).toMatchObject({ thickness: 8, articleNumber: 'D-8' });
      // at 100 pieces, above Acme's minimum order value
      expect(thicker.prices![3].unitPrice).toBeGreaterThan(part.prices![3].unitPrice);
      const copy = await buyer.parts.copy(part.id);
      expect(copy.id).not.toBe(part.id);
      expect(copy.name).toBe('Disc (copy)');
      await buyer.parts.delete(copy.id);
      await expectError(buyer.parts.get(copy.id), 'NOT_FOUND', 404);
    });

    it('keeps a part\'s layer roles: returned, replaced, applied to a new drawing', async () => {
      const part = await buyer.parts.create({ file: BRACKET, fileName: 'bracket.dxf', material: 'S235', thickness: 3, layers: { LOGO: 'engrave' } });
      expect(part.layers).toEqual({ LOGO: 'engrave' });
      const cleared = await buyer.parts.patch(part.id, { layers: null });
      expect(cleared.layers).toBeNull();
      const replaced = await buyer.parts.replaceDrawing(part.id, { file: BRACKET, fileName: 'bracket-v2.dxf', layers: { LOGO: 'ignore' }, thickness: 2 });
      expect(replaced).toMatchObject({ drawingName: 'bracket-v2.dxf', source: 'dxf', thickness: 2, layers: { LOGO: 'ignore' } });
      const last = buyer.seen.at(-1)!;
      expect([last.method, last.path, last.headers.get('content-type')?.split(';')[0]]).toEqual(['PATCH', `/api/parts/${part.id}`, 'multipart/form-data']);
    });

    it('answers NOT_FOUND 404 for another company\'s part', async () => {
      const beta = await signIn('admin@beta.example', '10002');
      const foreign = (await beta.parts.list()).items[0];
      const e = await expectError(buyer.parts.get(foreign.id), 'NOT_FOUND', 404);
      expect(e.message).not.toContain(foreign.name);
      await expectError(buyer.parts.preview(foreign.id), 'NOT_FOUND', 404);
      await expectError(buyer.basket.addItem({ partId: foreign.id, quantity: 1 }), 'NOT_FOUND', 404);
    });

    it('answers DXF_PARSE_ERROR 422 for a broken DXF and saves nothing', async () => {
      const before = (await buyer.parts.list()).total;
      const half = BRACKET.slice(0, Math.floor(BRACKET.length / 2));
      await expectError(buyer.parts.create({ file: half, fileName: 'half.dxf', material: 'S235', thickness: 3 }), 'DXF_PARSE_ERROR', 422);
      expect((await buyer.parts.list()).total).toBe(before);
    });

    it('answers VALIDATION_ERROR 400 with the field for a bad body', async () => {
      const e = await expectError(buyer.parts.create({ name: 'x', template: 'disc', params: {}, material: 'S235', thickness: -1 }), 'VALIDATION_ERROR', 400);
      expect(e.message).toMatch(/thickness/);
    });
  });

  describe('basket, orders and approvals', () => {
    let buyer: TestClient;
    let admin: TestClient;
    let ops: TestClient;
    beforeAll(async () => {
      [buyer, admin, ops] = await Promise.all([
        signIn('buyer@acme.example', '10001'),
        signIn('admin@acme.example', '10001'),
        signIn('ops@kerf.example'),
      ]);
    });

    /** A fresh basket holding one new part. */
    async function fillBasket(quantity = 10) {
      const basket = await buyer.basket.get();
      for (const item of basket.items) await buyer.basket.deleteItem(item.id);
      const part = await buyer.parts.create({ file: BRACKET, fileName: 'bracket.dxf', material: 'S235', thickness: 3 });
      return { part, basket: await buyer.basket.addItem({ partId: part.id, quantity }) };
    }

    it('adds to the basket, changes quantities and removes lines', async () => {
      const { part, basket } = await fillBasket(5);
      expect(basket.items).toHaveLength(1);
      const line = basket.items[0];
      expect(line).toMatchObject({ partId: part.id, quantity: 5, error: null });
      expect(basket.total).toBe(line.total);

      const more = await buyer.basket.addItem({ partId: part.id, quantity: 5 });
      expect(more.items[0].quantity).toBe(10);
      const changed = await buyer.basket.patchItem(line.id, { quantity: 20 });
      expect(changed.items[0].quantity).toBe(20);
      const details = await buyer.basket.patch({ commission: 'Client test', deliveryMethod: 'pickup', deliveryAddressId: basket.addresses[0].id });
      expect(details).toMatchObject({ commission: 'Client test', deliveryMethod: 'pickup' });
      expect(details.deliveryAddress?.name).toBe(basket.addresses[0].name);
      const empty = await buyer.basket.deleteItem(line.id);
      expect(empty.items).toEqual([]);
      await expectError(buyer.basket.deleteItem(line.id), 'NOT_FOUND', 404);
    });

    it('submits an order with an Idempotency-Key: the same key twice gives the same order', async () => {
      await fillBasket();
      const key = 'client-test-' + Date.now();
      const first = await buyer.orders.submit({ commission: 'Idempotent' }, { idempotencyKey: key });
      expect(first).toMatchObject({ status: 'pending_approval', commission: 'Idempotent', idempotencyKey: key, replayed: false });
      expect(buyer.seen.at(-1)!.headers.get('idempotency-key')).toBe(key);
      expect(first.number).toMatch(/^K-\d{4}-\d{5}$/);
      expect(first.approver?.email).toBe('admin@acme.example');
      expect(first.lines.every((l) => l.approval === 'pending' && l.approvalReason === 'always')).toBe(true);

      const again = await buyer.orders.submit({ commission: 'Idempotent' }, { idempotencyKey: key });
      expect(again.id).toBe(first.id);
      expect(again.replayed).toBe(true);
      expect((await buyer.basket.get()).items).toEqual([]);
    });

    it('makes up an Idempotency-Key and sends the same one again when it retries after a lost answer', async () => {
      let submits = 0;
      const lossy = await signIn('buyer@acme.example', '10001', {
        hook: async (req, forward) => {
          const res = await forward();
          // the server made the order, but the first answer never arrives
          if (req.method === 'POST' && new URL(req.url).pathname === '/api/orders' && ++submits === 1) throw new TypeError('fetch failed');
          return res;
        },
      });
      await fillBasket();
      const before = (await lossy.orders.list()).counts.all;
      const order = await lossy.orders.submit();
      const attempts = lossy.seen.filter((s) => s.path === '/api/orders' && s.method === 'POST');
      expect(attempts).toHaveLength(2);
      const keys = attempts.map((a) => a.headers.get('idempotency-key'));
      expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(keys[1]).toBe(keys[0]);
      expect(order).toMatchObject({ idempotencyKey: keys[0], replayed: true, status: 'pending_approval' });
      expect((await lossy.orders.list()).counts.all).toBe(before + 1);

      const cancelled = await lossy.orders.cancel(order.id, { reason: 'Test over' });
      expect(cancelled.status).toBe('cancelled');
      expect(cancelled.canCancel).toBe(false);
    });

    it('goes pending_approval → released (admin@acme approves) → in_production (ops@kerf.example)', async () => {
      await fillBasket(25);
      const order = await buyer.orders.submit({ commission: 'Through the shop' });
      expect(order.status).toBe('pending_approval');
      expect((await buyer.orders.list({ status: 'pending_approval' })).items.map((o) => o.id)).toContain(order.id);

      const waiting = await admin.approvals.list();
      expect(waiting.items.map((o) => o.id)).toContain(order.id);
      const approved = await admin.approvals.approve(order.id, { lineIds: order.lines.map((l) => l.id) });
      expect(approved.status).toBe('released');
      expect(approved.lines.every((l) => l.approval === 'approved')).toBe(true);

      const moved = await ops.admin.orders.setStatus(order.id, { status: 'in_production', note: 'Laser 1' });
      expect(moved.status).toBe('in_production');
      const seen = await buyer.orders.get(order.id);
      expect(seen.status).toBe('in_production');
      expect(seen.history.map((h) => h.toStatus).filter(Boolean)).toEqual(['pending_approval', 'released', 'in_production']);
      await expectError(buyer.orders.cancel(order.id), 'INVALID_STATUS', 409);
      await expectError(ops.admin.orders.setStatus(order.id, { status: 'completed' }), 'INVALID_TRANSITION', 409);
    });

    it('rejects an order with a reason', async () => {
      await fillBasket();
      const order = await buyer.orders.submit();
      const rejected = await admin.approvals.reject(order.id, { reason: 'Not this quarter' });
      expect(rejected.status).toBe('rejected');
      expect(rejected.lines[0]).toMatchObject({ approval: 'rejected', rejectReason: 'Not this quarter' });
    });

    it('answers BASKET_EMPTY 409 for an empty basket', async () => {
      const basket = await buyer.basket.get();
      for (const item of basket.items) await buyer.basket.deleteItem(item.id);
      await expectError(buyer.orders.submit(), 'BASKET_EMPTY', 409);
    });
  });

  describe('quoting', () => {
    const TEMPLATE_QUOTE = { template: 'rectangle', params: { width: 100, height: 50 }, material: 'S235', thickness: 2, quantity: 10 };

    it('quotes anonymously with the embed key demo-public-key, without cookies', async () => {
      const shop = makeClient({ embedKey: 'demo-public-key' });
      const q = await shop.quoting.quote(TEMPLATE_QUOTE);
      expect(q).toMatchObject({ currency: 'EUR', quantity: 10, material: { id: 'S235', thickness: 2 } });
      expect(q.total).toBe(q.breakdown.reduce((s, l) => s + l.amount, 0));
      expect(q.metrics.cutLength).toBeCloseTo(300, 6);
      const sent = shop.seen.at(-1)!;
      expect(sent.headers.get('x-kerf-key')).toBe('demo-public-key');
      expect(sent.headers.get('cookie')).toBeNull();

      const fromFile = await shop.quoting.quote({ file: BRACKET, fileName: 'bracket.dxf', material: 'S235', thickness: 3, quantity: 5 });
      expect(fromFile.metrics.cutLength).toBeGreaterThan(0);
      const catalog = await shop.quoting.catalog();
      expect(catalog.catalog.materials.map((m) => m.id)).toEqual(expect.arrayContaining(['S235', '1.4301', 'AlMg3']));
      expect(catalog.templates.map((t) => t.name)).toContain('rectangle');
    });

    it('answers INVALID_KEY 401 for an unknown embed key', async () => {
      await expectError(makeClient({ embedKey: 'no-such-key' }).quoting.quote(TEMPLATE_QUOTE), 'INVALID_KEY', 401);
    });

    it('answers DXF_PARSE_ERROR 422 for a drawing that is not a DXF', async () => {
      const shop = makeClient({ embedKey: 'demo-public-key' });
      await expectError(shop.quoting.quote({ file: new TextEncoder().encode('hello, not a drawing'), material: 'S235', thickness: 2, quantity: 1 }), 'DXF_PARSE_ERROR', 422);
    });

    it('quotes at the signed-in company\'s agreed catalog', async () => {
      const buyer = await signIn('buyer@acme.example', '10001');
      const catalog = await buyer.quoting.catalog();
      expect(catalog.catalog.materials.map((m) => m.id)).not.toContain('AlMg3');
      expect((await buyer.quoting.quote(TEMPLATE_QUOTE)).total).toBeGreaterThan(0);
    });
  });

  describe('when the network or the caller intervenes', () => {
    it('turns a failed fetch into NETWORK_ERROR (reads are tried again, writes are not)', async () => {
      const down = makeClient({ hook: async () => { throw new TypeError('fetch failed'); } });
      const e = await expectError(down.parts.list(), 'NETWORK_ERROR', undefined);
      expect(e.cause).toBeInstanceOf(TypeError);
      expect(down.seen).toHaveLength(3);
      await expectError(down.basket.addItem({ partId: 1, quantity: 1 }), 'NETWORK_ERROR', undefined);
      expect(down.seen).toHaveLength(4);
    });

    it('tries a read again after a 502 from a proxy, and reports HTTP_ERROR with the status when retries are off', async () => {
      const gateway: Hook = async (req, forward, n) => (n === 1 ? new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }) : forward());
      const flaky = makeClient({ hook: gateway });
      expect((await flaky.system.openapi()).openapi).toBe('3.1.0');
      expect(flaky.seen.map((s) => s.status)).toEqual([502, 200]);
      const strict = makeClient({ hook: gateway, retry: false });
      await expectError(strict.system.openapi(), 'HTTP_ERROR', 502);
    });

    it('rejects with ABORTED when the call\'s signal aborts, before or during the request', async () => {
      const c = makeClient({ hook: (req) => new Promise((_, reject) => req.signal.addEventListener('abort', () => reject(req.signal.reason))) });
      await expectError(c.system.health({ signal: AbortSignal.abort() }), 'ABORTED', undefined);
      expect(c.seen).toHaveLength(0);
      const ctl = new AbortController();
      const pending = c.parts.list({}, { signal: ctl.signal });
      setTimeout(() => ctl.abort(), 5);
      await expectError(pending, 'ABORTED', undefined);
      const timedOut = await expectError(c.system.health({ signal: AbortSignal.timeout(5) }), 'ABORTED', undefined);
      expect(timedOut.message).toMatch(/timed out/);
    });

    it('aborts every call of a client through its own signal', async () => {
      const ctl = new AbortController();
      const c = makeClient({ signal: ctl.signal });
      expect((await c.system.health()).status).toBe('ok');
      ctl.abort();
      await expectError(c.system.health(), 'ABORTED', undefined);
    });

    it('works with a cookie jar of the caller\'s own and sends the client\'s headers', async () => {
      const jar = new MemoryCookieJar();
      const c = makeClient({ cookies: jar, headers: { 'Accept-Language': 'de' } });
      await c.auth.login({ customerNumber: '10001', email: 'engineer@acme.example', password: PASSWORD });
      expect(jar.cookieHeader(`${BASE}/api/me`)).toMatch(/^kerf_session=/);
      expect(c.seen[0].headers.get('accept-language')).toBe('de');
      const other = makeClient({ cookies: jar });
      expect((await other.auth.me()).user.email).toBe('engineer@acme.example');
      await other.auth.logout();
      expect(jar.cookieHeader(`${BASE}/api/me`)).toBeUndefined();
    });
  });

  describe('every route', () => {
    it('reaches every operation of the OpenAPI document with a body the server accepts', async () => {
      const anon = makeClient();
      const shop = makeClient({ embedKey: 'demo-public-key' });
      const buyer = await signIn('buyer@acme.example', '10001');
      const admin = await signIn('admin@acme.example', '10001');
      const ops = await signIn('ops@kerf.example');
      const clients = [anon, shop, buyer, admin, ops];

      // system and accounts
      expect(await anon.system.health()).toEqual({ status: 'ok' });
      const doc = await anon.system.openapi() as { paths: Record<string, Record<string, unknown>> };
      const me = await admin.auth.me();
      await admin.auth.switchCompany(me.companies[0].id);
      expect(await anon.auth.register({ company: 'Gamma KG', email: 'gina@gamma.example', name: 'Gina Gamma' })).toEqual({ ok: true });
      await anon.auth.register({ company: 'Spam Ltd', email: 'spam@spam.example', name: 'Sam Spam' });
      expect(await anon.auth.requestPasswordReset({ email: 'engineer@acme.example' })).toEqual({ ok: true });
      const mails = await ops.admin.outbox.list({ limit: 50 });
      const reset = mails.items.find((m) => m.kind === 'password_reset' && m.to === 'engineer@acme.example');
      const token = decodeURIComponent(/token=([^\s"&<]+)/.exec(reset!.text)![1]);
      expect(await anon.auth.confirmPasswordReset({ token, password: 'a-new-password-2026' })).toEqual({ ok: true });
      await makeClient().auth.login({ customerNumber: '10001', email: 'engineer@acme.example', password: 'a-new-password-2026' });

      // quoting and parts
      await shop.quoting.catalog();
      await shop.quoting.quote({ template: 'disc', params: { diameter: 80 }, material: 'S235', thickness: 2, quantity: 3 });
      const part = await buyer.parts.create({ file: BRACKET, fileName: 'bracket.dxf', material: 'S235', thickness: 3 });
      const plate = await buyer.parts.create({ name: 'Plate', template: 'rectangle', params: { width: 50, height: 50 }, material: 'S235', thickness: 2 });
      await buyer.parts.list({ q: 'Plate', sort: '-createdAt', page: 1, pageSize: 5 });
      await buyer.parts.get(part.id);
      await buyer.parts.patch(plate.id, { params: { width: 60 }, name: 'Plate 60' });
      const copy = await buyer.parts.copy(plate.id);
      await buyer.parts.delete(copy.id);
      await buyer.parts.drawing(part.id);
      await buyer.parts.healed(part.id);
      await buyer.parts.preview(part.id);

      // basket, orders, approvals
      let basket = await buyer.basket.get();
      for (const item of basket.items) await buyer.basket.deleteItem(item.id);
      basket = await buyer.basket.addItem({ partId: part.id, quantity: 4 });
      await buyer.basket.patchItem(basket.items[0].id, { quantity: 6 });
      await buyer.basket.patch({ requestedDate: '2030-01-15', note: 'Gate 3', billingAddress: { name: 'Acme', street: 'Postfach 1', zip: '70501', city: 'Stuttgart', country: 'DE' } });
      const extra = await buyer.basket.addItem({ partId: plate.id, quantity: 2 });
      await buyer.basket.deleteItem(extra.items[1].id);
      await buyer.basket.addItem({ partId: plate.id, quantity: 2 });
      const toCancel = await buyer.orders.submit({ deliveryMethod: 'express' });
      await buyer.orders.cancel(toCancel.id);
      await buyer.basket.addItem({ partId: plate.id, quantity: 2 });
      const toReject = await buyer.orders.submit();
      await admin.approvals.reject(toReject.id, { reason: 'No', lineIds: [toReject.lines[0].id] });
      await buyer.basket.addItem({ partId: part.id, quantity: 3 });
      const order = await buyer.orders.submit({ commission: 'Tour' });
      await buyer.orders.list({ status: 'pending_approval' });
      await buyer.orders.get(order.id);
      await admin.approvals.list();
      await admin.approvals.approve(order.id);

      // company self-administration
      await admin.company.get();
      await admin.company.patch({ phone: '+49 711 555 0299' });
      const withAddress = await admin.company.addresses.create({ kind: 'delivery', name: 'Werk 3', street: 'Ring 1', zip: '70000', city: 'Stuttgart', country: 'DE' });
      const address = withAddress.addresses.find((a) => a.name === 'Werk 3')!;
      await admin.company.addresses.patch(address.id, { city: 'Esslingen', isDefault: true });
      await admin.company.addresses.delete(address.id);
      const groups = await admin.company.groups.list();
      const orderers = groups.items.find((g) => g.name === 'Orderers')!;
      const members = await admin.company.users.create({ email: 'nina@acme.example', name: 'Nina New', groupId: orderers.id, approvalMode: 'always', approverId: me.user.id });
      const nina = members.items.find((m) => m.email === 'nina@acme.example')!;
      expect(nina.invited).toBe(true);
      await admin.company.users.list();
      await admin.company.users.patch(nina.id, { approvalLimit: 100_000 });
      await admin.company.users.delete(nina.id);
      const made = await admin.company.groups.create({ name: 'Purchasing', rights: ['view_parts', 'order'] });
      const purchasing = made.items.find((g) => g.name === 'Purchasing')!;
      await admin.company.groups.patch(purchasing.id, { rights: ['view_parts'] });
      await admin.company.groups.delete(purchasing.id);

      // back office
      const companies = await ops.admin.companies.list();
      expect(companies.items.map((c) => c.customerNumber)).toEqual(expect.arrayContaining(['10001', '10002']));
      const delta = await ops.admin.companies.create({ name: 'Delta GmbH', customerNumber: '10004', city: 'Ulm', allowedMaterials: [{ material: 'S235' }] });
      expect(delta.groups.map((g) => g.name)).toContain('Administrators');
      await ops.admin.companies.get(delta.id);
      await ops.admin.companies.patch(delta.id, { city: 'Neu-Ulm', pricingOverrides: { materialMarkup: 0.1 } });
      const dora = await ops.admin.companies.inviteUser(delta.id, { email: 'dora@delta.example', name: 'Dora Delta' });
      const users = await ops.admin.users.list();
      expect(users.items.map((u) => u.email)).toContain('dora@delta.example');
      await ops.admin.users.patch(dora.id, { name: 'Dora D. Delta' });
      await ops.admin.staff.create({ email: 'sue@kerf.example', name: 'Sue Sales', role: 'sales' });
      const pricing = await ops.admin.pricing.get();
      await ops.admin.pricing.put({ profile: pricing.profile });
      const requests = await ops.admin.accessRequests.list({ status: 'pending' });
      const gina = requests.items.find((r) => r.email === 'gina@gamma.example')!;
      const spam = requests.items.find((r) => r.email === 'spam@spam.example')!;
      await ops.admin.accessRequests.approve(gina.id, { company: { name: 'Gamma KG', customerNumber: '10003' } });
      await ops.admin.accessRequests.reject(spam.id);
      const shopOrders = await ops.admin.orders.list({ status: 'released', companyId: me.companies[0].id });
      expect(shopOrders.items.map((o) => o.id)).toContain(order.id);
      await ops.admin.orders.get(order.id);
      await ops.admin.orders.setStatus(order.id, { status: 'in_production' });
      await ops.admin.orders.addRecord(order.id, { kind: 'invoice', document: 'RE-TEST-1', amount: order.total });
      expect(new TextDecoder().decode((await ops.admin.orders.confirmationPdf(order.id)).slice(0, 5))).toBe('%PDF-');
      expect((await buyer.orders.confirmationPdf(order.id)).byteLength).toBeGreaterThan(1000);
      expect(buyer.orders.confirmationUrl(order.id)).toBe(`${BASE}/api/orders/${order.id}/confirmation.pdf`);
      const key = await ops.admin.embedKeys.create({ name: 'Test shop', origins: ['https://shop.example/path'] });
      expect(key.origins).toEqual(['https://shop.example']);
      await ops.admin.embedKeys.list();
      await ops.admin.embedKeys.patch(key.key, { enabled: false });

      // catalog articles (issue [7])
      const found = await buyer.articles.list({ q: 'M8', favorites: false, page: 1, pageSize: 10 });
      const nut = found.items.find((x) => x.number === 'NUT-M8')!;
      expect((await buyer.articles.get(nut.id, { lang: 'de' })).name).toMatch(/^Sechskantmutter/);
      expect((await buyer.articles.addFavorite(nut.id)).favorite).toBe(true);
      expect((await buyer.articles.removeFavorite(nut.id)).favorite).toBe(false);
      expect((await buyer.articles.setReference(nut.id, { customerName: 'Mutter' })).customerName).toBe('Mutter');
      const category = await ops.admin.articleCategories.create({ name: { en: 'Client test' } });
      expect((await ops.admin.articleCategories.list()).items.map((k) => k.id)).toContain(category.id);
      await ops.admin.articleCategories.patch(category.id, { position: 9 });
      const article = await ops.admin.articles.create({ number: 'CL-ART', name: { en: 'Client article' }, basePrice: 100, categoryId: category.id });
      expect((await ops.admin.articles.list({ active: true })).items.map((x) => x.number)).toContain('CL-ART');
      await ops.admin.articles.get(article.id);
      await ops.admin.articles.patch(article.id, { basePrice: 120 });
      const png = new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])], { type: 'image/png' });
      expect((await ops.admin.articles.setImage(article.id, png)).image).not.toBeNull();
      expect((await ops.admin.articles.image(article.id)).byteLength).toBe(16);
      const acme = me.companies[0].id;
      await ops.admin.companies.articles(acme);
      await ops.admin.companies.setArticleCategory(acme, category.id, { published: true, discount: 10 });
      expect((await buyer.articles.get(article.id)).unitPrice).toBe(108);
      await ops.admin.companies.setArticle(acme, article.id, { fixedPrice: 99 });
      expect((await buyer.articles.get(article.id)).unitPrice).toBe(99);
      expect((await buyer.articles.image(article.id)).byteLength).toBe(16);
      expect(buyer.articles.imageUrl(article.id)).toBe(`${BASE}/api/articles/${article.id}/image`);
      const withArticle = await buyer.basket.addItem({ articleId: article.id, quantity: 2 });
      expect(withArticle.items.find((i) => i.articleId === article.id)).toMatchObject({ kind: 'article', unitPrice: 99, total: 198 });
      expect((await ops.admin.companies.resetArticle(acme, article.id)).items.find((x) => x.articleId === article.id)?.unitPrice).toBe(108);
      // formal quotes (issue [7]): the basket (an article now) frozen, its PDF, an order at its prices; one by the shop
      const quote = await buyer.quotes.create({ commission: 'Client quote' });
      expect(quote).toMatchObject({ source: 'basket', valid: true, commission: 'Client quote' });
      expect(quote.number).toMatch(/^A-\d{4}-\d{5}$/);
      expect((await buyer.quotes.list({ page: 1, pageSize: 5 })).items[0].id).toBe(quote.id);
      expect((await buyer.quotes.get(quote.id)).lines[0]).toMatchObject({ kind: 'article', unitPrice: 108 });
      expect(new TextDecoder().decode((await buyer.quotes.pdf(quote.id)).slice(0, 5))).toBe('%PDF-');
      expect(buyer.quotes.pdfUrl(quote.id)).toBe(`${BASE}/api/quotes/${quote.id}/pdf`);
      const fromQuote = await buyer.quotes.order(quote.id, {}, { idempotencyKey: 'client-quote-1' });
      expect(fromQuote).toMatchObject({ repriced: false, replayed: false, total: quote.total, quote: { id: quote.id, number: quote.number } });
      expect((await buyer.quotes.order(quote.id, {}, { idempotencyKey: 'client-quote-1' })).replayed).toBe(true);
      const written = await ops.admin.quotes.create({ companyId: acme, lines: [{ partId: part.id, quantity: 5 }, { articleId: nut.id, quantity: 10 }], language: 'de' });
      expect(written).toMatchObject({ source: 'shop', language: 'de', sentAt: null });
      expect((await ops.admin.quotes.list({ pageSize: 3 })).items[0].id).toBe(written.id);
      expect((await ops.admin.quotes.get(written.id)).lines).toHaveLength(2);
      expect((await ops.admin.quotes.pdf(written.id)).byteLength).toBeGreaterThan(1000);
      expect(await ops.admin.quotes.send(written.id, { to: 'purchasing@acme.example' })).toEqual({ to: 'purchasing@acme.example' });


      await ops.admin.companies.resetArticleCategory(acme, category.id);

      await ops.admin.articles.deleteImage(article.id);
      const articleSheet = await ops.admin.articles.exportXlsx();
      expect(ops.admin.articles.exportUrl()).toBe(`${BASE}/api/admin/articles/export.xlsx`);
      const dry = await ops.admin.articles.importSheet(new Blob([articleSheet]), { dryRun: true, sheetName: 'articles.xlsx' });
      expect(dry).toMatchObject({ dryRun: true, created: 0, updated: 0, errors: 0 });
      await ops.admin.articles.delete(article.id);
      await ops.admin.articleCategories.delete(category.id);

      // exports and webhooks (issue [5])
      expect((await buyer.parts.exportXlsx()).byteLength).toBeGreaterThan(0);
      await buyer.orders.exportXlsx();
      for (const f of ['xlsx', 'csv', 'json'] as const) await ops.admin.orders.export(f, { status: 'in_production' });
      await ops.admin.orders.drawingsZip({ from: '2020-01-01' });
      expect(ops.admin.orders.exportUrl('csv', { status: 'released' })).toMatch(/\/api\/admin\/orders\/export\?status=released&format=csv$/);
      const hook = await ops.admin.webhooks.create({ url: 'http://127.0.0.1:9/hooks', events: ['part.created'] });
      expect(hook.secret).toMatch(/^whsec_/);
      await ops.admin.webhooks.list();
      await buyer.parts.copy(plate.id);
      const [delivery] = (await ops.admin.webhooks.deliveries(hook.id, { limit: 5 })).items;
      expect((await ops.admin.webhooks.resend(delivery.id)).attempts).toBe(1); // port 9 refuses: a failed attempt, retried later
      await ops.admin.webhooks.patch(hook.id, { enabled: false });
      await ops.admin.webhooks.delete(hook.id);

      // bulk import (issue [5]): a sheet naming one drawing that came and one that did not
      const sheet = new File(['articleNumber;name;material;thickness;quantity;drawing\r\nCL-1;Client bracket;S235;3;5;bracket.dxf\r\nCL-2;Client cover;XX;2,0;4;later.dxf\r\n'], 'client.csv', { type: 'text/csv' });
      const { id: importId } = await buyer.imports.create(sheet, [new File([BRACKET], 'bracket.dxf')], { layers: { LOGO: 'engrave' } });
      let view = await buyer.imports.get(importId);
      for (let i = 0; view.status === 'processing' && i < 200; i++) view = await new Promise((r) => setTimeout(r, 25)).then(() => buyer.imports.get(importId));
      expect(view.counts).toMatchObject({ ok: 1, error: 1 });
      expect((await buyer.imports.list()).items[0].id).toBe(importId);
      expect(view.layers).toEqual({ LOGO: 'engrave' });
      const bad = view.rows.find((r) => r.status === 'error')!;
      expect((await buyer.imports.patchRow(importId, bad.id, { material: 'S235' })).material).toBe('S235');
      expect((await buyer.imports.uploadRowDrawing(importId, bad.id, new File([BRACKET], 'later.dxf'))).status).toBe('ok');
      expect((await buyer.imports.template('de')).byteLength).toBeGreaterThan(0);
      expect(buyer.imports.templateUrl('fr')).toBe(`${BASE}/api/imports/template.xlsx?lang=fr`);
      expect(buyer.imports.errorsUrl(importId)).toBe(`${BASE}/api/imports/${importId}/errors.xlsx`);
      await buyer.imports.errors(importId);
      expect((await buyer.imports.commit(importId)).created).toBe(2);
      expect((await buyer.imports.commit(importId)).created).toBe(0);

      // confirmation and changes (issue [8]): files, messages, supplements, the shop's confirmation
      await buyer.basket.addItem({ partId: part.id, quantity: 2 });
      const later = await buyer.orders.submit({ commission: 'Changes' });
      await admin.approvals.approve(later.id);
      const pdf = new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' });
      const file = await buyer.orders.attach(later.id, pdf, { fileName: 'rev-b.pdf' });
      expect(file).toMatchObject({ name: 'rev-b.pdf', mime: 'application/pdf', side: 'customer' });
      expect((await buyer.orders.attachments(later.id)).items).toHaveLength(1);
      expect(buyer.orders.attachmentUrl(later.id, file.id)).toBe(`${BASE}/api/orders/${later.id}/attachments/${file.id}`);
      await buyer.orders.postMessage(later.id, 'Gate 3, please');
      await ops.admin.orders.attach(later.id, pdf, { fileName: 'drawing.pdf' });
      expect((await ops.admin.orders.attachments(later.id)).items).toHaveLength(2);
      expect((await ops.admin.orders.unread()).total).toBeGreaterThanOrEqual(1);
      expect((await ops.admin.orders.messages(later.id)).items[0].body).toBe('Gate 3, please');
      const unreadBefore = (await buyer.orders.unread()).total; // the demo's thread has one the buyer has not read
      await ops.admin.orders.postMessage(later.id, 'Noted');
      expect((await buyer.orders.unread()).total).toBe(unreadBefore + 1);
      expect((await buyer.orders.messages(later.id)).items).toHaveLength(2);
      expect((await buyer.orders.attachmentFile(later.id, file.id)).byteLength).toBeGreaterThan(0);
      expect((await ops.admin.orders.attachmentFile(later.id, file.id)).byteLength).toBeGreaterThan(0);
      await buyer.basket.addItem({ partId: plate.id, quantity: 3 });
      const withSupplement = await buyer.orders.addSupplement(later.id, { idempotencyKey: 'client-sup-1' });
      expect(withSupplement.supplements[0].status).toBe('pending_approval');
      await admin.approvals.approve(later.id);
      await ops.admin.orders.confirmSupplement(later.id, withSupplement.supplementId);
      await buyer.basket.addItem({ partId: plate.id, quantity: 1 });
      const second = await buyer.orders.addSupplement(later.id);
      await admin.approvals.approve(later.id);
      expect((await ops.admin.orders.rejectSupplement(later.id, second.supplementId, 'Not this time')).supplements[1].status).toBe('rejected');
      await buyer.basket.addItem({ partId: plate.id, quantity: 2 });
      const third = await buyer.orders.addSupplement(later.id);
      expect((await buyer.orders.withdrawSupplement(later.id, third.supplementId)).supplements[2].status).toBe('cancelled');
      const confirmed = await ops.admin.orders.confirm(later.id, { lines: [{ lineId: later.lines[0].id, quantity: 1, reason: 'One is enough' }] });
      expect(confirmed.lines[0]).toMatchObject({ quantity: 1, originalQuantity: 2 });

      // receipt and returns (issue [8]): a partial shipment, a damaged line with a photo, a return the shop accepts
      const shipped = await ops.admin.returns.ship(later.id, { document: 'LS-CLIENT-1', lines: [{ lineId: later.lines[0].id, quantity: 1 }] });
      const delivery1 = shipped.shipments[0];
      expect(delivery1).toMatchObject({ document: 'LS-CLIENT-1', lines: [{ lineId: later.lines[0].id, quantity: 1, receipt: null }] });
      const received = await buyer.returns.confirmReceipt(later.id, { shipmentId: delivery1.id, lines: [{ lineId: later.lines[0].id, condition: 'damaged', affected: 1, photos: [png] }] });
      const lineReceipt = received.shipments[0].lines[0].receipt!;
      expect(lineReceipt).toMatchObject({ condition: 'damaged', affected: 1, quantity: 0 });
      expect((await buyer.returns.receiptPhoto(later.id, lineReceipt.photos[0].id)).byteLength).toBe(16);
      expect((await ops.admin.returns.receiptPhoto(later.id, lineReceipt.photos[0].id)).byteLength).toBe(16);
      expect(buyer.returns.receiptPhotoUrl(later.id, lineReceipt.photos[0].id)).toBe(`${BASE}/api/orders/${later.id}/receipt/photos/${lineReceipt.photos[0].id}`);
      const rma = await buyer.returns.open({ orderId: later.id, reason: 'Bent', lines: [{ lineId: later.lines[0].id, quantity: 1, receiptId: lineReceipt.id }] });
      expect(rma).toMatchObject({ status: 'requested', lines: [{ quantity: 1, reason: 'damaged' }] });
      expect((await buyer.returns.list({ status: 'requested' })).items.map((r) => r.id)).toContain(rma.id);
      const withPhoto = await buyer.returns.addPhotos(rma.id, [png]);
      expect((await buyer.returns.photo(rma.id, withPhoto.photos[0].id)).byteLength).toBe(16);
      expect((await buyer.returns.get(rma.id)).photos).toHaveLength(1);
      expect((await ops.admin.returns.list({ companyId: acme })).items[0].id).toBe(rma.id);
      expect((await ops.admin.returns.get(rma.id)).next).toEqual(['accepted', 'rejected']);
      expect((await ops.admin.returns.photo(rma.id, withPhoto.photos[0].id)).byteLength).toBe(16);
      expect((await ops.admin.returns.setStatus(rma.id, { status: 'accepted', instructions: 'Keep it.' })).status).toBe('accepted');

      // the money trail and planning (issue [8]): an invoice half paid, the statement and its files,
      // the plan, stock and the material demand, both dashboards
      const acmeId = (await buyer.auth.me()).activeCompanyId!;
      await ops.admin.orders.addRecord(later.id, { kind: 'invoice', amount: 1000 });
      await ops.admin.orders.addRecord(later.id, { kind: 'payment', amount: 400 });
      const statement = await buyer.statements.get({ from: '2026-01-01', to: '2026-12-31' });
      expect(statement.closingBalance).toBe(statement.totals.open);
      expect((await buyer.statements.download('pdf', { from: '2026-01-01', to: '2026-12-31', lang: 'de' })).byteLength).toBeGreaterThan(1000);
      expect((await buyer.statements.download('xlsx')).byteLength).toBeGreaterThan(1000);
      expect(buyer.statements.url('pdf', { from: '2026-01-01' })).toBe(`${BASE}/api/statements.pdf?from=2026-01-01`);
      expect((await ops.admin.statements.get({ companyId: acmeId, from: '2026-01-01', to: '2026-12-31' })).closingBalance).toBe(statement.closingBalance);
      await ops.admin.statements.download('xlsx', { companyId: acmeId });
      await ops.admin.statements.download('pdf', { companyId: acmeId });
      expect((await ops.admin.statements.openItems({ companyId: acmeId })).companies[0].open).toBe(statement.totals.open);
      const grid = await buyer.planning.get();
      const month = grid.months[1];
      const planned = await buyer.planning.set([{ partId: plate.id, month, quantity: 30 }]);
      expect(planned.items.find((i) => i.partId === plate.id)?.quantities[1]).toBe(30);
      const planSheet = await buyer.planning.exportSheet();
      expect((await buyer.planning.importSheet(new Blob([planSheet]), { dryRun: true, sheetName: 'plan.xlsx' })).rows.length).toBeGreaterThan(0);
      await buyer.planning.reportStock({ lines: [{ partId: plate.id, quantity: 7 }] });
      expect((await buyer.planning.stock()).items.find((i) => i.partId === plate.id)?.quantity).toBe(7);
      expect((await buyer.planning.stockReports()).items[0].lines.length).toBeGreaterThan(0);
      expect((await ops.admin.planning.companyPlan(acmeId)).items.some((i) => i.partId === plate.id)).toBe(true);
      await ops.admin.planning.materialDemand({ from: month, months: 3 });
      expect((await ops.admin.planning.materialDemandSheet({ from: month, months: 3 })).byteLength).toBeGreaterThan(1000);
      expect((await buyer.dashboard.get()).spend.length).toBeGreaterThan(0);
      expect((await ops.admin.dashboard.get()).intake.length).toBeGreaterThan(0);

      // the nests (issue [9]): the basket's, and an order's for the customer and the shop alike
      expect(Array.isArray((await buyer.basket.nest()).groups)).toBe(true);
      const orderNest = await buyer.orders.nest(later.id);
      expect(orderNest.groups[0].sheets[0].placements.length).toBeGreaterThan(0);
      expect(await ops.admin.orders.nest(later.id)).toEqual(orderNest);

      await buyer.auth.logout();

      // every operation of the document was answered with a 2xx by at least one call
      const reached = clients.flatMap((c) => c.seen).filter((s) => s.status !== null && s.status < 300);
      const missing: string[] = [];
      for (const [template, ops2] of Object.entries(doc.paths)) {
        const pattern = new RegExp('^' + template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+') + '$');
        for (const method of Object.keys(ops2)) {
          if (!reached.some((s) => s.method === method.toUpperCase() && pattern.test(s.path))) missing.push(`${method.toUpperCase()} ${template}`);
        }
      }
      expect(missing, 'operations without a client method (add them to sdk/client/client.ts)').toEqual([]);
    });
  });
});
