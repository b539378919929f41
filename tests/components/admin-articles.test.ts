/**
 * <kerf-admin-articles> (and the articles of <kerf-admin-companies>) in Chromium against the real
 * server with the demo data, signed in as the shop's staff (ops@kerf.example). The tests share one
 * database and run in order: the articles they make stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

const OPS = 'ops@kerf.example';
const TAG = '<kerf-admin-articles></kerf-admin-articles>';
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

interface AdminArticle { id: number; number: string; basePrice: number; priceBreaks: { quantity: number; unitPrice: number }[]; categoryId: number | null; stock: number | null; showStock: boolean; image: string | null; name: Record<string, string> }

/** The page's JSON API with the page's own session cookie. */
async function api<T>(page: Page, path: string): Promise<T> {
  const r = await page.request.get(new URL(path, page.url()).href);
  if (!r.ok()) throw new Error(`GET ${path}: ${r.status()} ${await r.text()}`);
  return (await r.json()) as T;
}

const byNumber = async (page: Page, number: string) =>
  (await api<{ items: AdminArticle[] }>(page, `/api/admin/articles?q=${encodeURIComponent(number)}`)).items.find((a) => a.number === number);

describe.skipIf(!hasChromium)('<kerf-admin-articles>', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  it('creates an article with a quantity break and an image; it is listed and found', async () => {
    const page = await h.page(TAG, { signIn: OPS });
    const el = page.locator('kerf-admin-articles');
    await el.locator('tr[data-number="NUT-M8"]').waitFor();
    expect(await el.locator('tr[data-number="NUT-M8"]').textContent()).toContain('Fasteners');

    await el.getByRole('link', { name: 'New article' }).click();
    await el.getByRole('heading', { name: 'New article' }).waitFor();
    await el.getByLabel('Article number').fill('HINGE-40');
    await el.getByLabel('Name (English)').fill('Hinge 40 mm, zinc plated');
    await el.getByLabel('Name (German)').fill('Scharnier 40 mm, verzinkt');
    await el.getByLabel('Category').selectOption({ label: 'Fasteners' });
    await el.getByLabel('Unit', { exact: true }).fill('pc');
    await el.getByLabel('Base price per unit (EUR)').fill('4.50');
    await el.getByRole('button', { name: 'Add a break' }).click();
    await el.getByLabel('From quantity').fill('20');
    await el.getByLabel('Unit price (EUR)').fill('3.90');
    await el.getByLabel('Stock', { exact: true }).fill('12');
    await el.getByLabel('Show the stock to customers').check();

    // a file that is not an image is refused at the field, before any upload
    await el.getByLabel('Image', { exact: true }).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect.poll(() => el.locator('#err-image').textContent()).toBe('Choose a PNG, JPEG or WebP image.');
    expect(await el.getByLabel('Image', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await el.getByLabel('Image', { exact: true }).setInputFiles({ name: 'hinge.png', mimeType: 'image/png', buffer: PNG });
    await el.locator('[data-role=image-preview]').waitFor();
    expect(await el.locator('#err-image').count()).toBe(0);

    await el.getByRole('button', { name: 'Create article' }).click();
    await el.getByRole('heading', { name: 'Article HINGE-40' }).waitFor();
    await expect.poll(() => el.locator('.ok[role=status]').textContent()).toBe('Article HINGE-40 was created.');

    const made = (await byNumber(page, 'HINGE-40'))!;
    expect(made).toMatchObject({ basePrice: 450, priceBreaks: [{ quantity: 20, unitPrice: 390 }], stock: 12, showStock: true, name: { en: 'Hinge 40 mm, zinc plated', de: 'Scharnier 40 mm, verzinkt' } });
    expect(made.image).toBe(`/api/admin/articles/${made.id}/image`);
    // the stored image is shown (a blob of its bytes)
    await expect.poll(() => el.locator('[data-role=image-preview]').getAttribute('src')).toMatch(/^blob:/);

    await el.getByRole('link', { name: 'All articles' }).click();
    const row = el.locator('tr[data-number="HINGE-40"]');
    await row.waitFor();
    const text = await row.textContent();
    for (const s of ['Hinge 40 mm, zinc plated', 'Fasteners', 'pc', '€4.50', '≥ 20: €3.90', '12', 'Active']) expect(text).toContain(s);

    await el.getByLabel('Search number or name').fill('hinge');
    await el.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => el.locator('tbody tr').count()).toBe(1);
    await el.getByLabel('State').selectOption('false');
    await el.getByText('No article matches.').waitFor();
    await page.context().close();
  }, 60_000);

  it('edits its price; a number that is taken is refused at the field', async () => {
    const page = await h.page(TAG, { signIn: OPS });
    const el = page.locator('kerf-admin-articles');
    await el.getByRole('link', { name: 'HINGE-40' }).click();
    await el.getByRole('heading', { name: 'Article HINGE-40' }).waitFor();
    expect(await el.getByLabel('Base price per unit (EUR)').inputValue()).toBe('4.50');
    expect(await el.getByLabel('From quantity').inputValue()).toBe('20');
    await el.getByLabel('Base price per unit (EUR)').fill('4.20');
    await el.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => el.locator('.ok[role=status]').textContent()).toBe('Saved.');
    expect((await byNumber(page, 'HINGE-40'))!.basePrice).toBe(420);

    await el.getByLabel('Article number').fill('NUT-M8');
    await el.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => el.locator('#err-number').textContent()).toBe('Another article already has this number.');
    expect(await el.getByLabel('Article number').getAttribute('aria-invalid')).toBe('true');
    expect(await el.getByLabel('Article number').getAttribute('aria-describedby')).toBe('err-number');
    // an empty required field is named before the server is asked
    await el.getByLabel('Article number').fill('');
    await el.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => el.locator('#err-number').textContent()).toBe('Please fill this in.');
    expect(await page.evaluate(() => document.querySelector('kerf-admin-articles')!.shadowRoot!.activeElement?.getAttribute('name'))).toBe('number');

    await el.getByRole('link', { name: 'All articles' }).click();
    await expect.poll(async () => el.locator('tr[data-number="HINGE-40"]').textContent()).toContain('€4.20');
    await page.context().close();
  }, 60_000);

  it('checks a sheet first (a dry run lists the row with an error), then imports the good rows', async () => {
    const page = await h.page(TAG, { signIn: OPS });
    const el = page.locator('kerf-admin-articles');
    const panel = el.locator('[part=import]');
    await el.locator('tbody tr').first().waitFor();
    const csv = 'number,name_en,category,price,breaks\nIMP-1,Imported bracket,Brackets,3.50,10: 3.10\nIMP-2,Bad price,Brackets,abc,\n';
    await panel.getByLabel('Sheet (.xlsx or .csv)').setInputFiles({ name: 'articles.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    expect(await panel.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await panel.getByRole('button', { name: 'Check the sheet' }).click();
    const summary = panel.locator('[data-role=import-result] [role=status]');
    await expect.poll(() => summary.textContent()).toBe('Check: 1 would be created, 0 updated, 0 unchanged; 1 row has an error.');
    const bad = panel.locator('tr[data-status=error]');
    expect(await bad.count()).toBe(1);
    expect(await bad.textContent()).toContain('IMP-2');
    expect(await bad.textContent()).toContain('The price "abc" is not an amount in euros.');
    expect(await bad.getAttribute('data-row')).toBe('3');
    expect(await panel.textContent()).toContain('New categories: Brackets');
    expect(await byNumber(page, 'IMP-1')).toBeUndefined(); // a dry run writes nothing

    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => summary.textContent()).toBe('Imported: 1 created, 0 updated, 0 unchanged; 1 row was left out.');
    await el.locator('tr[data-number="IMP-1"]').waitFor();
    expect(await el.locator('tr[data-number="IMP-2"]').count()).toBe(0);
    expect((await byNumber(page, 'IMP-1'))!.priceBreaks).toEqual([{ quantity: 10, unitPrice: 310 }]);
    // the new category is in the panel and the filter
    await el.locator('[part=categories] li', { hasText: 'Brackets' }).waitFor();

    // and the export is a link to the sheet
    const href = (await el.locator('a[data-role=export]').getAttribute('href'))!;
    const x = await page.request.get(new URL(href, page.url()).href);
    expect(x.status()).toBe(200);
    expect(x.headers()['content-type']).toContain('spreadsheetml');
    await page.context().close();
  }, 60_000);

  it('adds, renames and deletes a category', async () => {
    const page = await h.page(TAG, { signIn: OPS });
    const panel = page.locator('kerf-admin-articles [part=categories]');
    await panel.locator('li').first().waitFor();
    const add = panel.locator('form.new-category');
    await add.getByLabel('Name (English)').fill('Hinges');
    await add.getByLabel('Name (German)').fill('Scharniere');
    await add.getByRole('button', { name: 'Add category' }).click();
    await expect.poll(() => panel.locator('.ok[role=status]').textContent()).toBe('Hinges was added.');
    await panel.getByLabel('Hinges: name in French').fill('Charnières');
    await panel.getByLabel('Hinges: name in English').fill('Hinges and locks');
    await panel.getByRole('button', { name: 'Rename Hinges' }).click();
    await expect.poll(() => panel.locator('.ok[role=status]').textContent()).toBe('Hinges and locks was renamed.');
    const cats = await api<{ items: { id: number; name: Record<string, string> }[] }>(page, '/api/admin/article-categories');
    expect(cats.items.find((c) => c.name.en === 'Hinges and locks')!.name).toEqual({ en: 'Hinges and locks', de: 'Scharniere', fr: 'Charnières' });

    page.once('dialog', (d) => void d.accept());
    await panel.getByRole('button', { name: 'Delete the category Hinges and locks' }).click();
    await expect.poll(() => panel.locator('.ok[role=status]').textContent()).toBe('Hinges and locks was deleted.');
    expect(await panel.locator('li', { hasText: 'Hinges and locks' }).count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it('is the back office’s #/articles page, speaks German and fits a 375 px phone', async () => {
    const page = await h.page('<kerf-back-office></kerf-back-office>', { signIn: OPS, viewport: { width: 375, height: 800 } });
    const nav = page.getByRole('navigation', { name: 'Back office sections' });
    await nav.getByRole('link', { name: 'Articles' }).click();
    await page.locator('kerf-admin-articles tr[data-number="NUT-M8"]').waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/articles');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.locator('kerf-admin-articles').getByRole('link', { name: 'NUT-M8' }).click();
    await page.locator('kerf-admin-articles [part=form]').waitFor();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#\/articles\/\d+$/);
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.locator('kerf-back-office select[data-setting=lang]').selectOption('de');
    await page.locator('kerf-admin-articles').getByRole('heading', { name: 'Artikel NUT-M8' }).waitFor();
    expect(await page.locator('kerf-admin-articles').getByLabel('Bezeichnung (Deutsch)').inputValue()).toBe('Sechskantmutter M8, DIN 934, verzinkt (100 Stück)');
    expect(await page.locator('kerf-admin-articles').getByLabel('Grundpreis je Einheit (EUR)').inputValue()).toBe('6.90');
    await page.context().close();
  }, 60_000);
  describe('published per company, in the company editor', () => {
    /** Beta's admin's view of the catalog, through the API. */
    async function betaSees(q: string) {
      const login = await fetch(`${h.base}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json', origin: h.base },
        body: JSON.stringify({ customerNumber: '10002', email: 'admin@beta.example', password: 'kerf-demo-2026' }),
      });
      const cookie = /kerf_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
      const r = await fetch(`${h.base}/api/articles?q=${encodeURIComponent(q)}`, { headers: { cookie, origin: h.base } });
      expect(r.status).toBe(200);
      return ((await r.json()) as { items: { number: string; unitPrice: number; priceKind: string; discount: number | null; customerArticleNumber: string | null; customerName: string | null }[] }).items;
    }

    it('publishes the new article to Beta at a fixed price with Beta’s own number and name; Beta sees that price', async () => {
      const page = await h.page('<div id="host"></div>', { signIn: OPS });
      const beta = (await api<{ items: { id: number; customerNumber: string }[] }>(page, '/api/admin/companies')).items.find((c) => c.customerNumber === '10002')!;
      await page.evaluate((id) => { document.getElementById('host')!.innerHTML = `<kerf-admin-companies company-id="${id}"></kerf-admin-companies>`; }, beta.id);
      const el = page.locator('kerf-admin-companies kerf-admin-company-articles');
      const row = el.locator('tr[data-number="HINGE-40"]');
      await row.waitFor();
      expect(await row.locator('[data-role=visibility]').textContent()).toBe('Not visible');
      expect(await betaSees('HINGE-40')).toEqual([]);

      await el.getByLabel('HINGE-40: published').selectOption('true');
      await el.getByLabel('HINGE-40: price').selectOption('fixed');
      await el.getByLabel('HINGE-40: fixed price (EUR)').fill('3.75');
      await el.getByLabel('HINGE-40: customer’s number').fill('BETA-H40');
      await el.getByLabel('HINGE-40: customer’s name').fill('Scharnier klein');
      await el.getByRole('button', { name: 'Save HINGE-40' }).click();
      await expect.poll(() => el.locator('.ok[role=status]').textContent()).toBe('HINGE-40 saved.');
      expect(await row.locator('[data-role=unit-price]').textContent()).toBe('€3.75');
      expect(await row.locator('[data-role=visibility]').textContent()).toBe('Visible');
      expect(await betaSees('HINGE-40')).toEqual([expect.objectContaining({
        number: 'HINGE-40', unitPrice: 375, priceKind: 'fixed', customerArticleNumber: 'BETA-H40', customerName: 'Scharnier klein',
      })]);

      // a whole category with a discount; the article's own fixed price still wins
      await el.getByLabel('Fasteners: discount (%)').fill('150');
      await el.getByRole('button', { name: 'Save the category Fasteners' }).click();
      await expect.poll(() => el.locator('tr[data-category] [role=alert]').textContent()).toBe('Enter a percentage from 0 to 100.');
      expect(await el.getByLabel('Fasteners: discount (%)').getAttribute('aria-invalid')).toBe('true');
      await el.getByLabel('Fasteners: published').check();
      await el.getByLabel('Fasteners: discount (%)').fill('10');
      await el.getByRole('button', { name: 'Save the category Fasteners' }).click();
      await expect.poll(() => el.locator('.ok[role=status]').textContent()).toBe('Fasteners saved.');
      await expect.poll(() => el.locator('tr[data-number="NUT-M8"] [data-role=unit-price]').textContent()).toBe('€6.21');
      const seen = await betaSees('M8');
      expect(seen.find((a) => a.number === 'NUT-M8')).toMatchObject({ unitPrice: 621, priceKind: 'discount', discount: 10 });
      expect((await betaSees('HINGE-40'))[0].unitPrice).toBe(375);

      // back to the list price: the category's discount applies to it again
      await el.getByLabel('HINGE-40: price').selectOption('base');
      expect(await el.getByLabel('HINGE-40: fixed price (EUR)').count()).toBe(0);
      await el.getByRole('button', { name: 'Save HINGE-40' }).click();
      await expect.poll(() => row.locator('[data-role=unit-price]').textContent()).toBe('€3.78');
      expect((await betaSees('HINGE-40'))[0]).toMatchObject({ unitPrice: 378, customerArticleNumber: 'BETA-H40' });
      await page.context().close();
    }, 60_000);

    it('speaks German and fits a 375 px phone in the company editor', async () => {
      const page = await h.page('<kerf-admin-companies company-id="1"></kerf-admin-companies>', { signIn: OPS, lang: 'de', viewport: { width: 375, height: 800 } });
      const el = page.locator('kerf-admin-company-articles');
      await el.locator('tr[data-number="NUT-M8"]').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await el.getByRole('heading', { name: 'Katalogartikel' }).waitFor();
      // Acme's demo: the fasteners at 10 % off through the category, its own name for the nut
      expect(await el.getByLabel('NUT-M8: Freigabe').inputValue()).toBe('inherit');
      expect(await el.getByLabel('NUT-M8: Bezeichnung des Kunden').inputValue()).toBe('Mutter M8 verzinkt');
      expect(await el.locator('tr[data-number="NUT-M8"]').textContent()).toContain('Kategorie −10 %');
      expect(await el.getByLabel('Verbindungselemente: freigegeben').isChecked()).toBe(true);
      await page.context().close();
    }, 60_000);
  });
});
