/**
 * <kerf-portal> at /portal/ in Chromium against the real server: sign-in leads to the order
 * overview and the basket, navigation by right, events from the elements inside, company switch,
 * sales contact, language and theme switch, sign out, the 375 px layout, and the session's error
 * state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from '../helpers/axe.js';
import { request, type APIRequestContext, type Browser, type Locator, type Page } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

const PASSWORD = 'kerf-demo-2026';
const customerNumber = (email: string) => (email.endsWith('@kerf.example') ? undefined : email.endsWith('@beta.example') ? '10002' : '10001');

async function apiAs(h: Harness, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: h.base });
  const r = await api.post('/api/auth/login', { data: { email, password: PASSWORD, customerNumber: customerNumber(email) } });
  if (!r.ok()) throw new Error(`sign-in of ${email}: ${r.status()}`);
  return api;
}

/** /portal/ (the demo page), signed in through the API first when `signIn` is given. */
async function portal(h: Harness, path = '', options: { signIn?: string; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await (h.browser as Browser).newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  if (options.signIn) {
    const r = await page.request.post(`${h.base}/api/auth/login`, { data: { email: options.signIn, password: PASSWORD, customerNumber: customerNumber(options.signIn) } });
    if (!r.ok()) throw new Error(`sign-in of ${options.signIn}: ${r.status()}`);
  }
  await page.goto(`${h.base}/portal/${path}`);
  return page;
}

// the link texts without an unread badge ("✉ 1 (1 unread message)": the demo's thread has a reply the buyer has not read)
const navLinks = (page: Page) => page.locator('kerf-portal nav[part="nav"] ul a').allTextContents()
  .then((t) => t.map((s) => s.replace(/\s*✉\s*\d+\s*(\([^)]*\))?/, '').replace(/\s+/g, ' ').trim()));
/** The portal's link to its order list (its name carries the unread count when there is one). */
const ordersLink = (p: Locator) => p.locator('nav[part="nav"] a[href="#/orders"]');

describe.skipIf(!hasChromium)('<kerf-portal>', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  describe('signed out', () => {
    it('shows the sign-in; after signing in, the order overview and the basket side by side', async () => {
      const page = await portal(h);
      const p = page.locator('kerf-portal');
      const login = p.locator('kerf-login');
      await login.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await page.title()).toBe('Sign in · Stahlwerk Nord');
      expect(await p.locator('kerf-order-list').count()).toBe(0);
      await login.getByLabel('Customer number').fill('10001');
      await login.getByLabel('E-mail').fill('buyer@acme.example');
      await login.getByLabel('Password').fill(PASSWORD);
      await login.getByRole('button', { name: 'Sign in', exact: true }).click();

      await p.getByRole('heading', { name: 'Welcome, Ben Buyer' }).waitFor();
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      expect(await p.locator('kerf-basket').count()).toBe(1);
      const [list, basket] = await Promise.all([p.locator('kerf-order-list').boundingBox(), p.locator('kerf-basket').boundingBox()]);
      expect(basket!.x).toBeGreaterThan(list!.x + list!.width - 1); // side by side at 1280 px
      expect(await page.title()).toBe('Overview · Stahlwerk Nord');
      await page.context().close();
    }, 60_000);

    it('shows an error with a retry when the session cannot be loaded', async () => {
      const context = await h.browser.newContext();
      const page = await context.newPage();
      let fail = true;
      await page.route('**/api/me', (route) => (fail
        ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: 'Something broke' } }) })
        : route.continue()));
      await page.goto(`${h.base}/portal/`);
      const p = page.locator('kerf-portal');
      await expect.poll(() => p.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('Something broke');
      expect(await p.locator('kerf-login').count()).toBe(0);
      fail = false;
      await p.getByRole('button', { name: 'Try again' }).click();
      await p.locator('kerf-login').getByRole('heading', { name: 'Sign in' }).waitFor();
      await context.close();
    }, 60_000);
  });

  describe('navigation', () => {
    it('offers the pages the group may see and marks the current one', async () => {
      const page = await portal(h, '', { signIn: 'buyer@acme.example' });
      const p = page.locator('kerf-portal');
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      const links = await navLinks(page);
      expect(links).toContain('Orders');
      expect(links.some((l) => l.startsWith('Basket'))).toBe(true);
      expect(links).not.toContain('Approvals'); // the buyer may not approve
      expect(links).not.toContain('Company');

      await ordersLink(p).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/orders');
      await expect.poll(() => ordersLink(p).getAttribute('aria-current')).toBe('page');
      expect(await page.title()).toBe('Orders · Stahlwerk Nord');
      const first = p.locator('kerf-order-list tbody a').first();
      const number = (await first.textContent())!.trim();
      await first.click();
      await p.locator('kerf-order-detail').getByRole('heading', { name: new RegExp(`Order ${number}`) }).waitFor();
      expect(await page.title()).toMatch(/^Order #\d+ · Stahlwerk Nord$/);

      // a page the group may not see
      await page.evaluate(() => { location.hash = '#/approvals'; });
      await expect.poll(() => p.getByRole('alert').textContent()).toContain('not allowed');
      expect(await p.locator('kerf-approvals').count()).toBe(0);
      await page.evaluate(() => { location.hash = '#/nowhere'; });
      await p.getByRole('heading', { name: 'Page not found' }).waitFor();
      await page.context().close();
    }, 60_000);

    it('the approver sees approvals and company administration', async () => {
      const page = await portal(h, '#/approvals', { signIn: 'admin@acme.example' });
      const p = page.locator('kerf-portal');
      await p.locator('kerf-approvals').waitFor();
      const links = await navLinks(page);
      expect(links).toEqual(expect.arrayContaining(['Approvals', 'Company', 'Import']));
      await page.context().close();
    }, 60_000);

    it('follows kerf-navigate, kerf-basket-add and kerf-order-placed from the elements inside', async () => {
      const page = await portal(h, '', { signIn: 'buyer@acme.example' });
      const p = page.locator('kerf-portal');
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      const badge = p.locator('nav a[href="#/basket"] .count');
      await expect.poll(() => badge.textContent()).toBe('3'); // the demo basket's three lines

      // another line in the basket, announced by an element inside
      const parts = await (await page.request.get(`${h.base}/api/parts`)).json() as { items: { id: number; name: string }[] };
      const basePlate = parts.items.find((x) => x.name.startsWith('Base plate'))!;
      expect((await page.request.post(`${h.base}/api/basket/items`, { data: { partId: basePlate.id, quantity: 5 } })).ok()).toBe(true);
      const fire = (name: string, detail: unknown) => page.evaluate(([n, d]) => {
        const inner = document.querySelector('kerf-portal')!.shadowRoot!.querySelector('main')!;
        inner.dispatchEvent(new CustomEvent(n as string, { detail: d, bubbles: true, composed: true }));
      }, [name, detail] as const);
      await fire('kerf-basket-add', { partId: basePlate.id, quantity: 5 });
      await expect.poll(() => badge.textContent()).toBe('4');
      // an element that sends the basket along saves the portal asking (the count is taken from it)
      await fire('kerf-basket-add', { quantity: 1, basket: { items: [{}, {}, {}, {}, {}, {}] } });
      await expect.poll(() => badge.textContent()).toBe('6');

      await fire('kerf-navigate', { href: '#/parts' });
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/parts');
      await expect.poll(() => badge.textContent()).toBe('4'); // asked again after navigating
      expect(await p.locator('kerf-parts-library').count()).toBe(1);

      const orders = await (await page.request.get(`${h.base}/api/orders?status=completed`)).json() as { items: { id: number; number: string }[] };
      await fire('kerf-order-placed', { order: orders.items[0] });
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/orders/${orders.items[0].id}`);
      await p.locator('kerf-order-detail').getByRole('heading', { name: new RegExp(orders.items[0].number) }).waitFor();
      await page.context().close();
    }, 60_000);
  });

  describe('company, contact and account', () => {
    it('shows the sales rep as contact with mail and phone links', async () => {
      const page = await portal(h, '', { signIn: 'buyer@acme.example' });
      const footer = page.locator('kerf-portal footer');
      await footer.getByRole('link', { name: 'sales@kerf.example' }).waitFor();
      expect(await footer.getByRole('link', { name: 'sales@kerf.example' }).getAttribute('href')).toBe('mailto:sales@kerf.example');
      expect(await footer.getByRole('link', { name: '+49 711 555 0100' }).getAttribute('href')).toBe('tel:+497115550100');
      expect(await footer.textContent()).toContain('Sam Sales');
      expect(await footer.textContent()).toContain('Customer number 10001');
      await page.context().close();
    }, 60_000);

    it('switches between two companies of one login, showing what the group there may see', async () => {
      // Beta's admin takes the Acme buyer into Beta as a viewer
      const beta = await apiAs(h, 'admin@beta.example');
      const groups = await (await beta.get('/api/company/groups')).json() as { items: { id: number; name: string }[] };
      const viewers = groups.items.find((g) => g.name === 'Viewers')!;
      const joined = await beta.post('/api/company/users', { data: { email: 'buyer@acme.example', name: 'Ben Buyer', groupId: viewers.id } });
      expect(joined.status()).toBe(201);
      await beta.dispose();

      const page = await portal(h, '#/orders', { signIn: 'buyer@acme.example' });
      const p = page.locator('kerf-portal');
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      const select = p.getByLabel('Company', { exact: true });
      expect(await select.locator('option').allTextContents()).toEqual(['Acme Metall GmbH (10001)', 'Beta Bau AG (10002)']);
      await select.selectOption({ label: 'Beta Bau AG (10002)' });

      await expect.poll(() => p.locator('footer').textContent()).toContain('Beta Bau AG');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/');
      const links = await navLinks(page);
      expect(links).toContain('Parts');
      expect(links).not.toContain('Orders'); // a viewer in Beta
      expect(await p.locator('kerf-order-list').count()).toBe(0);
      await p.locator('kerf-parts-library').waitFor();
      const me = await (await page.request.get(`${h.base}/api/me`)).json() as { activeCompanyId: number; companies: { id: number; name: string }[] };
      expect(me.companies.find((c) => c.id === me.activeCompanyId)?.name).toBe('Beta Bau AG');

      await p.getByLabel('Company', { exact: true }).selectOption({ label: 'Acme Metall GmbH (10001)' });
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      expect(await p.locator('footer').textContent()).toContain('Acme Metall GmbH');
      await page.context().close();
    }, 60_000);

    it('signs out', async () => {
      const page = await portal(h, '', { signIn: 'buyer@acme.example' });
      const p = page.locator('kerf-portal');
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      await p.getByRole('button', { name: 'Sign out' }).click();
      await p.locator('kerf-login').getByRole('heading', { name: 'Sign in' }).waitFor();
      expect((await page.request.get(`${h.base}/api/me`)).status()).toBe(401);
      await page.context().close();
    }, 60_000);

    it('tells staff that their place is the back office', async () => {
      const page = await portal(h, '', { signIn: 'ops@kerf.example' });
      const p = page.locator('kerf-portal');
      await p.getByRole('heading', { name: 'Signed in as shop staff' }).waitFor();
      expect(await p.getByRole('link', { name: 'Open the back office' }).getAttribute('href')).toBe('/admin/');
      expect(await navLinks(page)).toEqual([]);
      await page.context().close();
    }, 60_000);
  });

  describe('language and theme', () => {
    it('switches to German: the portal and the elements inside change their texts', async () => {
      const page = await portal(h, '', { signIn: 'buyer@acme.example' });
      const p = page.locator('kerf-portal');
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      await p.getByLabel('Language').selectOption('de');
      await p.getByRole('heading', { name: 'Willkommen, Ben Buyer' }).waitFor();
      expect(await navLinks(page)).toContain('Bestellungen');
      await p.locator('kerf-order-list').getByRole('heading', { name: 'Bestellungen' }).waitFor();
      expect(await p.locator('kerf-order-list').getByRole('button', { name: /Wartet auf Freigabe/ }).count()).toBe(1);
      expect(await page.evaluate(() => [document.documentElement.lang, new URL(location.href).searchParams.get('lang')])).toEqual(['de', 'de']);
      expect(await page.title()).toBe('Übersicht · Stahlwerk Nord');
      // the URL keeps the language across a reload
      await page.reload();
      await p.getByRole('heading', { name: 'Willkommen, Ben Buyer' }).waitFor();
      await page.context().close();
    }, 60_000);

    it('opens in French with ?lang=fr', async () => {
      const page = await portal(h, '?lang=fr#/orders', { signIn: 'buyer@acme.example' });
      const p = page.locator('kerf-portal');
      await p.locator('kerf-order-list').getByRole('heading', { name: 'Commandes' }).waitFor();
      expect(await p.getByRole('button', { name: 'Se déconnecter' }).count()).toBe(1);
      await page.context().close();
    }, 60_000);

    it('switches to the dark theme, the elements inside included', async () => {
      const page = await portal(h, '', { signIn: 'buyer@acme.example' });
      const p = page.locator('kerf-portal');
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      const colors = () => page.evaluate(() => {
        const portal = document.querySelector('kerf-portal')!;
        const list = portal.shadowRoot!.querySelector('kerf-order-list')!;
        return { portal: getComputedStyle(portal).backgroundColor, list: getComputedStyle(list).color };
      });
      const light = await colors();
      await p.getByLabel('Theme').selectOption('dark');
      await expect.poll(() => p.locator('kerf-order-list').getAttribute('theme')).toBe('dark');
      const dark = await colors();
      expect(dark.portal).not.toBe(light.portal);
      expect(dark.list).toBe('rgb(230, 237, 243)'); // the dark theme's text colour
      expect(await page.evaluate(() => [document.documentElement.dataset.kerfTheme, new URL(location.href).searchParams.get('theme')])).toEqual(['dark', 'dark']);
      // an element shown after the switch is dark as well
      await ordersLink(p).click();
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      expect(await p.locator('kerf-order-list').getAttribute('theme')).toBe('dark');
      await page.context().close();
    }, 60_000);

    it('opens dark with ?theme=dark', async () => {
      const page = await portal(h, '?theme=dark', { signIn: 'buyer@acme.example' });
      const p = page.locator('kerf-portal');
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      expect(await p.getAttribute('theme')).toBe('dark');
      expect(await p.getByLabel('Theme').inputValue()).toBe('dark');
      expect(await p.locator('kerf-order-list').getAttribute('theme')).toBe('dark');
      await page.context().close();
    }, 60_000);
  });

  describe('at 375 px', () => {
    it('hides the navigation behind a menu button and never scrolls sideways', async () => {
      const page = await portal(h, '', { signIn: 'buyer@acme.example', viewport: { width: 375, height: 800 } });
      const p = page.locator('kerf-portal');
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      const menu = p.getByRole('button', { name: 'Menu' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await ordersLink(p).isVisible()).toBe(false);
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await ordersLink(p).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/orders');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await page.evaluate(() => { location.hash = '#/'; });
      await p.locator('kerf-order-list').getByRole('table').waitFor();
      // one column: the basket below the orders
      const [list, basket] = await Promise.all([p.locator('kerf-order-list').boundingBox(), p.locator('kerf-basket').boundingBox()]);
      expect(basket!.y).toBeGreaterThan(list!.y + list!.height - 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.context().close();
    }, 60_000);
  });

  describe('accessibility', () => {
    it('has no serious or critical axe findings: sign-in, overview, order, approvals; light and dark; desk and phone', async () => {
      const pages: [string | undefined, string, number][] = [
        [undefined, '', 1280], [undefined, '?theme=dark', 375],
        ['buyer@acme.example', '', 1280], ['buyer@acme.example', '?theme=dark', 375],
        ['buyer@acme.example', '?lang=de#/orders/1', 1280], ['admin@acme.example', '?theme=dark#/approvals', 1280],
      ];
      for (const [who, path, width] of pages) {
        const page = await portal(h, path, { signIn: who, viewport: { width, height: 900 } });
        const p = page.locator('kerf-portal');
        await (who ? p.locator('main h1, main h2').first() : p.locator('kerf-login h2')).waitFor();
        await page.waitForLoadState('networkidle'); // the elements inside have their data
        const { violations } = await axe(page);
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(bad, `${who ?? 'signed out'} ${path} at ${width}px`).toEqual([]);
        await page.context().close();
      }
    }, 60_000);
  });
});
