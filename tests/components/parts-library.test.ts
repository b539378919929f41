/**
 * <kerf-parts-library> in Chromium against the real server with the
 * demo data: Acme's seven parts, searched, sorted, paged, edited, copied, deleted and re-ordered.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

// the server answers within milliseconds, but a busy machine runs several browsers at once
vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

const BUYER = 'buyer@acme.example';
const ACME_PARTS = ['Mounting bracket', 'Sensor cover', 'Pump flange (inch drawing)', 'Base plate 300x200', 'Washer M20', 'DN100 flange', 'Aluminium cover plate', 'Angle bracket', 'Cover disc 280'];

/** The names of the cards, in order. */
const names = (page: Page) => page.locator('kerf-parts-library .part h3').allTextContents();
const card = (page: Page, name: string) => page.locator('kerf-parts-library .part').filter({ has: page.getByRole('heading', { name, exact: true }) });

/** A page whose element is inserted after `before` ran (to route requests first). */
async function mount(h: Harness, html: string, options: Parameters<Harness['page']>[1], before?: (page: Page) => Promise<void>) {
  const page = await h.page('', options);
  await before?.(page);
  await page.evaluate((markup) => { document.body.innerHTML = markup; }, html);
  return page;
}

describe.skipIf(!hasChromium)('parts library components', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });
  // each test's page goes with it
  afterEach(async () => { await Promise.all(h.browser.contexts().map((c) => c.close())); });

  describe('<kerf-parts-library>', () => {
    describe('when the company has parts', () => {
      it('lists them newest first with loaded thumbnails, prices and metrics', async () => {
        const page = await h.page('<kerf-parts-library></kerf-parts-library>', { signIn: BUYER });
        await expect.poll(() => names(page), { timeout: 15_000 }).toEqual([...ACME_PARTS].reverse());
        await expect.poll(() => page.locator('kerf-parts-library .count').textContent()).toBe('9 parts');
        const washer = card(page, 'Washer M20');
        await expect.poll(() => washer.textContent()).toMatch(/S235, 3 mm/);
        expect(await washer.textContent()).toMatch(/€\d+\.\d\d/);
        expect(await washer.textContent()).toMatch(/AC-2002/);
        expect(await washer.textContent()).toMatch(/\d+\.\d mm/); // cut length
        expect(await washer.textContent()).toMatch(/\d kg/);
        const img = washer.locator('img');
        expect(await img.getAttribute('alt')).toBe('Contour of Washer M20');
        expect(await img.getAttribute('loading')).toBe('lazy');
        await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
        const drawing = washer.getByRole('link', { name: 'Download the drawing of Washer M20' });
        expect(await drawing.getAttribute('href')).toMatch(/\/api\/parts\/\d+\/drawing\.dxf$/);
        const r = await page.request.get(new URL(await drawing.getAttribute('href') ?? '', h.base).href);
        expect(r.status()).toBe(200);
        expect(await r.text()).toContain('SECTION');
      }, 60_000);

      it('narrows the list as one types (name and material), and says when nothing matches', async () => {
        const page = await h.page('<kerf-parts-library></kerf-parts-library>', { signIn: BUYER });
        await expect.poll(() => names(page), { timeout: 15_000 }).toHaveLength(9);
        const search = page.getByRole('searchbox', { name: 'Search parts' });
        await search.pressSequentially('flange', { delay: 30 });
        await expect.poll(() => names(page)).toEqual(['DN100 flange', 'Pump flange (inch drawing)']);
        await search.fill('AlMg3');
        await expect.poll(() => names(page)).toEqual(['Aluminium cover plate']);
        await search.fill('no such part');
        await expect.poll(() => page.locator('kerf-parts-library [part="empty"]').textContent()).toContain('No parts match “no such part”.');
      }, 60_000);

      it('sorts by name and by price as the server does', async () => {
        const page = await h.page('<kerf-parts-library></kerf-parts-library>', { signIn: BUYER });
        await expect.poll(() => names(page), { timeout: 15_000 }).toHaveLength(9);
        const sort = page.getByLabel('Sort by');
        await sort.selectOption('name');
        await expect.poll(() => names(page)).toEqual([...ACME_PARTS].sort((a, b) => (a < b ? -1 : 1)));
        await sort.selectOption('unitPrice');
        const byPrice = (await (await page.request.get(`${h.base}/api/parts?sort=unitPrice`)).json()).items.map((p: { name: string }) => p.name);
        await expect.poll(() => names(page)).toEqual(byPrice);
        expect(byPrice).not.toEqual([...ACME_PARTS].sort());
      }, 60_000);

      it('pages with page-size: "page n of m", previous and next', async () => {
        const page = await h.page('<kerf-parts-library page-size="3"></kerf-parts-library>', { signIn: BUYER });
        const nav = page.getByRole('navigation', { name: 'Pages' });
        await expect.poll(() => nav.textContent(), { timeout: 15_000 }).toContain('Page 1 of 3');
        const first = await names(page);
        expect(first).toHaveLength(3);
        expect(await nav.getByRole('button', { name: 'Previous' }).isDisabled()).toBe(true);
        await nav.getByRole('button', { name: 'Next' }).click();
        await expect.poll(() => nav.textContent()).toContain('Page 2 of 3');
        const second = await names(page);
        expect(second).toHaveLength(3);
        expect(second.some((n) => first.includes(n))).toBe(false);
        await nav.getByRole('button', { name: 'Next' }).click();
        await expect.poll(() => names(page)).toHaveLength(3);
        expect(await nav.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
      }, 60_000);
    });

    describe('when empty, failing or narrow', () => {
      it('shows the empty state with "New part", which asks the portal to navigate', async () => {
        const page = await mount(h, '<kerf-parts-library></kerf-parts-library>', { signIn: BUYER }, (p) =>
          p.route((u) => u.pathname === '/api/parts', (r) => r.fulfill({ json: { items: [], total: 0, page: 1, pageSize: 12 } })));
        const empty = page.locator('kerf-parts-library [part="empty"]');
        await expect.poll(() => empty.textContent(), { timeout: 15_000 }).toContain('No parts yet — upload a drawing or use a template.');
        await page.evaluate(() => document.addEventListener('kerf-navigate', (e) => ((window as unknown as { nav: unknown }).nav = (e as CustomEvent).detail)));
        await empty.getByRole('button', { name: 'New part' }).click();
        expect(await page.evaluate(() => (window as unknown as { nav: unknown }).nav)).toEqual({ href: '#/new' });
      }, 60_000);

      it('shows an error with a retry that loads the list', async () => {
        let fail = true;
        const page = await mount(h, '<kerf-parts-library></kerf-parts-library>', { signIn: BUYER }, (p) =>
          p.route((u) => u.pathname === '/api/parts', (r) => (fail
            ? r.fulfill({ status: 500, json: { error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; please try again.' } } })
            : r.continue())));
        const alert = page.locator('kerf-parts-library').getByRole('alert');
        await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('Something went wrong on our side');
        fail = false;
        await alert.getByRole('button', { name: 'Try again' }).click();
        await expect.poll(() => names(page)).toHaveLength(9);
        expect(await alert.count()).toBe(0);
      }, 60_000);

      it('hides edit, copy, delete and ordering from a group that may only view parts', async () => {
        const page = await mount(h, '<kerf-parts-library></kerf-parts-library>', { signIn: BUYER }, (p) =>
          p.route((u) => u.pathname === '/api/me', async (r) => {
            const me = await (await r.fetch()).json();
            await r.fulfill({ json: { ...me, rights: ['view_parts'] } });
          }));
        await expect.poll(() => names(page), { timeout: 15_000 }).toHaveLength(9);
        const lib = page.locator('kerf-parts-library');
        expect(await lib.getByRole('button', { name: 'Edit' }).count()).toBe(0);
        expect(await lib.getByRole('button', { name: 'Add to basket' }).count()).toBe(0);
        expect(await lib.getByRole('button', { name: 'New part' }).count()).toBe(0);
        expect(await lib.getByRole('link', { name: /Download the drawing/ }).count()).toBe(9);
      }, 60_000);

      it('is one column without horizontal scrolling at 375 px, in German', async () => {
        const page = await h.page('<kerf-parts-library></kerf-parts-library>', { signIn: BUYER, lang: 'de', viewport: { width: 375, height: 800 } });
        await expect.poll(() => names(page), { timeout: 15_000 }).toHaveLength(9);
        const lib = page.locator('kerf-parts-library');
        expect(await lib.getByRole('heading', { name: 'Teilebibliothek' }).count()).toBe(1);
        expect(await lib.getByRole('button', { name: 'In den Warenkorb' }).count()).toBe(9);
        expect(await lib.getByLabel('Sortieren nach').textContent()).toContain('Neueste zuerst');
        expect(await lib.locator('.count').textContent()).toBe('9 Teile');
        expect(await card(page, 'Washer M20').textContent()).toMatch(/\d+,\d\d\s€/);
        const boxes = await lib.locator('.part').evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().left));
        expect(boxes[0]).toBe(boxes[1]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      }, 60_000);
    });

    describe('actions', () => {
      it('puts a quantity in the basket and tells the page', async () => {
        const page = await h.page('<kerf-parts-library></kerf-parts-library>', { signIn: BUYER });
        await expect.poll(() => names(page), { timeout: 15_000 }).toHaveLength(9);
        await page.evaluate(() => document.addEventListener('kerf-basket-add', (e) => ((window as unknown as { added: unknown[] }).added ??= []).push((e as CustomEvent).detail)));
        const cover = card(page, 'Sensor cover');
        await cover.getByLabel('Quantity of Sensor cover').fill('7');
        await cover.getByRole('button', { name: 'Add to basket' }).click();
        await expect.poll(() => page.locator('kerf-parts-library .notice').textContent()).toBe('7 × Sensor cover added to the basket.');
        const added = await page.evaluate(() => (window as unknown as { added: { part: { id: number; name: string }; quantity: number; basket: { items: { partId: number; quantity: number }[] } }[] }).added);
        expect(added).toHaveLength(1);
        expect(added[0].quantity).toBe(7);
        expect(added[0].part.name).toBe('Sensor cover');
        expect(added[0].basket.items.find((i) => i.partId === added[0].part.id)?.quantity).toBe(7);
        const basket = await (await page.request.get(`${h.base}/api/basket`)).json();
        expect(basket.items.find((i: { name: string }) => i.name === 'Sensor cover')?.quantity).toBe(7);
      }, 60_000);

      it('edits name, thickness and dimensions; the new price is shown and the card follows', async () => {
        const page = await h.page('<kerf-parts-library></kerf-parts-library>', { signIn: BUYER });
        await expect.poll(() => names(page), { timeout: 15_000 }).toHaveLength(9);
        const before = await (await page.request.get(`${h.base}/api/parts?q=Base plate`)).json();
        const oldPrice = before.items[0].unitPrice as number;
        await card(page, 'Base plate 300x200').getByRole('button', { name: 'Edit' }).click();
        const dialog = page.locator('kerf-parts-library dialog.edit');
        await dialog.getByLabel('Thickness').waitFor();
        expect(await dialog.getByLabel('Width (mm)').inputValue()).toBe('300');
        await dialog.getByLabel('Name').fill('Base plate 400x200');
        await dialog.getByLabel('Width (mm)').fill('400');
        await dialog.getByLabel('Thickness').selectOption('8');
        await dialog.getByRole('button', { name: 'Save' }).click();
        await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/Saved\. The unit price is now €[\d,.]+\./);
        const after = await (await page.request.get(`${h.base}/api/parts?q=Base plate`)).json();
        expect(after.items[0]).toMatchObject({ name: 'Base plate 400x200', thickness: 8, params: { width: 400 } });
        expect(after.items[0].unitPrice).toBeGreaterThan(oldPrice);
        const shown = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(after.items[0].unitPrice / 100);
        expect(await dialog.getByRole('status').textContent()).toContain(shown);
        expect(await dialog.getByRole('status').textContent()).toMatch(/each at 10 pieces.*each at 50 pieces/);
        await dialog.getByRole('button', { name: 'Close' }).click();
        await expect.poll(() => card(page, 'Base plate 400x200').textContent()).toContain('S235, 8 mm');
        expect(await card(page, 'Base plate 400x200').textContent()).toContain(shown);
        expect(await card(page, 'Base plate 400x200').getByRole('button', { name: 'Edit' }).evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      }, 60_000);

      it('copies a part (the copy appears) and deletes it after confirmation', async () => {
        const page = await h.page('<kerf-parts-library></kerf-parts-library>', { signIn: BUYER });
        await expect.poll(() => names(page), { timeout: 15_000 }).toHaveLength(9);
        await card(page, 'Mounting bracket').getByRole('button', { name: 'Copy' }).click();
        await expect.poll(() => names(page)).toHaveLength(10);
        expect((await names(page))[0]).toBe('Mounting bracket (copy)');
        const copy = card(page, 'Mounting bracket (copy)');
        await copy.getByRole('button', { name: 'Delete' }).click();
        const confirm = page.locator('kerf-parts-library dialog.delete');
        await expect.poll(() => confirm.textContent()).toContain('Delete “Mounting bracket (copy)” from the library?');
        // cancelling keeps it
        await confirm.getByRole('button', { name: 'Cancel' }).click();
        expect(await names(page)).toHaveLength(10);
        await copy.getByRole('button', { name: 'Delete' }).click();
        await confirm.getByRole('button', { name: 'Delete' }).click();
        await expect.poll(() => names(page)).toHaveLength(9);
        expect(await names(page)).not.toContain('Mounting bracket (copy)');
        const list = await (await page.request.get(`${h.base}/api/parts?q=copy`)).json();
        expect(list.total).toBe(0);
      }, 60_000);
    });
  });
});
