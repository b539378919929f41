/**
 * Confirmation and changes (issue [8]) in Chromium against the real server: the customer's order
 * detail with its thread, files, supplements and the history's old → new values; the portal's and
 * the order list's unread badges; the shop's confirmation form (a reason for every change), its
 * supplement confirmation, files and thread.
 */
import { axe as axeRun } from '../helpers/axe.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

/** axe's serious and critical findings on the page, shadow roots included. */
async function axe(page: Page): Promise<string[]> {
  const result = await axeRun(page);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe.skipIf(!hasChromium)('confirmation and changes', () => {
  let h: Harness;
  /** A page signed in as the shop's ops, for its API calls. */
  let opsPage: Page;
  let ops: APIRequestContext;
  beforeAll(async () => {
    h = await harness();
    opsPage = await h.page('', { signIn: 'ops@kerf.example' });
    ops = opsPage.request;
  }, 60_000);
  afterAll(async () => { await h?.close(); });

  const api = async (req: APIRequestContext, method: string, path: string, data?: unknown, headers: Record<string, string> = {}) => {
    const r = await req.fetch(`${h.base}${path}`, { method, data, headers });
    const text = await r.text();
    return { status: r.status(), body: text ? JSON.parse(text) : null };
  };
  /** A released Beta order (Beta's admin orders without approval). */
  const betaOrder = async (page: Page, key: string, quantity = 30) => {
    const parts = (await api(page.request, 'GET', '/api/parts?pageSize=100')).body.items;
    await api(page.request, 'POST', '/api/basket/items', { partId: parts[0].id, quantity });
    const o = await api(page.request, 'POST', '/api/orders', { commission: key }, { 'Idempotency-Key': key });
    expect(o.status).toBe(201);
    return o.body as { id: number; number: string; total: number; lines: { id: number; unitPrice: number }[] };
  };

  describe('the customer\'s order detail', () => {
    it('writes to the shop, attaches a file and adds the basket as a supplement', async () => {
      const page = await h.page('<kerf-order-detail></kerf-order-detail>', { signIn: 'admin@beta.example' });
      const order = await betaOrder(page, 'cmp-detail-1');
      await page.evaluate((id) => { document.querySelector('kerf-order-detail')!.setAttribute('order-id', String(id)); }, order.id);
      const detail = page.locator('kerf-order-detail');
      await detail.getByRole('heading', { name: `Order ${order.number}` }).waitFor();

      // the thread
      const thread = detail.locator('kerf-order-thread');
      await thread.getByText('No messages yet.', { exact: false }).waitFor();
      await thread.getByLabel('Your message to the shop').fill('Please deliver to gate 3.');
      await thread.getByRole('button', { name: 'Send' }).click();
      await thread.locator('li[data-side=customer]', { hasText: 'Please deliver to gate 3.' }).waitFor();
      expect((await api(ops, 'GET', `/api/admin/orders/${order.id}/messages`)).body.items.map((m: { body: string }) => m.body)).toEqual(['Please deliver to gate 3.']);

      // a file, and a refused one
      const files = detail.locator('kerf-order-files');
      await files.locator('input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just text') });
      await files.getByRole('button', { name: 'Upload' }).click();
      await files.getByRole('alert').getByText('This file is not a PDF', { exact: false }).waitFor();
      await files.locator('input[type=file]').setInputFiles({ name: 'Rev B.pdf', mimeType: 'application/pdf', buffer: PDF });
      await files.getByRole('button', { name: 'Upload' }).click();
      const row = files.locator('tr[data-side=customer]', { hasText: 'Rev B.pdf' });
      await row.waitFor();
      expect(await row.textContent()).toContain('Bernd Beta');
      const href = await row.getByRole('link').getAttribute('href');
      const download = await page.request.get(new URL(href!, page.url()).href);
      expect(download.headers()['content-type']).toBe('application/pdf');
      expect(download.headers()['content-disposition']).toContain('attachment');
      await detail.locator('ol.history li', { hasText: 'File added: Rev B.pdf' }).waitFor();

      // the basket as a supplement: empty first, then with a part
      const sup = detail.locator('kerf-order-supplements');
      await sup.getByRole('button', { name: 'Add basket to this order' }).click();
      await sup.getByRole('alert').getByText('Your basket is empty', { exact: false }).waitFor();
      const parts = (await api(page.request, 'GET', '/api/parts?pageSize=100')).body.items;
      await api(page.request, 'POST', '/api/basket/items', { partId: parts[1].id, quantity: 4 });
      await sup.getByRole('button', { name: 'Add basket to this order' }).click();
      await sup.locator('li[data-status=submitted]', { hasText: 'Supplement 1' }).waitFor();
      expect(await sup.locator('li[data-status=submitted]').textContent()).toContain('Awaiting the shop');
      await detail.locator('ol.history li', { hasText: 'Supplement 1: sent to the shop' }).waitFor();
      const after = (await api(page.request, 'GET', `/api/orders/${order.id}`)).body;
      expect(after.total).toBe(order.total); // not counted before the shop confirms
      expect(after.supplements[0].status).toBe('submitted');
      // changed his mind before the shop confirmed: withdrawn, and the history says so
      await sup.getByRole('button', { name: 'Withdraw: Supplement 1' }).click();
      await sup.locator('li[data-status=cancelled]', { hasText: 'Withdrawn' }).waitFor();
      await sup.getByRole('status').getByText('Supplement 1 was withdrawn.').waitFor();
      await detail.locator('ol.history li', { hasText: 'Supplement 1: withdrawn' }).waitFor();
      expect((await api(page.request, 'GET', `/api/orders/${order.id}`)).body.supplements[0].status).toBe('cancelled');
      await page.context().close();
    }, 60_000);

    it('shows the shop\'s changes: old → new values in the history (in German), the ordered quantity struck through, the line\'s date', async () => {
      const page = await h.page('<kerf-order-detail></kerf-order-detail>', { signIn: 'admin@beta.example', lang: 'de' });
      const order = await betaOrder(page, 'cmp-detail-2');
      const r = await api(ops, 'POST', `/api/admin/orders/${order.id}/confirm`, {
        lines: [{ lineId: order.lines[0].id, quantity: 25, deliveryDate: '2026-12-18', reason: 'Nur 25 auf Lager' }],
      });
      expect(r.status).toBe(200);
      await page.evaluate((id) => { document.querySelector('kerf-order-detail')!.setAttribute('order-id', String(id)); }, order.id);
      const detail = page.locator('kerf-order-detail');
      await detail.getByRole('heading', { name: `Bestellung ${order.number}` }).waitFor();
      const history = await detail.locator('ol.history').textContent();
      expect(history).toContain('Pos. 1: Menge 30 → 25 (Nur 25 auf Lager)');
      expect(history).toMatch(/Pos\. 1: Liefertermin .+ → 18\.12\.2026 \(Nur 25 auf Lager\)/);
      expect(history).toContain('Vom Lieferanten bestätigt');
      const line = detail.locator('table[part=lines] tbody tr').first();
      expect(await line.locator('s.was').textContent()).toBe('30');
      expect(await line.textContent()).toContain('Liefertermin 18.12.2026');
      await detail.getByText('Vom Lieferanten bestätigt', { exact: true }).first().waitFor();
      await page.context().close();
    }, 60_000);

    it('the portal shows unread messages of the shop in its navigation and the order list until the thread is read', async () => {
      const page = await h.page('<kerf-portal></kerf-portal>', { signIn: 'admin@beta.example' });
      const order = await betaOrder(page, 'cmp-unread');
      expect((await api(ops, 'POST', `/api/admin/orders/${order.id}/messages`, { body: 'Your sheet arrived.' })).status).toBe(201);
      await page.evaluate(() => { location.hash = '#/orders'; });
      const portal = page.locator('kerf-portal');
      const badge = portal.locator('nav [data-role=unread]');
      await badge.waitFor();
      expect((await badge.textContent())?.trim()).toBe('✉ 1');
      const row = portal.locator('kerf-order-list tbody tr', { hasText: order.number });
      expect((await row.locator('[data-role=unread]').textContent())?.trim()).toContain('✉ 1');
      await row.getByRole('link', { name: order.number }).click();
      await portal.locator('kerf-order-thread li[data-side=shop]', { hasText: 'Your sheet arrived.' }).waitFor();
      await expect.poll(() => badge.count()).toBe(0);
      await page.context().close();
    }, 60_000);
  });

  describe('<kerf-approvals> with a supplement', () => {
    it('the approver approves the lines a buyer added to a released order; the order stays released, the supplement goes to the shop', async () => {
      const buyer = await h.page('', { signIn: 'buyer@acme.example' });
      const page = await h.page('<kerf-approvals></kerf-approvals>', { signIn: 'admin@acme.example' });
      // the buyer's order awaiting approval is released first, then he adds his basket (the demo's washers) to it
      const pending = (await api(buyer.request, 'GET', '/api/orders?status=pending_approval')).body.items[0];
      expect((await api(page.request, 'POST', `/api/orders/${pending.id}/approve`)).body.status).toBe('released');
      const added = await api(buyer.request, 'POST', `/api/orders/${pending.id}/supplements`, undefined, { 'Idempotency-Key': 'cmp-approve' });
      expect(added.status).toBe(201);
      expect(added.body.supplements[0].status).toBe('pending_approval');
      const el = page.locator('kerf-approvals');
      await el.evaluate((e, id) => e.setAttribute('order-id', String(id)), pending.id);
      const detail = el.locator('[part="detail"]');
      await detail.getByRole('button', { name: 'Approve all' }).click();
      await el.locator('[part="result"]').waitFor();
      const after = (await api(buyer.request, 'GET', `/api/orders/${pending.id}`)).body;
      expect(after.status).toBe('released');
      expect(after.supplements[0].status).toBe('submitted');
      expect(after.lines.filter((l: { supplementId: number | null }) => l.supplementId !== null).every((l: { approval: string }) => l.approval === 'approved')).toBe(true);
      await page.context().close();
      await buyer.context().close();
    }, 60_000);
  });

  describe('the shop\'s order view', () => {
    it('confirms with a changed quantity only with a reason, and shows the change', async () => {
      const customer = await h.page('', { signIn: 'admin@beta.example' });
      const order = await betaOrder(customer, 'cmp-shop-1', 40);
      const page = await h.page(`<kerf-admin-orders order-id="${order.id}"></kerf-admin-orders>`, { signIn: 'ops@kerf.example' });
      const view = page.locator('kerf-admin-orders');
      const form = view.locator('kerf-order-confirm');
      await form.getByRole('heading', { name: 'Confirm the order' }).waitFor();
      await form.getByLabel('Quantity 1').fill('35');
      await form.getByRole('button', { name: 'Confirm order' }).click();
      await form.getByRole('alert').getByText('Line 1 changes: give a reason.').waitFor();
      expect(await form.getByLabel('Reason for the change 1').getAttribute('aria-invalid')).toBe('true');
      expect((await api(customer.request, 'GET', `/api/orders/${order.id}`)).body.confirmedAt).toBeNull();
      await form.getByLabel('Reason for the change 1').fill('Five were scrap');
      await form.getByLabel('Note to the customer (optional)').fill('Thank you!');
      await form.getByRole('button', { name: 'Confirm order' }).click();
      await form.getByText('Order confirmed with 1 change.').waitFor();
      await form.locator('[data-role=confirmed]').waitFor();
      await form.getByRole('heading', { name: 'Confirm again' }).waitFor();
      await view.locator('ol.history li', { hasText: 'Pos. 1: quantity 40 → 35 (Five were scrap)' }).waitFor();
      const o = (await api(customer.request, 'GET', `/api/orders/${order.id}`)).body;
      expect([o.lines[0].quantity, o.lines[0].originalQuantity, o.total]).toEqual([35, 40, order.lines[0].unitPrice * 35]);
      expect(await view.locator('#lines-title ~ .table-wrap tbody tr').first().locator('s').textContent()).toBe('40');
      await page.context().close();
      await customer.context().close();
    }, 60_000);

    it('confirms a supplement into the total, shows the customer\'s files and messages with an unread badge in the list, and answers', async () => {
      const customer = await h.page('', { signIn: 'admin@beta.example' });
      const order = await betaOrder(customer, 'cmp-shop-2');
      const parts = (await api(customer.request, 'GET', '/api/parts?pageSize=100')).body.items;
      await api(customer.request, 'POST', '/api/basket/items', { partId: parts[1].id, quantity: 2 });
      const added = await api(customer.request, 'POST', `/api/orders/${order.id}/supplements`, undefined, { 'Idempotency-Key': 'cmp-sup' });
      expect(added.status).toBe(201);
      const supTotal = added.body.supplements[0].total;
      await customer.request.post(`${h.base}/api/orders/${order.id}/attachments`, { multipart: { file: { name: 'sketch.pdf', mimeType: 'application/pdf', buffer: PDF } } });
      expect((await api(customer.request, 'POST', `/api/orders/${order.id}/messages`, { body: 'Is Friday possible?' })).status).toBe(201);

      // the list: an unread badge on the order
      const page = await h.page('<kerf-admin-orders></kerf-admin-orders>', { signIn: 'ops@kerf.example' });
      const view = page.locator('kerf-admin-orders');
      const row = view.locator(`tr[data-order="${order.id}"]`).first();
      await row.waitFor();
      expect((await row.locator('[data-role=unread]').textContent())?.trim()).toContain('✉ 1');
      await row.getByRole('link', { name: order.number }).click();
      await view.getByRole('heading', { name: `Order ${order.number}` }).waitFor();

      const sup = view.locator('kerf-order-supplements');
      await sup.getByRole('button', { name: 'Confirm' }).click();
      await sup.locator('li[data-status=confirmed]').waitFor();
      await expect.poll(async () => (await api(customer.request, 'GET', `/api/orders/${order.id}`)).body.total).toBe(order.total + supTotal);
      await view.locator('ol.history li', { hasText: 'Supplement 1: confirmed' }).waitFor();

      await view.locator('kerf-order-files tr[data-side=customer]', { hasText: 'sketch.pdf' }).waitFor();
      const thread = view.locator('kerf-order-thread');
      await thread.locator('li[data-side=customer]', { hasText: 'Is Friday possible?' }).waitFor();
      await thread.getByLabel('Your message to the customer').fill('Friday works.');
      await thread.getByRole('button', { name: 'Send' }).click();
      await thread.locator('li.mine', { hasText: 'Friday works.' }).waitFor();
      expect((await api(customer.request, 'GET', '/api/messages/unread')).body.total).toBe(1);
      // read: the badge is gone from the list
      expect((await api(page.request, 'GET', '/api/admin/orders')).body.items.find((x: { id: number }) => x.id === order.id).unreadMessages).toBe(0);
      await page.context().close();
      await customer.context().close();
    }, 60_000);
  });

  it('the back office counts customers\' unread messages beside "Orders" until the thread is read', async () => {
    const customer = await h.page('', { signIn: 'admin@beta.example' });
    const order = await betaOrder(customer, 'cmp-bo-unread');
    await api(customer.request, 'POST', `/api/orders/${order.id}/messages`, { body: 'Any news?' });
    const page = await h.page('<kerf-back-office></kerf-back-office>', { signIn: 'ops@kerf.example' });
    const before = (await api(page.request, 'GET', '/api/admin/messages/unread')).body.total;
    expect(before).toBeGreaterThanOrEqual(1);
    const pill = page.locator('kerf-back-office nav [data-role=unread]');
    await pill.waitFor();
    expect((await pill.textContent())?.trim()).toBe(`✉ ${before}`);
    await page.evaluate((id) => { location.hash = `#/orders/${id}`; }, order.id);
    await page.locator('kerf-back-office kerf-order-thread li[data-side=customer]', { hasText: 'Any news?' }).waitFor();
    await expect.poll(async () => (await pill.count()) ? (await pill.textContent())?.trim() : 'none').toBe(before > 1 ? `✉ ${before - 1}` : 'none');
    await page.context().close();
    await customer.context().close();
  }, 60_000);

  it('has no serious or critical axe findings in the customer\'s and the shop\'s order with its files, thread, supplements and confirmation, light and dark', async () => {
    const customer = await h.page('', { signIn: 'admin@beta.example' });
    const order = await betaOrder(customer, 'cmp-axe');
    await customer.request.post(`${h.base}/api/orders/${order.id}/attachments`, { multipart: { file: { name: 'a.pdf', mimeType: 'application/pdf', buffer: PDF } } });
    await api(customer.request, 'POST', `/api/orders/${order.id}/messages`, { body: 'Hello' });
    await api(ops, 'POST', `/api/admin/orders/${order.id}/messages`, { body: 'Hello back' });
    await api(ops, 'POST', `/api/admin/orders/${order.id}/confirm`, { lines: [{ lineId: order.lines[0].id, quantity: 20, reason: 'Short' }] });
    for (const theme of ['light', 'dark'] as const) {
      const mine = await h.page(`<kerf-order-detail order-id="${order.id}"></kerf-order-detail>`, { signIn: 'admin@beta.example', theme, head: `<title>Order</title><style>body { background: ${theme === 'dark' ? '#161b22' : '#ffffff'}; }</style>` });
      await mine.locator('kerf-order-thread li[data-side=shop]').waitFor();
      await mine.locator('kerf-order-files tr[data-side=customer]').waitFor();
      expect(await axe(mine), `customer ${theme}`).toEqual([]);
      await mine.context().close();
      const shop = await h.page(`<kerf-admin-orders order-id="${order.id}"></kerf-admin-orders>`, { signIn: 'ops@kerf.example', theme, head: `<title>Order</title><style>body { background: ${theme === 'dark' ? '#161b22' : '#ffffff'}; }</style>` });
      await shop.locator('kerf-order-confirm [data-role=confirmed]').waitFor();
      await shop.locator('kerf-order-thread li[data-side=customer]').waitFor();
      expect(await axe(shop), `shop ${theme}`).toEqual([]);
      await shop.context().close();
    }
    await customer.context().close();
  }, 90_000);
});
