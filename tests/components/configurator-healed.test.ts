/**
 * <kerf-configurator> › the healed drawing and the cut sequence, in Chromium: "Download healed
 * DXF" under the preview downloads `<name>-healed.dxf`, made in the worker, which re-analyzes to
 * the cut length the price was made from, with the layer roles the customer chose; the metrics
 * show the rapid travel the cutting time includes.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, loadCatalog, quote, writeHealedDxf } from '../../sdk/index.js';
import { circle, dxf, line, lwpolyline, text } from '../helpers/dxf.js';
import { harness, hasChromium, type Harness } from './harness.js';
import type { Page } from 'playwright-core';

const cfg = 'kerf-configurator';
const onLayer = (layer: string, e: string) => e.replace('\n8\n0\n', `\n8\n${layer}\n`);
// an inch drawing with a duplicate hole, a gap, a text and a bend line
const part = dxf([
  lwpolyline([[0, 0], [8, 0], [8, 4], [0, 4]], true),
  circle(2, 2, 0.5), circle(2, 2, 0.5),
  line(5, 1, 6.0001, 1), line(6, 1, 6, 3), line(6, 3, 5, 3), line(5, 3, 5, 1),
  text(1, 3.5, 'ACME 4711'),
  onLayer('BEND', line(7, 0, 7, 4)),
], { insunits: 1 });
const file = { name: 'bracket.dxf', mimeType: 'application/dxf', buffer: Buffer.from(part) };

async function download(page: Page, label: string): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`${cfg} [part=healed]`, { hasText: label }).click()]);
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

describe.skipIf(!hasChromium)('<kerf-configurator> › healed drawing', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  it('downloads <name>-healed.dxf, which re-analyzes to the cut length of the price and warns of nothing', async () => {
    const page = await h.page(`<${cfg}></${cfg}>`);
    await page.locator(`${cfg} input[type=file]`).setInputFiles(file);
    const priced = quote(analyzeDxfSync(part), { material: 'S235', thickness: 3, quantity: 1 }, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
    await page.locator(`${cfg} [part=price][aria-busy=false] .total[data-cents="${priced.total}"]`).waitFor();
    const { name, text: healed } = await download(page, 'Download healed DXF');
    expect(name).toBe('bracket-healed.dxf');
    const again = analyzeDxfSync(healed);
    expect(again.sourceUnits).toBe('mm');
    expect(Math.abs(again.cutLength - priced.metrics.cutLength)).toBeLessThan(0.0001 * 25.4 * 2);
    expect(again.pierces).toBe(priced.metrics.pierces);
    expect(again.warnings).toEqual([]);
    expect(again.metrics.bends.count).toBe(1);
    // healed is healed: its own cut length to 1e-9
    expect(analyzeDxfSync(writeBack(healed)).cutLength / again.cutLength).toBeCloseTo(1, 9);
  });

  it('shows the rapid travel of the cut sequence, which the cutting time includes', async () => {
    const page = await h.page(`<${cfg}></${cfg}>`);
    await page.locator(`${cfg} input[type=file]`).setInputFiles(file);
    const priced = quote(analyzeDxfSync(part), { material: 'S235', thickness: 3, quantity: 1 }, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
    await page.locator(`${cfg} [part=price][aria-busy=false] .total[data-cents="${priced.total}"]`).waitFor();
    const dd = page.locator(`${cfg} [part=metrics] dd[data-metric=travel]`);
    await expect(dd.innerText()).resolves.toBe(`${priced.travel!.distance.toFixed(1)} mm, ${priced.travel!.seconds.toFixed(1)} s (in the cutting time)`);
    await expect(page.locator(`${cfg} [part=metrics] dd[data-metric=cuttingTime]`).innerText()).resolves.toBe(`${priced.cuttingTime.toFixed(1)} s`);
  });

  it('heals with the layer roles chosen, and is labelled in German and French', async () => {
    const page = await h.page(`<${cfg} lang="de"></${cfg}>`, { lang: 'de' });
    await page.locator(`${cfg} input[type=file]`).setInputFiles(file);
    await page.locator(`${cfg} [part=layers]`).waitFor();
    await page.locator(`${cfg} select[data-layer=BEND]`).selectOption('cut');
    const cut = analyzeDxfSync(part, { layers: { BEND: 'cut' } });
    await page.locator(`${cfg} [part=metrics] dd[data-metric=cutLength]`, { hasText: cut.cutLength.toFixed(1).replace('.', ',') }).waitFor();
    await page.locator(`${cfg} [part=price][aria-busy=false]`).waitFor();
    const { text: healed } = await download(page, 'Bereinigte DXF herunterladen');
    const again = analyzeDxfSync(healed);
    expect(again.metrics.bends.count).toBe(0);
    expect(Math.abs(again.cutLength - cut.cutLength)).toBeLessThan(0.01);

    const fr = await h.page(`<${cfg} lang="fr"></${cfg}>`, { lang: 'fr' });
    await fr.locator(`${cfg} input[type=file]`).setInputFiles(file);
    await expect(fr.locator(`${cfg} [part=healed]`).innerText()).resolves.toBe('Télécharger le DXF corrigé');
  });
});

/** Through the SDK once more (healed → analyze { healed } → write). */
function writeBack(text: string): string {
  return writeHealedDxf(analyzeDxfSync(text, { healed: true }));
}
