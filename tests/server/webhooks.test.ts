import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/client.js';
import { webhookDeliveries } from '../../server/db/schema.js';
import {
  deliverDueWebhooks, enqueueEvent, RETRY_WINDOW_MS, signPayload, verifyKerfSignature, WEBHOOK_LEASE_MS,
} from '../../server/services/webhooks.js';
import { portal, ROOT, type Caller, type Portal } from './helpers.js';

interface Received { headers: IncomingHttpHeaders; body: string; json: { id: string; type: string; createdAt: string; data: any } }

/** A receiver on a random local port: records every request, answers the queued statuses, then 200. */
async function receiver() {
  const got: Received[] = [];
  const answers: number[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      got.push({ headers: req.headers, body, json: JSON.parse(body) });
      const status = answers.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'receiver is down for maintenance');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/kerf`;
  return { got, answers, url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The receiver's snippet exactly as README.md documents it, evaluated here. */
function readmeSnippet(): (secret: string, header: string | undefined, body: string, tolerance?: number, now?: number) => boolean {
  const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
  const section = readme.slice(readme.indexOf('### Webhooks'));
  const code = section.match(/```js\n([\s\S]*?)```/)![1].replace(/^import .*$/m, '').replace(/^export /m, '');
  return new Function('createHmac', 'timingSafeEqual', 'Buffer', `${code}\nreturn verifyKerfSignature;`)(createHmac, timingSafeEqual, Buffer);
}

describe('webhooks', () => {
  let p: Portal;
  let ops: Caller, sales: Caller, beta: Caller, acme: Caller;
  let rx: Awaited<ReturnType<typeof receiver>>;
  let hook: { id: number; secret: string };
  const deliver = () => deliverDueWebhooks(p.database.db, p.now());
  const events = (type: string) => rx.got.filter((r) => r.json.type === type);
  const firstPart = async (c: Caller) => (await c.json('GET', '/api/parts?pageSize=1')).body.items[0];
  const placeOrder = async (c: Caller, key: string, commission = key) => {
    await c.json('POST', '/api/basket/items', { partId: (await firstPart(c)).id, quantity: 4 });
    const o = await c.json('POST', '/api/orders', { commission }, { 'Idempotency-Key': key });
    expect(o.status).toBe(201);
    return o.body;
  };
  const deliveriesOf = async (webhookId = hook.id) => (await ops.json('GET', `/api/admin/webhooks/${webhookId}/deliveries`)).body.items;

  beforeAll(async () => {
    p = await portal();
    rx = await receiver();
    [ops, sales, beta, acme] = await Promise.all([p.as('ops@kerf.example'), p.as('sales@kerf.example'), p.as('admin@beta.example'), p.as('admin@acme.example')]);
    const res = await ops.json('POST', '/api/admin/webhooks', { url: rx.url, events: ['order.released', 'order.status_changed', 'part.created'], description: 'ERP' });
    expect(res.status).toBe(201);
    hook = res.body;
  });
  afterAll(async () => {
    await rx.close();
    p.close();
  });

  describe('the operator registers a webhook', () => {
    it('answers the secret once; the list never shows it', async () => {
      expect(hook.secret).toMatch(/^whsec_[\w-]{40,}$/);
      const list = await ops.json('GET', '/api/admin/webhooks');
      expect(list.status).toBe(200);
      const mine = list.body.items.find((h: { id: number }) => h.id === hook.id);
      expect(mine).toMatchObject({ url: rx.url, description: 'ERP', enabled: true });
      expect(JSON.stringify(list.body)).not.toContain(hook.secret);
      expect(list.body.events).toEqual(['order.released', 'order.status_changed', 'part.created', 'order.confirmed', 'shipment.created', 'return.status_changed']);
    });

    it('takes http(s) URLs without credentials and known events only', async () => {
      for (const body of [
        { url: 'ftp://erp.example/in', events: ['part.created'] },
        { url: 'https://user:pw@erp.example/in', events: ['part.created'] },
        { url: 'not a url', events: ['part.created'] },
        { url: 'https://erp.example/in', events: ['order.deleted'] },
        { url: 'https://erp.example/in', events: [] },
      ]) {
        const res = await ops.json('POST', '/api/admin/webhooks', body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.code).toBe('VALIDATION_ERROR');
      }
    });

    it('is for operator staff: customers get 403, anonymous callers 401, sales reps may look but not change', async () => {
      expect((await beta.json('GET', '/api/admin/webhooks')).status).toBe(403);
      expect((await acme.json('POST', '/api/admin/webhooks', { url: 'https://x.example', events: ['part.created'] })).status).toBe(403);
      expect((await p.anonymous().json('GET', '/api/admin/webhooks')).status).toBe(401);
      expect((await p.anonymous().json('GET', `/api/admin/webhooks/${hook.id}/deliveries`)).status).toBe(401);
      expect((await beta.json('POST', '/api/admin/webhooks/deliveries/1/resend')).status).toBe(403);
      expect((await sales.json('GET', '/api/admin/webhooks')).status).toBe(200);
      expect((await sales.json('POST', '/api/admin/webhooks', { url: 'https://x.example', events: ['part.created'] })).status).toBe(403);
      expect((await sales.json('PATCH', `/api/admin/webhooks/${hook.id}`, { enabled: false })).status).toBe(403);
      expect((await sales.json('DELETE', `/api/admin/webhooks/${hook.id}`)).status).toBe(403);
    });
  });

  describe('when an order is placed and released', () => {
    it('delivers one signed request that the documented snippet verifies', async () => {
      const order = await placeOrder(beta, 'wh-1');
      const round = await deliver();
      expect(round).toMatchObject({ delivered: 1, failed: 0 });
      const [r] = events('order.released').filter((e) => e.json.data.id === order.id);
      expect(r).toBeDefined();
      expect(r.headers['kerf-event']).toBe('order.released');
      expect(r.headers['kerf-event-id']).toBe(r.json.id);
      expect(r.json.id).toMatch(/^evt_[0-9a-f]{32}$/);
      expect(r.headers['user-agent']).toBe('Kerf-Webhooks/1');
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.json.data).toMatchObject({ number: order.number, status: 'released', total: order.total });
      expect(r.json.data.lines[0].metrics).not.toHaveProperty('contours');

      const header = r.headers['kerf-signature'] as string;
      expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      const now = Math.floor(p.now() / 1000);
      expect(verifyKerfSignature(hook.secret, header, r.body, 300, now)).toBe(true);
      const snippet = readmeSnippet();
      expect(snippet(hook.secret, header, r.body, 300, now)).toBe(true);
      // a changed body, another secret or an old timestamp fail
      expect(snippet(hook.secret, header, r.body.replace('released', 'rejected'), 300, now)).toBe(false);
      expect(snippet('whsec_other', header, r.body, 300, now)).toBe(false);
      expect(snippet(hook.secret, header, r.body, 300, now + 301)).toBe(false);
      expect(snippet(hook.secret, undefined, r.body, 300, now)).toBe(false);
      expect(header).toBe(signPayload(hook.secret, now, r.body));

      const [d] = (await deliveriesOf()).filter((x: { eventId: string }) => x.eventId === r.json.id);
      expect(d).toMatchObject({ status: 'delivered', attempts: 1, lastStatus: 200, lastError: null, event: 'order.released' });
      expect(await deliver()).toMatchObject({ claimed: 0 }); // nothing twice
    });

    it('a status change by the operator is order.status_changed with the previous status', async () => {
      const order = await placeOrder(beta, 'wh-status');
      await deliver();
      const res = await ops.json('POST', `/api/admin/orders/${order.id}/status`, { status: 'in_production' });
      expect(res.status).toBe(200);
      await deliver();
      const changed = events('order.status_changed').filter((e) => e.json.data.id === order.id);
      expect(changed).toHaveLength(1);
      expect(changed[0].json.data).toMatchObject({ status: 'in_production', previousStatus: 'released' });
    });

    it('after the order (issue [8]): the confirmation with its changes, each shipment, each step of a return', async () => {
      const after = await ops.json('POST', '/api/admin/webhooks', { url: rx.url, events: ['order.confirmed', 'shipment.created', 'return.status_changed'], description: 'ERP after the order' });
      expect(after.status).toBe(201);
      const order = await placeOrder(beta, 'wh-after');
      const line = order.lines[0];
      expect((await ops.json('POST', `/api/admin/orders/${order.id}/confirm`, { lines: [{ lineId: line.id, quantity: 3, reason: 'Three left on stock' }] })).status).toBe(200);
      const shipped = await ops.json('POST', `/api/admin/orders/${order.id}/shipments`, { document: 'LS-WH-1', lines: [{ lineId: line.id, quantity: 2 }] });
      expect(shipped.status).toBe(201);
      const shipment = shipped.body.shipments[0];
      expect((await beta.json('POST', `/api/orders/${order.id}/receipt`, { shipmentId: shipment.id, lines: [{ lineId: line.id, condition: 'damaged', affected: 1 }] })).status).toBe(201);
      const rma = await beta.json('POST', '/api/returns', { orderId: order.id, reason: 'Dented', lines: [{ lineId: line.id, quantity: 1 }] });
      expect(rma.status).toBe(201);
      expect((await ops.json('POST', `/api/admin/returns/${rma.body.id}/status`, { status: 'accepted', instructions: 'Give it to the driver.' })).status).toBe(200);
      await deliver();
      const confirmed = events('order.confirmed').filter((e) => e.json.data.id === order.id);
      expect(confirmed).toHaveLength(1);
      expect(confirmed[0].json.data).toMatchObject({ previousTotal: order.total, changes: [{ lineId: line.id, field: 'quantity', from: 4, to: 3, reason: 'Three left on stock' }] });
      expect(confirmed[0].json.data.lines[0]).toMatchObject({ quantity: 3, originalQuantity: 4 });
      const sent = events('shipment.created').filter((e) => e.json.data.order.id === order.id);
      expect(sent.map((e) => e.json.data.shipment)).toEqual([expect.objectContaining({ document: 'LS-WH-1', complete: false, lines: [expect.objectContaining({ lineId: line.id, quantity: 2 })] })]);
      expect(sent[0].json.data.order.status).toBe('in_production');
      const steps = events('return.status_changed').filter((e) => e.json.data.id === rma.body.id);
      expect(steps.map((e) => [e.json.data.previousStatus, e.json.data.status])).toEqual([[null, 'requested'], ['requested', 'accepted']]);
      expect(steps[1].json.data).toMatchObject({ number: rma.body.number, instructions: 'Give it to the driver.' });
      // the first webhook is not subscribed to these
      const first = await deliveriesOf();
      expect(first.some((d: { event: string }) => ['order.confirmed', 'shipment.created', 'return.status_changed'].includes(d.event))).toBe(false);
      expect((await ops.request('DELETE', `/api/admin/webhooks/${after.body.id}`)).status).toBe(204);
    });

    it('an order waiting for approval is announced when the approver releases it, not before', async () => {
      const buyer = await p.as('buyer@acme.example');
      const order = await placeOrder(buyer, 'wh-approval');
      expect(order.status).toBe('pending_approval');
      await deliver();
      expect(events('order.released').filter((e) => e.json.data.id === order.id)).toHaveLength(0);
      expect((await acme.json('POST', `/api/orders/${order.id}/approve`)).body.status).toBe('released');
      await deliver();
      expect(events('order.released').filter((e) => e.json.data.id === order.id)).toHaveLength(1);
    });
  });

  it('a failed attempt is retried after the backoff, with the same event id', async () => {
    rx.answers.push(500);
    const order = await placeOrder(beta, 'wh-retry');
    expect(await deliver()).toMatchObject({ delivered: 0, failed: 1 });
    const [d] = (await deliveriesOf()).filter((x: { event: string }) => x.event === 'order.released').slice(0, 1);
    expect(d).toMatchObject({ status: 'waiting', attempts: 1, lastStatus: 500 });
    expect(d.lastError).toContain('HTTP 500');
    expect(d.nextAttemptAt).toBe(p.now() + 30_000);
    expect(await deliver()).toMatchObject({ claimed: 0 }); // not yet due
    p.advance(30_000);
    expect(await deliver()).toMatchObject({ delivered: 1 });
    const tries = events('order.released').filter((e) => e.json.data.id === order.id);
    expect(tries).toHaveLength(2);
    expect(tries[0].json.id).toBe(tries[1].json.id);
    expect(tries[0].body).toBe(tries[1].body);
  });

  it('keeps trying for a day with doubling delays (capped at an hour), then gives up', async () => {
    const db = p.database.db;
    await db.transaction((tx) => enqueueEvent(tx, 'part.created', { id: 0, name: 'probe' }, p.now()));
    const start = p.now();
    const down = async () => new Response('no', { status: 503 });
    const delays: number[] = [];
    let t = start;
    for (let i = 0; i < 100; i++) {
      const r = await deliverDueWebhooks(db, t, down);
      if (!r.claimed) break;
      const last = (await db.select().from(webhookDeliveries).orderBy(webhookDeliveries.id)).at(-1)!;
      if (last.status === 'failed') break;
      delays.push(last.nextAttemptAt - t);
      t = last.nextAttemptAt;
    }
    const last = (await db.select().from(webhookDeliveries).orderBy(webhookDeliveries.id)).at(-1)!;
    expect(last.status).toBe('failed');
    expect(last.lastStatus).toBe(503);
    expect(delays.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(Math.max(...delays)).toBe(3_600_000);
    expect(t - start).toBeLessThanOrEqual(RETRY_WINDOW_MS);
    expect(t - start).toBeGreaterThan(RETRY_WINDOW_MS - 3_600_000);
  });

  describe('nothing is lost when the process dies', () => {
    it('between commit and send: a new process delivers what the dead one wrote', async () => {
      const order = await placeOrder(beta, 'wh-crash'); // committed with its delivery; this "process" never sends
      const fresh = await openDatabase(p.database.url); // the restarted server
      try {
        const round = await deliverDueWebhooks(fresh.db, p.now());
        expect(round.delivered).toBeGreaterThanOrEqual(1);
      } finally {
        fresh.close();
      }
      expect(events('order.released').filter((e) => e.json.data.id === order.id)).toHaveLength(1);
    });

    it('in the middle of a send: once its claim runs out another process sends it again', async () => {
      const order = await placeOrder(beta, 'wh-claim');
      const db = p.database.db;
      const row = (await db.select().from(webhookDeliveries).orderBy(webhookDeliveries.id)).at(-1)!;
      // what a claim leaves behind when the process dies during the request
      await db.update(webhookDeliveries).set({ status: 'sending', attempts: 1, nextAttemptAt: p.now() + WEBHOOK_LEASE_MS }).where(eq(webhookDeliveries.id, row.id));
      expect(await deliver()).toMatchObject({ claimed: 0 });
      p.advance(WEBHOOK_LEASE_MS);
      expect(await deliver()).toMatchObject({ delivered: 1 });
      const [d] = (await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, row.id)));
      expect(d).toMatchObject({ status: 'delivered', attempts: 2 });
      expect(events('order.released').filter((e) => e.json.data.id === order.id)).toHaveLength(1);
    });
  });

  it('two senders at once (two processes, and two rounds in one) send every delivery once', async () => {
    const before = rx.got.length;
    for (let i = 0; i < 6; i++) {
      expect((await beta.json('POST', '/api/parts', { name: `Race ${i}`, template: 'disc', params: { diameter: 40 + i }, material: 'S235', thickness: 2 })).status).toBe(201);
    }
    const other = await openDatabase(p.database.url);
    try {
      const rounds = await Promise.all([
        deliverDueWebhooks(p.database.db, p.now()), deliverDueWebhooks(other.db, p.now()), deliverDueWebhooks(p.database.db, p.now()),
      ]);
      expect(rounds.reduce((s, r) => s + r.delivered, 0)).toBe(6);
    } finally {
      other.close();
    }
    const ids = rx.got.slice(before).map((r) => r.json.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it('part.created comes from POST /api/parts and from a copy, with the part', async () => {
    const res = await beta.json('POST', '/api/parts', { name: 'Hook plate', articleNumber: 'HP-1', template: 'disc', params: { diameter: 60 }, material: 'S235', thickness: 3 });
    const copy = await beta.json('POST', `/api/parts/${res.body.id}/copy`);
    await deliver();
    const made = events('part.created').map((e) => e.json.data);
    expect(made.find((d) => d.id === res.body.id)).toMatchObject({ name: 'Hook plate', articleNumber: 'HP-1', material: 'S235', thickness: 3, unitPrice: res.body.unitPrice });
    expect(made.find((d) => d.id === copy.body.id)).toMatchObject({ name: 'Hook plate (copy)' });
    expect(made.find((d) => d.id === res.body.id).metrics).not.toHaveProperty('contours');
  });

  it('a rolled-back event writes no delivery', async () => {
    const before = (await p.database.db.select().from(webhookDeliveries)).length;
    const empty = await beta.json('POST', '/api/orders', {}, { 'Idempotency-Key': 'wh-empty' });
    expect(empty.status).toBe(409);
    const bad = await beta.json('POST', '/api/parts', { name: 'x', template: 'disc', params: { diameter: 60 }, material: 'Unobtainium', thickness: 3 });
    expect(bad.status).toBe(422);
    expect((await p.database.db.select().from(webhookDeliveries)).length).toBe(before);
  });

  it('"Send again" makes a new attempt of the same delivery, with the same event id', async () => {
    const [d] = (await deliveriesOf()).filter((x: { status: string; event: string }) => x.status === 'delivered' && x.event === 'order.released');
    const count = rx.got.filter((r) => r.json.id === d.eventId).length;
    const res = await ops.json('POST', `/api/admin/webhooks/deliveries/${d.id}/resend`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: d.id, eventId: d.eventId, status: 'delivered', attempts: d.attempts + 1, lastStatus: 200 });
    expect(rx.got.filter((r) => r.json.id === d.eventId)).toHaveLength(count + 1);
    expect((await ops.json('POST', '/api/admin/webhooks/deliveries/999999/resend')).status).toBe(404);
    expect((await sales.json('POST', `/api/admin/webhooks/deliveries/${d.id}/resend`)).status).toBe(403);
  });

  it('only subscribed, enabled webhooks get deliveries; a disabled one keeps its waiting deliveries', async () => {
    const partsOnly = (await ops.json('POST', '/api/admin/webhooks', { url: rx.url, events: ['part.created'] })).body;
    await placeOrder(beta, 'wh-sub');
    expect(await deliveriesOf(partsOnly.id)).toHaveLength(0);
    expect((await ops.json('PATCH', `/api/admin/webhooks/${partsOnly.id}`, { enabled: false })).body.enabled).toBe(false);
    await beta.json('POST', '/api/parts', { name: 'Quiet', template: 'disc', params: { diameter: 30 }, material: 'S235', thickness: 2 });
    expect(await deliveriesOf(partsOnly.id)).toHaveLength(0); // disabled: not subscribed any more
    await deliver();

    // a delivery queued before disabling waits, and goes out when enabled again
    await ops.json('PATCH', `/api/admin/webhooks/${partsOnly.id}`, { enabled: true });
    await beta.json('POST', '/api/parts', { name: 'Queued', template: 'disc', params: { diameter: 31 }, material: 'S235', thickness: 2 });
    await ops.json('PATCH', `/api/admin/webhooks/${partsOnly.id}`, { enabled: false });
    await deliver();
    expect((await deliveriesOf(partsOnly.id))[0].status).toBe('waiting');
    await ops.json('PATCH', `/api/admin/webhooks/${partsOnly.id}`, { enabled: true });
    await deliver();
    expect((await deliveriesOf(partsOnly.id))[0].status).toBe('delivered');

    expect((await ops.json('DELETE', `/api/admin/webhooks/${partsOnly.id}`)).status).toBe(204);
    expect((await ops.json('GET', `/api/admin/webhooks/${partsOnly.id}/deliveries`)).status).toBe(404);
  });

  it('a redirect is not followed and counts as a failure', async () => {
    rx.answers.push(302);
    await placeOrder(beta, 'wh-redirect');
    expect(await deliver()).toMatchObject({ failed: 1 });
    const [d] = await deliveriesOf();
    expect(d.lastError).toMatch(/HTTP 302.*not followed/);
    p.advance(30_000);
    expect(await deliver()).toMatchObject({ delivered: 1 });
  });
});
