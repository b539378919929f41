/**
 * <kerf-configurator> and finishing and delivery (issue [7]), in Chromium: a plate with four
 * 6.8 mm holes offers M8 × 4 (ringed in the preview), no more holes than found can be entered,
 * tapping + powder coating + express re-price exactly as the SDK does with those choices (the
 * breakdown shows their lines with details), and each delivery option shows the SDK's date.
 */
import { axe } from '../helpers/axe.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, loadCatalog, quote, type QuoteRequest } from '../../sdk/index.js';
import { circle, dxf, line, lwpolyline } from '../helpers/dxf.js';
import { harness, hasChromium, type Harness } from './harness.js';

const cfg = 'kerf-configurator';
const ORDER_DATE = '2026-12-02'; // a Wednesday: express (3 working days) is Monday 7 December
const plate = dxf([
  lwpolyline([[0, 0], [150, 0], [150, 100], [0, 100]], true),
  circle(20, 20, 3.4), circle(130, 20, 3.4), circle(20, 80, 3.4), circle(130, 80, 3.4),
  circle(75, 50, 10), // a round hole that is no tap drill
], { insunits: 4 });
const file = { name: 'plate.dxf', mimeType: 'application/dxf', buffer: Buffer.from(plate) };
const local = (more: Partial<QuoteRequest> = {}) => quote(analyzeDxfSync(plate),
  { material: 'S235', thickness: 3, quantity: 10, orderDate: ORDER_DATE, ...more }, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);

const totalIs = (page: Page, cents: number) => page.locator(`${cfg} [part=price][aria-busy=false] .total[data-cents="${cents}"]`).waitFor();
const lineCodes = (page: Page) => page.locator(`${cfg} [part=breakdown] tbody tr`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-line')));

async function start(h: Harness, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await h.page(`<${cfg} order-date="${ORDER_DATE}" quantity="10"></${cfg}>`, viewport ? { viewport } : {});
  await page.locator(`${cfg} input[type=file]`).setInputFiles(file);
  await totalIs(page, local().total);
  return page;
}

describe.skipIf(!hasChromium)('<kerf-configurator> › finishing and delivery', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  it('offers M8 × 4 for four 6.8 mm holes, rings them in the preview, and takes no more than found', async () => {
    const page = await start(h);
    const finishing = page.locator(`${cfg} [part=finishing]`);
    await expect(finishing.locator('legend').first().innerText()).resolves.toBe('Finishing');
    const m8 = finishing.locator('[data-thread=M8]');
    await expect(m8.innerText()).resolves.toContain('4 holes of 6.8 mm → M8');
    await expect(finishing.locator('[data-thread]').count()).resolves.toBe(1); // the 20 mm hole is no tap drill
    // the preview rings the four holes, dashed until they are chosen
    const rings = page.locator(`${cfg} kerf-preview svg .kerf-marks circle`);
    await expect(rings.count()).resolves.toBe(4);
    await expect(page.locator(`${cfg} kerf-preview svg .kerf-mark.active`).count()).resolves.toBe(0);

    await page.getByLabel('4 holes of 6.8 mm → M8').check();
    await expect(page.locator(`${cfg} kerf-preview svg .kerf-mark.active`).count()).resolves.toBe(4);
    const count = page.getByLabel('Holes to tap M8');
    await expect(count.inputValue()).resolves.toBe('4'); // all by default
    await expect(count.getAttribute('max')).resolves.toBe('4');
    await totalIs(page, local({ finishing: { tapping: [{ thread: 'M8', count: 4 }] } }).total);
    // 9 cannot be entered: the field says 4 and the price is that of 4
    await count.fill('9');
    await expect(count.inputValue()).resolves.toBe('4');
    await count.fill('2');
    await totalIs(page, local({ finishing: { tapping: [{ thread: 'M8', count: 2 }] } }).total);
    await expect(page.locator(`${cfg} [part=breakdown] tr[data-line=tapping] .detail`).innerText()).resolves.toBe('2 × M8');
  }, 60_000);

  it('prices tapping + powder coating + express as the SDK does, with their lines and details', async () => {
    const page = await start(h);
    const bare = local();
    await page.getByLabel('4 holes of 6.8 mm → M8').check();
    await page.locator(`${cfg} select[name=coating]`).selectOption('powder');
    await page.locator(`${cfg} select[name=colour]`).selectOption('RAL 7016');
    await page.locator(`${cfg} [part=delivery] input[value=express]`).check();
    const q = local({ finishing: { tapping: [{ thread: 'M8', count: 4 }], coating: { kind: 'powder', colour: 'RAL 7016' } }, leadTime: 'express' });
    expect(q.total).toBeGreaterThan(bare.total);
    await totalIs(page, q.total);
    const codes = await lineCodes(page);
    expect(codes).toEqual(q.breakdown.map((l) => l.code));
    expect(codes).toEqual(expect.arrayContaining(['tapping', 'coating', 'lead_time']));
    const row = (code: string) => page.locator(`${cfg} [part=breakdown] tr[data-line=${code}]`).innerText();
    await expect(row('tapping')).resolves.toMatch(/Tapping\s*4 × M8/);
    await expect(row('coating')).resolves.toMatch(/Coating\s*Powder coating RAL 7016, 0\.0[0-9]+ m²/);
    await expect(row('lead_time')).resolves.toMatch(/Delivery\s*Express, 6 working days/); // 3 + the coater's 3
    const amount = (code: string) => `€${(q.breakdown.find((l) => l.code === code)!.amount / 100).toFixed(2)}`;
    await expect(row('coating')).resolves.toContain(amount('coating'));
    await expect(row('lead_time')).resolves.toContain(amount('lead_time'));

    // a finishing the shop cannot do is said at the section, not as a failure of the whole quote
    await page.locator(`${cfg} select[name=thickness]`).selectOption('12'); // no bending row, but bending is not chosen: still priced
    await totalIs(page, local({ thickness: 12, finishing: { tapping: [{ thread: 'M8', count: 4 }], coating: { kind: 'powder', colour: 'RAL 7016' } }, leadTime: 'express' }).total);
    await expect(page.locator(`${cfg} #bending`).isDisabled()).resolves.toBe(true);
  }, 60_000);

  it('shows each delivery option with the SDK\'s date and its surcharge or discount', async () => {
    const page = await start(h);
    const bare = local();
    const delivery = page.locator(`${cfg} [part=delivery]`);
    await expect(delivery.getByRole('radio').count()).resolves.toBe(3);
    const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    for (const o of bare.delivery.options) {
      const [y, m, d] = o.date.split('-').map(Number);
      const text = await delivery.locator(`[data-lead-time=${o.code}]`).innerText();
      expect(text).toContain(`delivered ${day.format(Date.UTC(y, m - 1, d))}`);
    }
    const express = await delivery.locator('[data-lead-time=express]').innerText();
    expect(express).toBe('Express — 3 working days, delivered Mon 7 Dec, +30%');
    await expect(delivery.locator('[data-lead-time=economy]').innerText()).resolves.toMatch(/^Economy — 12 working days, delivered .+, -5%$/);
    await expect(delivery.locator('input[value=standard]').isChecked()).resolves.toBe(true);
    // coating adds the coater's days to every option
    await page.locator(`${cfg} select[name=coating]`).selectOption('powder');
    const coated = local({ finishing: { coating: { kind: 'powder', colour: 'RAL 9005' } } });
    await totalIs(page, coated.total);
    const [y, m, d] = coated.delivery.options.find((o) => o.code === 'express')!.date.split('-').map(Number);
    await expect(delivery.locator('[data-lead-time=express]').innerText()).resolves.toContain(`6 working days, delivered ${day.format(Date.UTC(y, m - 1, d))}`);
    // the price event carries the choice and the date
    const detail = await page.evaluate(() => new Promise<Record<string, unknown>>((resolve) => {
      document.addEventListener('kerf-price-change', (e) => resolve((e as CustomEvent).detail), { once: true });
      (document.querySelector('kerf-configurator')!.shadowRoot!.querySelector('input[value=economy]') as HTMLInputElement).click();
    }));
    const economy = local({ finishing: { coating: { kind: 'powder', colour: 'RAL 9005' } }, leadTime: 'economy' });
    expect(detail).toMatchObject({ total: economy.total, leadTime: 'economy', deliveryDate: economy.delivery.date, finishing: { coating: { kind: 'powder', colour: 'RAL 9005' } } });
  }, 60_000);

  it('prices deburring, countersinking and bending from the drawing\'s bend lines, or a count where it has none', async () => {
    const page = await start(h);
    await expect(page.locator(`${cfg} label[for=bending]`).innerText()).resolves.toBe('Bending');
    await page.getByLabel('Deburring (priced by cut length)').check();
    await page.getByLabel('Countersinking (5 round holes in the drawing)').check();
    const sink = page.getByLabel('Holes to countersink');
    await expect(sink.inputValue()).resolves.toBe('5');
    await sink.fill('2');
    await page.locator(`${cfg} #bending`).check();
    await page.getByLabel('Number of bends').fill('3');
    const q = local({ finishing: { deburring: true, countersinking: 2, bending: 3 } });
    await totalIs(page, q.total);
    expect(await lineCodes(page)).toEqual(q.breakdown.map((l) => l.code));
    const row = (code: string) => page.locator(`${cfg} [part=breakdown] tr[data-line=${code}] .detail`).innerText();
    await expect(row('deburring')).resolves.toBe(`${(q.metrics.cutLength / 1000).toFixed(2)} m`);
    await expect(row('countersinking')).resolves.toBe('2 holes');
    await expect(row('bending')).resolves.toBe('3 bends');

    // a drawing with a bend line: its bends are priced, no count is asked
    const bent = dxf([
      lwpolyline([[0, 0], [150, 0], [150, 100], [0, 100]], true),
      line(0, 50, 150, 50).replace('\n8\n0\n', '\n8\nBEND\n'),
    ], { insunits: 4 });
    await page.locator(`${cfg} input[type=file]`).setInputFiles({ name: 'bent.dxf', mimeType: 'application/dxf', buffer: Buffer.from(bent) });
    await expect.poll(() => page.locator(`${cfg} label[for=bending]`).innerText()).toBe('Bending: 1 bend from the drawing\'s bend lines');
    await expect(page.locator(`${cfg} input[name=bend-count]`).count()).resolves.toBe(0);
    const b = quote(analyzeDxfSync(bent), { material: 'S235', thickness: 3, quantity: 10, orderDate: ORDER_DATE, finishing: { deburring: true, bending: true } },
      loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
    await totalIs(page, b.total);
    await expect(row('bending')).resolves.toBe('1 bend');
  }, 60_000);

  it('puts the part in the basket with its finishing, and the basket on the delivery chosen, at the price shown', async () => {
    const page = await h.page(`<${cfg} api="" quantity="10"></${cfg}>`, { signIn: 'buyer@acme.example' });
    const added = page.evaluate(() => new Promise<Record<string, unknown>>((resolve) => {
      document.addEventListener('kerf-basket-add', (e) => resolve((e as CustomEvent).detail), { once: true });
    }));
    await page.locator(`${cfg} input[type=file]`).setInputFiles(file);
    await page.getByLabel('4 holes of 6.8 mm → M8').check();
    await page.locator(`${cfg} select[name=coating]`).selectOption('powder');
    await page.locator(`${cfg} [part=delivery] input[value=express]`).check();
    await page.locator(`${cfg} [part=breakdown] tr[data-line=lead_time]`).waitFor();
    await page.locator(`${cfg} [part=price][aria-busy=false] .total`).waitFor();
    const shown = Number(await page.locator(`${cfg} [part=price] .total`).getAttribute('data-cents'));
    await page.getByLabel('Part name').fill('Plate with M8');
    await page.getByRole('button', { name: 'Add to basket' }).click();
    const notice = page.locator(`${cfg} [part=order] [role=status]`);
    await expect.poll(() => notice.innerText()).toMatch(/10 × “Plate with M8” added to your basket\. Delivery for the whole basket: Express\./);
    const finishing = { tapping: [{ thread: 'M8', count: 4 }], coating: { kind: 'powder', colour: 'RAL 9005' } };
    await expect(added).resolves.toMatchObject({ quantity: 10, finishing, leadTime: 'express' });
    const basket = await (await page.request.get(`${h.base}/api/basket`)).json();
    expect(basket.leadTime).toBe('express');
    const item = basket.items.find((i: { name: string }) => i.name === 'Plate with M8');
    expect(item.finishing).toEqual(finishing);
    expect(item.total).toBe(shown); // the server prices what the configurator showed
  }, 60_000);

  it('is in German and French, passes axe, and fits 375 px', async () => {
    const page = await h.page(`<${cfg} order-date="${ORDER_DATE}" lang="de"></${cfg}>`, { viewport: { width: 375, height: 800 } });
    await page.locator(`${cfg} input[type=file]`).setInputFiles(file);
    await page.locator(`${cfg} [part=finishing]`).waitFor();
    await expect(page.locator(`${cfg} [part=finishing] [data-thread=M8]`).innerText()).resolves.toContain('4 Löcher mit 6,8 mm → M8');
    await page.getByLabel('4 Löcher mit 6,8 mm → M8').check();
    await page.locator(`${cfg} select[name=coating]`).selectOption('powder');
    await page.locator(`${cfg} [part=delivery] input[value=express]`).check();
    await expect(page.locator(`${cfg} [part=delivery] [data-lead-time=express]`).innerText()).resolves.toMatch(/^Express — 6 Arbeitstage, Lieferung /);
    const q = local({ quantity: 1, finishing: { tapping: [{ thread: 'M8', count: 4 }], coating: { kind: 'powder', colour: 'RAL 9005' } }, leadTime: 'express' });
    await totalIs(page, q.total);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(375);
    const result = await axe(page, { include: cfg });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    const fr = await h.page(`<${cfg} order-date="${ORDER_DATE}" lang="fr"></${cfg}>`, { theme: 'dark' });
    await fr.locator(`${cfg} input[type=file]`).setInputFiles(file);
    await expect(fr.locator(`${cfg} [part=finishing] [data-thread=M8]`).innerText()).resolves.toContain('4 trous de 6,8 mm → M8');
    await fr.getByLabel('4 trous de 6,8 mm → M8').check();
    await fr.locator(`${cfg} kerf-preview svg .kerf-mark.active`).first().waitFor();
    const dark = await axe(fr, { include: cfg });
    expect(dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await expect(fr.locator(`${cfg} [part=delivery] [data-lead-time=express]`).innerText()).resolves.toMatch(/^Express — 3 jours ouvrés, livraison le lun\. 7 déc\./);
  }, 90_000);
});
