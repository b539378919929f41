/**
 * <kerf-configurator> and big drawings, in Chromium: a drawing over 2 MB shows a progress bar
 * (a labelled <progress> and what the analysis is doing) that fills as the worker reads, and goes
 * when the price is there, which is the SDK's to the cent; a small drawing never shows one.
 */
import { readFileSync } from 'node:fs';
import { axe } from '../helpers/axe.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, loadCatalog, quote } from '../../sdk/index.js';
import { perforatedPlate } from '../helpers/dxf.js';
import { harness, hasChromium, type Harness } from './harness.js';

const cfg = 'kerf-configurator';
const big = perforatedPlate(3 << 20);
const bigFile = { name: 'perforated.dxf', mimeType: 'application/dxf', buffer: Buffer.from(big.text) };
const bracket = readFileSync(new URL('../../demo/drawings/bracket.dxf', import.meta.url).pathname);

interface Seen { value: number; stage: string; label: string; text: string }

/** Record every state of the bar (MutationObserver on the shadow root) on window.__bars. */
async function watchBar(page: Page) {
  await page.waitForFunction((tag) => !!document.querySelector(tag)?.shadowRoot, cfg);
  await page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const w = window as unknown as { __bars: Seen[] };
    w.__bars = [];
    let last = '';
    new MutationObserver(() => {
      const bar = root.querySelector('[part=progress]');
      const p = bar?.querySelector('progress');
      if (!bar || !p) return;
      const seen = {
        value: Number(p.getAttribute('value')), stage: bar.getAttribute('data-stage') ?? '', label: p.getAttribute('aria-label') ?? '',
        text: root.getElementById(p.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
      };
      const key = JSON.stringify(seen);
      if (key !== last) w.__bars.push(seen);
      last = key;
    }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  }, cfg);
}
const bars = (page: Page) => page.evaluate(() => (window as unknown as { __bars: Seen[] }).__bars);

describe.skipIf(!hasChromium)('<kerf-configurator> › big drawings', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  it('shows a progress bar while a 3 MB drawing is analysed, then the price', async () => {
    const page = await h.page(`<${cfg}></${cfg}>`);
    await watchBar(page);
    await page.locator(`${cfg} input[type=file]`).setInputFiles(bigFile);
    const local = quote(analyzeDxfSync(big.text), { material: 'S235', thickness: 3, quantity: 1 }, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
    await page.locator(`${cfg} [part=price][aria-busy=false] .total[data-cents="${local.total}"]`).waitFor({ timeout: 60_000 });
    await expect(page.locator(`${cfg} [part=progress]`).count()).resolves.toBe(0);

    const seen = await bars(page);
    const mb = (big.text.length / 1048576).toFixed(1);
    expect(seen[0]).toEqual({ value: 0, stage: 'read', label: 'Progress of the analysis', text: `Reading the drawing: 0.0 of ${mb} MB` });
    // the worker's reports arrived while it read: the bar moved on, and never back
    const reads = seen.filter((s) => s.stage === 'read');
    expect(reads.length).toBeGreaterThanOrEqual(3);
    expect(reads.at(-1)!.text).toMatch(new RegExp(`^Reading the drawing: [123]\\.\\d of ${mb.replace('.', '\\.')} MB$`));
    for (let i = 1; i < seen.length; i++) expect(seen[i].value).toBeGreaterThanOrEqual(seen[i - 1].value);
    expect(seen.map((s) => s.stage)).toContain('measure');
    expect(seen.find((s) => s.stage === 'measure')!.text).toBe(`Measuring ${(big.holes + 4).toLocaleString('en-GB')} segments…`);
  }, 90_000);

  it('says it in German', async () => {
    const page = await h.page(`<${cfg} lang="de"></${cfg}>`, { lang: 'de' });
    await watchBar(page);
    await page.locator(`${cfg} input[type=file]`).setInputFiles(bigFile);
    await page.locator(`${cfg} [part=price][aria-busy=false] .total`).waitFor({ timeout: 60_000 });
    const seen = await bars(page);
    expect(seen[0].label).toBe('Fortschritt der Analyse');
    expect(seen[0].text).toBe(`Zeichnung wird gelesen: 0,0 von ${(big.text.length / 1048576).toFixed(1).replace('.', ',')} MB`);
  }, 90_000);

  it('is accessible, light and dark: a named <progress> with its stage as description', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await h.page(`<${cfg}></${cfg}>`, { theme });
      await page.locator(`${cfg} input[type=file]`).setInputFiles({ name: 'bracket.dxf', mimeType: 'application/dxf', buffer: bracket });
      await page.locator(`${cfg} [part=price][aria-busy=false] .total`).waitFor();
      // the bar is there for a moment only: hold it where it is half-way through a 12 MB read
      await page.evaluate((tag) => {
        const el = document.querySelector(tag) as unknown as { progress: unknown };
        el.progress = { stage: 'read', bytesRead: 6 * 1048576, totalBytes: 12 * 1048576, entities: 50_000, segments: 0 };
      }, cfg);
      const bar = page.locator(`${cfg} [part=progress] progress`);
      await bar.waitFor();
      // reading fills the first quarter of the bar: half of it read is 13 %
      await expect(page.getByRole('progressbar', { name: 'Progress of the analysis' }).getAttribute('value')).resolves.toBe('13');
      await expect(bar.evaluate((p) => (p as HTMLProgressElement).position)).resolves.toBeCloseTo(0.13);
      const described = await bar.evaluate((p) => (p.getRootNode() as ShadowRoot).getElementById(p.getAttribute('aria-describedby')!)?.textContent);
      expect(described).toBe('Reading the drawing: 6.0 of 12.0 MB');
      const result = await axe(page, { include: cfg });
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
      expect(bad, theme).toEqual([]);
    }
  });

  it('shows no bar for a small drawing', async () => {
    const page = await h.page(`<${cfg}></${cfg}>`);
    await watchBar(page);
    await page.locator(`${cfg} input[type=file]`).setInputFiles({ name: 'bracket.dxf', mimeType: 'application/dxf', buffer: bracket });
    await page.locator(`${cfg} [part=price][aria-busy=false] .total`).waitFor();
    expect(await bars(page)).toEqual([]);
  });
});
