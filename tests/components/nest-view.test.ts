/**
 * <kerf-nest-view> in Chromium: the nest endpoints' JSON drawn as one SVG per sheet — headings per
 * material with the box nest's count, a legend of the lines, each placement one <path> whose
 * transform mirrors, turns and moves the line's outline as the nest says, the first sheets of a
 * group until "Show all", German texts, a thousand parts at once, and the server's errors.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NestView } from '../../sdk/client/types.js';
import { axe } from '../helpers/axe.js';
import { harness, hasChromium, type Harness } from './harness.js';

vi.setConfig({ expect: { poll: { timeout: 10_000, interval: 50 } } });

/** An L-bracket 100 × 60 mm, legs 20 mm wide: one ring. */
const L = [0, 0, 100, 0, 100, 20, 20, 20, 20, 60, 0, 60];
/** A disc Ø 80 about (40, 40) with a Ø 30 hole: an outer ring and a hole, 24 points each. */
const circle = (cx: number, cy: number, rad: number) => Array.from({ length: 24 }, (_, i) => [cx + rad * Math.cos(i * Math.PI / 12), cy + rad * Math.sin(i * Math.PI / 12)]).flat();

const FIXTURE: NestView = {
  groups: [
    {
      material: 'S235', thickness: 3, method: 'true-shape', sheetCount: 2, boxSheetCount: 3, utilization: 0.62,
      sheets: [
        { format: [3000, 1500], utilization: 0.71, usedLength: 2100, placements: [
          { line: 0, x: 10, y: 10, rotation: 0, mirrored: false },
          { line: 0, x: 500, y: 20, rotation: 90, mirrored: false },
          { line: 1, x: 1000, y: 300, rotation: 0, mirrored: true },
          { line: 0, x: 1200.456, y: 300, rotation: 180, mirrored: true },
        ] },
        { format: [3000, 1500], utilization: 0.53, usedLength: 1500, placements: [
          { line: 1, x: 10, y: 10, rotation: 0, mirrored: false },
        ] },
      ],
    },
    {
      material: '1.4301', thickness: 1.5, method: 'box', sheetCount: 5, boxSheetCount: 5, utilization: 0.4,
      sheets: Array.from({ length: 5 }, (_, i) => ({
        format: [2000, 1000] as [number, number], utilization: 0.4, usedLength: 1000 + i, placements: [
          { line: 2, x: 10, y: 10, rotation: 0, mirrored: false },
          { line: 2, x: 220, y: 10, rotation: 0, mirrored: false },
        ],
      })),
    },
  ],
  lines: [
    { id: 17, name: 'L-bracket', quantity: 50, material: 'S235', thickness: 3, outline: { rings: [L], bbox: { minX: 0, minY: 0, width: 100, height: 60 } } },
    { id: 18, name: 'Disc', quantity: 20, material: 'S235', thickness: 3, outline: { rings: [circle(40, 40, 40), circle(40, 40, 15)], bbox: { minX: 0, minY: 0, width: 80, height: 80 } } },
    { id: 19, name: 'Plate', quantity: 10, material: '1.4301', thickness: 1.5, outline: { rings: [], bbox: { minX: 0, minY: 0, width: 200, height: 100 }, exact: false } },
  ],
};

/** Normalize Intl's narrow and non-breaking spaces ("62 %" in German) to plain ones. */
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

async function show(page: Page, nest: NestView, selector = 'kerf-nest-view') {
  await page.evaluate(async ([sel, n]) => {
    await customElements.whenDefined('kerf-nest-view');
    const el = document.querySelector(sel as string) as HTMLElement & { nest: unknown; updateComplete: Promise<unknown> };
    el.nest = n;
    await el.updateComplete;
  }, [selector, nest] as const);
}

/** What the shadow root shows, for assertions. */
const drawn = (page: Page) => page.locator('kerf-nest-view').evaluate((el) => {
  const root = el.shadowRoot!;
  return {
    titles: [...root.querySelectorAll('[part=group-title]')].map((h) => h.textContent ?? ''),
    legends: [...root.querySelectorAll('[part=legend]')].map((l) => [...l.querySelectorAll('li')].map((li) => li.textContent?.trim() ?? '')),
    sheets: [...root.querySelectorAll('[part=group]')].map((g) => [...g.querySelectorAll('svg.sheet')].map((s) => ({
      label: s.getAttribute('aria-label'),
      role: s.getAttribute('role'),
      flip: s.querySelector('g')!.getAttribute('transform'),
      paths: [...s.querySelectorAll('path')].map((p) => ({ cls: p.getAttribute('class'), transform: p.getAttribute('transform'), rings: (p.getAttribute('d')!.match(/M/g) ?? []).length })),
      used: s.querySelector('line.used')?.getAttribute('x1') ?? null,
    }))),
    buttons: [...root.querySelectorAll('[part=show-all]')].map((b) => ({ text: b.textContent?.trim(), expanded: b.getAttribute('aria-expanded') })),
  };
});

describe.skipIf(!hasChromium)('<kerf-nest-view>', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });
  afterEach(async () => { await Promise.all(h.browser.contexts().map((c) => c.close())); });

  describe('given the nest as JSON', () => {
    it('heads each material group with its sheets, the box nest\'s count and the utilization', async () => {
      const page = await h.page('<kerf-nest-view></kerf-nest-view>');
      await show(page, FIXTURE);
      const d = await drawn(page);
      expect(d.titles.map(plain)).toEqual([
        'S235 3 mm: 2 sheets (box nest: 3) · 62% used',
        '1.4301 1.5 mm: 5 sheets (box nest) · 40% used',
      ]);
      expect(d.legends).toEqual([
        ['50 × L-bracket', '20 × Disc', 'Used length (dashed)'],
        ['10 × Plate (as its box: the drawing has open contours)', 'Used length (dashed)'],
      ]);
      await expect(page.locator('kerf-nest-view [part=group]').first().getAttribute('data-method')).resolves.toBe('true-shape');
    }, 60_000);

    it('draws each sheet as an image with a name, y up, one path per placement transformed as the nest placed it', async () => {
      const page = await h.page('<kerf-nest-view></kerf-nest-view>');
      await show(page, FIXTURE);
      const [first, second] = (await drawn(page)).sheets;
      expect(first).toHaveLength(2);
      expect(first[0].role).toBe('img');
      expect(plain(first[0].label)).toBe('Sheet 1 of 2, 3000 × 1500 mm, 71% used, 4 parts');
      expect(plain(first[1].label)).toBe('Sheet 2 of 2, 3000 × 1500 mm, 53% used, 1 part');
      expect(first[0].flip).toBe('matrix(1 0 0 -1 0 1500)');
      expect(first[0].paths.map((p) => p.transform)).toEqual([
        'translate(10 10)',
        'translate(500 20) rotate(90)',
        'translate(1000 300) scale(-1 1)',
        'translate(1200.46 300) rotate(180) scale(-1 1)',
      ]);
      // a colour per line; the disc keeps its hole (two rings, even-odd)
      expect(first[0].paths.map((p) => p.cls)).toEqual(['k0', 'k0', 'k1', 'k0']);
      expect(first[0].paths.map((p) => p.rings)).toEqual([1, 1, 2, 1]);
      expect(first[0].used).toBe('2100');
      // the box group: 3 of its 5 sheets drawn; a line nested as a box (no rings) is drawn as its bbox
      expect(second).toHaveLength(3);
      expect(second[0].paths).toEqual([{ cls: 'k2', transform: 'translate(10 10)', rings: 1 }, { cls: 'k2', transform: 'translate(220 10)', rings: 1 }]);
    }, 60_000);

    it('mirrors x → −x first, then turns counter-clockwise, then moves (as the browser applies the transform)', async () => {
      const page = await h.page('<kerf-nest-view></kerf-nest-view>');
      await show(page, FIXTURE);
      // where the L-bracket's corner (100, 0) lands on the sheet, in sheet mm (y up)
      const corners = await page.locator('kerf-nest-view').evaluate((el) => {
        const svgEl = el.shadowRoot!.querySelector('svg.sheet')!;
        const group = svgEl.querySelector('g')!;
        return [...svgEl.querySelectorAll('path')].map((p) => {
          const m = p.transform.baseVal.consolidate()!.matrix;
          const pt = new DOMPoint(100, 0).matrixTransform(m);
          // and the flip of the group: sheet y up → screen y down
          const screen = pt.matrixTransform(group.transform.baseVal.consolidate()!.matrix);
          return [Math.round(pt.x * 100) / 100, Math.round(pt.y * 100) / 100, Math.round(screen.y * 100) / 100];
        });
      });
      expect(corners[0]).toEqual([110, 10, 1490]);
      expect(corners[1]).toEqual([500, 120, 1380]); // (100, 0) turned 90° CCW is (0, 100)
      expect(corners[2]).toEqual([900, 300, 1200]); // mirrored: (−100, 0)
      expect(corners[3]).toEqual([1300.46, 300, 1200]); // mirrored (−100, 0), turned 180°: (100, 0)
    }, 60_000);

    it('shows the first sheets of a group and all of them on request', async () => {
      const page = await h.page('<kerf-nest-view></kerf-nest-view>');
      await show(page, FIXTURE);
      expect((await drawn(page)).buttons).toEqual([{ text: 'Show all 5 sheets', expanded: 'false' }]);
      await page.locator('kerf-nest-view').getByRole('button', { name: 'Show all 5 sheets' }).click();
      await expect.poll(async () => (await drawn(page)).sheets[1].length).toBe(5);
      const d = await drawn(page);
      expect(d.buttons).toEqual([{ text: 'Show the first 3 only', expanded: 'true' }]);
      expect(plain(d.sheets[1][4].label)).toBe('Sheet 5 of 5, 2000 × 1000 mm, 40% used, 2 parts');
      await page.locator('kerf-nest-view').getByRole('button', { name: 'Show the first 3 only' }).click();
      await expect.poll(async () => (await drawn(page)).sheets[1].length).toBe(3);
      // the sheets are images with names for assistive technology
      await expect(page.locator('kerf-nest-view').getByRole('img', { name: /^Sheet 1 of 5, 2000 × 1000 mm/ }).count()).resolves.toBe(1);
    }, 60_000);

    it('speaks German', async () => {
      const page = await h.page('<kerf-nest-view lang="de"></kerf-nest-view>');
      await show(page, FIXTURE);
      const d = await drawn(page);
      expect(d.titles.map(plain)).toEqual([
        'S235 3 mm: 2 Tafeln (Rechteck-Schachtelung: 3) · 62 % genutzt',
        '1.4301 1,5 mm: 5 Tafeln (Rechteck-Schachtelung) · 40 % genutzt',
      ]);
      expect(plain(d.sheets[0][0].label)).toBe('Tafel 1 von 2, 3000 × 1500 mm, 71 % genutzt, 4 Teile');
      expect(d.buttons[0].text).toBe('Alle 5 Tafeln zeigen');
      expect(d.legends[0][2]).toBe('Genutzte Länge (gestrichelt)');
    }, 60_000);

    it('has no serious or critical accessibility violations, light and dark', async () => {
      for (const theme of ['light', 'dark'] as const) {
        // the element is transparent: a dark page behind it, as the portal gives it
        const page = await h.page('<kerf-nest-view></kerf-nest-view>', { theme, head: theme === 'dark' ? '<style>body { background: #0d1117; }</style>' : '' });
        await show(page, FIXTURE);
        await page.locator('kerf-nest-view').getByRole('button', { name: 'Show all 5 sheets' }).click();
        const { violations } = await axe(page, { disableRules: ['document-title'] });
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(bad, theme).toEqual([]);
      }
    }, 60_000);

    it('draws a sheet of 1,000 parts at once', async () => {
      const many: NestView = {
        groups: [{ material: 'S235', thickness: 2, method: 'true-shape', sheetCount: 1, boxSheetCount: 2, utilization: 0.5, sheets: [{
          format: [3000, 1500], utilization: 0.5, usedLength: 3000,
          placements: Array.from({ length: 1000 }, (_, i) => ({ line: i % 2, x: (i % 40) * 75, y: Math.floor(i / 40) * 60, rotation: (i % 4) * 90, mirrored: i % 3 === 0 })),
        }] }],
        lines: FIXTURE.lines.slice(0, 2),
      };
      const page = await h.page('<kerf-nest-view></kerf-nest-view>');
      await page.evaluate(() => customElements.whenDefined('kerf-nest-view'));
      const ms = await page.evaluate(async (n) => {
        const el = document.querySelector('kerf-nest-view') as HTMLElement & { nest: unknown; updateComplete: Promise<unknown> };
        const t0 = performance.now();
        el.nest = n;
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t0;
      }, many);
      const paths = await page.locator('kerf-nest-view').evaluate((el) => el.shadowRoot!.querySelectorAll('svg.sheet path').length);
      expect(paths).toBe(1000);
      // typically ~50 ms; generous for a machine shared by several browsers
      expect(ms).toBeLessThan(1500);
    }, 60_000);
  });

  describe('against the real server', () => {
    /** What a nest view under `host` shows of `nest`: headings, the first sheets, their names and parts. */
    async function expectShown(page: Page, host: string, nest: NestView, lang: 'en' | 'de' = 'en') {
      const words = lang === 'de'
        ? { sheets: 'Tafeln', one: 'Tafel', sheet: 'Tafel', of: 'von', box: 'Rechteck-Schachtelung' }
        : { sheets: 'sheets', one: 'sheet', sheet: 'Sheet', of: 'of', box: 'box nest' };
      const view = page.locator(`${host} kerf-nest-view`);
      await expect.poll(() => view.locator('[part=group-title]').count(), { timeout: 20_000 }).toBe(nest.groups.length);
      const titles = (await view.locator('[part=group-title]').allTextContents()).map(plain);
      nest.groups.forEach((g, i) => {
        const box = g.method === 'box' ? `(${words.box})` : `(${words.box}: ${g.boxSheetCount})`;
        expect(titles[i]).toContain(`: ${g.sheetCount} ${g.sheetCount === 1 ? words.one : words.sheets} ${box}`);
      });
      const shown = await view.evaluate((el) => [...el.shadowRoot!.querySelectorAll('[part=group]')].map((g) =>
        [...g.querySelectorAll('svg.sheet')].map((svg) => ({ label: svg.getAttribute('aria-label'), paths: svg.querySelectorAll('path').length }))));
      nest.groups.forEach((g, i) => {
        expect(shown[i]).toHaveLength(Math.min(3, g.sheets.length));
        shown[i].forEach((sheet, k) => {
          const [w, hgt] = g.sheets[k].format;
          expect(plain(sheet.label)).toMatch(new RegExp(`^${words.sheet} ${k + 1} ${words.of} ${g.sheets.length}, ${w} × ${hgt} mm, `));
          expect(sheet.paths).toBe(g.sheets[k].placements.length);
        });
      });
      // every piece of every line is on a sheet
      const placed = nest.groups.flatMap((g) => g.sheets.flatMap((sh) => sh.placements.map((p) => p.line)));
      nest.lines.forEach((l, i) => expect(placed.filter((x) => x === i)).toHaveLength(l.quantity));
    }

    it('the basket loads the nest view\'s code and its sheets only when "Sheets" is opened, and again after the lines change', async () => {
      const page = await h.page('', { signIn: 'buyer@acme.example' });
      const asked: string[] = [];
      page.on('request', (r) => { if (new URL(r.url()).pathname === '/api/basket/nest') asked.push(r.url()); });
      await page.evaluate(() => { document.body.innerHTML = '<kerf-basket></kerf-basket>'; });
      const basket = page.locator('kerf-basket');
      const sheets = basket.locator('[part=sheets]');
      await sheets.waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => customElements.get('kerf-nest-view') === undefined)).toBe(true);
      expect(asked).toHaveLength(0);

      await sheets.getByText('Sheets: how the parts are nested').click();
      const nest = await (await page.request.get(`${h.base}/api/basket/nest`)).json() as NestView;
      // the demo basket: washers, 50 angle brackets and 50 discs, all S235 3 mm, nested as true shapes
      expect(nest.groups.map((g) => [g.material, g.thickness, g.method])).toEqual([['S235', 3, 'true-shape']]);
      expect(nest.groups[0].sheetCount).toBeLessThan(nest.groups[0].boxSheetCount);
      await expectShown(page, 'kerf-basket', nest);
      const legend = await basket.locator('kerf-nest-view [part=legend] li').allTextContents();
      expect(legend.map(plain)).toEqual(expect.arrayContaining(nest.lines.map((l) => `${l.quantity} × ${l.name}`)));
      expect(asked).toHaveLength(1);

      // a changed quantity: the sheets are asked for again, and show it
      await basket.getByLabel('Quantity of Washer M20').fill('120');
      await expect.poll(() => asked.length, { timeout: 15_000 }).toBe(2);
      await expect.poll(async () => plain(await basket.locator('kerf-nest-view [part=legend]').textContent()), { timeout: 20_000 }).toContain('120 × Washer M20');
      await expectShown(page, 'kerf-basket', await (await page.request.get(`${h.base}/api/basket/nest`)).json() as NestView);

      // folded again: the nest view leaves
      await sheets.getByText('Sheets: how the parts are nested').click();
      await expect.poll(() => basket.locator('kerf-nest-view').count()).toBe(0);
    }, 90_000);

    it('the back office\'s order has a "Nest" section with the order\'s sheets (German)', async () => {
      const page = await h.page('', { signIn: 'ops@kerf.example', lang: 'de' });
      const { items } = await (await page.request.get(`${h.base}/api/admin/orders?status=completed`)).json() as { items: { id: number }[] };
      const id = items[0].id;
      await page.evaluate((n) => { document.body.innerHTML = `<kerf-admin-orders order-id="${n}"></kerf-admin-orders>`; }, id);
      const nest = page.locator('kerf-admin-orders [part=nest]');
      await nest.getByText('Schachtelung: die Tafeln dieser Bestellung').click({ timeout: 15_000 });
      await expectShown(page, 'kerf-admin-orders', await (await page.request.get(`${h.base}/api/admin/orders/${id}/nest`)).json() as NestView, 'de');
    }, 60_000);

    it('the customer\'s order has a "Sheets" section with the order\'s sheets', async () => {
      const page = await h.page('', { signIn: 'buyer@acme.example' });
      const { items } = await (await page.request.get(`${h.base}/api/orders?status=completed`)).json() as { items: { id: number }[] };
      const id = items[0].id;
      await page.evaluate((n) => { document.body.innerHTML = `<kerf-order-detail order-id="${n}"></kerf-order-detail>`; }, id);
      const sheets = page.locator('kerf-order-detail [part=sheets]');
      await sheets.getByText('Sheets: how the parts are nested').click({ timeout: 15_000 });
      await expectShown(page, 'kerf-order-detail', await (await page.request.get(`${h.base}/api/orders/${id}/nest`)).json() as NestView);
    }, 60_000);
  });

  describe('loading from the server', () => {
    it('says what went wrong and offers to try again', async () => {
      const page = await h.page('<kerf-nest-view src="order:999999"></kerf-nest-view>', { signIn: 'buyer@acme.example' });
      const alert = page.locator('kerf-nest-view').getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      await expect(alert.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(1);
    }, 60_000);

    it('refuses a source it does not know', async () => {
      const page = await h.page('<kerf-nest-view src="sheets"></kerf-nest-view>');
      const alert = page.locator('kerf-nest-view').getByRole('alert');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.textContent()).toContain('Unknown source “sheets”');
    }, 60_000);
  });
});
