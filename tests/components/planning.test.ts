/**
 * <kerf-demand-plan>, <kerf-admin-planning> and <kerf-dashboard> in Chromium against the real
 * server with the demo data: a plan entered in the grid and checked from a sheet, a stock report,
 * the shop's material demand, and the dashboards' charts (canvas) with their accessible tables.
 */
import { axe as axeRun } from '../helpers/axe.js';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { harness, hasChromium, type Harness } from './harness.js';

vi.setConfig({ expect: { poll: { timeout: 20_000, interval: 50 } } });

const ADMIN = 'admin@acme.example';
const OPS = 'ops@kerf.example';

async function xlsx(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

/** JSON from the API with the page's session (and its origin, for writes). */
async function api<T = any>(page: Page, base: string, method: string, path: string, data?: unknown): Promise<T> {
  const r = await page.request.fetch(`${base}${path}`, { method, data, headers: { origin: base } });
  if (!r.ok()) throw new Error(`${method} ${path}: ${r.status()} ${await r.text()}`);
  return r.json() as Promise<T>;
}

/** axe's serious and critical findings on the page, shadow roots included. */
async function axe(page: Page): Promise<string[]> {
  const result = await axeRun(page);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

describe.skipIf(!hasChromium)('planning and dashboards', () => {
  let h: Harness;
  let part: { id: number; name: string; weight: number };
  let nextMonth: string;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  it('<kerf-demand-plan>: adds a part, plans it, checks a sheet with errors, reports stock', async () => {
    const page = await h.page('<kerf-demand-plan></kerf-demand-plan>', { signIn: ADMIN });
    part = await api(page, h.base, 'POST', '/api/parts', { name: 'Plan plate 1400', articleNumber: 'PL-1400', template: 'rectangle', params: { width: 1400, height: 1400 }, material: 'S235', thickness: 3 });
    await page.reload();
    const el = page.locator('kerf-demand-plan');
    await el.getByText('No plan yet').waitFor();
    await expect.poll(() => el.locator('select[name=add] option').count()).toBeGreaterThan(2);
    await el.locator('select[name=add]').selectOption(`part:${part.id}`);
    const row = el.locator(`tr[data-item="part:${part.id}"]`);
    const cells = row.locator('input[type=number]');
    expect(await cells.count()).toBe(12);
    // the first month is the current one: plan 5 for the next
    await cells.nth(1).fill('5');
    await cells.nth(1).dispatchEvent('change');
    await cells.nth(2).fill('4');
    await cells.nth(2).dispatchEvent('change');
    await el.getByText('2 unsaved changes').waitFor();
    await el.getByRole('button', { name: 'Save plan' }).click();
    await el.getByText('2 quantities saved.').waitFor();
    const grid = await api(page, h.base, 'GET', '/api/plan');
    nextMonth = grid.months[1];
    expect(grid.items.find((i: { key: string }) => i.key === `part:${part.id}`).quantities.slice(0, 3)).toEqual([0, 5, 4]);
    expect(await row.locator('[data-total]').textContent()).toBe('9');

    // a sheet with an unknown number: the check lists the row's error; nothing is written
    const sheet = await xlsx([['Artikelnummer', nextMonth], ['PL-1400', 6], ['NOPE-1', 3]]);
    await el.locator('input[name=sheet]').setInputFiles({ name: 'plan.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: sheet });
    await el.getByRole('button', { name: 'Check' }).click();
    await el.getByText('1 row ready, 1 with errors.').waitFor();
    expect(await el.locator('tr[data-row="3"]').getAttribute('data-status')).toBe('error');
    expect(await el.locator('tr[data-row="3"]').textContent()).toContain('NOPE-1');
    expect((await api(page, h.base, 'GET', '/api/plan')).items[0].quantities[1]).toBe(5);
    await el.getByRole('button', { name: 'Import', exact: true }).click();
    await el.getByText('Imported: 1 quantities written.').waitFor();
    await expect.poll(async () => (await api(page, h.base, 'GET', '/api/plan')).items[0].quantities[1]).toBe(6);

    // stock
    await el.getByLabel(`Stock of ${part.name}`).fill('11');
    await el.getByRole('button', { name: 'Report stock' }).click();
    await el.getByText('Stock of 1 item reported.').waitFor();
    await expect.poll(() => row.locator('[data-stock]').textContent()).toContain('11');
    expect((await api(page, h.base, 'GET', '/api/stock')).items[0]).toMatchObject({ key: `part:${part.id}`, quantity: 11 });
    await page.context().close();
  });

  it('<kerf-admin-planning>: the material demand of the plan and the company\'s plan beside its stock', async () => {
    const page = await h.page('<kerf-admin-planning></kerf-admin-planning>', { signIn: OPS });
    const el = page.locator('kerf-admin-planning');
    const sheetsRow = el.locator('tr[data-material="S235/3"][data-value="sheets"]');
    await sheetsRow.waitFor();
    // 6 plates of 1400 × 1400, two to a 3000 × 1500 sheet: 3 sheets next month; 4 plates: 2 sheets after
    const cells = await sheetsRow.locator('td.num').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['0', '3', '2']);
    const kg = await el.locator('tr[data-material="S235/3"][data-value="kg"] td.num').allTextContents();
    expect(kg[kg.length - 1]).toBe(new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(10 * part.weight));
    await el.getByLabel('Customer').selectOption({ label: 'Acme Metall GmbH (10001)' });
    await el.getByRole('button', { name: 'Show' }).click();
    const plan = el.locator(`[part=plan] tr[data-item="part:${part.id}"]`);
    await plan.waitFor();
    expect(await plan.locator('[data-stock]').textContent()).toBe('11');
    expect(await plan.locator('[data-reported]').textContent()).not.toBe('never');
    await page.context().close();
  });

  it('<kerf-dashboard> for the customer: a chart on a canvas and a table with the figures, in the dark theme', async () => {
    const chartRequests: string[] = [];
    const page = await h.page('<kerf-dashboard></kerf-dashboard>', { signIn: ADMIN, theme: 'dark' });
    page.on('request', (r) => { if (/chart-runtime/.test(r.url())) chartRequests.push(r.url()); });
    const el = page.locator('kerf-dashboard');
    const section = el.locator('section[data-chart="spend"]');
    await section.waitFor();
    const data = await api(page, h.base, 'GET', '/api/dashboard');
    const canvas = section.locator('canvas[role=img]');
    if (data.spend.some((s: { ordered: number; invoiced: number }) => s.ordered || s.invoiced)) {
      await expect.poll(() => el.getAttribute('data-drawn')).toBe('1');
      expect(await canvas.getAttribute('aria-label')).toContain('Spend per month');
      const box = await canvas.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      // the chart took the dark theme's colours: its axis text is the light muted token, not the light theme's grey
      expect(await el.evaluate((e) => getComputedStyle(e).getPropertyValue('--_muted').trim())).toBe('#9da7b3');
    }
    const rows = section.locator('tbody tr');
    expect(await rows.count()).toBe(12);
    const money = (c: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: data.currency }).format(c / 100);
    const last = data.spend[11];
    const cells = await section.locator(`tr[data-month="${last.month}"] td`).allTextContents();
    expect(cells).toEqual([String(last.orders), money(last.ordered), money(last.invoiced)]);
    expect(await section.locator('tfoot td').nth(2).textContent()).toBe(money(data.total.ordered));
    await page.context().close();
  });

  it('<kerf-dashboard scope="admin">: four charts and their tables match the API; other pages never load Chart.js', async () => {
    const page = await h.page('<kerf-back-office></kerf-back-office>', { signIn: OPS });
    const loaded: string[] = [];
    page.on('request', (r) => { if (/chart-runtime/.test(r.url())) loaded.push(r.url()); });
    await page.locator('kerf-back-office').getByRole('link', { name: 'Orders' }).waitFor();
    expect(loaded).toEqual([]);
    await page.evaluate(() => { location.hash = '#/dashboard'; });
    const el = page.locator('kerf-dashboard');
    for (const key of ['intake', 'revenue', 'materials', 'open']) await el.locator(`section[data-chart="${key}"]`).waitFor();
    await expect.poll(() => loaded.length).toBe(1);
    const data = await api(page, h.base, 'GET', '/api/admin/dashboard');
    await expect.poll(async () => Number(await el.getAttribute('data-drawn'))).toBeGreaterThanOrEqual(1);
    const intake = el.locator('section[data-chart="intake"]');
    const count = data.intake.reduce((s: number, i: { count: number }) => s + i.count, 0);
    expect(await intake.locator('tfoot td').nth(1).textContent()).toBe(String(count));
    const materials = el.locator('section[data-chart="materials"] tbody tr');
    expect(await materials.count()).toBe(data.materials.length);
    if (data.materials.length) {
      expect(await materials.first().locator('td').first().textContent()).toBe(new Intl.NumberFormat('en-GB').format(data.materials[0].pieces));
    }
    // German: the titles follow the language
    await page.locator('kerf-back-office select[data-setting=lang]').selectOption('de');
    await el.getByRole('heading', { name: 'Auftragseingang je Monat' }).waitFor();
    await page.context().close();
  });

  it('the portal links the plan and the dashboard for those who order; in German', async () => {
    const page = await h.page('<kerf-portal></kerf-portal>', { signIn: ADMIN, lang: 'de' });
    const portal = page.locator('kerf-portal');
    await portal.getByRole('link', { name: 'Planung' }).click();
    await portal.locator('kerf-demand-plan').getByRole('heading', { name: 'Bedarfsplan' }).waitFor();
    await portal.locator(`kerf-demand-plan tr[data-item="part:${part.id}"]`).waitFor();
    await portal.getByRole('link', { name: 'Kennzahlen' }).click();
    await portal.locator('kerf-dashboard').getByRole('heading', { name: 'Ausgaben je Monat' }).waitFor();
    await page.context().close();
  });

  it('has no serious or critical axe findings: plan, planning and dashboards, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      // a dark element sits on a dark page, as in the portal
      const head = `<title>Plan</title>${theme === 'dark' ? '<style>body { background: #0d1117; }</style>' : ''}`;
      const plan = await h.page('<kerf-demand-plan></kerf-demand-plan>', { signIn: ADMIN, theme, head });
      await plan.locator(`kerf-demand-plan tr[data-item="part:${part.id}"]`).waitFor();
      expect(await axe(plan), `demand plan ${theme}`).toEqual([]);
      await plan.locator('kerf-dashboard').count();
      await plan.evaluate(() => { document.body.innerHTML = '<kerf-dashboard></kerf-dashboard>'; });
      await plan.locator('kerf-dashboard section[data-chart="spend"] tbody tr').first().waitFor();
      expect(await axe(plan), `customer dashboard ${theme}`).toEqual([]);
      await plan.context().close();

      const page = await h.page('<kerf-back-office></kerf-back-office>', { signIn: OPS, theme, head: '<title>Back office</title>' });
      for (const [hash, ready] of [['#/dashboard', 'kerf-dashboard section[data-chart="open"]'], ['#/planning/1', 'kerf-admin-planning [part=plan] tbody tr']] as const) {
        await page.evaluate((x) => { location.hash = x; }, hash);
        await page.locator(ready).first().waitFor();
        expect(await axe(page), `${hash} ${theme}`).toEqual([]);
      }
      await page.context().close();
    }
  }, 120_000);
});
