/**
 * <kerf-back-office> and its pages (<kerf-admin-orders>, <kerf-admin-companies>,
 * <kerf-admin-access-requests>, <kerf-admin-pricing>, <kerf-admin-outbox>) in Chromium against the
 * real server with the demo data, signed in as the shop's staff (ops@kerf.example).
 * The tests share one database and run in order: the orders and companies they change stay changed.
 */
import { axe as axeRun } from '../helpers/axe.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

const OPS = 'ops@kerf.example';
const PASSWORD = 'kerf-demo-2026';
const SHELL = '<kerf-back-office shop-name="Stahlwerk Nord"></kerf-back-office>';

/** The page's JSON API with the page's own session cookie. */
async function api<T>(page: Page, path: string, init: { method?: string; data?: unknown } = {}): Promise<T> {
  const r = await page.request.fetch(new URL(path, page.url()).href, { method: init.method ?? 'GET', data: init.data });
  if (!r.ok()) throw new Error(`${init.method ?? 'GET'} ${path}: ${r.status()} ${await r.text()}`);
  return r.status() === 204 ? (undefined as T) : ((await r.json()) as T);
}

/** axe's serious and critical findings on the page, shadow roots included. */
async function axe(page: Page): Promise<string[]> {
  const result = await axeRun(page);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

const go = (page: Page, hash: string) => page.evaluate((h) => { location.hash = h; }, hash);
const main = (page: Page) => page.locator('kerf-back-office main');

interface OrderRow { id: number; number: string; status: string; companyName: string; total: number }

/** The navigation's link texts without the unread badge (the demo's thread has a message the shop has not read). */
const navTexts = async (nav: Locator) => (await nav.getByRole('link').allTextContents()).map((t) => t.replace(/\s*✉\s*\d+/, '').trim());

describe.skipIf(!hasChromium)('<kerf-back-office>', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  describe('signing in', () => {
    it('refuses a wrong password, then lets staff in to the orders', async () => {
      const page = await h.page(SHELL);
      const form = page.locator('kerf-back-office [part=sign-in]');
      await form.getByLabel('E-mail').fill(OPS);
      await form.getByLabel('Password').fill('not-the-password');
      await form.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => form.getByRole('alert').textContent()).toContain('E-mail or password is wrong.');
      expect(await page.locator('kerf-back-office nav').count()).toBe(0);

      await form.getByLabel('Password').fill(PASSWORD);
      await form.getByRole('button', { name: 'Sign in' }).click();
      const nav = page.getByRole('navigation', { name: 'Back office sections' });
      await nav.waitFor();
      expect(await navTexts(nav)).toEqual(['Orders', 'Returns', 'Statements', 'Companies', 'Articles', 'Access requests', 'Materials and pricing', 'Outbox', 'Webhooks', 'Dashboard', 'Planning']);
      expect(await nav.getByRole('link', { name: 'Orders' }).getAttribute('aria-current')).toBe('page');
      await page.locator('kerf-admin-orders h2', { hasText: 'Orders' }).waitFor();
      expect(await page.locator('kerf-back-office header').textContent()).toContain('Signed in as');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await form.waitFor();
      expect((await page.request.get(`${h.base}/api/me`)).status()).toBe(401);
    }, 60_000);

    it('sends a customer who signs in here to the portal', async () => {
      const page = await h.page(SHELL);
      const form = page.locator('kerf-back-office [part=sign-in]');
      await form.getByLabel('E-mail').fill('buyer@acme.example');
      await form.getByLabel('Password').fill(PASSWORD);
      await form.getByRole('button', { name: 'Sign in' }).click();
      const note = page.locator('kerf-back-office main [role=alert]');
      await expect.poll(() => note.textContent()).toContain('This is the shop’s back office; customers use the portal.');
      expect(await note.getByRole('link', { name: 'Go to the customer portal' }).getAttribute('href')).toBe('/portal/');
      expect(await page.locator('kerf-back-office nav').count()).toBe(0);
      // and the API agrees: the back office routes are closed to customers
      expect((await page.request.get(`${h.base}/api/admin/orders`)).status()).toBe(403);
    }, 60_000);
  });

  describe('orders', () => {
    it('shows the status tabs with the counts the API gives, grouped by status', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      const list = await api<{ items: OrderRow[]; counts: Record<string, number> }>(page, '/api/admin/orders');
      const tabs = page.locator('kerf-admin-orders [part=filters] [data-status]');
      await expect.poll(() => tabs.locator('.count').first().textContent(), { timeout: 15_000 }).not.toBe('');
      const all = Object.values(list.counts).reduce((a, b) => a + b, 0);
      expect(await page.locator('kerf-admin-orders [data-status=all] .count').textContent()).toBe(String(all));
      for (const s of ['released', 'in_production', 'shipped', 'completed', 'cancelled']) {
        expect(await page.locator(`kerf-admin-orders [data-status=${s}] .count`).textContent(), s).toBe(String(list.counts[s] ?? 0));
      }
      // "All" groups the rows under one heading per status
      const released = list.items.filter((o) => o.status === 'released');
      const group = page.locator('kerf-admin-orders section.group').filter({ has: page.getByRole('heading', { name: /^Released/ }) });
      expect(await group.locator('tbody tr').count()).toBe(released.length);

      // a status tab and the company filter narrow the table
      await page.locator('kerf-admin-orders [data-status=completed]').click();
      await expect.poll(() => page.locator('kerf-admin-orders tbody tr').count()).toBe(list.counts.completed);
      const beta = list.items.find((o) => o.companyName === 'Beta Bau AG')!;
      await page.locator('kerf-admin-orders').getByLabel('Company').selectOption({ label: 'Beta Bau AG (10002)' });
      await expect.poll(() => page.locator('kerf-admin-orders tbody tr').allTextContents())
        .toEqual(list.items.filter((o) => o.status === 'completed' && o.companyName === beta.companyName).map((o) => expect.stringContaining(o.number)));
      // Beta has no cancelled orders: the empty state says so
      await page.locator('kerf-admin-orders [data-status=cancelled]').click();
      await page.locator('kerf-admin-orders').getByText('No orders in this view.').waitFor();
      expect(await page.locator('kerf-admin-orders tbody tr').count()).toBe(0);
    }, 60_000);

    it('opens an order from its hash route, as the links in mails do (/admin/#/orders/:id)', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      const { items } = await api<{ items: OrderRow[] }>(page, '/api/admin/orders?status=completed');
      const o = items[0];
      await go(page, `#/orders/${o.id}`);
      await page.locator('kerf-admin-orders').getByRole('heading', { name: `Order ${o.number}` }).waitFor();
      const detail = page.locator('kerf-admin-orders [part=detail]');
      expect(await detail.textContent()).toContain(o.companyName);
      expect(await detail.locator('[data-records=deliveries] tbody tr').count()).toBeGreaterThan(0);
      expect(await detail.getByRole('heading', { name: 'History' }).count()).toBe(1);
      expect(await detail.getByText('This order’s status does not change any more.').count()).toBe(1);

      // the demo site's /admin/ page itself, opened at a mail's link while signed out: the order opens after sign-in
      const context = await h.browser.newContext();
      const admin = await context.newPage();
      await admin.goto(`${h.base}/admin/#/orders/${o.id}`);
      const form = admin.locator('kerf-back-office [part=sign-in]');
      await form.getByLabel('E-mail').fill(OPS);
      await form.getByLabel('Password').fill(PASSWORD);
      await form.getByRole('button', { name: 'Sign in' }).click();
      await admin.locator('kerf-admin-orders').getByRole('heading', { name: `Order ${o.number}` }).waitFor({ timeout: 15_000 });
      expect(await admin.locator('kerf-back-office header').textContent()).toContain('Stahlwerk Nord');
      await context.close();
    }, 60_000);

    it('moves a released order into production, ships it with a delivery note, and records an invoice and a payment', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      const { items } = await api<{ items: OrderRow[] }>(page, '/api/admin/orders?status=released');
      const o = items[0];
      await page.locator('kerf-admin-orders tbody tr a', { hasText: o.number }).first().click();
      const el = page.locator('kerf-admin-orders');
      await el.getByRole('heading', { name: `Order ${o.number}` }).waitFor();
      expect(page.url()).toContain(`#/orders/${o.id}`);
      const status = el.locator('[data-role=order-status]');
      expect(await status.textContent()).toBe('Released');

      // released → in production (or cancelled), with a note
      const form = el.locator('[part=status-form]');
      const select = form.getByLabel('New status');
      expect(await select.locator('option').allTextContents()).toEqual(['In production', 'Cancelled']);
      await form.getByLabel('Note to the customer (optional)').fill('Laser 1 on Monday');
      await form.getByRole('button', { name: 'Change status' }).click();
      await expect.poll(() => status.textContent()).toBe('In production');
      await expect.poll(() => el.locator('ol.history').textContent()).toContain('Laser 1 on Monday');

      // in production → shipped, with a delivery note that appears under deliveries
      expect(await select.locator('option').allTextContents()).toEqual(['Shipped', 'Cancelled']);
      await select.selectOption('shipped');
      await form.getByLabel('Delivery note number').fill('LS-TEST-0001');
      await form.getByLabel('Shipping date').fill('2026-03-02');
      await form.getByRole('button', { name: 'Change status' }).click();
      await expect.poll(() => status.textContent()).toBe('Shipped');
      const deliveries = el.locator('[data-records=deliveries]');
      await expect.poll(() => deliveries.textContent()).toContain('LS-TEST-0001');
      expect(await deliveries.textContent()).toContain('2 Mar 2026');
      expect(await select.locator('option').allTextContents()).toEqual(['Completed']);

      // an invoice: number, date, euros (stored as cents)
      const record = el.locator('[part=record-form]');
      await record.getByLabel('Invoice number').fill('RE-TEST-0001');
      await record.getByLabel('Amount (€)').fill('123.45');
      await record.getByRole('button', { name: 'Record' }).click();
      await expect.poll(() => el.locator('[data-records=invoices]').textContent()).toContain('RE-TEST-0001');
      expect(await el.locator('[data-records=invoices]').textContent()).toContain('€123.45');
      expect(await el.locator('[data-role=invoiced]').textContent()).toBe('€123.45');

      // a payment of part of it
      await record.getByLabel('Kind').selectOption('payment');
      expect(await record.getByLabel('Invoice number').count()).toBe(0);
      expect(await record.getByLabel('Amount (€)').inputValue()).toBe('123.45');
      await record.getByLabel('Amount (€)').fill('100');
      await record.getByRole('button', { name: 'Record' }).click();
      await expect.poll(() => el.locator('[data-role=paid]').textContent()).toBe('€100.00');
      expect(await el.locator('[data-records=payments]').textContent()).toContain('€100.00');

      const saved = await api<{ status: string; deliveries: { document: string }[]; invoices: { amount: number }[]; paid: number }>(page, `/api/admin/orders/${o.id}`);
      expect(saved.status).toBe('shipped');
      expect(saved.deliveries.map((d) => d.document)).toContain('LS-TEST-0001');
      expect(saved.invoices.at(-1)?.amount).toBe(12345);
      expect(saved.paid).toBe(10000);
    }, 60_000);

    it('shows the server’s refusal of a status change that is no longer allowed', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      const { items } = await api<{ items: OrderRow[] }>(page, '/api/admin/orders?status=released');
      const o = items[0];
      await go(page, `#/orders/${o.id}`);
      const el = page.locator('kerf-admin-orders');
      await el.getByRole('heading', { name: `Order ${o.number}` }).waitFor();
      // someone else cancels it meanwhile
      await api(page, `/api/admin/orders/${o.id}/status`, { method: 'POST', data: { status: 'cancelled', note: 'Customer called' } });
      await el.locator('[part=status-form]').getByRole('button', { name: 'Change status' }).click();
      await expect.poll(() => el.locator('[part=status-form] [role=alert]').textContent()).toMatch(/cancelled/);
    }, 60_000);
  });

  describe('companies', () => {
    it('creates a company with pricing overrides and agreed materials; it appears in the list', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      await go(page, '#/companies');
      const el = page.locator('kerf-admin-companies');
      await el.locator('tbody tr').first().waitFor();
      expect(await el.locator('tbody').textContent()).toContain('Acme Metall GmbH');
      await el.getByRole('link', { name: 'New company' }).click();
      await el.getByRole('heading', { name: 'New company' }).waitFor();
      await el.getByLabel('Name', { exact: true }).fill('Gamma Stahlbau KG');
      await el.getByLabel('Customer number').fill('10077');
      await el.getByLabel('City').fill('Ulm');
      await el.getByLabel('Language').selectOption('de');
      await el.getByLabel('Sales rep').selectOption({ label: 'Sam Sales' });
      await el.getByLabel('Material markup (%)').fill('7');
      await el.getByLabel('Minimum order value (€)').fill('30');
      await el.getByLabel('Own quantity breaks for this company').check();
      await el.locator('.break').first().waitFor();
      // agreed: S235 2 and 3 mm only, and every thickness of 1.4301
      await el.locator('[data-material=S235]').getByLabel('2 mm', { exact: true }).check();
      await el.locator('[data-material=S235]').getByLabel('3 mm', { exact: true }).check();
      await el.locator('[data-material="1.4301"]').getByLabel('All thicknesses of 1.4301').check();
      await el.getByRole('button', { name: 'Create company' }).click();
      await el.getByRole('heading', { name: 'Company Gamma Stahlbau KG' }).waitFor();
      await expect.poll(() => el.locator('.ok[role=status]').first().textContent()).toContain('Gamma Stahlbau KG was created.');

      const { items } = await api<{ items: { id: number; name: string }[] }>(page, '/api/admin/companies');
      const made = items.find((c) => c.name === 'Gamma Stahlbau KG')!;
      expect(page.url()).toContain(`#/companies/${made.id}`);
      const saved = await api<{ city: string; language: string; salesRepId: number | null; pricingOverrides: Record<string, unknown>; allowedMaterials: unknown }>(page, `/api/admin/companies/${made.id}`);
      expect(saved.city).toBe('Ulm');
      expect(saved.language).toBe('de');
      expect(saved.salesRepId).not.toBeNull();
      expect(saved.pricingOverrides).toMatchObject({ materialMarkup: 0.07, minimumOrderValue: 3000 });
      expect(saved.pricingOverrides.quantityBreaks).toEqual(expect.arrayContaining([{ minQuantity: 10, discount: 0.05 }]));
      expect(saved.allowedMaterials).toEqual([{ material: 'S235', thicknesses: [2, 3] }, { material: '1.4301' }]);

      // the form shows what was saved
      expect(await el.getByLabel('Material markup (%)').inputValue()).toBe('7');
      expect(await el.locator('[data-material=S235]').getByLabel('3 mm', { exact: true }).isChecked()).toBe(true);
      expect(await el.locator('[data-material=S235]').getByLabel('4 mm', { exact: true }).isChecked()).toBe(false);

      await el.getByRole('link', { name: 'All companies' }).click();
      const row = el.locator('tbody tr', { hasText: 'Gamma Stahlbau KG' });
      await row.waitFor();
      expect(await row.textContent()).toContain('10077');
      expect(await row.textContent()).toContain('Ulm');
      expect(await row.textContent()).toContain('Enabled');
    }, 60_000);

    it('refuses a customer number that is taken, with the server’s words', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      await go(page, '#/companies/new');
      const el = page.locator('kerf-admin-companies');
      await el.getByLabel('Name', { exact: true }).waitFor();
      await el.getByLabel('Name', { exact: true }).fill('Copy of Acme');
      await el.getByLabel('Customer number').fill('10001');
      await el.getByRole('button', { name: 'Create company' }).click();
      await expect.poll(() => el.locator('form.company [role=alert]').textContent()).toContain('10001');
    }, 60_000);

    it('disables and enables a company from the list', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      await go(page, '#/companies');
      const el = page.locator('kerf-admin-companies');
      const row = el.locator('tbody tr', { hasText: 'Gamma Stahlbau KG' });
      await row.getByRole('button', { name: 'Disable' }).click();
      await expect.poll(() => row.textContent()).toContain('Disabled');
      await row.getByRole('button', { name: 'Enable' }).click();
      await expect.poll(() => row.locator('.status').textContent()).toBe('Enabled');
    }, 60_000);

    it('invites the company’s first administrator; the invitation shows in the outbox', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      const { items } = await api<{ items: { id: number; name: string }[] }>(page, '/api/admin/companies');
      const gamma = items.find((c) => c.name === 'Gamma Stahlbau KG')!;
      await go(page, `#/companies/${gamma.id}`);
      const people = page.locator('kerf-admin-companies [part=people]');
      await people.getByText('Nobody has a login for this company yet.').waitFor();
      await people.getByLabel('Name').fill('Greta Gamma');
      await people.getByLabel('E-mail').fill('greta@gamma.example');
      await people.getByRole('button', { name: 'Invite the company’s administrator' }).click();
      await expect.poll(() => people.getByRole('status').textContent()).toBe('An invitation was sent to greta@gamma.example.');
      expect(await people.locator('ul.people').textContent()).toContain('greta@gamma.example');

      await page.getByRole('link', { name: 'Outbox' }).click();
      const row = page.locator('kerf-admin-outbox tbody tr', { hasText: 'greta@gamma.example' });
      await row.waitFor();
      expect(await row.textContent()).toContain('invitation');
    }, 60_000);
  });

  describe('access requests', () => {
    it('approves a request made through the portal into a new company prefilled from it', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      const r = await page.request.post(`${h.base}/api/auth/register`, {
        data: { company: 'Delta Blech GmbH', customerNumber: '10088', email: 'dora@delta.example', name: 'Dora Delta', language: 'de' },
      });
      expect(r.status()).toBe(202);
      await go(page, '#/access-requests');
      const el = page.locator('kerf-admin-access-requests');
      const card = el.locator('li', { hasText: 'dora@delta.example' });
      await card.waitFor();
      expect(await card.textContent()).toContain('Delta Blech GmbH');
      await card.getByRole('button', { name: 'Approve into a new company' }).click();
      expect(await card.getByLabel('Company name').inputValue()).toBe('Delta Blech GmbH');
      expect(await card.getByLabel('Customer number').inputValue()).toBe('10088');
      expect(await card.getByLabel('Language').inputValue()).toBe('de');
      await card.getByRole('button', { name: 'Create company and approve' }).click();
      await expect.poll(() => el.locator('.ok[role=status]').textContent()).toContain('Dora Delta was approved into Delta Blech GmbH');
      await expect.poll(() => card.count()).toBe(0);

      await el.getByRole('button', { name: 'Approved' }).click();
      const decided = el.locator('li', { hasText: 'dora@delta.example' });
      await decided.waitFor();
      expect(await decided.textContent()).toContain('Approved');
      const { items } = await api<{ items: { name: string; customerNumber: string; users: number }[] }>(page, '/api/admin/companies');
      expect(items.find((c) => c.customerNumber === '10088')).toMatchObject({ name: 'Delta Blech GmbH', users: 1 });
    }, 60_000);

    it('rejects a request after asking once, and shows an empty list when none wait', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      await page.request.post(`${h.base}/api/auth/register`, { data: { company: 'Epsilon AG', email: 'eve@epsilon.example', name: 'Eve Epsilon' } });
      await go(page, '#/access-requests');
      const el = page.locator('kerf-admin-access-requests');
      const card = el.locator('li', { hasText: 'eve@epsilon.example' });
      await card.getByRole('button', { name: 'Reject' }).click();
      await card.getByRole('button', { name: 'Yes, reject' }).click();
      await expect.poll(() => el.locator('.ok[role=status]').textContent()).toContain('The request of Eve Epsilon was rejected.');
      await expect.poll(() => el.getByText('No requests here.').count()).toBe(1);
    }, 60_000);
  });

  describe('materials and pricing', () => {
    const speed = (page: Page) => page.locator('kerf-admin-pricing').getByLabel('S235 3 mm: Cutting speed (m/min)');

    it('changes a cutting speed (m/min shown, mm/min stored) and keeps it after a reload', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      await go(page, '#/pricing');
      const el = page.locator('kerf-admin-pricing');
      await speed(page).waitFor();
      expect(await el.locator('[data-role=frozen-note]').textContent()).toContain('keep their frozen prices');
      const before = await api<{ catalog: { materials: { id: string; thicknesses: { thickness: number; cuttingSpeed: number }[] }[] } }>(page, '/api/admin/pricing');
      const was = before.catalog.materials.find((m) => m.id === 'S235')!.thicknesses.find((t) => t.thickness === 3)!.cuttingSpeed;
      expect(await speed(page).inputValue()).toBe(String(was / 1000));

      await speed(page).fill('5.25');
      await speed(page).press('Tab');
      await el.getByRole('button', { name: 'Save prices' }).click();
      await expect.poll(() => el.locator('.savebar [role=status]').textContent()).toContain('Saved.');
      const after = await api<typeof before>(page, '/api/admin/pricing');
      expect(after.catalog.materials.find((m) => m.id === 'S235')!.thicknesses.find((t) => t.thickness === 3)!.cuttingSpeed).toBe(5250);

      await page.reload();
      await go(page, '#/pricing');
      await speed(page).waitFor();
      expect(await speed(page).inputValue()).toBe('5.25');
    }, 60_000);

    it('adds and removes a thickness', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      await go(page, '#/pricing');
      const alu = page.locator('kerf-admin-pricing [data-material=AlMg3]');
      await alu.locator('tbody tr').first().waitFor();
      const rows = await alu.locator('tbody tr').count();
      await alu.getByLabel('New thickness (mm)').fill('7');
      await alu.getByRole('button', { name: 'Add thickness' }).click();
      expect(await alu.locator('tbody tr').count()).toBe(rows + 1);
      await page.locator('kerf-admin-pricing').getByRole('button', { name: 'Save prices' }).click();
      await expect.poll(() => page.locator('kerf-admin-pricing .savebar [role=status]').textContent()).toContain('Saved.');
      let saved = await api<{ catalog: { materials: { id: string; thicknesses: { thickness: number }[] }[] } }>(page, '/api/admin/pricing');
      expect(saved.catalog.materials.find((m) => m.id === 'AlMg3')!.thicknesses.map((t) => t.thickness)).toContain(7);

      await alu.getByRole('button', { name: 'Remove 7 mm of AlMg3' }).click();
      await page.locator('kerf-admin-pricing').getByRole('button', { name: 'Save prices' }).click();
      await expect.poll(() => page.locator('kerf-admin-pricing .savebar [role=status]').textContent()).toContain('Saved.');
      saved = await api(page, '/api/admin/pricing');
      expect(saved.catalog.materials.find((m) => m.id === 'AlMg3')!.thicknesses.map((t) => t.thickness)).not.toContain(7);
    }, 60_000);

    it('edits delivery options, quote validity, holidays and the finishing prices (issue [7]), checked by the server', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      await go(page, '#/pricing');
      const el = page.locator('kerf-admin-pricing');
      const express = el.getByLabel('Express: Surcharge (+) or discount (−) %');
      await express.waitFor();
      type Profile = { profile: { leadTimes: { code: string; workingDays: number; adjustment: number }[]; holidays: string[]; quoteValidityDays: number; finishing: { deburring?: { perMetre: number } } } };
      const before = await api<Profile>(page, '/api/admin/pricing');
      expect(await express.inputValue()).toBe(String(before.profile.leadTimes.find((l) => l.code === 'express')!.adjustment * 100));
      await express.fill('40');
      await el.getByLabel('Express: Working days').fill('2');
      await el.getByLabel('Quotes valid for (days)').fill('14');
      // the basket's nest (issue [9]): turns in 45° steps, mirrored parts allowed
      expect(await el.getByLabel('Basket nested by').inputValue()).toBe('true-shape');
      await el.getByLabel('Turns in steps of (°)').fill('45');
      await el.getByLabel('Parts may be mirrored').check();
      const holidays = el.getByLabel('Holidays (one date YYYY-MM-DD per line)');
      await holidays.fill(`${(await holidays.inputValue()).trim()}\n2027-11-01`);
      const finishing = el.getByLabel('Finishing prices (JSON)');
      const json = JSON.parse(await finishing.inputValue());
      expect(json.deburring.perMetre).toBe(before.profile.finishing.deburring!.perMetre);
      // a typo is refused at once and not taken
      await finishing.fill('{ "deburring": ');
      await finishing.press('Tab');
      await expect.poll(() => el.locator('#finishing-error').textContent()).toContain('not valid JSON');
      json.deburring.perMetre = 75;
      await finishing.fill(JSON.stringify(json));
      await finishing.press('Tab');
      await expect.poll(() => el.locator('#finishing-error').textContent()).toBe('');
      await el.getByRole('button', { name: 'Save prices' }).click();
      await expect.poll(() => el.locator('.savebar [role=status]').textContent()).toContain('Saved.');
      const after = await api<Profile>(page, '/api/admin/pricing');
      expect(after.profile.leadTimes.find((l) => l.code === 'express')).toMatchObject({ workingDays: 2, adjustment: 0.4 });
      expect(after.profile.quoteValidityDays).toBe(14);
      expect((after.profile as unknown as { nesting: unknown }).nesting).toEqual({ rotationStep: 45, mirror: true });
      expect(after.profile.holidays).toContain('2027-11-01');
      expect(after.profile.finishing.deburring!.perMetre).toBe(75);

      // the server checks the content: a negative price names its field
      json.deburring.perMetre = -1;
      await finishing.fill(JSON.stringify(json));
      await finishing.press('Tab');
      await el.getByRole('button', { name: 'Save prices' }).click();
      const error = el.locator('[data-role=save-error]');
      await expect.poll(() => error.textContent()).toContain('The server did not accept the pricing profile:');
      expect(await error.textContent()).toMatch(/finishing\.deburring\.perMetre/);
      expect((await api<Profile>(page, '/api/admin/pricing')).profile.finishing.deburring!.perMetre).toBe(75);
    }, 60_000);

    it('shows the server’s INVALID_CATALOG message for a negative speed and saves nothing', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      await go(page, '#/pricing');
      await speed(page).waitFor();
      await speed(page).fill('-3');
      await speed(page).press('Tab');
      const el = page.locator('kerf-admin-pricing');
      await el.getByRole('button', { name: 'Save prices' }).click();
      const error = el.locator('[data-role=save-error]');
      await expect.poll(() => error.textContent()).toContain('The server did not accept the materials catalog:');
      expect(await error.textContent()).toMatch(/materials\.0\.thicknesses\.\d+\.cuttingSpeed/);
      const after = await api<{ catalog: { materials: { id: string; thicknesses: { thickness: number; cuttingSpeed: number }[] }[] } }>(page, '/api/admin/pricing');
      expect(after.catalog.materials.find((m) => m.id === 'S235')!.thicknesses.find((t) => t.thickness === 3)!.cuttingSpeed).toBe(5250);
    }, 60_000);
  });

  describe('outbox', () => {
    it('filters by status and shows a mail’s text in a dialog', async () => {
      const page = await h.page(SHELL, { signIn: OPS });
      await go(page, '#/outbox');
      const el = page.locator('kerf-admin-outbox');
      await el.locator('tbody tr').first().waitFor();
      const waiting = await api<{ items: { id: number; subject: string; text: string }[] }>(page, '/api/admin/outbox?status=waiting&limit=200');
      await el.getByLabel('Status').selectOption('waiting');
      await expect.poll(() => el.locator('tbody tr').count()).toBe(waiting.items.length);
      expect(new Set(await el.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status'))))).toEqual(new Set(['waiting']));
      await el.getByLabel('Status').selectOption('sent');
      await el.getByText('No mails with this status.').waitFor();

      await el.getByLabel('Status').selectOption('');
      const first = waiting.items[0];
      const view = el.locator(`tr[data-mail="${first.id}"]`).getByRole('button', { name: `View the mail “${first.subject}”` });
      await view.click();
      const dialog = el.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.getByRole('heading').textContent()).toBe(first.subject);
      expect((await dialog.locator('pre').textContent())?.trim()).toBe(first.text.trim());
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await view.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
    }, 60_000);
  });

  describe('states, language and theme', () => {
    it('shows loading, then the server’s error with a retry that works', async () => {
      const page = await h.page('', { signIn: OPS });
      let fail = true;
      // the list (with or without a query) fails, held back until the test has seen its loading state
      let release!: () => void;
      const seen = new Promise<void>((r) => { release = r; });
      await page.route(/\/api\/admin\/orders(\?.*)?$/, async (route) => {
        if (fail) await seen;
        if (fail) await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: 'The database is resting.' } }) });
        else await route.continue();
      });
      await page.evaluate((m) => { document.body.innerHTML = m; }, SHELL);
      const el = page.locator('kerf-admin-orders');
      await el.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
      release();
      const alert = el.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('The database is resting.');
      fail = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await el.locator('tbody tr').first().waitFor();
      expect(await el.getByRole('alert').count()).toBe(0);
    }, 60_000);

    it('speaks German with lang=de and switches to French at run time', async () => {
      const page = await h.page(SHELL, { signIn: OPS, lang: 'de' });
      const nav = page.getByRole('navigation', { name: 'Bereiche des Backoffice' });
      await nav.waitFor();
      expect(await navTexts(nav)).toEqual(['Aufträge', 'Retouren', 'Kontoauszüge', 'Firmen', 'Artikel', 'Zugangsanfragen', 'Werkstoffe und Preise', 'Postausgang', 'Webhooks', 'Kennzahlen', 'Planung']);
      const orders = page.locator('kerf-admin-orders');
      await orders.getByRole('heading', { name: 'Aufträge' }).waitFor();
      await expect.poll(() => orders.locator('[data-status=released]').textContent()).toMatch(/^Freigegeben/);
      await orders.locator('thead').first().waitFor();
      expect(await orders.locator('thead').first().textContent()).toContain('Wunschtermin');
      expect(await orders.locator('tbody td.num').first().textContent()).toMatch(/\d,\d\d\s€/);
      await go(page, '#/pricing');
      await page.locator('kerf-admin-pricing').getByText('Bereits erteilte Aufträge behalten ihre festgeschriebenen Preise.').waitFor();

      await page.locator('kerf-back-office').getByLabel('Sprache').selectOption('fr');
      await page.locator('kerf-admin-pricing').getByRole('heading', { name: 'Matières et tarifs' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      expect((await page.getByRole('navigation', { name: 'Rubriques du back-office' }).getByRole('link').first().textContent())?.replace(/\s*✉\s*\d+/, '')).toBe('Commandes');
    }, 60_000);

    it('renders dark with theme=dark and follows the theme switch', async () => {
      const page = await h.page(SHELL, { signIn: OPS, theme: 'dark' });
      const header = page.locator('kerf-back-office header');
      await page.locator('kerf-admin-orders tbody tr').first().waitFor();
      const bg = () => header.evaluate((e) => getComputedStyle(e).backgroundColor);
      const luminance = (rgb: string) => { const [r, g, b] = rgb.match(/\d+/g)!.map(Number); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      expect(luminance(await bg())).toBeLessThan(60);
      expect(await page.locator('kerf-admin-orders').getAttribute('theme')).toBe('dark');
      const text = await page.locator('kerf-admin-orders h2').evaluate((e) => getComputedStyle(e).color);
      expect(luminance(text)).toBeGreaterThan(180);

      await page.locator('kerf-back-office').getByLabel('Theme').selectOption('light');
      await expect.poll(async () => luminance(await bg())).toBeGreaterThan(200);
      expect(await page.evaluate(() => document.documentElement.dataset.kerfTheme)).toBe('light');
      expect(await page.locator('kerf-admin-orders').getAttribute('theme')).toBe('light');
    }, 60_000);

    it('fits a 375 px phone: no sideways scrolling on the list and an order', async () => {
      const page = await h.page(SHELL, { signIn: OPS, viewport: { width: 375, height: 800 } });
      await page.locator('kerf-admin-orders tbody tr').first().waitFor();
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      const { items } = await api<{ items: OrderRow[] }>(page, '/api/admin/orders?status=completed');
      await go(page, `#/orders/${items[0].id}`);
      await page.locator('kerf-admin-orders [part=detail]').waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await go(page, '#/pricing');
      await page.locator('kerf-admin-pricing [data-material=S235]').waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await go(page, '#/companies/new');
      await page.locator('kerf-admin-companies form').waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
    }, 60_000);
  });

  describe('accessibility', () => {
    it('has no serious or critical axe findings on any page, light and dark', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const signedOut = await h.page(SHELL, { theme, head: '<title>Back office</title>' });
        await signedOut.locator('kerf-back-office [part=sign-in] input').first().waitFor();
        expect(await axe(signedOut), `sign-in ${theme}`).toEqual([]);
        await signedOut.context().close();

        const page = await h.page(SHELL, { signIn: OPS, theme, head: '<title>Back office</title>' });
        await page.request.post(`${h.base}/api/auth/register`, { data: { company: `Zeta ${theme}`, email: `zeta-${theme}@zeta.example`, name: 'Zoe Zeta' } });
        const { items } = await api<{ items: OrderRow[] }>(page, '/api/admin/orders?status=shipped');
        const views: [string, string][] = [
          ['#/orders', 'kerf-admin-orders tbody tr'],
          [`#/orders/${items[0].id}`, 'kerf-admin-orders [part=detail]'],
          ['#/companies', 'kerf-admin-companies tbody tr'],
          ['#/companies/1', 'kerf-admin-companies [part=people]'],
          ['#/articles', 'kerf-admin-articles tbody tr'],
          ['#/articles/1', 'kerf-admin-articles [part=form] input[name=number]'],
          ['#/access-requests', 'kerf-admin-access-requests li'],
          ['#/pricing', 'kerf-admin-pricing [data-material]'],
          ['#/outbox', 'kerf-admin-outbox tbody tr'],
        ];
        for (const [hash, ready] of views) {
          await go(page, hash);
          await page.locator(ready).first().waitFor();
          expect(await axe(page), `${hash} ${theme}`).toEqual([]);
        }
        await go(page, '#/access-requests');
        await page.locator('kerf-admin-access-requests li').first().getByRole('button', { name: 'Approve into a new company' }).click();
        await page.locator('kerf-admin-access-requests [part=decision] form').waitFor();
        expect(await axe(page), `approval form ${theme}`).toEqual([]);
        await go(page, '#/outbox');
        await page.locator('kerf-admin-outbox tbody tr button').first().click();
        await page.locator('kerf-admin-outbox dialog').waitFor();
        expect(await axe(page), `mail dialog ${theme}`).toEqual([]);
        await page.context().close();
      }
    }, 120_000);
  });
});
