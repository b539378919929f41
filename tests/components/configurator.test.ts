/**
 * <kerf-configurator> in Chromium against the real server: prices equal the SDK's to the cent
 * (locally and with the company's catalog), templates with errors at their field, no stale
 * price after quick changes, plain errors, the units question, saving and the basket when signed
 * in, German texts and the phone layout.
 */
import { readFileSync } from 'node:fs';
import { axe as axeRun } from '../helpers/axe.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, generateTemplate, loadCatalog, mergeProfile, quote,
  type CatalogInput, type PricingProfile,
} from '../../sdk/index.js';
import { harness, hasChromium, type Harness } from './harness.js';

const BRACKET = new URL('../../demo/drawings/bracket.dxf', import.meta.url).pathname;
const bracket = readFileSync(BRACKET);

/** A 2 × 1 plate with a 0.5 hole and no $INSUNITS: tiny in millimetres, plausible in inches. */
const TINY_UNITLESS = [
  '0', 'SECTION', '2', 'ENTITIES',
  '0', 'LWPOLYLINE', '8', '0', '90', '4', '70', '1', '10', '0', '20', '0', '10', '2', '20', '0', '10', '2', '20', '1', '10', '0', '20', '1',
  '0', 'CIRCLE', '8', '0', '10', '1', '20', '0.5', '30', '0', '40', '0.25',
  '0', 'ENDSEC', '0', 'EOF', '',
].join('\n');

const local = (bytes: Uint8Array | string, material: string, thickness: number, quantity: number, units?: 'mm' | 'in') =>
  quote(analyzeDxfSync(bytes, units ? { units } : {}), { material, thickness, quantity }, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);

const cfg = 'kerf-configurator';

/** axe-core findings of impact serious or critical: in the configurator (the harness's page is bare) or the whole page. */
async function axe(page: Page, whole = false): Promise<string[]> {
  const result = await axeRun(page, whole ? {} : { include: cfg });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** The unit price and total shown, in cents (data-cents), once a price is there. */
async function shownPrice(page: Page) {
  const unit = page.locator(`${cfg} [part=price] .unit`);
  await unit.waitFor();
  return {
    unit: Number(await unit.getAttribute('data-cents')),
    total: Number(await page.locator(`${cfg} [part=price] .total`).getAttribute('data-cents')),
    text: await page.locator(`${cfg} [part=price]`).innerText(),
  };
}

/** Wait until the shown total is `cents` and nothing is being calculated. */
async function priceIs(page: Page, cents: number) {
  await page.locator(`${cfg} [part=price][aria-busy=false] .total[data-cents="${cents}"]`).waitFor();
}

/** Record the element's events on window.__events. */
async function recordEvents(page: Page, names: string[]) {
  await page.evaluate((names) => {
    const w = window as unknown as { __events: { type: string; detail: unknown }[] };
    w.__events = [];
    for (const n of names) document.addEventListener(n, (e) => w.__events.push({ type: e.type, detail: (e as CustomEvent).detail }));
  }, names);
}
const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: { type: string; detail: Record<string, unknown> }[] }).__events);

describe.skipIf(!hasChromium)('<kerf-configurator>', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  describe('without api (quoting in the browser only)', () => {
    it('asks for a drawing, then prices bracket.dxf exactly as the SDK does in Node', async () => {
      const page = await h.page(`<${cfg}></${cfg}>`);
      await recordEvents(page, ['kerf-price-change']);
      await expect(page.locator(`${cfg} [part=price]`).innerText()).resolves.toMatch(/Drop a drawing or choose a standard shape/);
      // the preview is empty and says so
      await expect(page.locator(`${cfg} kerf-preview [part=viewport]`).getAttribute('aria-label')).resolves.toBe('No drawing to show yet.');

      await page.locator(`${cfg} input[type=file]`).setInputFiles(BRACKET);
      const first = await shownPrice(page);
      const expected = local(bracket, 'S235', 3, 1);
      expect(first.unit).toBe(expected.unitPrice);
      expect(first.text).toContain('€25.00');

      await page.locator(`${cfg} select[name=material]`).selectOption('1.4301');
      await page.locator(`${cfg} select[name=thickness]`).selectOption('2');
      await page.locator(`${cfg} input[name=quantity]`).fill('40');
      const q = local(bracket, '1.4301', 2, 40);
      await priceIs(page, q.total);
      const shown = await shownPrice(page);
      expect(shown.unit).toBe(q.unitPrice);
      expect(shown.text).toContain(`€${(q.total / 100).toFixed(2)}`);

      // metrics, breakdown, findings, preview
      const metrics = page.locator(`${cfg} [part=metrics]`);
      await expect(metrics.locator('[data-metric=cutLength]').innerText()).resolves.toBe(`${q.metrics.cutLength.toFixed(1)} mm`);
      await expect(metrics.locator('[data-metric=pierces]').innerText()).resolves.toBe(String(q.metrics.pierces));
      await expect(metrics.locator('[data-metric=size]').innerText()).resolves.toBe('120.0 × 80.0 mm');
      await expect(metrics.locator('[data-metric=partsPerSheet]').innerText()).resolves.toBe(q.sheets.partsPerSheet.toLocaleString('en-GB'));
      const lines = await page.locator(`${cfg} [part=breakdown] tbody tr`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-line')));
      expect(lines).toEqual(q.breakdown.map((l) => l.code));
      const ignored = page.locator(`${cfg} [part=warnings] li[data-code=IGNORED_ENTITY]`);
      await expect(ignored.innerText()).resolves.toMatch(/1 TEXT element is not cut[\s\S]*What to do:/);
      const name = await page.locator(`${cfg} kerf-preview [part=viewport]`).getAttribute('aria-label');
      expect(name).toBe('Preview of bracket.dxf: 5 holes');

      const seen = await events(page);
      const last = seen[seen.length - 1].detail;
      expect(last).toEqual({
        unitPrice: q.unitPrice, total: q.total, currency: 'EUR', quantity: 40, material: '1.4301', thickness: 2, leadTime: 'standard', deliveryDate: q.delivery.date,
      });
    }, 60_000);

    it('quotes from a catalog and profile given as properties', async () => {
      const catalog: CatalogInput = {
        currency: 'CHF', sheetFormats: [[2000, 1000]],
        materials: [{ id: 'CU', name: { en: 'Copper' }, density: 8960, pricePerKg: 900, thicknesses: [{ thickness: 1, cuttingSpeed: 8000, pierceTime: 0.5, minHoleDiameter: 1 }] }],
      };
      const profile: Partial<PricingProfile> = { currency: 'CHF', setupCostPerLine: 0, minimumOrderValue: 0 };
      const page = await h.page(`<${cfg}></${cfg}>`);
      await page.locator(cfg).evaluate((el, [c, p]) => Object.assign(el, { catalog: c, profile: p }), [catalog, profile] as const);
      await expect.poll(() => page.locator(`${cfg} select[name=material] option`).allInnerTexts()).toEqual(['Copper']);
      await page.locator(`${cfg} input[type=file]`).setInputFiles(BRACKET);
      const q = quote(analyzeDxfSync(bracket), { material: 'CU', thickness: 1, quantity: 1 }, loadCatalog(catalog), mergeProfile(DEFAULT_PROFILE, profile));
      const shown = await shownPrice(page);
      expect(shown.unit).toBe(q.unitPrice);
      expect(shown.text).toContain('CHF');
    }, 60_000);

    it('prices a ring template and shows the cross-check error at the inner diameter', async () => {
      const page = await h.page(`<${cfg}></${cfg}>`);
      await page.getByRole('button', { name: 'Standard shape' }).click();
      await page.getByLabel('Shape', { exact: true }).selectOption('ring');
      const outer = page.getByLabel('Outer diameter (mm)');
      const inner = page.getByLabel('Inner diameter (mm)');
      await outer.fill('80');
      await inner.fill('30');
      const ring = (o: number, i: number, qty = 1) => local(generateTemplate('ring', { outerDiameter: o, innerDiameter: i }).dxf, 'S235', 3, qty);
      await priceIs(page, ring(80, 30).total);
      expect((await shownPrice(page)).unit).toBe(ring(80, 30).unitPrice);
      await expect(page.locator(`${cfg} kerf-preview [part=viewport]`).getAttribute('aria-label')).resolves.toMatch(/: 1 hole$/);

      // inner ≥ outer: the error sits at the inner diameter, the form stays usable
      await inner.fill('120');
      const error = page.locator(`${cfg} #err-innerDiameter`);
      await expect(error.innerText()).resolves.toBe('Does not fit with the other dimensions: at most 78 mm here.');
      await expect(inner.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(inner.getAttribute('aria-describedby')).resolves.toContain('err-innerDiameter');
      await expect(outer.getAttribute('aria-invalid')).resolves.toBe('false');
      await expect(page.locator(`${cfg} [part=price]`).innerText()).resolves.toMatch(/correct the marked field/);
      await expect(page.locator(`${cfg} [part=metrics]`).count()).resolves.toBe(0);

      // a schema limit is shown at its field too, in the field's unit
      await inner.fill('30');
      await outer.fill('1');
      await expect(page.locator(`${cfg} #err-outerDiameter`).innerText()).resolves.toBe('Must be at least 3 mm.');
      await expect(page.locator(`${cfg} #err-innerDiameter`).count()).resolves.toBe(0);

      // corrected: the price is back
      await outer.fill('100');
      await priceIs(page, ring(100, 30).total);
      await expect(outer.getAttribute('aria-invalid')).resolves.toBe('false');
    }, 60_000);

    it('ends on the price of the last quantity when earlier calculations answer late (no race)', async () => {
      const page = await h.page(`<${cfg}></${cfg}>`);
      // the worker's answers for 5 pieces arrive 900 ms late, after the newer ones (counted on
      // window.__late: held, and handed over)
      await page.evaluate(() => {
        const w = window as unknown as { __late: { held: number; delivered: number } };
        w.__late = { held: 0, delivered: 0 };
        const add = Worker.prototype.addEventListener;
        Worker.prototype.addEventListener = function (this: Worker, type: string, fn: EventListenerOrEventListenerObject, opts?: unknown) {
          if (type !== 'message' || typeof fn !== 'function') return add.call(this, type, fn, opts as AddEventListenerOptions);
          const late = (ev: MessageEvent) => {
            if (ev.data?.value?.quantity !== 5) return fn.call(this, ev);
            w.__late.held++;
            setTimeout(() => { fn.call(this, ev); w.__late.delivered++; }, 900);
          };
          return add.call(this, type, late as EventListener, opts as AddEventListenerOptions);
        } as typeof Worker.prototype.addEventListener;
      });
      await page.locator(`${cfg} input[type=file]`).setInputFiles(BRACKET);
      await priceIs(page, local(bracket, 'S235', 3, 1).total);
      await recordEvents(page, ['kerf-price-change']);
      const qty = page.locator(`${cfg} input[name=quantity]`);
      await qty.fill('5');
      // past the typing delay: the worker has calculated 5, and its answer is held back
      await page.waitForFunction(() => (window as unknown as { __late: { held: number } }).__late.held > 0);
      for (const v of ['1', '12', '120', '42']) await qty.fill(v); // quick typing: only the last is priced
      const q42 = local(bracket, 'S235', 3, 42);
      await priceIs(page, q42.total);
      // the late answer for 5 has come and must have been dropped
      await page.waitForFunction(() => { const l = (window as unknown as { __late: { held: number; delivered: number } }).__late; return l.delivered === l.held; });
      expect((await shownPrice(page)).total).toBe(q42.total);
      const quantities = (await events(page)).map((e) => e.detail.quantity);
      expect(quantities).toEqual([42]);

      // a quantity that cannot be priced is marked at its field, and no price is claimed for it
      await qty.fill('0');
      await expect(page.locator(`${cfg} #err-quantity`).innerText()).resolves.toBe('Please enter a whole number from 1 to 1,000,000.');
      await expect(qty.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect.poll(() => page.locator(`${cfg} [part=price]`).innerText()).toMatch(/correct the marked field/);
    }, 60_000);

    it('explains a broken DXF in plain words with what to do, and fires kerf-error', async () => {
      const page = await h.page(`<${cfg}></${cfg}>`);
      await recordEvents(page, ['kerf-error']);
      await page.locator(`${cfg} input[type=file]`).setInputFiles({ name: 'broken.dxf', mimeType: 'application/dxf', buffer: Buffer.from('0\nSECTION\n2\nENTITIES\n0\nLINE\n10\nabc\n') });
      const problem = page.locator(`${cfg} [part=error]`);
      await expect(problem.innerText()).resolves.toMatch(/could not be read as a DXF drawing[\s\S]*What to do:[\s\S]*Export the part again/);
      await expect(problem.getAttribute('role')).resolves.toBe('alert');
      expect((await events(page)).map((e) => e.detail.code)).toEqual(['DXF_PARSE_ERROR']);
      // the form stays usable: a good file prices again
      await page.locator(`${cfg} input[type=file]`).setInputFiles(BRACKET);
      await priceIs(page, local(bracket, 'S235', 3, 1).total);
      await expect(problem.count()).resolves.toBe(0);
    }, 60_000);

    it('asks whether a tiny unitless drawing is in millimetres or inches and re-quotes', async () => {
      const page = await h.page(`<${cfg}></${cfg}>`);
      await page.locator(`${cfg} input[type=file]`).setInputFiles({ name: 'tiny.dxf', mimeType: 'application/dxf', buffer: Buffer.from(TINY_UNITLESS) });
      const question = page.locator(`${cfg} [part=units]`);
      await expect(question.innerText()).resolves.toMatch(/Is this drawing in millimetres or inches\?[\s\S]*does not say[\s\S]*only 2\.0 × 1\.0 mm/);
      await expect(page.locator(`${cfg} [part=warnings] li[data-code=UNITLESS_DRAWING]`).count()).resolves.toBe(1);
      await page.locator(`${cfg} input[name=quantity]`).fill('100');
      await priceIs(page, local(TINY_UNITLESS, 'S235', 3, 100).total);

      await question.getByRole('button', { name: 'Inches' }).click();
      const inches = local(TINY_UNITLESS, 'S235', 3, 100, 'in');
      expect(inches.total).not.toBe(local(TINY_UNITLESS, 'S235', 3, 100).total);
      await priceIs(page, inches.total);
      await expect(page.locator(`${cfg} [part=metrics] [data-metric=size]`).innerText()).resolves.toBe('50.8 × 25.4 mm');
      await expect(question.getByRole('button', { name: 'Inches' }).getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(page.locator(`${cfg} [part=warnings] li[data-code=UNITLESS_DRAWING]`).count()).resolves.toBe(0);

      await question.getByRole('button', { name: 'Millimetres' }).click();
      await priceIs(page, local(TINY_UNITLESS, 'S235', 3, 100, 'mm').total);

      // a drawing that says it is in inches is asked about too; "millimetres" reads it 25.4 times smaller
      const FLANGE = new URL('../../demo/drawings/flange-inch.dxf', import.meta.url).pathname;
      const flange = readFileSync(FLANGE);
      await page.locator(`${cfg} input[type=file]`).setInputFiles(FLANGE);
      await priceIs(page, local(flange, 'S235', 3, 100).total);
      await expect(question.innerText()).resolves.toMatch(/The file says it is drawn in inches/);
      await expect(question.getByRole('button', { name: 'Inches' }).getAttribute('aria-pressed')).resolves.toBe('false');
      await question.getByRole('button', { name: 'Millimetres' }).click();
      const mm = local(flange, 'S235', 3, 100, 'mm');
      await priceIs(page, mm.total);
      await expect(page.locator(`${cfg} [part=metrics] [data-metric=size]`).innerText())
        .resolves.toBe(`${mm.metrics.bbox.width.toFixed(1)} × ${mm.metrics.bbox.height.toFixed(1)} mm`);
    }, 60_000);

    it('speaks German with lang="de", money included', async () => {
      const page = await h.page(`<${cfg} lang="de"></${cfg}>`);
      await page.getByRole('button', { name: 'DXF-Datei auswählen' }).waitFor();
      await page.getByRole('heading', { name: 'Sofortpreis' }).waitFor();
      await page.locator(`${cfg} input[type=file]`).setInputFiles(BRACKET);
      const shown = await shownPrice(page);
      expect(shown.text).toContain('Stückpreis');
      expect(shown.text).toMatch(/25,00\s€/);
      await expect(page.locator(`${cfg} [part=warnings]`).innerText()).resolves.toMatch(/TEXT-Element wird nicht geschnitten[\s\S]*Was Sie tun können:/);
      await expect(page.locator(`${cfg} [part=metrics]`).innerText()).resolves.toMatch(/Schnittlänge\s+561,1 mm/);
      await expect(page.locator(`${cfg} select[name=material] option`).first().innerText()).resolves.toBe('Baustahl S235');
      await expect(page.locator(`${cfg} kerf-preview [part=viewport]`).getAttribute('aria-label')).resolves.toBe('Vorschau von bracket.dxf: 5 Löcher');
      await page.getByRole('button', { name: 'Standardform' }).click();
      await page.getByLabel('Breite (mm)').waitFor();
    }, 60_000);

    it('fits a 375 px phone in one column without sideways scrolling', async () => {
      const page = await h.page(`<${cfg}></${cfg}>`, { viewport: { width: 375, height: 800 } });
      await page.locator(`${cfg} input[type=file]`).setInputFiles(BRACKET);
      await shownPrice(page);
      const layout = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inputs: document.querySelector('kerf-configurator')!.shadowRoot!.querySelector('[part=inputs]')!.getBoundingClientRect(),
        price: document.querySelector('kerf-configurator')!.shadowRoot!.querySelector('[part=price]')!.getBoundingClientRect(),
      }));
      expect(layout.scroll).toBeLessThanOrEqual(375);
      expect(layout.price.top).toBeGreaterThan(layout.inputs.bottom); // stacked
      const wide = await h.page(`<${cfg}></${cfg}>`, { viewport: { width: 1200, height: 900 } });
      await wide.locator(`${cfg} [part=price]`).waitFor();
      const cols = await wide.evaluate(() => {
        const root = document.querySelector('kerf-configurator')!.shadowRoot!;
        return { inputs: root.querySelector('[part=inputs]')!.getBoundingClientRect(), price: root.querySelector('[part=price]')!.getBoundingClientRect() };
      });
      expect(cols.price.left).toBeGreaterThan(cols.inputs.right); // side by side
    }, 60_000);

    it('works on the static demo page with no API at all, and passes axe there (light and dark)', async () => {
      for (const theme of ['light', 'dark']) {
        const context = await h.browser.newContext({ viewport: { width: 1200, height: 900 } });
        const page = await context.newPage();
        const apiCalls: string[] = [];
        await page.route('**/api/**', (r) => { apiCalls.push(r.request().url()); return r.abort(); });
        await page.goto(`${h.base}/site/configurator-static.html?theme=${theme}`);
        await page.locator(`${cfg} input[type=file]`).setInputFiles(BRACKET);
        await page.locator(`${cfg} input[name=quantity]`).fill('10');
        // the page's own rates (its script) over the defaults
        const expected = quote(analyzeDxfSync(bracket), { material: 'S235', thickness: 3, quantity: 10 }, loadCatalog(DEFAULT_CATALOG),
          mergeProfile(DEFAULT_PROFILE, { machineRatePerHour: 12000, minimumOrderValue: 1500 }));
        await priceIs(page, expected.total);
        await expect(page.locator('#last').innerText()).resolves.toBe(`Last price: 10 × ${(expected.unitPrice / 100).toFixed(2)} = ${(expected.total / 100).toFixed(2)} EUR`);
        expect(apiCalls).toEqual([]);
        expect(await axe(page, true)).toEqual([]);
        await context.close();
      }
    }, 60_000);

    it('passes axe with a template error and with warnings shown', async () => {
      const page = await h.page(`<${cfg} template="ring"></${cfg}>`);
      await page.getByLabel('Inner diameter (mm)').fill('150');
      await page.locator(`${cfg} #err-innerDiameter`).waitFor();
      expect(await axe(page)).toEqual([]);
      await page.getByRole('button', { name: 'DXF drawing' }).click();
      await page.locator(`${cfg} input[type=file]`).setInputFiles({ name: 'tiny.dxf', mimeType: 'application/dxf', buffer: Buffer.from(TINY_UNITLESS) });
      await page.locator(`${cfg} [part=units]`).waitFor();
      await page.locator(`${cfg} [part=warnings]`).waitFor();
      expect(await axe(page)).toEqual([]);
    }, 60_000);

    it('offers "Sign in to order": an event, or a link with sign-in-url', async () => {
      const page = await h.page(`<${cfg}></${cfg}><${cfg} sign-in-url="/portal/"></${cfg}>`);
      await recordEvents(page, ['kerf-sign-in-request']);
      await page.locator(cfg).first().getByRole('button', { name: 'Sign in to order' }).click();
      expect((await events(page)).map((e) => e.type)).toEqual(['kerf-sign-in-request']);
      await expect(page.locator(cfg).nth(1).getByRole('link', { name: 'Sign in to order' }).getAttribute('href')).resolves.toBe('/portal/');
    }, 60_000);
  });

  describe('with api', () => {
    it('prices with the catalog of GET /api/catalog under the embed key, as the server does', async () => {
      const page = await h.page(`<${cfg} api="${h.base}" embed-key="demo-public-key"></${cfg}>`);
      await page.locator(`${cfg} select[name=material]`).waitFor();
      await page.locator(`${cfg} input[type=file]`).setInputFiles(BRACKET);
      await page.locator(`${cfg} input[name=quantity]`).fill('25');
      const view = await (await page.request.get(`${h.base}/api/catalog`, { headers: { 'x-kerf-key': 'demo-public-key' } })).json();
      const expected = quote(analyzeDxfSync(bracket), { material: 'S235', thickness: 3, quantity: 25 }, loadCatalog(view.catalog), mergeProfile(DEFAULT_PROFILE, view.profile));
      await priceIs(page, expected.total);
      const server = await (await page.request.post(`${h.base}/api/quote`, {
        headers: { 'x-kerf-key': 'demo-public-key' },
        multipart: { file: { name: 'bracket.dxf', mimeType: 'application/dxf', buffer: bracket }, material: 'S235', thickness: '3', quantity: '25' },
      })).json();
      expect((await shownPrice(page)).unit).toBe(server.quote?.unitPrice ?? server.unitPrice);
      // signed out: no saving, an invitation to sign in
      await page.getByRole('button', { name: 'Sign in to order' }).waitFor();
      await expect(page.getByRole('button', { name: 'Save to library' }).count()).resolves.toBe(0);
    }, 60_000);

    it('says when the catalog cannot be loaded and loads it on "Try again"', async () => {
      const page = await h.page('');
      await page.route('**/api/catalog', (r) => r.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"INTERNAL_ERROR","message":"boom"}}' }));
      await page.evaluate((base) => { document.body.innerHTML = `<kerf-configurator api="${base}" embed-key="demo-public-key"></kerf-configurator>`; }, h.base);
      const options = page.locator(`${cfg} [part=options]`);
      await expect(options.getByRole('alert').innerText()).resolves.toMatch(/materials could not be loaded/);
      await expect(page.locator(`${cfg} select[name=material]`).count()).resolves.toBe(0);
      await page.unroute('**/api/catalog');
      await options.getByRole('button', { name: 'Try again' }).click();
      await page.locator(`${cfg} select[name=material] option`).first().waitFor({ state: 'attached' });
      await expect(options.getByRole('alert').count()).resolves.toBe(0);
    }, 60_000);

    /** The SDK's quote with the catalog and profile the server gives this page's session. */
    async function companyQuote(page: Page, bytes: Uint8Array | string, quantity: number, units?: 'in') {
      const view = await (await page.request.get(`${h.base}/api/catalog`)).json();
      return quote(analyzeDxfSync(bytes, units ? { units } : {}), { material: 'S235', thickness: 3, quantity }, loadCatalog(view.catalog), mergeProfile(DEFAULT_PROFILE, view.profile));
    }

    it('saves to the library and adds to the basket when signed in', async () => {
      const page = await h.page(`<${cfg} api=""></${cfg}>`, { signIn: 'buyer@acme.example' });
      await recordEvents(page, ['kerf-part-saved', 'kerf-basket-add']);
      await page.locator(`${cfg} input[type=file]`).setInputFiles(BRACKET);
      await page.locator(`${cfg} input[name=quantity]`).fill('12');
      const save = page.getByRole('button', { name: 'Save to library' });
      await save.waitFor();
      const at12 = await companyQuote(page, bracket, 12);
      await priceIs(page, at12.total);
      const shown = await shownPrice(page);
      expect(shown.unit).toBe(at12.unitPrice);
      await page.getByLabel('Part name').fill('Bracket from the configurator');
      await save.click();
      const notice = page.locator(`${cfg} [part=order] [role=status]`);
      await expect.poll(() => notice.innerText()).toMatch(/Saved to your library as “Bracket from the configurator”/);
      const parts = await (await page.request.get(`${h.base}/api/parts?q=configurator`)).json();
      const part = parts.items.find((p: { name: string }) => p.name === 'Bracket from the configurator');
      expect(part).toBeTruthy();
      expect(part.material).toBe('S235');
      expect(part.unitPrice).toBe((await companyQuote(page, bracket, 1)).unitPrice); // the server's price at 1 piece
      await expect(save.isDisabled()).resolves.toBe(true); // saved once, not twice

      await page.getByRole('button', { name: 'Add to basket' }).click();
      await expect.poll(() => notice.innerText()).toMatch(/12 × “Bracket from the configurator” added to your basket/);
      const basket = await (await page.request.get(`${h.base}/api/basket`)).json();
      expect(basket.items.some((i: { partId: number; quantity: number }) => i.partId === part.id && i.quantity === 12)).toBe(true);
      const seen = await events(page);
      expect(seen.map((e) => e.type)).toEqual(['kerf-part-saved', 'kerf-basket-add']);
      expect((seen[1].detail as { quantity: number }).quantity).toBe(12);
    }, 60_000);

    it('saves a drawing answered as inches in inches, so the server prices what was shown', async () => {
      const page = await h.page(`<${cfg} api=""></${cfg}>`, { signIn: 'buyer@acme.example' });
      await page.locator(`${cfg} input[type=file]`).setInputFiles({ name: 'tiny-inch.dxf', mimeType: 'application/dxf', buffer: Buffer.from(TINY_UNITLESS) });
      await page.locator(`${cfg} [part=units]`).getByRole('button', { name: 'Inches' }).click();
      const inches = await companyQuote(page, TINY_UNITLESS, 1, 'in');
      await priceIs(page, inches.total);
      await page.getByRole('button', { name: 'Save to library' }).click();
      await expect.poll(() => page.locator(`${cfg} [part=order] [role=status]`).innerText()).toMatch(/Saved/);
      const parts = await (await page.request.get(`${h.base}/api/parts?q=tiny-inch`)).json();
      expect(parts.items[0].metrics.bbox.width).toBeCloseTo(50.8, 6);
      expect(parts.items[0].unitPrice).toBe(inches.unitPrice);
    }, 60_000);
  });
});
