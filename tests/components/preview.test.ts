/**
 * <kerf-preview> in Chromium: an SVG from the SDK shown inline (and a hostile one defused), an
 * accessible name that says what was found, zoom and pan by buttons, keys, wheel and drag, fit.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDxfSync, previewSvg } from '../../sdk/index.js';
import { harness, hasChromium, type Harness } from './harness.js';

const messy = readFileSync(new URL('../../demo/drawings/messy-export.dxf', import.meta.url));
const bracket = readFileSync(new URL('../../demo/drawings/bracket.dxf', import.meta.url));

/** The viewBox of the SVG shown, as numbers. */
const viewBox = (page: Page) => page.locator('kerf-preview').evaluate((el) =>
  el.shadowRoot!.querySelector('[part=viewport] svg')!.getAttribute('viewBox')!.split(/\s+/).map(Number));

describe.skipIf(!hasChromium)('<kerf-preview>', () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(); }, 60_000);
  afterAll(async () => { await h?.close(); });

  it('says there is nothing to show before it gets a drawing', async () => {
    const page = await h.page('<kerf-preview></kerf-preview>');
    const viewport = page.locator('kerf-preview [part=viewport]');
    await expect.poll(() => viewport.getAttribute('aria-label')).toBe('No drawing to show yet.');
    await expect(page.locator('kerf-preview [part=controls]').count()).resolves.toBe(0);
  }, 60_000);

  it('shows the SDK\'s SVG with an accessible name and a legend of what it found', async () => {
    const r = analyzeDxfSync(messy, { geometry: true });
    const holes = r.contours.filter((c) => c.closed && c.depth % 2 === 1).length;
    const gaps = r.warnings.find((w) => w.code === 'GAP_HEALED')?.locations?.length ?? 0;
    expect(r.openContours + gaps).toBeGreaterThan(0); // the messy drawing has something to mark
    const page = await h.page('<kerf-preview label="messy-export.dxf"></kerf-preview>');
    await page.locator('kerf-preview').evaluate((el, svg) => { (el as HTMLElement & { svg: string }).svg = svg; }, previewSvg(r));
    const viewport = page.locator('kerf-preview [part=viewport]');
    await page.locator('kerf-preview [part=viewport] svg').waitFor();
    const name = await viewport.getAttribute('aria-label');
    expect(name).toContain('Preview of messy-export.dxf: ');
    if (holes) expect(name).toContain(`${holes} hole`);
    if (r.openContours) expect(name).toContain(`${r.openContours} open contour`);
    if (gaps) expect(name).toContain(`${gaps} healed gap`);
    const counts = await page.locator('kerf-preview').evaluate((el) => {
      const svg = el.shadowRoot!.querySelector('[part=viewport] svg')!;
      return { open: svg.querySelectorAll('.kerf-open').length, gap: svg.querySelectorAll('.kerf-gap').length, hidden: svg.getAttribute('aria-hidden') };
    });
    expect(counts).toEqual({ open: r.openContours, gap: gaps, hidden: 'true' });
    const legend = await page.locator('kerf-preview [part=legend]').innerText();
    expect(legend).toContain('Outline');
    if (r.openContours) expect(legend).toContain(`Open contour (dashed) (${r.openContours})`);
  }, 60_000);

  it('draws an analysis given as `result` (loading the preview code on demand)', async () => {
    const r = analyzeDxfSync(bracket, { geometry: true });
    const page = await h.page('<kerf-preview lang="fr"></kerf-preview>');
    await page.locator('kerf-preview').evaluate((el, result) => { (el as HTMLElement & { result: unknown }).result = result; }, r);
    await page.locator('kerf-preview [part=viewport] svg').waitFor();
    await expect(page.locator('kerf-preview [part=viewport]').getAttribute('aria-label')).resolves.toBe('Aperçu de la pièce : 5 trous');
    await expect(page.getByRole('button', { name: 'Zoom avant' }).count()).resolves.toBe(1);
  }, 60_000);

  it('shows the cut sequence on demand: the order, lead-ins and rapid moves', async () => {
    const r = analyzeDxfSync(bracket, { geometry: true });
    expect(r.sequence?.leadIns.length).toBe(r.closedContours);
    const page = await h.page('<kerf-preview lang="de"></kerf-preview>');
    await page.locator('kerf-preview').evaluate((el, svg) => { (el as HTMLElement & { svg: string }).svg = svg; }, previewSvg(r, { sequence: true }));
    await page.locator('kerf-preview [part=viewport] svg').waitFor();
    const toggle = page.getByRole('button', { name: 'Schneidfolge' });
    const shown = () => page.locator('kerf-preview').evaluate((el) => {
      const g = el.shadowRoot!.querySelector('[part=viewport] svg .kerf-sequence')!;
      return { visible: getComputedStyle(g).display !== 'none', steps: [...g.querySelectorAll('.kerf-step')].map((t) => t.textContent) };
    });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    expect((await shown()).visible).toBe(false);
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const on = await shown();
    expect(on.visible).toBe(true);
    expect(on.steps).toEqual(r.sequence!.leadIns.map((_, k) => String(k + 1)));
    // a drawing without a sequence has no toggle
    await page.locator('kerf-preview').evaluate((el, svg) => { (el as HTMLElement & { svg: string }).svg = svg; }, previewSvg(r));
    await expect.poll(() => toggle.count()).toBe(0);
  }, 60_000);

  it('zooms with the buttons, the wheel and the keys, pans by keys and dragging, and fits again', async () => {
    const page = await h.page('<kerf-preview style="--kerf-preview-height: 300px"></kerf-preview>');
    await page.locator('kerf-preview').evaluate((el, svg) => { (el as HTMLElement & { svg: string }).svg = svg; }, previewSvg(analyzeDxfSync(bracket, { geometry: true })));
    await page.locator('kerf-preview [part=viewport] svg').waitFor();
    const fit = await viewBox(page);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await viewBox(page);
    expect(zoomed[2]).toBeCloseTo(fit[2] / 1.5, 6);
    expect(zoomed[0] + zoomed[2] / 2).toBeCloseTo(fit[0] + fit[2] / 2, 6); // about the centre
    await expect(page.locator('kerf-preview .level').innerText()).resolves.toBe('Zoom 150%');

    // keys while focused: right arrow moves the view right, minus zooms out
    const viewport = page.locator('kerf-preview [part=viewport]');
    await viewport.focus();
    await page.keyboard.press('ArrowRight');
    const panned = await viewBox(page);
    expect(panned[0]).toBeGreaterThan(zoomed[0]);
    expect(panned[1]).toBeCloseTo(zoomed[1], 6);
    await page.keyboard.press('-');
    expect((await viewBox(page))[2]).toBeCloseTo(fit[2], 6);

    // dragging to the left moves the drawing with the pointer: the view goes right
    const box = (await viewport.boundingBox())!;
    const before = await viewBox(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    expect((await viewBox(page))[0]).toBeGreaterThan(before[0]);

    // the wheel zooms in where the pointer is
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await viewBox(page))[2]).toBeLessThan(fit[2]);

    await page.getByRole('button', { name: 'Fit to view' }).click();
    const back = await viewBox(page);
    back.forEach((v, i) => expect(v).toBeCloseTo(fit[i], 6));
    await viewport.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('0');
    (await viewBox(page)).forEach((v, i) => expect(v).toBeCloseTo(fit[i], 6));
  }, 60_000);

  it('shows a hostile SVG without running it', async () => {
    const page = await h.page('<kerf-preview></kerf-preview>');
    const hostile = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="window.__pwned=1">'
      + '<script>window.__pwned=2</script><path class="kerf-outer" d="M0 0L10 0L10 10Z" onclick="window.__pwned=3"/>'
      + '<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:parent.__pwned=4"></iframe></foreignObject>'
      + '<image href="https://example.invalid/x.png"/></svg>';
    await page.locator('kerf-preview').evaluate((el, svg) => { (el as HTMLElement & { svg: string }).svg = svg; }, hostile);
    await page.locator('kerf-preview [part=viewport] svg path').waitFor();
    const inside = await page.locator('kerf-preview').evaluate((el) => {
      const svg = el.shadowRoot!.querySelector('[part=viewport] svg')!;
      (svg.querySelector('path') as SVGPathElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return { html: svg.outerHTML, pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0 };
    });
    expect(inside.pwned).toBe(0);
    expect(inside.html).not.toMatch(/script|onload|onclick|foreignObject|iframe|<image/i);

    // not an SVG at all: said plainly
    await page.locator('kerf-preview').evaluate((el) => { (el as HTMLElement & { svg: string }).svg = '<html>nope'; });
    await expect.poll(() => page.locator('kerf-preview [part=viewport]').getAttribute('aria-label')).toBe('This preview cannot be shown.');
  }, 60_000);
});
