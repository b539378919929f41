/**
 * <kerf-order-list> and <kerf-order-detail> in Chromium against the real server with the demo
 * orders: counts per status as the API has them, filtering, sorting, empty, loading and error
 * states, stacked cards at 375 px; a completed order's lines, history, delivery, invoice and
 * payment; cancelling a released order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

interface Summary { id: number; number: string; status: string; total: number; commission: string | null }
interface List { items: Summary[]; counts: Record<string, number> }

const apiList = async (page: Page, base: string, status?: string): Promise<List> =>
  (await page.request.get(`${base}/api/orders${status ? `?status=${status}` : ''}`)).json();

describe.skipIf(!hasChromium)('order views', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  describe('<kerf-order-list>', () => {
    it('counts each status as GET /api/orders does and lists every order', async () => {
      const page = await h.page('<kerf-order-list></kerf-order-list>', { signIn: 'buyer@acme.example' });
      const list = page.locator('kerf-order-list');
      await list.getByRole('table').waitFor();
      const api = await apiList(page, h.base);
      const labels: Record<string, string> = {
        all: 'All', pending_approval: 'Awaiting approval', released: 'Released', in_production: 'In production',
        shipped: 'Shipped', completed: 'Completed', cancelled: 'Cancelled', rejected: 'Rejected',
      };
      for (const [status, label] of Object.entries(labels)) {
        const button = list.getByRole('button', { name: new RegExp(`^${label}`) });
        expect((await button.locator('.count').textContent())?.trim(), status).toBe(String(api.counts[status]));
      }
      expect(await list.getByRole('button', { name: /^All/ }).getAttribute('aria-pressed')).toBe('true');
      expect(await list.locator('tbody tr').count()).toBe(api.counts.all);
      const numbers = await list.locator('tbody td:first-child a').allTextContents();
      expect(numbers).toEqual(api.items.map((o) => o.number));
      const first = api.items[0];
      expect(await list.locator('tbody td:first-child a').first().getAttribute('href')).toBe(`#/orders/${first.id}`);
      await page.context().close();
    }, 60_000);

    it('shows one status at a time, with the columns a buyer looks for', async () => {
      const page = await h.page('<kerf-order-list></kerf-order-list>', { signIn: 'buyer@acme.example' });
      const list = page.locator('kerf-order-list');
      await list.getByRole('table').waitFor();
      await list.getByRole('button', { name: /^Completed/ }).click();
      const completed = await apiList(page, h.base, 'completed');
      await expect.poll(() => list.locator('tbody tr').count()).toBe(completed.items.length);
      const row = list.locator('tbody tr').first();
      const cells = await row.locator('td').allTextContents();
      expect(cells[0].trim()).toBe(completed.items[0].number);
      expect(cells[2]).toContain('Completed');
      expect(cells[3]).toBe('Line 4 retrofit');
      expect(cells[4]).toBe('Erika Engineer');
      // the seeded order's price: cutting time with the rapid travel of the cut sequence, the brackets'
      // and washers' material from their common true-shape nest (issue [9])
      expect(cells[5]).toBe('€114.50');
      expect(cells[1]).toMatch(/\d{1,2} \w{3} \d{4}/); // the desired date, in the language's style
      expect(await list.getByRole('button', { name: /^Completed/ }).getAttribute('aria-pressed')).toBe('true');
      await page.context().close();
    }, 60_000);

    it('sorts by total when the column header is pressed, then descending', async () => {
      const page = await h.page('<kerf-order-list></kerf-order-list>', { signIn: 'buyer@acme.example' });
      const list = page.locator('kerf-order-list');
      await list.getByRole('table').waitFor();
      const totals = async () => (await list.locator('tbody td.num').allTextContents()).map((s) => Number(s.replace(/[^\d.]/g, '')));
      await list.getByRole('button', { name: /^Total/ }).click();
      const up = await totals();
      expect(up).toEqual([...up].sort((a, b) => a - b));
      expect(await list.locator('th[aria-sort="ascending"]').textContent()).toContain('Total');
      await list.getByRole('button', { name: /^Total/ }).click();
      const down = await totals();
      expect(down).toEqual([...up].reverse());
      await page.context().close();
    }, 60_000);

    it('says so when there are no orders', async () => {
      const page = await h.page('<kerf-order-list></kerf-order-list>', { signIn: 'admin@beta.example' });
      await page.route('**/api/orders*', (route) => route.fulfill({
        status: 200, contentType: 'application/json',
        body: JSON.stringify({ items: [], counts: { all: 0, pending_approval: 0, released: 0, in_production: 0, shipped: 0, completed: 0, cancelled: 0, rejected: 0 } }),
      }));
      await page.reload();
      const list = page.locator('kerf-order-list');
      await expect.poll(() => list.locator('[part="empty"]').textContent()).toContain('No orders yet');
      expect(await list.getByRole('table').count()).toBe(0);
      await page.context().close();
    }, 60_000);

    it('says so when a status has no orders', async () => {
      const page = await h.page('<kerf-order-list status="rejected"></kerf-order-list>', { signIn: 'admin@beta.example' });
      const list = page.locator('kerf-order-list');
      await expect.poll(() => list.locator('[part="empty"]').textContent()).toContain('No orders with the status “Rejected”');
      expect(await list.getByRole('button', { name: /^All/ }).locator('.count').textContent()).toBe('2'); // Beta has two orders
      await page.context().close();
    }, 60_000);

    it('shows loading, then an error with a retry that works', async () => {
      const page = await h.page('<p>empty</p>', { signIn: 'buyer@acme.example' });
      let release!: () => void;
      const held = new Promise<void>((r) => { release = r; });
      let fail = true;
      await page.route('**/api/orders*', async (route) => {
        await held;
        if (fail) await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: 'Database unavailable' } }) });
        else await route.continue();
      });
      await page.evaluate(() => document.body.append(document.createElement('kerf-order-list')));
      const list = page.locator('kerf-order-list');
      await expect.poll(() => list.getByRole('status').first().textContent()).toContain('Loading');
      release();
      await expect.poll(() => list.locator('[part="error"]').textContent(), { timeout: 15_000 }).toContain('Database unavailable');
      fail = false;
      await list.getByRole('button', { name: 'Try again' }).click();
      await list.getByRole('table').waitFor();
      await page.context().close();
    }, 60_000);

    it('shows a network failure with a retry', async () => {
      const page = await h.page('<p>empty</p>', { signIn: 'buyer@acme.example' });
      await page.route('**/api/orders*', (route) => route.abort('connectionrefused'));
      await page.evaluate(() => document.body.append(document.createElement('kerf-order-list')));
      const list = page.locator('kerf-order-list');
      await expect.poll(() => list.locator('[part="error"]').textContent(), { timeout: 15_000 }).toMatch(/could not be reached|cannot be reached/);
      await page.unroute('**/api/orders*');
      await list.getByRole('button', { name: 'Try again' }).click();
      await list.getByRole('table').waitFor();
      await page.context().close();
    }, 60_000);

    it('becomes stacked cards at 375 px without sideways scrolling', async () => {
      const page = await h.page('<kerf-order-list></kerf-order-list>', { signIn: 'buyer@acme.example', viewport: { width: 375, height: 800 } });
      const list = page.locator('kerf-order-list');
      await list.getByRole('table').waitFor();
      const row = list.locator('tbody tr').first();
      expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
      expect(await list.locator('thead').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
      // each value keeps its label
      expect(await row.locator('td').nth(3).getAttribute('data-label')).toBe('Commission');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.context().close();
    }, 60_000);

    it('speaks German', async () => {
      const page = await h.page('<kerf-order-list></kerf-order-list>', { signIn: 'buyer@acme.example', lang: 'de' });
      const list = page.locator('kerf-order-list');
      await list.getByRole('table').waitFor();
      expect(await list.getByRole('heading', { name: 'Bestellungen' }).count()).toBe(1);
      expect(await list.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Wunschtermin'), expect.stringContaining('Kommission')]));
      expect(await list.locator('tbody td.num').first().textContent()).toMatch(/\d,\d{2}\s€/);
      await page.context().close();
    }, 60_000);
  });

  describe('<kerf-order-detail>', () => {
    it('shows a completed order: frozen lines, history, delivery, invoice and payment, no cancel', async () => {
      const page = await h.page('<p>empty</p>', { signIn: 'buyer@acme.example' });
      const done = (await apiList(page, h.base, 'completed')).items[0];
      const order = await (await page.request.get(`${h.base}/api/orders/${done.id}`)).json() as {
        lines: { name: string; quantity: number; unitPrice: number; total: number }[]; invoiced: number; paid: number;
      };
      await page.evaluate((id) => document.body.innerHTML = `<kerf-order-detail order-id="${id}"></kerf-order-detail>`, done.id);
      const detail = page.locator('kerf-order-detail');
      await detail.getByRole('heading', { name: `Order ${done.number}` }).waitFor();
      expect(await detail.locator('h2 .badge').textContent()).toBe('Completed');

      const rows = detail.locator('[part="lines"] tbody tr');
      expect(await rows.count()).toBe(order.lines.length);
      const firstLine = await rows.first().locator('td').allTextContents();
      expect(firstLine[1]).toBe('Mounting bracket');
      expect(firstLine[2]).toBe('AC-1001');
      expect(firstLine[3]).toBe('S235');
      expect(firstLine[4]).toBe('3.0 mm');
      expect(firstLine[5]).toBe('50');
      expect(firstLine[6]).toBe(`€${(order.lines[0].unitPrice / 100).toFixed(2)}`);
      expect(firstLine[7]).toBe(`€${(order.lines[0].total / 100).toFixed(2)}`);
      expect(firstLine[8]).toContain('Approved');

      const records = detail.locator('[part="records"]');
      expect(await records.getByRole('region', { name: 'Deliveries' }).textContent()).toContain('LS-2026-0311');
      expect(await records.getByRole('region', { name: 'Invoices' }).textContent()).toContain('RE-2026-0311');
      const payments = await records.getByRole('region', { name: 'Payments' }).textContent();
      expect(payments).toContain(`€${(order.paid / 100).toFixed(2)}`);
      expect(payments).toMatch(/Open\s*€0\.00/);

      const history = await detail.locator('[part="history"] li').allTextContents();
      expect(history.some((e) => e.includes('In production → Shipped') && e.includes('Olivia Operator'))).toBe(true);
      expect(history.some((e) => e.includes('Shipped → Completed'))).toBe(true);
      expect(history.some((e) => e.includes('Line approved'))).toBe(true);
      expect(await detail.locator('[part="details"]').textContent()).toContain('Delivery');
      expect(await detail.getByRole('button', { name: 'Cancel order' }).count()).toBe(0);
      await page.context().close();
    }, 60_000);

    it('lets the orderer cancel a released order after a confirmation with a reason', async () => {
      const page = await h.page('<p>empty</p>', { signIn: 'engineer@acme.example' });
      const released = (await apiList(page, h.base, 'released')).items[0];
      await page.evaluate((id) => {
        (window as unknown as { cancelled: unknown[] }).cancelled = [];
        document.addEventListener('kerf-order-cancelled', (e) => (window as unknown as { cancelled: unknown[] }).cancelled.push((e as CustomEvent).detail.order.status));
        document.body.innerHTML = `<kerf-order-detail order-id="${id}"></kerf-order-detail>`;
      }, released.id);
      const detail = page.locator('kerf-order-detail');
      await detail.getByRole('heading', { name: `Order ${released.number}` }).waitFor();
      const cancel = detail.getByRole('button', { name: 'Cancel order' });

      // first thoughts: keep it
      await cancel.click();
      const dialog = detail.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.getByRole('heading').textContent()).toBe(`Cancel order ${released.number}?`);
      await dialog.getByRole('button', { name: 'Keep the order' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect((await (await page.request.get(`${h.base}/api/orders/${released.id}`)).json()).status).toBe('released');

      await cancel.click();
      await dialog.getByLabel('Reason (optional)').fill('Ordered twice by mistake');
      await dialog.getByRole('button', { name: 'Yes, cancel the order' }).click();
      await expect.poll(() => detail.locator('h2 .badge').textContent()).toBe('Cancelled');
      await expect.poll(() => detail.getByRole('status').first().textContent()).toContain(`Order ${released.number} is cancelled.`);
      expect(await detail.getByRole('button', { name: 'Cancel order' }).count()).toBe(0);
      expect(await detail.locator('[part="history"]').textContent()).toContain('Ordered twice by mistake');
      expect(await page.evaluate(() => (window as unknown as { cancelled: string[] }).cancelled)).toEqual(['cancelled']);
      expect((await (await page.request.get(`${h.base}/api/orders/${released.id}`)).json()).status).toBe('cancelled');
      await page.context().close();
    }, 60_000);

    it('in the portal, offers no cancel to a colleague who may not cancel someone else\'s order', async () => {
      const page = await h.page('<kerf-portal></kerf-portal>', { signIn: 'buyer@acme.example' });
      const engineers = (await apiList(page, h.base, 'in_production')).items[0]; // seen by the buyer, ordered by the engineer
      const own = (await apiList(page, h.base, 'pending_approval')).items.find((o) => o.commission === 'Hall 3 extension')!; // the buyer's
      const detail = page.locator('kerf-portal kerf-order-detail');
      await page.evaluate((id) => { location.hash = `#/orders/${id}`; }, own.id);
      await detail.getByRole('heading', { name: `Order ${own.number}` }).waitFor();
      expect(await detail.getByRole('button', { name: 'Cancel order' }).count()).toBe(1);
      const visible = await page.request.get(`${h.base}/api/orders/${engineers.id}`);
      expect(visible.ok()).toBe(true);
      // a released order of the engineer: cancellable by status, not by this buyer
      await page.route(`**/api/orders/${engineers.id}`, async (route) => {
        const o = await (await route.fetch()).json();
        await route.fulfill({ json: { ...o, status: 'released', canCancel: true } });
      });
      await page.evaluate((id) => { location.hash = `#/orders/${id}`; }, engineers.id);
      await detail.getByRole('heading', { name: `Order ${engineers.number}` }).waitFor();
      expect(await detail.locator('h2 .badge').textContent()).toBe('Released');
      expect(await detail.getByRole('button', { name: 'Cancel order' }).count()).toBe(0);
      await page.context().close();
    }, 60_000);

    it('shows the server refusing to cancel inside the dialog', async () => {
      const page = await h.page('<p>empty</p>', { signIn: 'buyer@acme.example' });
      const pending = (await apiList(page, h.base, 'pending_approval')).items[0];
      await page.route('**/cancel', (route) => route.fulfill({
        status: 409, contentType: 'application/json', body: JSON.stringify({ error: { code: 'INVALID_STATUS', message: 'Production has started; the order can no longer be cancelled.' } }),
      }));
      await page.evaluate((id) => { document.body.innerHTML = `<kerf-order-detail order-id="${id}"></kerf-order-detail>`; }, pending.id);
      const detail = page.locator('kerf-order-detail');
      await detail.getByRole('button', { name: 'Cancel order' }).click();
      const dialog = detail.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Yes, cancel the order' }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Production has started');
      expect(await detail.locator('h2 .badge').textContent()).toBe('Awaiting approval');
      await page.context().close();
    }, 60_000);

    it('shows an error for an order that is not the company\'s, with a retry', async () => {
      const page = await h.page('<p>empty</p>', { signIn: 'admin@beta.example' });
      const acmeOrder = 1; // the first demo order is Acme's
      await page.evaluate((id) => { document.body.innerHTML = `<kerf-order-detail order-id="${id}"></kerf-order-detail>`; }, acmeOrder);
      const detail = page.locator('kerf-order-detail');
      await expect.poll(() => detail.locator('[part="error"]').count(), { timeout: 15_000 }).toBe(1);
      expect(await detail.getByRole('button', { name: 'Try again' }).count()).toBe(1);
      expect(await detail.locator('[part="lines"]').count()).toBe(0);
      await page.context().close();
    }, 60_000);

    it('fits a 375 px phone: the lines table scrolls inside, the page does not', async () => {
      const page = await h.page('<p>empty</p>', { signIn: 'buyer@acme.example', viewport: { width: 375, height: 800 } });
      const done = (await apiList(page, h.base, 'completed')).items[0];
      await page.evaluate((id) => { document.body.style.margin = '0'; document.body.innerHTML = `<kerf-order-detail order-id="${id}"></kerf-order-detail>`; }, done.id);
      const detail = page.locator('kerf-order-detail');
      await detail.locator('[part="lines"]').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const wrap = detail.locator('.table-wrap');
      expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await page.context().close();
    }, 60_000);

    it('speaks German', async () => {
      const page = await h.page('<p>empty</p>', { signIn: 'buyer@acme.example', lang: 'de' });
      const done = (await apiList(page, h.base, 'completed')).items[0];
      await page.evaluate((id) => { document.body.innerHTML = `<kerf-order-detail order-id="${id}"></kerf-order-detail>`; }, done.id);
      const detail = page.locator('kerf-order-detail');
      await detail.getByRole('heading', { name: `Bestellung ${done.number}` }).waitFor();
      expect(await detail.getByRole('heading', { name: 'Verlauf' }).count()).toBe(1);
      expect(await detail.locator('[part="records"]').textContent()).toContain('Lieferschein');
      expect(await detail.locator('h2 .badge').textContent()).toBe('Abgeschlossen');
      await page.context().close();
    }, 60_000);
  });
});
