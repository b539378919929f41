/**
 * <kerf-admin-webhooks> in Chromium against the real server (its webhook sender loop running),
 * signed in as the shop's admin, with a receiver started by the test on a random local port.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, hasChromium, type Harness } from './harness.js';

const OPS = 'ops@kerf.example';
const TAG = '<kerf-admin-webhooks></kerf-admin-webhooks>';

describe.skipIf(!hasChromium)('<kerf-admin-webhooks>', () => {
  let h: Harness;
  let server: Server;
  let url: string;
  const got: { headers: IncomingHttpHeaders; body: { id: string; type: string; data: { name?: string } } }[] = [];

  /** A customer's part, made through the API (as the portal would), which the sender announces. */
  async function createPart(name: string) {
    const login = await fetch(`${h.base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: h.base },
      body: JSON.stringify({ customerNumber: '10002', email: 'admin@beta.example', password: 'kerf-demo-2026' }),
    });
    const cookie = /kerf_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
    const res = await fetch(`${h.base}/api/parts`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie, origin: h.base },
      body: JSON.stringify({ name, template: 'disc', params: { diameter: 50 }, material: 'S235', thickness: 2 }),
    });
    expect(res.status).toBe(201);
  }

  beforeAll(async () => {
    h = await harness();
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => { got.push({ headers: req.headers, body: JSON.parse(body) }); res.writeHead(204).end(); });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await new Promise((r) => server?.close(r));
  });

  it('creates a webhook, shows its secret once, lists its deliveries and sends one again', async () => {
    const page = await h.page(TAG, { signIn: OPS });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
    const el = page.locator('kerf-admin-webhooks');
    await el.getByText('No webhooks yet.').waitFor();

    await el.getByLabel('URL (http or https)').fill(url);
    await el.getByLabel('Order status changed').uncheck();
    await el.getByLabel('Description').fill('ERP test');
    await el.getByRole('button', { name: 'Create webhook' }).click();

    const secret = el.locator('[part=secret] code');
    await secret.waitFor();
    const text = (await secret.textContent())!;
    expect(text).toMatch(/^whsec_/);
    await el.getByRole('button', { name: 'Copy secret' }).click();
    await el.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    const row = el.locator('tr[data-webhook]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('ERP test');
    expect(await row.textContent()).not.toContain('order.status_changed');

    // an event: the server's sender loop delivers it to the receiver
    await createPart('Webhook disc');
    await expect.poll(() => got.length, { timeout: 10_000 }).toBe(1);
    expect(got[0].body).toMatchObject({ type: 'part.created', data: { name: 'Webhook disc' } });
    expect(got[0].headers['kerf-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);

    const deliveries = el.locator('[part=deliveries]');
    await deliveries.getByRole('button', { name: 'Refresh' }).click();
    const delivery = deliveries.locator('tr[data-delivery]');
    await expect.poll(() => delivery.getAttribute('data-status')).toBe('delivered');
    expect(await delivery.textContent()).toContain('204');
    expect(await delivery.textContent()).toContain(got[0].body.id);

    await delivery.getByRole('button', { name: `Send again: event ${got[0].body.id}` }).click();
    await expect.poll(() => got.length).toBe(2);
    expect(got[1].body.id).toBe(got[0].body.id);
    await expect.poll(async () => (await delivery.locator('td.num').textContent())?.trim()).toBe('2');

    // disable, then delete
    await row.getByRole('button', { name: 'Disable' }).click();
    await expect.poll(() => row.locator('.status').textContent()).toBe('Disabled');
    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: `Delete the webhook ${url}` }).click();
    await el.getByText('No webhooks yet.').waitFor();
    await page.context().close();
  });

  it('speaks German', async () => {
    const page = await h.page(TAG.replace('<kerf-admin-webhooks', '<kerf-admin-webhooks lang="de"'), { signIn: OPS });
    const el = page.locator('kerf-admin-webhooks');
    await el.getByRole('button', { name: 'Webhook anlegen' }).waitFor();
    expect(await el.getByText('Auftrag freigegeben').count()).toBe(1);
    await page.context().close();
  });

  it('the back office routes #/webhooks to it, and the orders page offers the exports', async () => {
    const page = await h.page('<kerf-back-office></kerf-back-office>', { signIn: OPS });
    const nav = page.getByRole('navigation', { name: 'Back office sections' });
    await nav.getByRole('link', { name: 'Webhooks' }).click();
    await page.locator('kerf-admin-webhooks h2', { hasText: 'Webhooks' }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/webhooks');

    await nav.getByRole('link', { name: 'Orders' }).click();
    const orders = page.locator('kerf-admin-orders');
    await orders.getByText('Export').click();
    const links = orders.locator('[part=export] a');
    expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')))).toEqual([
      expect.stringMatching(/\/api\/admin\/orders\/export\?format=xlsx$/),
      expect.stringMatching(/\/api\/admin\/orders\/export\?format=csv$/),
      expect.stringMatching(/\/api\/admin\/orders\/export\?format=json$/),
      expect.stringMatching(/\/api\/admin\/orders\/export\/drawings\.zip$/),
    ]);
    const csv = await page.request.get(new URL((await links.nth(1).getAttribute('href'))!, page.url()).href);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^orderNumber,orderId,companyName/);
    await page.context().close();
  });
});
