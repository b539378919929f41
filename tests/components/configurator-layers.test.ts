/**
 * <kerf-configurator> and layer roles, in Chromium: a switch per layer of the drawing, set from
 * the names (bend, engraving, dimensions), and a changed role prices the drawing again exactly as
 * the SDK does with that `layers` override.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, loadCatalog, quote, type AnalyzeOptions } from '../../sdk/index.js';
import { circle, dxf, line, lwpolyline, perforatedPlate } from '../helpers/dxf.js';
import { harness, hasChromium, type Harness } from './harness.js';

const cfg = 'kerf-configurator';
const onLayer = (layer: string, e: string) => e.replace('\n8\n0\n', `\n8\n${layer}\n`);
const part = dxf([
  lwpolyline([[0, 0], [200, 0], [200, 100], [0, 100]], true),
  circle(100, 70, 10),
  onLayer('BEND', line(0, 50, 200, 50)),
  onLayer('GRAVUR', line(20, 20, 120, 20)),
  onLayer('DIMENSIONS', line(0, -10, 200, -10)),
], { insunits: 4 });
const file = { name: 'plate.dxf', mimeType: 'application/dxf', buffer: Buffer.from(part) };
const local = (options: AnalyzeOptions = {}) =>
  quote(analyzeDxfSync(part, options), { material: 'S235', thickness: 3, quantity: 50 }, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);

describe.skipIf(!hasChromium)('<kerf-configurator> › layers', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  it('shows a switch per layer with the roles from the names, and re-prices when one is switched', async () => {
    const page = await h.page(`<${cfg}></${cfg}>`);
    await page.locator(`${cfg} input[type=file]`).setInputFiles(file);
    // 50 pieces: above the minimum order value, so every cent of a role shows
    await page.locator(`${cfg} input[name=quantity]`).fill('50');
    const before = local();
    await page.locator(`${cfg} [part=price][aria-busy=false] .total[data-cents="${before.total}"]`).waitFor();
    const layers = page.locator(`${cfg} [part=layers]`);
    await layers.waitFor();
    const roles = await layers.locator('select').evaluateAll((s) => s.map((x) => [x.getAttribute('data-layer'), (x as HTMLSelectElement).value]));
    expect(roles).toEqual([['0', 'cut'], ['BEND', 'bend'], ['GRAVUR', 'engrave'], ['DIMENSIONS', 'ignore']]);
    const lines = await page.locator(`${cfg} [part=breakdown] tbody tr`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-line')));
    expect(lines).toContain('engraving');
    await expect(page.locator(`${cfg} [part=warnings] li[data-code=LAYER_IGNORED]`).innerText()).resolves.toMatch(/DIMENSIONS/);

    // the bend line is to be cut after all, the engraving left out
    // (within the layer switches: the finishing's "Bending" is labelled too)
    await layers.getByLabel('BEND', { exact: false }).selectOption('cut');
    await layers.getByLabel('GRAVUR', { exact: false }).selectOption('ignore');
    const after = local({ layers: { BEND: 'cut', GRAVUR: 'ignore' } });
    expect(after.total).not.toBe(before.total);
    await page.locator(`${cfg} [part=price][aria-busy=false] .total[data-cents="${after.total}"]`).waitFor();
    const after2 = await page.locator(`${cfg} [part=breakdown] tbody tr`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-line')));
    expect(after2).toEqual(after.breakdown.map((l) => l.code));
    await expect(layers.locator('select[data-layer=BEND]').inputValue()).resolves.toBe('cut');
  });

  it('shows the engraving length and the bend lines, and updates them when a role is switched', async () => {
    const page = await h.page(`<${cfg}></${cfg}>`);
    const two = dxf([
      lwpolyline([[0, 0], [200, 0], [200, 100], [0, 100]], true),
      onLayer('Biegelinien', line(0, 50, 200, 50)), onLayer('Biegelinien', line(100, 0, 100, 50)),
      onLayer('GRAVUR', line(20, 20, 120, 20)),
      onLayer('DIMENSIONS', line(0, -10, 200, -10)),
    ], { insunits: 4 });
    await page.locator(`${cfg} input[type=file]`).setInputFiles({ ...file, buffer: Buffer.from(two) });
    const metric = (key: string) => page.locator(`${cfg} [part=metrics] dd[data-metric=${key}]`);
    const sdk = analyzeDxfSync(two).metrics;
    expect(sdk).toMatchObject({ engraveLength: 100, bends: { count: 2, totalLength: 250 } });
    await expect(metric('engraveLength').innerText()).resolves.toBe('100.0 mm');
    await expect(metric('bends').innerText()).resolves.toBe('2 bends, 250.0 mm in all');
    await expect(page.locator(`${cfg} [part=metrics] dt`).allInnerTexts()).resolves.toEqual(expect.arrayContaining(['Engraving length', 'Bend lines']));

    // the dimensions are engraved too: 100 + 200 mm
    await page.locator(`${cfg} select[data-layer=DIMENSIONS]`).selectOption('engrave');
    await page.locator(`${cfg} [part=metrics] dd[data-metric=engraveLength]`, { hasText: '300.0 mm' }).waitFor();
    // the bend lines are cut after all: no bend lines left, and they are in the cut length
    await page.locator(`${cfg} select[data-layer=Biegelinien]`).selectOption('cut');
    const cut = analyzeDxfSync(two, { layers: { DIMENSIONS: 'engrave', Biegelinien: 'cut' } });
    await page.locator(`${cfg} [part=price][aria-busy=false]`).waitFor();
    await expect(metric('bends').count()).resolves.toBe(0);
    await expect(metric('cutLength').innerText()).resolves.toBe(`${cut.cutLength.toFixed(1)} mm`);
    // one bend, in the singular; no engraving at all: no row
    await page.locator(`${cfg} select[data-layer=Biegelinien]`).selectOption('bend');
    await page.locator(`${cfg} select[data-layer=GRAVUR]`).selectOption('ignore');
    await page.locator(`${cfg} select[data-layer=DIMENSIONS]`).selectOption('bend');
    await page.locator(`${cfg} [part=metrics] dd[data-metric=bends]`, { hasText: '3 bends, 450.0 mm in all' }).waitFor();
    await page.locator(`${cfg} [part=price][aria-busy=false]`).waitFor();
    await expect(metric('engraveLength').count()).resolves.toBe(0);
  });

  it('says engraving and bends in French, one bend in the singular', async () => {
    const page = await h.page(`<${cfg} lang="fr"></${cfg}>`, { lang: 'fr' });
    await page.locator(`${cfg} input[type=file]`).setInputFiles(file);
    const dd = page.locator(`${cfg} [part=metrics] dd[data-metric=bends]`);
    await dd.waitFor();
    await expect(dd.innerText()).resolves.toBe('1 pli, 200,0 mm');
    await expect(page.locator(`${cfg} [part=metrics] dd[data-metric=engraveLength]`).innerText()).resolves.toBe('100,0 mm');
  });

  it('never shows the last drawing\'s switches for a new one, while it is analysed or when it fails', async () => {
    const page = await h.page(`<${cfg}></${cfg}>`);
    await page.locator(`${cfg} input[type=file]`).setInputFiles(file);
    await page.locator(`${cfg} [part=layers]`).waitFor();
    // from now on: was there a moment with a calculation running and the old switches shown?
    await page.evaluate((tag) => {
      const root = document.querySelector(tag)!.shadowRoot!;
      const w = window as unknown as { __stale: number };
      w.__stale = 0;
      new MutationObserver(() => {
        if (root.querySelector('[part=price][aria-busy=true]') && root.querySelector('[part=layers]')) w.__stale++;
      }).observe(root, { subtree: true, childList: true, attributes: true });
    }, cfg);
    // a drawing that takes a while (3 MB, one layer: no switches of its own)
    const big = perforatedPlate(3 << 20).text;
    await page.locator(`${cfg} input[type=file]`).setInputFiles({ ...file, name: 'perforated.dxf', buffer: Buffer.from(big) });
    const its = quote(analyzeDxfSync(big), { material: 'S235', thickness: 3, quantity: 1 }, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
    await page.locator(`${cfg} [part=price][aria-busy=false] .total[data-cents="${its.total}"]`).waitFor({ timeout: 60_000 });
    await expect(page.locator(`${cfg} [part=layers]`).count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __stale: number }).__stale)).resolves.toBe(0);
    // back to the layered drawing, then one that cannot be read
    await page.locator(`${cfg} input[type=file]`).setInputFiles(file);
    await page.locator(`${cfg} [part=layers]`).waitFor();
    await page.locator(`${cfg} input[type=file]`).setInputFiles({ ...file, name: 'broken.dxf', buffer: Buffer.from('0\nSECTION\n2\nENTITIES\n0\nLINE\n') });
    await page.locator(`${cfg} [part=error]`).waitFor();
    await expect(page.locator(`${cfg} [part=layers]`).count()).resolves.toBe(0);
    await expect(page.locator(`${cfg} [part=metrics]`).count()).resolves.toBe(0);
  }, 90_000);

  it('offers the switches when nothing is on a cut layer, and prices the layer switched to cut', async () => {
    const page = await h.page(`<${cfg}></${cfg}>`);
    // "Kante" (edge) reads as bend lines: as drawn, nothing is cut
    const kante = dxf([
      onLayer('Kante', lwpolyline([[0, 0], [200, 0], [200, 100], [0, 100]], true)), onLayer('Kante', circle(100, 70, 10)),
      onLayer('DIMENSIONS', line(0, -10, 200, -10)),
    ], { insunits: 4 });
    await page.locator(`${cfg} input[type=file]`).setInputFiles({ ...file, buffer: Buffer.from(kante) });
    const problem = page.locator(`${cfg} [part=error]`);
    await problem.waitFor();
    await expect(problem.innerText()).resolves.toMatch(/Everything in the drawing is on layers that are not cut[\s\S]*set the layer the part is drawn on to Cut/);
    const layers = page.locator(`${cfg} [part=layers]`);
    await layers.waitFor();
    const roles = await layers.locator('select').evaluateAll((s) => s.map((x) => [x.getAttribute('data-layer'), (x as HTMLSelectElement).value]));
    expect(roles).toEqual([['Kante', 'bend'], ['DIMENSIONS', 'ignore']]);
    await page.locator(`${cfg} select[data-layer=Kante]`).selectOption('cut');
    const cut = quote(analyzeDxfSync(kante, { layers: { Kante: 'cut' } }), { material: 'S235', thickness: 3, quantity: 1 }, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
    await page.locator(`${cfg} [part=price][aria-busy=false] .total[data-cents="${cut.total}"]`).waitFor();
    await expect(problem.count()).resolves.toBe(0);
    await expect(layers.locator('select[data-layer=Kante]').inputValue()).resolves.toBe('cut');
  });

  it('names the roles in German', async () => {
    const page = await h.page(`<${cfg} lang="de"></${cfg}>`, { lang: 'de' });
    await page.locator(`${cfg} input[type=file]`).setInputFiles(file);
    const layers = page.locator(`${cfg} [part=layers]`);
    await layers.waitFor();
    await expect(layers.locator('legend').innerText()).resolves.toBe('Layer');
    const options = await layers.locator('select[data-layer=BEND] option').allInnerTexts();
    expect(options).toEqual(['Schneiden', 'Gravieren', 'Biegelinie', 'Ignorieren']);
  });

  it('shows no switch for a drawing with one layer, all cut', async () => {
    const page = await h.page(`<${cfg}></${cfg}>`);
    const plain = dxf([lwpolyline([[0, 0], [50, 0], [50, 50], [0, 50]], true)], { insunits: 4 });
    await page.locator(`${cfg} input[type=file]`).setInputFiles({ ...file, buffer: Buffer.from(plain) });
    await page.locator(`${cfg} [part=price][aria-busy=false] .total`).waitFor();
    await expect(page.locator(`${cfg} [part=layers]`).count()).resolves.toBe(0);
  });
});
