/**
 * <kerf-catalog> in Chromium against the real server with the demo data: Acme is offered the
 * fasteners (10 % off), the S235 blank at a fixed price and deburring, the pallet is shown to
 * everyone; Beta gets the blanks. Listed at the company's price, searched, filtered, sorted,
 * favourites kept, articles put in the basket; and the portal's "Catalog" page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { axe } from '../helpers/axe.js';
import { request, type Page } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

const BUYER = 'buyer@acme.example';
/** What Acme is offered, in the catalog's order (category, then number). */
const ACME = ['BOLT-M8X30', 'NUT-M8', 'WASHER-M8', 'BLANK-S235-3-1000X500', 'SRV-DEBURR', 'SRV-PALLET'];
const NUT = 'Hex nut M8, DIN 934, zinc plated (box of 100)';
const BLANK = 'Sheet blank S235, 3 mm, 1000 × 500 mm';

/** The article numbers of the cards, in order. */
const numbers = (page: Page) => page.locator('kerf-catalog .article .number').allTextContents().then((t) => t.map((s) => s.split(' · ')[0].trim()));
const card = (page: Page, name: string) => page.locator('kerf-catalog .article').filter({ has: page.getByRole('heading', { name, exact: true }) });
const text = async (page: Page, name: string) => ((await card(page, name).textContent()) ?? '').replace(/\s+/g, ' ');

/** A page whose element is inserted after `before` ran (to route requests first). */
async function mount(h: Harness, html: string, options: Parameters<Harness['page']>[1], before?: (page: Page) => Promise<void>) {
  const page = await h.page('', options);
  await before?.(page);
  await page.evaluate((markup) => { document.body.innerHTML = markup; }, html);
  return page;
}

describe.skipIf(!hasChromium)('catalog components', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });
  afterEach(async () => { await Promise.all(h.browser.contexts().map((c) => c.close())); });

  describe('<kerf-catalog>', () => {
    describe('what the company is offered', () => {
      it('lists the company\'s articles at its effective price, the list price struck through where it differs', async () => {
        const page = await h.page('<kerf-catalog></kerf-catalog>', { signIn: BUYER });
        await expect.poll(() => numbers(page), { timeout: 15_000 }).toEqual(ACME);
        expect(await page.locator('kerf-catalog .count').textContent()).toBe('6 articles');
        // the nut: fasteners 10 % off for Acme, its quantity break too, stock shown, Acme's own number and name
        const nut = await text(page, NUT);
        expect(nut).toContain('€6.21 / box');
        expect(await card(page, NUT).locator('s').textContent()).toContain('€6.90');
        expect(nut).toContain('10% off');
        expect(await card(page, NUT).getByRole('list', { name: `Quantity prices of ${NUT}` }).textContent()).toMatch(/from 10 box\s*€5\.58/);
        expect(nut).toContain('140 box in stock');
        expect(nut).toContain('Your reference: ACME-N-008 · Mutter M8 verzinkt');
        expect(nut).toContain('Fasteners');
        // the blank: Acme's fixed price, no stock shown (the shop hides it)
        const blank = await text(page, BLANK);
        expect(blank).toContain('€18.90 / pc');
        expect(await card(page, BLANK).locator('s').textContent()).toContain('€21.50');
        expect(await card(page, BLANK).locator('[part="stock"]').count()).toBe(0);
        expect(await card(page, BLANK).locator('[part="breaks"]').count()).toBe(0); // a fixed price has no quantity prices to show
        // deburring at the list price: nothing struck through
        const deburr = 'Manual deburring and finishing (per hour)';
        expect(await text(page, deburr)).toContain('€65.00 / h');
        expect(await card(page, deburr).locator('s').count()).toBe(0);
        // the pallet is shown to everyone, outside Acme's assortment
        expect(await text(page, 'Euro pallet (EPAL), not exchanged')).toContain('Not in your assortment');
        expect(await text(page, NUT)).not.toContain('Not in your assortment');
        // the categories that hold Acme's articles, with their counts
        expect(await page.locator('kerf-catalog').getByLabel('Category').locator('option').allTextContents())
          .toEqual(['All categories', 'Fasteners (3)', 'Sheet blanks (1)', 'Services (2)']);
        // no picture in the demo: no broken image
        expect(await page.locator('kerf-catalog img').count()).toBe(0);
      }, 60_000);

      it('shows another company only what is published to it, at its own prices', async () => {
        const page = await h.page('<kerf-catalog></kerf-catalog>', { signIn: 'admin@beta.example' });
        await expect.poll(() => numbers(page), { timeout: 15_000 }).toEqual(['BLANK-14301-2-1000X500', 'BLANK-S235-3-1000X500', 'SRV-DEBURR', 'SRV-PALLET']);
        expect(await page.locator('kerf-catalog').getByRole('heading', { name: NUT }).count()).toBe(0);
        // Beta pays the S235 blank's list price, with its breaks
        expect(await text(page, BLANK)).toContain('€21.50 / pc');
        expect(await card(page, BLANK).locator('s').count()).toBe(0);
        expect(await card(page, BLANK).locator('[part="breaks"] li').allTextContents()).toHaveLength(2);
        expect(await text(page, 'Manual deburring and finishing (per hour)')).toContain('€61.75 / h');
        // and Acme never sees Beta's stainless blank
        const acme = await h.page('<kerf-catalog></kerf-catalog>', { signIn: BUYER });
        await expect.poll(() => numbers(acme), { timeout: 15_000 }).toHaveLength(6);
        expect(await numbers(acme)).not.toContain('BLANK-14301-2-1000X500');
      }, 60_000);

      it('shows an article\'s picture once the shop gives it one', async () => {
        const ops = await request.newContext({ baseURL: h.base });
        expect((await ops.post('/api/auth/login', { data: { email: 'ops@kerf.example', password: 'kerf-demo-2026' } })).ok()).toBe(true);
        const washer = (await (await ops.get('/api/admin/articles?q=WASHER-M8')).json()).items[0];
        // a 1 × 1 PNG
        const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
        const up = await ops.put(`/api/admin/articles/${washer.id}/image`, { multipart: { file: { name: 'washer.png', mimeType: 'image/png', buffer: png } } });
        expect(up.status(), await up.text()).toBe(200);
        const page = await h.page('<kerf-catalog></kerf-catalog>', { signIn: BUYER });
        await expect.poll(() => numbers(page), { timeout: 15_000 }).toHaveLength(6);
        const name = 'Washer M8, DIN 125, zinc plated (box of 100)';
        const img = card(page, name).getByRole('img', { name: `Picture of ${name}` });
        await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), { timeout: 10_000 }).toBe(1);
        expect(await page.locator('kerf-catalog img').count()).toBe(1);
        await ops.delete(`/api/admin/articles/${washer.id}/image`);
        await ops.dispose();
      }, 60_000);
    });

    describe('search, filters, sort and pages', () => {
      it('searches numbers, names and the company\'s own numbers; filters by category; sorts by price', async () => {
        const page = await h.page('<kerf-catalog></kerf-catalog>', { signIn: BUYER });
        await expect.poll(() => numbers(page), { timeout: 15_000 }).toHaveLength(6);
        const c = page.locator('kerf-catalog');
        const search = c.getByRole('searchbox', { name: 'Search the catalog' });
        await search.pressSequentially('washer', { delay: 30 });
        await expect.poll(() => numbers(page)).toEqual(['WASHER-M8']);
        await search.fill('ACME-N');
        await expect.poll(() => numbers(page)).toEqual(['NUT-M8']);
        await search.fill('');
        await expect.poll(() => numbers(page)).toHaveLength(6);
        await c.getByLabel('Category').selectOption({ label: 'Services (2)' });
        await expect.poll(() => numbers(page)).toEqual(['SRV-DEBURR', 'SRV-PALLET']);
        await c.getByLabel('Sort by').selectOption('-price');
        await expect.poll(() => numbers(page)).toEqual(['SRV-DEBURR', 'SRV-PALLET']);
        await c.getByLabel('Category').selectOption({ label: 'All categories' });
        await expect.poll(() => numbers(page)).toEqual(['SRV-DEBURR', 'BLANK-S235-3-1000X500', 'SRV-PALLET', 'BOLT-M8X30', 'NUT-M8', 'WASHER-M8']);
        await c.getByLabel('Sort by').selectOption('price');
        await expect.poll(() => numbers(page)).toEqual(['WASHER-M8', 'NUT-M8', 'BOLT-M8X30', 'SRV-PALLET', 'BLANK-S235-3-1000X500', 'SRV-DEBURR']);
        await search.fill('no such article');
        const empty = c.locator('[part="empty"]');
        await expect.poll(() => empty.textContent()).toContain('No articles match the search and filters.');
        await empty.getByRole('button', { name: 'Show all articles' }).click();
        await expect.poll(() => numbers(page)).toHaveLength(6);
        expect(await search.inputValue()).toBe('');
      }, 60_000);

      it('pages with page-size', async () => {
        const page = await h.page('<kerf-catalog page-size="4"></kerf-catalog>', { signIn: BUYER });
        const nav = page.getByRole('navigation', { name: 'Pages' });
        await expect.poll(() => nav.textContent(), { timeout: 15_000 }).toContain('Page 1 of 2');
        expect(await numbers(page)).toEqual(ACME.slice(0, 4));
        await nav.getByRole('button', { name: 'Next' }).click();
        await expect.poll(() => numbers(page)).toEqual(ACME.slice(4));
        expect(await nav.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
      }, 60_000);
    });

    describe('favourites', () => {
      it('marks and unmarks favourites (kept on the server), and filters to them', async () => {
        // the engineer has none yet; the buyer keeps the nut
        const page = await h.page('<kerf-catalog></kerf-catalog>', { signIn: 'engineer@acme.example' });
        await expect.poll(() => numbers(page), { timeout: 15_000 }).toHaveLength(6);
        const c = page.locator('kerf-catalog');
        const star = (name: string) => card(page, name).getByRole('button', { name: `Favourite: ${name}` });
        expect(await star(BLANK).getAttribute('aria-pressed')).toBe('false');
        await star(BLANK).click();
        await expect.poll(() => star(BLANK).getAttribute('aria-pressed')).toBe('true');
        await expect.poll(() => c.locator('.notice').textContent()).toBe(`${BLANK} is now among your favourites.`);
        await star(NUT).click();
        await expect.poll(() => star(NUT).getAttribute('aria-pressed')).toBe('true');
        const kept = await (await page.request.get(`${h.base}/api/articles?favorites=true`)).json();
        expect(kept.items.map((a: { number: string }) => a.number)).toEqual(['NUT-M8', 'BLANK-S235-3-1000X500']);

        // a new page shows them marked
        await page.reload();
        await expect.poll(() => numbers(page), { timeout: 15_000 }).toHaveLength(6);
        expect(await star(BLANK).getAttribute('aria-pressed')).toBe('true');
        await c.getByLabel('Only my favourites').check();
        await expect.poll(() => numbers(page)).toEqual(['NUT-M8', 'BLANK-S235-3-1000X500']);
        // taken off in the filter, it leaves the list
        await star(NUT).click();
        await expect.poll(() => numbers(page)).toEqual(['BLANK-S235-3-1000X500']);
        await star(BLANK).click();
        await expect.poll(() => c.locator('[part="empty"]').textContent()).toContain('You have no favourites here yet');
        expect((await (await page.request.get(`${h.base}/api/articles?favorites=true`)).json()).total).toBe(0);
      }, 60_000);
    });

    describe('the basket', () => {
      it('puts a quantity in the basket at the quantity price, says so, and tells the page', async () => {
        const page = await h.page('<kerf-catalog></kerf-catalog>', { signIn: BUYER });
        await expect.poll(() => numbers(page), { timeout: 15_000 }).toHaveLength(6);
        await page.evaluate(() => document.addEventListener('kerf-basket-add', (e) => ((window as unknown as { added: unknown[] }).added ??= []).push((e as CustomEvent).detail)));
        const nut = card(page, NUT);
        await nut.getByLabel(`Quantity of ${NUT}`).fill('12');
        await expect.poll(() => nut.locator('.line').textContent()).toBe('€66.96 (€5.58 each)');
        await nut.getByRole('button', { name: 'Add to basket' }).click();
        await expect.poll(() => page.locator('kerf-catalog .notice').textContent()).toBe(`12 box × ${NUT} added to the basket.`);
        expect(await page.locator('kerf-catalog .notice').getAttribute('aria-live')).toBe('polite');
        type Added = { article: { id: number; number: string }; quantity: number; basket: { items: { articleId: number | null; quantity: number; unitPrice: number }[] } };
        const added = await page.evaluate(() => (window as unknown as { added: Added[] }).added);
        expect(added).toHaveLength(1);
        expect(added[0]).toMatchObject({ quantity: 12, article: { number: 'NUT-M8' } });
        expect(added[0].basket.items.find((i) => i.articleId === added[0].article.id)).toMatchObject({ quantity: 12, unitPrice: 558 });
        const basket = await (await page.request.get(`${h.base}/api/basket`)).json();
        expect(basket.items.find((i: { articleId: number | null }) => i.articleId === added[0].article.id)).toMatchObject({ kind: 'article', quantity: 12, unitPrice: 558, articleNumber: 'NUT-M8' });
        // a quantity that is not a whole number is refused before asking the server
        await nut.getByLabel(`Quantity of ${NUT}`).fill('0');
        await nut.getByRole('button', { name: 'Add to basket' }).click();
        await expect.poll(() => page.locator('kerf-catalog .notice').textContent()).toBe('Enter a whole number of at least 1.');
      }, 60_000);

      it('offers no basket to a group without the right to order', async () => {
        const page = await mount(h, '<kerf-catalog></kerf-catalog>', { signIn: BUYER }, (p) =>
          p.route((u) => u.pathname === '/api/me', async (r) => {
            const me = await (await r.fetch()).json();
            await r.fulfill({ json: { ...me, rights: ['view_parts'] } });
          }));
        await expect.poll(() => numbers(page), { timeout: 15_000 }).toHaveLength(6);
        const c = page.locator('kerf-catalog');
        expect(await c.getByRole('button', { name: 'Add to basket' }).count()).toBe(0);
        expect(await c.getByRole('button', { name: /^Favourite: / }).count()).toBe(6);
      }, 60_000);
    });

    describe('when failing or narrow', () => {
      it('shows an error with a retry that loads the list', async () => {
        let fail = true;
        const page = await mount(h, '<kerf-catalog></kerf-catalog>', { signIn: BUYER }, (p) =>
          p.route((u) => u.pathname === '/api/articles', (r) => (fail
            ? r.fulfill({ status: 500, json: { error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; please try again.' } } })
            : r.continue())));
        const alert = page.locator('kerf-catalog').getByRole('alert');
        await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('Something went wrong on our side');
        fail = false;
        await alert.getByRole('button', { name: 'Try again' }).click();
        await expect.poll(() => numbers(page)).toHaveLength(6);
      }, 60_000);

      it('is one column without sideways scrolling at 375 px, in German', async () => {
        const page = await h.page('<kerf-catalog></kerf-catalog>', { signIn: BUYER, lang: 'de', viewport: { width: 375, height: 800 } });
        await expect.poll(() => numbers(page), { timeout: 15_000 }).toHaveLength(6);
        const c = page.locator('kerf-catalog');
        expect(await c.getByRole('heading', { name: 'Katalog' }).count()).toBe(1);
        expect(await c.getByRole('button', { name: 'In den Warenkorb' }).count()).toBe(6);
        expect(await c.locator('.count').textContent()).toBe('6 Artikel');
        expect(await text(page, 'Sechskantmutter M8, DIN 934, verzinkt (100 Stück)')).toMatch(/6,21\s€ \/ Pck\./);
        const lefts = await c.locator('.article').evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().left));
        expect(lefts[0]).toBe(lefts[1]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        if (process.env.KERF_SHOTS) await page.screenshot({ path: `${process.env.KERF_SHOTS}/catalog-375-de.png` });
      }, 60_000);

      it('has no serious or critical accessibility violations, light and dark', async () => {
        for (const theme of ['light', 'dark'] as const) {
          // the element is transparent: a dark page behind it, as the portal gives it
          const page = await h.page('<kerf-catalog></kerf-catalog>', { signIn: BUYER, theme, head: theme === 'dark' ? '<style>body { background: #0d1117; }</style>' : '' });
          await expect.poll(() => numbers(page), { timeout: 15_000 }).toHaveLength(6);
          // the test page's own title is not the element's business
          const { violations } = await axe(page, { disableRules: ['document-title'] });
          const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(bad, theme).toEqual([]);
          if (process.env.KERF_SHOTS) await page.screenshot({ path: `${process.env.KERF_SHOTS}/catalog-${theme}.png`, fullPage: true });
        }
      }, 60_000);
    });
  });

  describe('<kerf-portal> "Catalog" page', () => {
    it('is in the navigation next to the parts; adding an article updates the basket badge', async () => {
      const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const r = await page.request.post(`${h.base}/api/auth/login`, { data: { email: 'admin@acme.example', password: 'kerf-demo-2026', customerNumber: '10001' } });
      expect(r.ok()).toBe(true);
      await page.goto(`${h.base}/portal/?lang=en`);
      const p = page.locator('kerf-portal');
      const links = p.locator('nav[part="nav"] ul a');
      await links.first().waitFor();
      const texts = (await links.allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
      expect(texts.indexOf('Catalog')).toBe(texts.indexOf('Parts') + 1);
      const before = (await (await page.request.get(`${h.base}/api/basket`)).json()).items.length;
      await p.getByRole('link', { name: 'Catalog', exact: true }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/catalog');
      await expect.poll(() => page.title()).toMatch(/^Catalog · /);
      const catalog = p.locator('kerf-catalog');
      await catalog.getByRole('heading', { name: BLANK }).waitFor({ timeout: 15_000 });
      await card(page, BLANK).getByRole('button', { name: 'Add to basket' }).click();
      const badge = p.locator('nav a[href="#/basket"] .count');
      await expect.poll(() => badge.textContent()).toBe(String(before + 1));
      await context.close();
    }, 60_000);
  });
});
