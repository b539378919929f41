/**
 * <kerf-company-admin> in Chromium against the real server with the demo data: Acme's admin
 * keeps the company, its addresses, employees and groups; the server's refusals (LOCKOUT,
 * GROUP_IN_USE) are shown in plain words; an orderer is told the page is not for them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

// the server answers within milliseconds, but a busy machine runs several browsers at once
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

const ADMIN = 'admin@acme.example';
const el = (page: Page) => page.locator('kerf-company-admin');
const dialog = (page: Page) => page.locator('kerf-company-admin dialog[open]');
const row = (page: Page, email: string) => page.locator(`kerf-company-admin tr[data-email="${email}"]`);
const group = (page: Page, name: string) => page.locator(`kerf-company-admin li[data-group="${name}"]`);

async function openTab(page: Page, name: string) {
  const tab = el(page).getByRole('tab', { name });
  await tab.click({ timeout: 15_000 });
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
}

async function mount(h: Harness, html: string, options: Parameters<Harness['page']>[1], before?: (page: Page) => Promise<void>) {
  const page = await h.page('', options);
  await before?.(page);
  await page.evaluate((markup) => { document.body.innerHTML = markup; }, html);
  return page;
}

const members = async (page: Page, base: string) => (await (await page.request.get(`${base}/api/company/users`)).json()).items as { email: string; approvalMode: string; approvalLimit: number | null; invited: boolean }[];
const text = (l: Locator) => l.textContent();

describe.skipIf(!hasChromium)('<kerf-company-admin>', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });
  // each test's page goes with it
  afterEach(async () => { await Promise.all(h.browser.contexts().map((c) => c.close())); });

  describe('company and addresses', () => {
    it('shows the master data, the customer number read-only and the sales rep, and saves changes', async () => {
      const page = await h.page('<kerf-company-admin></kerf-company-admin>', { signIn: ADMIN });
      const e = el(page);
      const name = e.getByLabel('Company name');
      await name.waitFor({ timeout: 15_000 });
      expect(await name.inputValue()).toBe('Acme Metall GmbH');
      expect(await e.getByLabel('Customer number').inputValue()).toBe('10001');
      expect(await e.getByLabel('Customer number').getAttribute('readonly')).not.toBeNull();
      const rep = e.locator('[part="sales-rep"]');
      expect(await text(rep)).toContain('sales@kerf.example');
      await e.getByLabel('Phone').fill('+49 711 555 0299');
      await e.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => text(e.getByRole('status').first())).toBe('The company data was saved.');
      expect((await (await page.request.get(`${h.base}/api/company`)).json()).phone).toBe('+49 711 555 0299');
    }, 60_000);

    it('adds an address as the default of its kind', async () => {
      const page = await h.page('<kerf-company-admin></kerf-company-admin>', { signIn: ADMIN });
      await openTab(page, 'Addresses');
      await el(page).getByRole('button', { name: 'Add address' }).click();
      const d = dialog(page);
      await d.getByLabel('Kind', { exact: true }).selectOption('delivery');
      await d.getByLabel('Name').fill('Acme Metall GmbH, Werk 3');
      await d.getByLabel('Street').fill('Ring 1');
      await d.getByLabel('Postcode').fill('70000');
      await d.getByLabel('City').fill('Stuttgart');
      await d.getByLabel('Country').fill('DE');
      await d.getByLabel('Default for its kind').check();
      await d.getByRole('button', { name: 'Save' }).click();
      const card = el(page).locator('li.address', { hasText: 'Werk 3' });
      await expect.poll(() => text(card), { timeout: 10_000 }).toContain('Default');
      // the old default lost its badge
      expect(await text(el(page).locator('li.address', { hasText: 'Tor 3' }))).not.toContain('Default');
      expect(await dialog(page).count()).toBe(0);
    }, 60_000);
  });

  describe('employees', () => {
    it('invites an employee, who is listed as invited', async () => {
      const page = await h.page('<kerf-company-admin></kerf-company-admin>', { signIn: ADMIN });
      await openTab(page, 'Employees');
      expect(await text(row(page, 'buyer@acme.example'))).toMatch(/Last sign-in|Never signed in/);
      await el(page).getByRole('button', { name: 'Invite employee' }).click();
      const d = dialog(page);
      await d.getByLabel('E-mail').fill('nina@acme.example');
      await d.getByLabel('Name').fill('Nina Neu');
      await d.getByLabel('Group').selectOption({ label: 'Orderers' });
      await d.getByLabel('Approval', { exact: true }).selectOption('always');
      await d.getByRole('button', { name: 'Invite employee' }).click();
      await expect.poll(() => text(row(page, 'nina@acme.example')), { timeout: 10_000 }).toContain('Invited');
      expect(await text(row(page, 'nina@acme.example'))).toContain('Every order needs approval');
      // the message follows the list's reload: wait for it as for the row
      await expect.poll(() => text(el(page).getByRole('status').first()), { timeout: 10_000 }).toBe('An invitation was sent to nina@acme.example.');
      expect((await members(page, h.base)).find((m) => m.email === 'nina@acme.example')).toMatchObject({ invited: true, approvalMode: 'always' });
    }, 60_000);

    it('changes approval mode and limit (euros in, cents stored); it persists', async () => {
      const page = await h.page('<kerf-company-admin></kerf-company-admin>', { signIn: ADMIN });
      await openTab(page, 'Employees');
      await row(page, 'buyer@acme.example').getByRole('button', { name: 'Edit' }).click();
      const d = dialog(page);
      expect(await d.getByLabel('Approval', { exact: true }).inputValue()).toBe('always');
      await d.getByLabel('Approval', { exact: true }).selectOption('outside_assortment');
      await d.getByLabel('Approval limit (EUR)').fill('1234.50');
      await d.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => text(row(page, 'buyer@acme.example')), { timeout: 10_000 }).toContain('Approval outside the assortment');
      expect((await members(page, h.base)).find((m) => m.email === 'buyer@acme.example')).toMatchObject({ approvalMode: 'outside_assortment', approvalLimit: 123450 });
      await page.reload();
      await openTab(page, 'Employees');
      expect(await text(row(page, 'buyer@acme.example'))).toContain('Approval outside the assortment');
      expect(await text(row(page, 'buyer@acme.example'))).toContain('always above €1,234.50');
    }, 60_000);

    it('removes an employee after confirmation', async () => {
      const page = await h.page('<kerf-company-admin></kerf-company-admin>', { signIn: ADMIN });
      await openTab(page, 'Employees');
      await row(page, 'nina@acme.example').getByRole('button', { name: 'Remove' }).click();
      const d = dialog(page);
      expect(await text(d)).toContain('Remove Nina Neu from the company?');
      await d.getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => row(page, 'nina@acme.example').count()).toBe(0);
      expect((await members(page, h.base)).some((m) => m.email === 'nina@acme.example')).toBe(false);
      // nobody may remove themselves: no button on one's own row
      expect(await row(page, ADMIN).getByRole('button', { name: 'Remove' }).count()).toBe(0);
    }, 60_000);
  });

  describe('groups', () => {
    it('creates a group with rights and deletes it', async () => {
      const page = await h.page('<kerf-company-admin></kerf-company-admin>', { signIn: ADMIN });
      await openTab(page, 'Groups and rights');
      await el(page).getByRole('button', { name: 'New group' }).click();
      const d = dialog(page);
      await d.getByLabel('Name').fill('Purchasing');
      await d.getByRole('checkbox', { name: 'View parts', exact: true }).check();
      await d.getByRole('checkbox', { name: 'Order', exact: true }).check();
      expect(await text(d)).toContain('Fill a basket and place binding orders.');
      await d.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => text(group(page, 'Purchasing')), { timeout: 10_000 }).toContain('View parts · Order');
      expect(await text(group(page, 'Purchasing'))).toContain('0 members');
      await group(page, 'Purchasing').getByRole('button', { name: 'Delete' }).click();
      await dialog(page).getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => group(page, 'Purchasing').count()).toBe(0);
      const groups = await (await page.request.get(`${h.base}/api/company/groups`)).json();
      expect(groups.items.map((g: { name: string }) => g.name)).not.toContain('Purchasing');
    }, 60_000);

    it('shows LOCKOUT plainly when taking "Manage users" from one\'s own group, and keeps the right', async () => {
      const page = await h.page('<kerf-company-admin></kerf-company-admin>', { signIn: ADMIN });
      await openTab(page, 'Groups and rights');
      await group(page, 'Administrators').getByRole('button', { name: 'Edit' }).click();
      const d = dialog(page);
      await d.getByRole('checkbox', { name: 'Manage users', exact: true }).uncheck();
      await d.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => text(d.getByRole('alert')), { timeout: 10_000 }).toContain('you would lock yourself out');
      expect(await d.count()).toBe(1);
      const groups = await (await page.request.get(`${h.base}/api/company/groups`)).json();
      expect(groups.items.find((g: { name: string }) => g.name === 'Administrators').rights).toContain('manage_users');
    }, 60_000);

    it('shows GROUP_IN_USE plainly when deleting a group with members', async () => {
      const page = await h.page('<kerf-company-admin></kerf-company-admin>', { signIn: ADMIN });
      await openTab(page, 'Groups and rights');
      await group(page, 'Orderers').getByRole('button', { name: 'Delete' }).click();
      await dialog(page).getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => text(dialog(page).getByRole('alert')), { timeout: 10_000 }).toBe('This group still has members. Move them to another group first.');
      await dialog(page).getByRole('button', { name: 'Cancel' }).click();
      expect(await group(page, 'Orderers').count()).toBe(1);
    }, 60_000);
  });

  describe('states', () => {
    it('tells an orderer plainly that the page is not for them', async () => {
      const page = await h.page('<kerf-company-admin></kerf-company-admin>', { signIn: 'buyer@acme.example' });
      await expect.poll(() => text(el(page).getByRole('note')), { timeout: 15_000 })
        .toBe('Only your company’s administrators can manage the company, its employees and groups.');
      expect(await el(page).getByRole('tab').count()).toBe(0);
    }, 60_000);

    it('shows an error with a retry when the server fails', async () => {
      let fail = true;
      const page = await mount(h, '<kerf-company-admin></kerf-company-admin>', { signIn: ADMIN }, (p) =>
        p.route((u) => u.pathname === '/api/company', (r) => (fail ? r.abort('failed') : r.continue())));
      const alert = el(page).getByRole('alert');
      await expect.poll(() => text(alert), { timeout: 15_000 }).toMatch(/could not be reached|cannot be reached/);
      fail = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => el(page).getByLabel('Company name').inputValue()).toBe('Acme Metall GmbH');
    }, 60_000);

    it('shows "Loading…" first, then Beta\'s own data for Beta\'s admin', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => { release = r; });
      const page = await mount(h, '<kerf-company-admin></kerf-company-admin>', { signIn: 'admin@beta.example' }, (p) =>
        p.route((u) => u.pathname === '/api/company', async (r) => { await gate; await r.continue(); }));
      await expect.poll(() => text(el(page).getByRole('status').first()), { timeout: 15_000 }).toBe('Loading…');
      release();
      await expect.poll(() => el(page).getByLabel('Company name').inputValue()).toBe('Beta Bau AG');
      await openTab(page, 'Employees');
      expect(await el(page).locator('tbody tr').count()).toBe(1);
      expect(await row(page, 'admin@beta.example').count()).toBe(1);
    }, 60_000);

    it('speaks German, with translated rights and their explanations, and fits 375 px', async () => {
      const page = await h.page('<kerf-company-admin></kerf-company-admin>', { signIn: ADMIN, lang: 'de', viewport: { width: 375, height: 800 } });
      await el(page).getByRole('heading', { name: 'Firmenverwaltung' }).waitFor({ timeout: 15_000 });
      await el(page).getByRole('tab', { name: 'Firma' }).waitFor();
      expect(await el(page).getByRole('tab').allTextContents()).toEqual(['Firma', 'Adressen', 'Mitarbeitende', 'Gruppen und Rechte']);
      expect(await el(page).getByLabel('Kundennummer').inputValue()).toBe('10001');
      expect(await text(el(page).locator('[part="sales-rep"]'))).toContain('Ihr Ansprechpartner beim Lieferanten');
      // keyboard: arrow keys move between tabs
      await el(page).getByRole('tab', { name: 'Firma' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => el(page).getByRole('tab', { name: 'Gruppen und Rechte' }).getAttribute('aria-selected')).toBe('true');
      expect(await text(group(page, 'Administrators'))).toContain('Benutzer verwalten');
      await group(page, 'Viewers').getByRole('button', { name: 'Bearbeiten' }).click();
      expect(await text(dialog(page))).toContain('Bestellungen anderer Mitarbeitender freigeben oder ablehnen.');
      expect(await dialog(page).getByRole('checkbox', { name: 'Teile ansehen', exact: true }).isChecked()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    }, 60_000);
  });
});
