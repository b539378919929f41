import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATALOG, DEFAULT_PROFILE, KerfError, loadCatalog, loadCoreSync, nestBasket, nestRectangles, type NestPart, type NestResult,
} from '../../sdk/index.js';
import { rng } from '../helpers/random.js';

const SHEET: [number, number] = [3000, 1500];

function mixed(kinds: number, quantity: number, seed: number): NestPart[] {
  const r = rng(seed);
  return Array.from({ length: kinds }, () => ({ width: 20 + r() * 600, height: 20 + r() * 400, quantity }));
}

/** Every geometric promise of a nest, checked pairwise. */
function expectValid(res: NestResult, parts: NestPart[], spacing: number): void {
  expect(res.placements).toHaveLength(parts.reduce((s, p) => s + p.quantity, 0));
  const [W, H] = SHEET;
  for (const p of res.placements) {
    const part = parts[p.part];
    expect([p.width, p.height].sort()).toEqual([part.width, part.height].sort());
    expect(p.rotated ? [p.height, p.width] : [p.width, p.height]).toEqual([part.width, part.height]);
    // inside the sheet, keeping the spacing to its edges
    expect(p.x).toBeGreaterThanOrEqual(spacing - 1e-6);
    expect(p.y).toBeGreaterThanOrEqual(spacing - 1e-6);
    expect(p.x + p.width).toBeLessThanOrEqual(W - spacing + 1e-6);
    expect(p.y + p.height).toBeLessThanOrEqual(H - spacing + 1e-6);
    expect(p.sheet).toBeGreaterThanOrEqual(0);
    expect(p.sheet).toBeLessThan(res.sheets);
  }
  // no two parts closer than the spacing (boxes grown by the spacing do not overlap)
  const bySheet = new Map<number, typeof res.placements>();
  for (const p of res.placements) bySheet.set(p.sheet, [...(bySheet.get(p.sheet) ?? []), p]);
  for (const list of bySheet.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i], b = list[j];
        const apart = a.x + a.width + spacing <= b.x + 1e-6 || b.x + b.width + spacing <= a.x + 1e-6
          || a.y + a.height + spacing <= b.y + 1e-6 || b.y + b.height + spacing <= a.y + 1e-6;
        if (!apart) expect.fail(`parts ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap or break the spacing`);
      }
    }
  }
}

describe('rectangle nesting', () => {
  for (const [kinds, quantity, spacing] of [[10, 10, 8], [100, 10, 5], [25, 4, 0]] as const) {
    it(`places ${kinds * quantity} mixed parts without overlap, inside the sheet, with ${spacing} mm spacing`, () => {
      const parts = mixed(kinds, quantity, kinds * 31 + spacing);
      const res = nestRectangles(parts, { sheet: SHEET, spacing });
      expectValid(res, parts, spacing);
      expect(res.sheets).toBeGreaterThanOrEqual(res.areaLowerBound);
    });
  }

  it('packs well: within two sheets of the area bound and above 80 % utilization on 1,000 mixed parts', () => {
    // the bound ignores the 8 mm spacing, which alone costs about a sheet here
    const parts = mixed(100, 10, 7);
    const res = nestRectangles(parts, { sheet: SHEET, spacing: 8 });
    expect(res.sheets).toBeLessThanOrEqual(res.areaLowerBound + 2);
    expect(res.utilization).toBeGreaterThan(0.8);
  });

  it('fills a sheet exactly with parts that tile it', () => {
    // 10 x 5 parts of 300 x 300 tile 3000 x 1500 without spacing
    const res = nestRectangles([{ width: 300, height: 300, quantity: 50 }], { sheet: SHEET, spacing: 0 });
    expect(res.sheets).toBe(1);
    expect(res.utilization).toBeCloseTo(1, 12);
  });

  it('turns a part that only fits turned, and refuses one that fits no way', () => {
    const turned = nestRectangles([{ width: 1400, height: 2900, quantity: 1 }], { sheet: SHEET, spacing: 8 });
    expect(turned.placements[0].rotated).toBe(true);
    expect(() => nestRectangles([{ width: 1400, height: 2900, quantity: 1 }], { sheet: SHEET, spacing: 8, rotate: false })).toThrow(KerfError);
    try {
      nestRectangles([{ width: 3100, height: 100, quantity: 1 }], { sheet: SHEET, spacing: 8 });
      expect.fail('nested a part longer than the sheet');
    } catch (e) {
      expect((e as KerfError).code).toBe('PART_TOO_LARGE');
    }
  });

  it('leaves the core usable for analysis afterwards', () => {
    nestRectangles(mixed(5, 3, 1), { sheet: SHEET, spacing: 8 });
    // (3000 - 10) / 110 = 27 across, (1500 - 10) / 110 = 13 up
    expect(loadCoreSync().sheetFit(100, 100, 3000, 1500, 10)).toEqual({ partsPerSheet: 27 * 13, rotated: false });
  });
});

describe('basket nesting', () => {
  it('nests each material and thickness on its own sheets and maps placements back to the lines', () => {
    const box = (w: number, h: number) => ({ bbox: { width: w, height: h }, netArea: w * h * 0.9 });
    const lines = [
      { metrics: box(500, 300), material: 'S235', thickness: 3, quantity: 20 },
      { metrics: box(200, 100), material: 'AlMg3', thickness: 2, quantity: 30 },
      { metrics: box(400, 400), material: 'S235', thickness: 3, quantity: 5 },
      { metrics: box(100, 100), material: 'S235', thickness: 5, quantity: 3 },
    ];
    const nests = nestBasket(lines, loadCatalog(DEFAULT_CATALOG), DEFAULT_PROFILE);
    expect(nests.map((n) => `${n.material}/${n.thickness}`)).toEqual(['S235/3', 'AlMg3/2', 'S235/5']);
    const s235 = nests[0];
    expect(s235.placements).toHaveLength(25);
    expect(new Set(s235.placements.map((p) => p.part))).toEqual(new Set([0, 2]));
    expect(s235.sheets).toBeGreaterThanOrEqual(s235.areaLowerBound);
    const util = (20 * 500 * 300 * 0.9 + 5 * 400 * 400 * 0.9) / (s235.sheets * 3000 * 1500);
    expect(s235.utilization).toBeCloseTo(util, 12);
    expect(nests[1].placements.every((p) => p.part === 1)).toBe(true);
  });
});
