/**
 * <kerf-approvals> in Chromium against the real server: the Acme admin approves one line of a
 * two-line order placed by buyer@acme.example (who always needs approval) and rejects the other
 * with a reason, after which the order is released to the shop; approve all; empty, error and
 * "not waiting" states; the portal's #/approvals/:id route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type APIRequestContext } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

interface OrderView { id: number; number: string; status: string; lines: { id: number; name: string; approval: string; rejectReason: string | null }[] }

describe.skipIf(!hasChromium)('<kerf-approvals>', () => {
  let h: Harness;
  let buyer: APIRequestContext;
  /** The buyer's fresh order with two lines, waiting for admin@acme's approval. */
  let order: OrderView;

  beforeAll(async () => {
    h = await harness();
    buyer = await request.newContext({ baseURL: h.base });
    expect((await buyer.post('/api/auth/login', { data: { customerNumber: '10001', email: 'buyer@acme.example', password: 'kerf-demo-2026' } })).ok()).toBe(true);
    // an empty basket, then two parts of Acme's library
    const basket = await (await buyer.get('/api/basket')).json() as { items: { id: number }[] };
    for (const item of basket.items) await buyer.delete(`/api/basket/items/${item.id}`);
    const parts = await (await buyer.get('/api/parts')).json() as { items: { id: number; name: string }[] };
    const pick = (name: string) => parts.items.find((p) => p.name === name)!.id;
    expect((await buyer.post('/api/basket/items', { data: { partId: pick('Sensor cover'), quantity: 12 } })).ok()).toBe(true);
    expect((await buyer.post('/api/basket/items', { data: { partId: pick('Mounting bracket'), quantity: 30 } })).ok()).toBe(true);
    const placed = await buyer.post('/api/orders', { data: { commission: 'Approval test' }, headers: { 'Idempotency-Key': 'approvals-test-1' } });
    expect(placed.status()).toBe(201);
    order = await placed.json();
    expect(order.status).toBe('pending_approval');
    expect(order.lines.map((l) => l.approval)).toEqual(['pending', 'pending']);
  }, 60_000);
  afterAll(async () => {
    await buyer?.dispose();
    await h?.close();
  });

  it('shows each line as a card on a 375 px phone, with nothing scrolling sideways', async () => {
    const page = await h.page(`<kerf-approvals order-id="${order.id}"></kerf-approvals>`, { signIn: 'admin@acme.example', viewport: { width: 375, height: 800 } });
    const detail = page.locator('kerf-approvals [part="detail"]');
    await detail.getByRole('heading', { name: new RegExp(`Order ${order.number}`) }).waitFor();
    const row = detail.locator('tbody tr').first();
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    expect(await row.locator('td').nth(2).getAttribute('data-label')).toBe('Part');
    await detail.getByRole('checkbox', { name: /^Select line 1/ }).check();
    expect(await detail.getByRole('button', { name: 'Approve selected (1)' }).isEnabled()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.context().close();
  }, 60_000);

  it('approves one line, rejects the other with a reason, and the order goes to the shop', async () => {
    const page = await h.page('<kerf-approvals></kerf-approvals>', { signIn: 'admin@acme.example' });
    await page.evaluate(() => {
      (window as unknown as { done: unknown[] }).done = [];
      document.addEventListener('kerf-approval-done', (e) => {
        const d = (e as CustomEvent).detail;
        (window as unknown as { done: unknown[] }).done.push({ status: d.order.status, decision: d.decision });
      });
    });
    const el = page.locator('kerf-approvals');
    const list = el.locator('[part="list"]');
    await list.waitFor();
    expect(await el.getByText('2 orders wait for your approval.').count()).toBe(1);
    await list.getByRole('link', { name: new RegExp(order.number) }).click();
    const detail = el.locator('[part="detail"]');
    await detail.getByRole('heading', { name: new RegExp(`Order ${order.number}`) }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(`#/approvals/${order.id}`);
    const [first, second] = order.lines;

    // the buttons need a selection
    expect(await detail.getByRole('button', { name: 'Approve selected (0)' }).isDisabled()).toBe(true);
    await detail.getByRole('checkbox', { name: `Select line 1: ${first.name}` }).check();
    await detail.getByRole('button', { name: 'Approve selected (1)' }).click();
    await expect.poll(() => el.locator('[part="result"]').textContent()).toContain(`Order ${order.number}: Awaiting approval.`);
    await expect.poll(() => detail.locator('tbody tr').first().textContent()).toContain('Approved');
    expect(await detail.getByRole('checkbox', { name: `Select line 1: ${first.name}` }).count()).toBe(0);

    // reject the other: a reason is required
    await detail.getByRole('checkbox', { name: `Select line 2: ${second.name}` }).check();
    await detail.getByRole('button', { name: 'Reject selected (1)' }).click();
    const dialog = detail.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Reject 1 line' }).waitFor();
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => dialog.getByText('Please give a reason.').count()).toBe(1);
    expect((await buyer.get(`/api/orders/${order.id}`).then((r) => r.json()) as OrderView).lines[1].approval).toBe('pending');
    await dialog.getByLabel('Reason').fill('Use the stock brackets from hall 2');
    await dialog.getByRole('button', { name: 'Reject' }).click();

    await expect.poll(() => el.locator('[part="result"]').textContent()).toContain(`Order ${order.number}: Released.`);
    expect(await detail.locator('h3 .badge').textContent()).toBe('Released');
    expect(await detail.locator('tbody tr').nth(1).textContent()).toContain('Use the stock brackets from hall 2');
    expect(await detail.locator('[part="actions"]').count()).toBe(0);
    expect(await el.locator('[part="result"] a').getAttribute('href')).toBe(`#/orders/${order.id}`);
    // gone from the waiting list
    await expect.poll(() => list.getByRole('link', { name: new RegExp(order.number) }).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { done: unknown[] }).done)).toEqual([
      { status: 'pending_approval', decision: 'approve' }, { status: 'released', decision: 'reject' },
    ]);

    // the server agrees
    const after = await (await buyer.get(`/api/orders/${order.id}`)).json() as OrderView;
    expect(after.status).toBe('released');
    expect(after.lines.map((l) => l.approval)).toEqual(['approved', 'rejected']);
    expect(after.lines[1].rejectReason).toBe('Use the stock brackets from hall 2');
    await page.context().close();
  }, 60_000);

  it('approves every line of an order at once, from the portal route #/approvals/:id', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    expect((await page.request.post(`${h.base}/api/auth/login`, { data: { customerNumber: '10001', email: 'admin@acme.example', password: 'kerf-demo-2026' } })).ok()).toBe(true);
    const waiting = await (await page.request.get(`${h.base}/api/approvals`)).json() as { items: OrderView[] };
    expect(waiting.items).toHaveLength(1);
    const seeded = waiting.items[0];
    await page.goto(`${h.base}/portal/#/approvals/${seeded.id}`);
    const el = page.locator('kerf-portal kerf-approvals');
    const detail = el.locator('[part="detail"]');
    await detail.getByRole('heading', { name: new RegExp(`Order ${seeded.number}`) }).waitFor();
    expect(await page.title()).toBe('Approvals · Stahlwerk Nord');
    // select all, then unselect one: "approve selected" counts along
    await detail.getByRole('checkbox', { name: 'Select all pending lines' }).check();
    expect(await detail.getByRole('button', { name: `Approve selected (${seeded.lines.length})` }).count()).toBe(1);
    await detail.getByRole('checkbox', { name: /^Select line 1/ }).uncheck();
    expect(await detail.getByRole('button', { name: `Approve selected (${seeded.lines.length - 1})` }).count()).toBe(1);
    await detail.getByRole('button', { name: 'Approve all' }).click();
    await expect.poll(() => el.locator('[part="result"]').textContent()).toContain('Released');
    await expect.poll(() => el.locator('[part="empty"]').textContent()).toContain('Nothing waits for your approval.');
    expect((await (await page.request.get(`${h.base}/api/orders/${seeded.id}`)).json()).status).toBe('released');
    await context.close();
  }, 60_000);

  it('says when an order does not wait for approval', async () => {
    const page = await h.page(`<kerf-approvals order-id="${order.id}"></kerf-approvals>`, { signIn: 'admin@acme.example' });
    const el = page.locator('kerf-approvals');
    await expect.poll(() => el.locator('[part="detail"]').textContent()).toContain(`Order ${order.number} does not wait for your approval (status: Released).`);
    expect(await el.getByRole('checkbox').count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it('is empty when nothing waits', async () => {
    const page = await h.page('<kerf-approvals></kerf-approvals>', { signIn: 'admin@beta.example' });
    const el = page.locator('kerf-approvals');
    await expect.poll(() => el.locator('[part="empty"]').textContent()).toBe('Nothing waits for your approval.');
    await page.context().close();
  }, 60_000);

  it('shows loading, then an error with a retry (500), and a network failure', async () => {
    const page = await h.page('<p>empty</p>', { signIn: 'admin@acme.example' });
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    let mode: 'fail' | 'abort' | 'pass' = 'fail';
    await page.route('**/api/approvals', async (route) => {
      await held;
      if (mode === 'fail') await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: 'Database unavailable' } }) });
      else if (mode === 'abort') await route.abort('connectionrefused');
      else await route.continue();
    });
    await page.evaluate(() => document.body.append(document.createElement('kerf-approvals')));
    const el = page.locator('kerf-approvals');
    await expect.poll(() => el.getByRole('status').first().textContent()).toContain('Loading');
    release();
    await expect.poll(() => el.locator('[part="error"]').textContent(), { timeout: 15_000 }).toContain('Database unavailable');
    mode = 'abort';
    await el.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => el.locator('[part="error"]').textContent(), { timeout: 15_000 }).toMatch(/could not be reached|cannot be reached/);
    mode = 'pass';
    await el.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => el.locator('[part="empty"]').count(), { timeout: 15_000 }).toBe(1);
    await page.context().close();
  }, 60_000);

  it('speaks German', async () => {
    const page = await h.page(`<kerf-approvals order-id="${order.id}"></kerf-approvals>`, { signIn: 'admin@acme.example', lang: 'de' });
    const el = page.locator('kerf-approvals');
    await el.getByRole('heading', { name: 'Freigaben' }).waitFor();
    await expect.poll(() => el.locator('[part="detail"]').textContent()).toContain('wartet nicht auf Ihre Freigabe');
    expect(await el.locator('tbody tr').nth(1).textContent()).toContain('Abgelehnt');
    await page.context().close();
  }, 60_000);
});
