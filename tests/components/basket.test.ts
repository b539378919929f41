/**
 * <kerf-basket> in Chromium against the real server with the demo data: the buyer's basket (a
 * washer line is seeded), quantities priced by the server, addresses kept, one order per
 * submission however often one clicks, and the buyer's order waiting for approval.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

// the server answers within milliseconds, but a busy machine runs several browsers at once
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

const BUYER = 'buyer@acme.example';
const eur = (cents: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const basketOf = async (page: Page, base: string) => (await page.request.get(`${base}/api/basket`)).json();
const totalText = (page: Page) => page.locator('kerf-basket [part="total"] strong').textContent();

async function mount(h: Harness, html: string, options: Parameters<Harness['page']>[1], before?: (page: Page) => Promise<void>) {
  const page = await h.page('', options);
  await before?.(page);
  await page.evaluate((markup) => { document.body.innerHTML = markup; }, html);
  return page;
}

async function listenTo(page: Page, name: string) {
  await page.evaluate((n) => document.addEventListener(n, (e) => {
    const w = window as unknown as { events: Record<string, unknown[]> };
    ((w.events ??= {})[n] ??= []).push((e as CustomEvent).detail);
  }), name);
}
const events = (page: Page, name: string) => page.evaluate((n) => (window as unknown as { events?: Record<string, unknown[]> }).events?.[n] ?? [], name);

describe.skipIf(!hasChromium)('<kerf-basket>', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });
  // each test's page goes with it
  afterEach(async () => { await Promise.all(h.browser.contexts().map((c) => c.close())); });

  describe('with lines', () => {
    it('shows the lines with the server\'s prices and total', async () => {
      const page = await h.page('<kerf-basket></kerf-basket>', { signIn: BUYER });
      const rows = page.locator('kerf-basket [part="line"]');
      // the demo's basket: washers, then 50 angle brackets and 50 discs (issue [9]'s nest)
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
      const row = rows.first();
      const b = await basketOf(page, h.base);
      expect(await rows.nth(1).textContent()).toContain('Angle bracket');
      expect(await rows.nth(2).textContent()).toContain('Cover disc 280');
      expect(await row.textContent()).toContain('Washer M20');
      expect(await row.textContent()).toContain('S235, 3 mm');
      expect(await row.getByLabel('Quantity of Washer M20').inputValue()).toBe('100');
      expect(await row.locator('.line-total').textContent()).toBe(eur(b.items[0].total));
      expect(await totalText(page)).toBe(eur(b.total));
    }, 60_000);

    it('prices a changed quantity on the server and shows its new total', async () => {
      const page = await h.page('<kerf-basket></kerf-basket>', { signIn: BUYER });
      const qty = page.locator('kerf-basket').getByLabel('Quantity of Washer M20');
      await qty.waitFor({ timeout: 15_000 });
      const old = await totalText(page);
      await qty.fill('250');
      await expect.poll(async () => (await basketOf(page, h.base)).items[0].quantity).toBe(250);
      const b = await basketOf(page, h.base);
      await expect.poll(() => totalText(page)).toBe(eur(b.total));
      expect(await totalText(page)).not.toBe(old);
      // a unit price at 250 pieces is the server's too (quantity breaks, set-up spread)
      expect(await page.locator('kerf-basket [part="line"] td').nth(2).textContent()).toBe(eur(b.items[0].unitPrice));
    }, 60_000);

    it('keeps the chosen delivery address, a typed billing address and the details after a reload', async () => {
      const page = await h.page('<kerf-basket></kerf-basket>', { signIn: BUYER });
      const el = page.locator('kerf-basket');
      const delivery = el.getByLabel('Delivery address', { exact: true });
      await delivery.waitFor({ timeout: 15_000 });
      const werk2 = await delivery.locator('option', { hasText: 'Werk 2' }).getAttribute('value');
      await delivery.selectOption(werk2!);
      await el.getByLabel('Billing address', { exact: true }).selectOption('other');
      const other = el.locator('fieldset.other');
      await other.getByLabel('Name').fill('Acme Metall GmbH, Projekt X');
      await other.getByLabel('Street').fill('Hauptstraße 1');
      await other.getByLabel('Postcode').fill('70173');
      await other.getByLabel('City').fill('Stuttgart');
      await other.getByLabel('Country').fill('DE');
      await el.getByRole('radio', { name: 'Pick-up' }).check();
      await el.getByLabel('Commission (your reference)').fill('Hall 7');
      await expect.poll(async () => {
        const b = await basketOf(page, h.base);
        return [b.deliveryAddress?.name, b.billingAddress?.name, b.deliveryMethod, b.commission];
      }, { timeout: 10_000 }).toEqual(['Acme Metall GmbH, Werk 2', 'Acme Metall GmbH, Projekt X', 'pickup', 'Hall 7']);

      await page.reload();
      await el.getByLabel('Delivery address', { exact: true }).waitFor({ timeout: 15_000 });
      expect(await el.getByLabel('Delivery address', { exact: true }).inputValue()).toBe(werk2);
      expect(await el.getByLabel('Billing address', { exact: true }).inputValue()).toBe('other');
      expect(await el.locator('fieldset.other').getByLabel('Street').inputValue()).toBe('Hauptstraße 1');
      expect(await el.getByRole('radio', { name: 'Pick-up' }).isChecked()).toBe(true);
      expect(await el.getByLabel('Commission (your reference)').inputValue()).toBe('Hall 7');
    }, 60_000);

    it('offers the shop\'s delivery options with their dates; express adds its surcharge on the server (issue [7])', async () => {
      const page = await h.page('<kerf-basket></kerf-basket>', { signIn: BUYER });
      const el = page.locator('kerf-basket');
      const options = el.locator('[part="lead-times"]');
      await options.getByRole('radio').first().waitFor({ timeout: 15_000 });
      const before = await basketOf(page, h.base);
      expect(before.deliveryOptions.map((o: { code: string }) => o.code)).toEqual(['standard', 'express', 'economy']);
      const express = before.deliveryOptions.find((o: { code: string }) => o.code === 'express');
      const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(new Date(`${express.date}T12:00:00Z`));
      const radio = options.getByRole('radio', { name: `Express: ${express.workingDays} working days, delivered ${day}, +30%` });
      expect(await options.getByRole('radio', { name: /^Standard:/ }).isChecked()).toBe(true);
      await radio.check();
      await expect.poll(async () => (await basketOf(page, h.base)).leadTime).toBe('express');
      const after = await basketOf(page, h.base);
      expect(after.total).toBeGreaterThan(before.total);
      await expect.poll(() => totalText(page)).toBe(eur(after.total));
      // back to standard: the surcharge goes
      await options.getByRole('radio', { name: /^Standard:/ }).check();
      await expect.poll(async () => (await basketOf(page, h.base)).leadTime).toBe(null);
      await expect.poll(() => totalText(page)).toBe(eur(before.total));
    }, 60_000);

    it('refuses a desired date in the past', async () => {
      const page = await h.page('<kerf-basket></kerf-basket>', { signIn: BUYER });
      const date = page.locator('kerf-basket').getByLabel('Desired delivery date');
      await date.waitFor({ timeout: 15_000 });
      await date.fill('2020-01-01');
      await expect.poll(() => page.locator('kerf-basket #date-msg').textContent()).toBe('The date cannot be in the past.');
      expect(await page.locator('kerf-basket [part="submit"]').isDisabled()).toBe(true);
      expect((await basketOf(page, h.base)).requestedDate).toBeNull();
      await date.fill('2099-06-30');
      await expect.poll(async () => (await basketOf(page, h.base)).requestedDate).toBe('2099-06-30');
      expect(await page.locator('kerf-basket [part="submit"]').isDisabled()).toBe(false);
    }, 60_000);

    it('makes exactly one order on a double click; the buyer\'s order awaits approval and the basket is empty', async () => {
      const page = await h.page('<kerf-basket></kerf-basket>', { signIn: BUYER });
      await listenTo(page, 'kerf-order-placed');
      const submit = page.locator('kerf-basket [part="submit"]');
      await submit.waitFor({ timeout: 15_000 });
      const before = (await (await page.request.get(`${h.base}/api/orders`)).json()).counts.all as number;
      let posts = 0;
      page.on('request', (r) => { if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/orders') posts++; });
      await submit.dblclick();
      const result = page.locator('kerf-basket [part="result"]');
      await expect.poll(() => result.textContent(), { timeout: 10_000 }).toMatch(/Order K-\d{4}-\d+ placed\./);
      expect(await result.textContent()).toContain('Awaiting approval');
      expect(await result.textContent()).toContain('It awaits approval by');
      const after = await (await page.request.get(`${h.base}/api/orders`)).json();
      expect(after.counts.all).toBe(before + 1);
      expect(posts).toBe(1);
      const placed = (await events(page, 'kerf-order-placed')) as { order: { number: string; status: string; deliveryMethod: string; commission: string } }[];
      expect(placed).toHaveLength(1);
      expect(placed[0].order).toMatchObject({ status: 'pending_approval', deliveryMethod: 'pickup', commission: 'Hall 7' });
      expect(after.items[0].number).toBe(placed[0].order.number);
      await expect.poll(() => page.locator('kerf-basket [part="empty"]').textContent()).toContain('Your basket is empty.');
    }, 60_000);

    it('sends the same Idempotency-Key again when a submission is retried after a lost answer', async () => {
      const page = await h.page('', { signIn: BUYER });
      await page.request.post(`${h.base}/api/basket/items`, { data: { partId: 1, quantity: 3 } });
      const keys: string[] = [];
      let lose = true;
      await page.route((u) => u.pathname === '/api/orders', async (r) => {
        if (r.request().method() !== 'POST') return r.continue();
        keys.push(r.request().headers()['idempotency-key']);
        const answer = await r.fetch();
        // the server made the order, but the browser never hears of it
        if (lose) { lose = false; return r.abort('connectionreset'); }
        return r.fulfill({ response: answer });
      });
      await page.evaluate(() => { document.body.innerHTML = '<kerf-basket></kerf-basket>'; });
      const before = (await (await page.request.get(`${h.base}/api/orders`)).json()).counts.all as number;
      const submit = page.locator('kerf-basket [part="submit"]');
      await submit.click({ timeout: 15_000 });
      const result = page.locator('kerf-basket [part="result"]');
      await expect.poll(() => page.locator('kerf-basket').getByRole('alert').or(result).first().textContent(), { timeout: 10_000 }).toBeTruthy();
      if (!(await result.count())) await submit.click();
      await expect.poll(() => result.textContent(), { timeout: 10_000 }).toMatch(/placed/);
      expect(new Set(keys).size).toBe(1);
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect((await (await page.request.get(`${h.base}/api/orders`)).json()).counts.all).toBe(before + 1);
    }, 60_000);
  });

  describe('states', () => {
    it('when empty, says so and links to the parts library', async () => {
      const page = await mount(h, '<kerf-basket></kerf-basket>', { signIn: BUYER }, (p) => listenTo(p, 'kerf-navigate'));
      const empty = page.locator('kerf-basket [part="empty"]');
      await expect.poll(() => empty.textContent(), { timeout: 15_000 }).toContain('Your basket is empty.');
      await empty.getByRole('link', { name: 'Choose parts in the library' }).click();
      expect(await events(page, 'kerf-navigate')).toEqual([{ href: '#/parts' }]);
    }, 60_000);

    it('shows an error with a retry when the server fails', async () => {
      let fail = true;
      const page = await mount(h, '<kerf-basket></kerf-basket>', { signIn: BUYER }, (p) =>
        p.route((u) => u.pathname === '/api/basket', (r) => (fail
          ? r.fulfill({ status: 500, json: { error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; please try again.' } } })
          : r.continue())));
      const alert = page.locator('kerf-basket').getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('Something went wrong on our side');
      fail = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => page.locator('kerf-basket [part="empty"]').count()).toBe(1);
    }, 60_000);

    it('shows "Loading…" while the basket is on its way', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => { release = r; });
      const page = await mount(h, '<kerf-basket></kerf-basket>', { signIn: BUYER }, (p) =>
        p.route((u) => u.pathname === '/api/basket', async (r) => { await gate; await r.continue(); }));
      await expect.poll(() => page.locator('kerf-basket').getByRole('status').first().textContent(), { timeout: 15_000 }).toBe('Loading…');
      release();
      await expect.poll(() => page.locator('kerf-basket [part="empty"]').count()).toBe(1);
    }, 60_000);

    it('compact: lines, total and "Go to basket"', async () => {
      const page = await h.page('', { signIn: BUYER });
      const b = await (await page.request.post(`${h.base}/api/basket/items`, { data: { partId: 2, quantity: 4 } })).json();
      await listenTo(page, 'kerf-navigate');
      await page.evaluate(() => { document.body.innerHTML = '<kerf-basket compact></kerf-basket>'; });
      const total = page.locator('kerf-basket [part="total"]');
      await expect.poll(() => total.textContent(), { timeout: 15_000 }).toContain('1 line');
      expect(await total.textContent()).toContain(eur(b.total));
      expect(await page.locator('kerf-basket table').count()).toBe(0);
      await page.locator('kerf-basket').getByRole('link', { name: 'Go to basket' }).click();
      expect(await events(page, 'kerf-navigate')).toEqual([{ href: '#/basket' }]);
    }, 60_000);

    it('follows parts added elsewhere on the page (kerf-basket-add)', async () => {
      const page = await h.page('<kerf-basket compact></kerf-basket><kerf-parts-library page-size="3"></kerf-parts-library>', { signIn: BUYER });
      const total = page.locator('kerf-basket [part="total"]');
      await expect.poll(() => total.textContent(), { timeout: 15_000 }).toContain('1 line');
      await page.locator('kerf-parts-library .part').first().getByRole('button', { name: 'Add to basket' }).click();
      await expect.poll(() => total.textContent()).toContain('2 lines');
    }, 60_000);

    it('says plainly when the group may not order', async () => {
      const page = await mount(h, '<kerf-basket></kerf-basket>', { signIn: BUYER }, (p) =>
        p.route((u) => u.pathname === '/api/me', async (r) => {
          const me = await (await r.fetch()).json();
          await r.fulfill({ json: { ...me, rights: me.rights.filter((x: string) => x !== 'order') } });
        }));
      await expect.poll(() => page.locator('kerf-basket').getByRole('note').textContent(), { timeout: 15_000 })
        .toBe('Your group may not place orders. Ask your company administrator for the right to order.');
      expect(await page.locator('kerf-basket').getByRole('button').count()).toBe(0);
    }, 60_000);

    it('speaks German and fits 375 px without horizontal scrolling', async () => {
      const page = await h.page('<kerf-basket></kerf-basket>', { signIn: BUYER, lang: 'de', viewport: { width: 375, height: 800 } });
      const el = page.locator('kerf-basket');
      await el.getByRole('heading', { name: 'Warenkorb' }).waitFor({ timeout: 15_000 });
      await el.getByRole('button', { name: 'Bestellung absenden' }).waitFor();
      expect(await el.getByLabel('Lieferadresse', { exact: true }).count()).toBe(1);
      expect(await el.getByRole('radio', { name: 'Abholung' }).count()).toBe(1);
      expect(await el.getByLabel('Wunschliefertermin').count()).toBe(1);
      expect(await el.locator('[part="total"]').textContent()).toMatch(/Gesamt[\s\S]*\d+,\d\d\s€/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      // the lines are stacked cards: the header row is hidden, each cell names its column
      expect(await el.locator('td.num').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Menge"');
    }, 60_000);
  });
});
