// The whole product as its users meet it, in Debian's Chromium against the real server:
// an anonymous quote on the shop's site, a template quote, the buyer's order in the portal, the
// approver's decision on one line, the shop moving it to production in the back office, and the
// configurator embedded on another origin.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { OTHER_PORT } from '../../playwright.config.js';

const DRAWING = 'demo/drawings/bracket.dxf';
const price = (page: Page) => page.locator('kerf-configurator [part="price"]');

test('an anonymous visitor drops a DXF on the shop page and sees price, preview and metrics', async ({ page }) => {
  await page.goto('/');
  await page.locator('kerf-configurator input[type=file]').setInputFiles(DRAWING);
  await expect(price(page)).toContainText('€');
  await expect(page.locator('kerf-configurator [part="metrics"]')).toContainText('561');
  await expect(page.locator('kerf-configurator kerf-preview svg path').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in to order' })).toBeVisible();
  // the server's quote for the same line agrees to the cent
  const form = { multipart: { file: { name: 'bracket.dxf', mimeType: 'application/dxf', buffer: readFileSync(DRAWING) }, material: 'S235', thickness: '1', quantity: '1' } };
  const shown = await price(page).innerText();
  const material = await page.locator('kerf-configurator').evaluate((el) => ({
    m: (el.shadowRoot!.querySelector('select[name=material], #material') as HTMLSelectElement | null)?.value,
    t: (el.shadowRoot!.querySelector('select[name=thickness], #thickness') as HTMLSelectElement | null)?.value,
    q: (el.shadowRoot!.querySelector('input[name=quantity], #quantity') as HTMLInputElement | null)?.value,
  }));
  if (material.m && material.t && material.q) {
    form.multipart.material = material.m; form.multipart.thickness = material.t; form.multipart.quantity = material.q;
    const server = await (await page.request.post('/api/quote', { ...form, headers: { 'x-kerf-key': 'demo-public-key' } })).json();
    const euros = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(server.total / 100);
    expect(shown).toContain(euros);
  }
});

test('a standard shape is quoted from its parameters', async ({ page }) => {
  await page.goto('/?lang=de');
  await page.locator('kerf-configurator').getByRole('button', { name: 'Standardform' }).click();
  await expect(price(page)).toContainText('€');
  const first = await price(page).innerText();
  const field = page.locator('kerf-configurator input[type=number]').first();
  await field.fill(String(Number(await field.inputValue()) * 2));
  await expect(price(page)).not.toHaveText(first);
});

test('the buyer orders, the approver approves one line, the shop starts production', async ({ browser }) => {
  // the buyer: sign in on /portal/, make a part, put it in the basket, order
  const buyer = await browser.newPage();
  await buyer.goto('/portal/');
  await buyer.getByLabel('Customer number').fill('10001');
  await buyer.getByLabel('E-mail').fill('buyer@acme.example');
  await buyer.getByLabel('Password', { exact: true }).fill('kerf-demo-2026');
  await buyer.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(buyer.locator('kerf-order-list')).toBeVisible();
  // the demo basket's lines (washers, angle brackets, discs) stay out of this order
  for (const item of (await (await buyer.request.get('/api/basket')).json()).items) await buyer.request.delete(`/api/basket/items/${item.id}`);
  await buyer.goto('/portal/#/new');
  await buyer.locator('kerf-configurator input[type=file]').setInputFiles(DRAWING);
  await expect(price(buyer)).toContainText('€');
  await buyer.locator('kerf-configurator').getByLabel('Part name').fill('E2E bracket');
  await buyer.locator('kerf-configurator').getByRole('button', { name: 'Save to library' }).click();
  await expect(buyer.locator('kerf-configurator')).toContainText('Saved to your library');
  await buyer.locator('kerf-configurator').getByRole('button', { name: 'Add to basket' }).click();
  await expect(buyer.locator('kerf-configurator')).toContainText('added to your basket');
  // a second line from the library
  await buyer.goto('/portal/#/basket');
  const basket = buyer.locator('kerf-basket');
  await expect(basket).toContainText('E2E bracket');
  const parts = await (await buyer.request.get('/api/parts?q=Washer')).json();
  await buyer.request.post('/api/basket/items', { data: { partId: parts.items[0].id, quantity: 25 } });
  await buyer.reload();
  await expect(basket).toContainText('Washer M20');
  await basket.getByRole('button', { name: 'Place order' }).click();
  await expect(buyer).toHaveURL(/#\/orders\/\d+/);
  const orderId = Number(/#\/orders\/(\d+)/.exec(buyer.url())![1]);
  await expect(buyer.locator('kerf-order-detail')).toContainText('Awaiting approval');

  // the approver: approves the bracket, rejects the washers
  const admin = await browser.newPage();
  await admin.request.post('/api/auth/login', { data: { customerNumber: '10001', email: 'admin@acme.example', password: 'kerf-demo-2026' } });
  await admin.goto(`/portal/#/approvals/${orderId}`);
  const approvals = admin.locator('kerf-approvals');
  await expect(approvals).toContainText('E2E bracket');
  const lines = approvals.getByRole('checkbox');
  await expect(lines.first()).toBeVisible();
  const washerBox = approvals.getByRole('checkbox', { name: /Washer/ });
  await washerBox.check();
  await approvals.getByRole('button', { name: /Reject selected/ }).click();
  await admin.getByLabel('Reason').fill('We have washers in stock');
  await admin.getByRole('button', { name: 'Reject', exact: true }).click();
  await approvals.getByRole('button', { name: 'Approve all' }).click();
  await expect(approvals).toContainText(/released|Released/);

  // the buyer sees it released in the order list
  await buyer.goto('/portal/#/orders');
  const row = buyer.locator('kerf-order-list').getByRole('row', { name: new RegExp(`K-2026-\\d+.*Released`) });
  await expect(row.first()).toBeVisible();

  // the shop: back office, sign in, open the order, move it to production
  const ops = await browser.newPage();
  await ops.goto('/admin/');
  await ops.getByLabel('E-mail').fill('ops@kerf.example');
  await ops.getByLabel('Password').fill('kerf-demo-2026');
  await ops.getByRole('button', { name: 'Sign in', exact: true }).click();
  await ops.goto(`/admin/#/orders/${orderId}`);
  const office = ops.locator('kerf-admin-orders');
  await expect(office).toContainText('E2E bracket');
  await office.getByLabel('New status').selectOption('in_production');
  await office.getByRole('button', { name: 'Change status' }).click();
  await expect(office).toContainText('Status changed to');
  const order = await (await buyer.request.get(`/api/orders/${orderId}`)).json();
  expect(order.status).toBe('in_production');
  expect(order.lines.map((l: { approval: string }) => l.approval).sort()).toEqual(['approved', 'rejected']);
});

test('the configurator embedded on another origin quotes with an embed key for that origin', async ({ page, request }) => {
  await request.post('/api/auth/login', { data: { email: 'ops@kerf.example', password: 'kerf-demo-2026' } });
  const key = await (await request.post('/api/admin/embed-keys', { data: { name: 'Other shop', origins: [`http://127.0.0.1:${OTHER_PORT}`] } })).json();
  await page.goto(`http://127.0.0.1:${OTHER_PORT}/?key=${key.key}`);
  await page.locator('kerf-configurator input[type=file]').setInputFiles(DRAWING);
  await expect(price(page)).toContainText('€');
  await expect(page.locator('kerf-configurator [part="metrics"]')).toContainText('561');
});
