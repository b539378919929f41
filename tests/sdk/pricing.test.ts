import { describe, expect, it } from 'vitest';
import {
  analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, KerfError, loadCatalog, loadCoreSync, loadProfile, mergeProfile, quote,
  type AnalyzeResult, type PricingProfile, type Quote,
} from '../../sdk/index.js';
import { circle, dxf, lwpolyline } from '../helpers/dxf.js';

const catalog = loadCatalog(DEFAULT_CATALOG);

/** A w x h plate with n holes of diameter d in a row. */
function plate(w: number, h: number, holes = 0, d = 10): AnalyzeResult {
  const ents = [lwpolyline([[0, 0], [w, 0], [w, h], [0, h]], true)];
  for (let i = 0; i < holes; i++) ents.push(circle(((i + 1) * w) / (holes + 1), h / 2, d / 2));
  return analyzeDxfSync(dxf(ents, { insunits: 4 }));
}

const bracket = plate(120, 80, 4, 8.5);
const S235_3 = { material: 'S235', thickness: 3 };

function q(metrics: AnalyzeResult, quantity: number, profile: PricingProfile = DEFAULT_PROFILE, line = S235_3): Quote {
  return quote(metrics, { ...line, quantity }, catalog, profile);
}

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KerfError);
    return (e as KerfError).code;
  }
  return undefined;
}

const line = (r: Quote, c: string) => r.breakdown.find((l) => l.code === c)?.amount;

describe('quote', () => {
  describe('its arithmetic', () => {
    for (const n of [1, 7, 10, 99, 1000]) {
      it(`adds the breakdown up to the total in whole cents, and total = unit price × quantity (${n} pcs)`, () => {
        const r = q(bracket, n);
        expect(r.breakdown.reduce((s, l) => s + l.amount, 0)).toBe(r.total);
        expect(r.total).toBe(r.unitPrice * n);
        for (const l of r.breakdown) expect(Number.isInteger(l.amount)).toBe(true);
        expect(Number.isInteger(r.unitPrice)).toBe(true);
      });
    }

    it('gives the same cents for the same input, every time', () => {
      expect(q(bracket, 37)).toEqual(q(bracket, 37));
    });

    it('prices the API.md shape: material id and thickness, currency, sheets', () => {
      const r = q(bracket, 10);
      expect(r.material).toEqual({ id: 'S235', thickness: 3 });
      expect(r.currency).toBe('EUR');
      expect(r.sheets.format).toEqual([3000, 1500]);
      expect(r.sheets.sheetCount).toBe(1);
      expect(r.breakdown.map((l) => l.code)).toEqual(expect.arrayContaining(['material', 'cutting', 'setup']));
    });
  });

  describe('against quantity, thickness and length', () => {
    it('lowers the unit price as the quantity grows', () => {
      const prices = [1, 5, 10, 50, 250, 1000, 5000].map((n) => q(bracket, n).unitPrice);
      for (let i = 1; i < prices.length; i++) expect(prices[i]).toBeLessThanOrEqual(prices[i - 1]);
      expect(prices.at(-1)).toBeLessThan(prices[0] / 5);
    });

    it('charges more for thicker sheet of the same part', () => {
      const p = [2, 3, 5, 10].map((t) => q(bracket, 100, DEFAULT_PROFILE, { material: 'S235', thickness: t }).unitPrice);
      for (let i = 1; i < p.length; i++) expect(p[i]).toBeGreaterThan(p[i - 1]);
    });

    it('charges more for more cut length and pierces on the same plate', () => {
      const few = q(plate(200, 100, 2), 100), many = q(plate(200, 100, 12), 100);
      expect(line(many, 'cutting')).toBeGreaterThan(line(few, 'cutting')!);
      expect(many.unitPrice).toBeGreaterThan(few.unitPrice);
    });

    it('computes cutting time as length / speed + pierces × pierce time + rapid travel / rapid speed', () => {
      const r = q(bracket, 1);
      // S235 3 mm: 5.2 m/min, 0.4 s per pierce; the head moves between contours at 60 m/min
      expect(r.cuttingTime).toBeCloseTo((bracket.cutLength / 5200) * 60 + 5 * 0.4 + (bracket.sequence!.travel / 60_000) * 60, 9);
      expect(r.travel).toEqual({ distance: bracket.sequence!.travel, seconds: (bracket.sequence!.travel / 60_000) * 60 });
      expect(r.weight).toBeCloseTo(bracket.netArea * 3 * 7850e-9, 12);
    });
  });

  describe('with the profile', () => {
    it('applies the material markup to the material line', () => {
      const base = line(q(bracket, 100, mergeProfile(DEFAULT_PROFILE, { materialMarkup: 0 })), 'material')!;
      const marked = line(q(bracket, 100, mergeProfile(DEFAULT_PROFILE, { materialMarkup: 0.5 })), 'material')!;
      expect(Math.abs(marked - base * 1.5)).toBeLessThanOrEqual(1);
    });

    it('applies the cutting markup to the cutting line', () => {
      const base = line(q(bracket, 100), 'cutting')!;
      const marked = line(q(bracket, 100, mergeProfile(DEFAULT_PROFILE, { cuttingMarkup: 0.2 })), 'cutting')!;
      expect(Math.abs(marked - base * 1.2)).toBeLessThanOrEqual(1);
    });

    it('takes the largest quantity break reached', () => {
      const r = q(bracket, 300);
      const gross = line(r, 'material')! + line(r, 'cutting')!;
      expect(Math.abs(-line(r, 'quantity_discount')! - gross * 0.15)).toBeLessThanOrEqual(2);
      expect(line(q(bracket, 9), 'quantity_discount')).toBeUndefined();
    });

    it('adds fixed and percentage surcharges', () => {
      const profile = mergeProfile(DEFAULT_PROFILE, {
        minimumOrderValue: 0,
        surcharges: [
          { code: 'cert', label: 'Material certificate', type: 'fixed', amount: 1200 },
          { code: 'energy', label: 'Energy surcharge', type: 'percent', amount: 0.1 },
        ],
      });
      const plain = q(bracket, 100, mergeProfile(DEFAULT_PROFILE, { minimumOrderValue: 0 }));
      const r = q(bracket, 100, profile);
      const surcharges = r.breakdown.filter((l) => l.code === 'surcharge');
      expect(surcharges.map((l) => [l.surcharge, l.label])).toEqual([['cert', 'Material certificate'], ['energy', 'Energy surcharge']]);
      expect(surcharges[0].amount).toBe(1200);
      const before = plain.breakdown.filter((l) => l.code !== 'rounding').reduce((s, l) => s + l.amount, 0);
      expect(surcharges[1].amount).toBe(Math.round(before * 0.1));
    });

    it('makes up the minimum order value, and adds nothing when it is reached', () => {
      const small = q(bracket, 1);
      expect(small.total).toBeGreaterThanOrEqual(DEFAULT_PROFILE.minimumOrderValue);
      expect(line(small, 'minimum_order')).toBeGreaterThan(0);
      expect(line(q(bracket, 500), 'minimum_order')).toBeUndefined();
      const none = q(bracket, 1, mergeProfile(DEFAULT_PROFILE, { minimumOrderValue: 0 }));
      expect(line(none, 'minimum_order')).toBeUndefined();
      expect(none.total).toBeLessThan(small.total);
    });

    it('rounds unit prices up to the rounding step', () => {
      const r = q(bracket, 33, mergeProfile(DEFAULT_PROFILE, { roundingStep: 5, minimumOrderValue: 0 }));
      expect(r.unitPrice % 5).toBe(0);
      expect(line(r, 'rounding')).toBeGreaterThanOrEqual(0);
      expect(line(r, 'rounding')).toBeLessThan(5 * 33);
    });

    it('charges material by the chosen model', () => {
      const noMarkup = { materialMarkup: 0, quantityBreaks: [], minimumOrderValue: 0 };
      const steel = (area: number) => area * 3 * 7850e-9 * 130; // cents per part, S235 3 mm
      const share = q(bracket, 1000, mergeProfile(DEFAULT_PROFILE, { ...noMarkup, materialModel: 'sheet-share' }));
      expect(line(share, 'material')).toBe(Math.round(steel((3000 * 1500) / share.sheets.partsPerSheet) * 1000));
      const box = q(bracket, 1000, mergeProfile(DEFAULT_PROFILE, { ...noMarkup, materialModel: 'bounding-box' }));
      expect(line(box, 'material')).toBe(Math.round(steel(128 * 88) * 1000));
      const net = q(bracket, 1000, mergeProfile(DEFAULT_PROFILE, { ...noMarkup, materialModel: 'net-weight', scrapFactor: 0.2 }));
      expect(line(net, 'material')).toBe(Math.round(steel(bracket.netArea * 1.2) * 1000));
    });
  });

  describe('sheet usage', () => {
    it('fits 120 x 80 parts 374 to a 3000 x 1500 sheet with 8 mm spacing, turned by 90°', () => {
      expect(loadCoreSync().sheetFit(120, 80, 3000, 1500, 8)).toEqual({ partsPerSheet: 374, rotated: true });
      const r = q(bracket, 1000);
      expect(r.sheets.partsPerSheet).toBe(374);
      expect(r.sheets.sheetCount).toBe(3);
      expect(r.sheets.utilization).toBeCloseTo((1000 * bracket.netArea) / (3 * 3000 * 1500), 12);
    });

    it('refuses a part larger than every sheet with PART_TOO_LARGE', () => {
      expect(code(() => q(plate(3200, 100), 1))).toBe('PART_TOO_LARGE');
    });

    it('warns about holes smaller than the material allows', () => {
      const r = q(plate(100, 50, 3, 2), 10, DEFAULT_PROFILE, { material: 'S235', thickness: 5 });
      expect(r.warnings).toEqual([expect.objectContaining({ code: 'SMALL_FEATURE', count: 3 })]);
      expect(q(plate(100, 50, 3, 6), 10, DEFAULT_PROFILE, { material: 'S235', thickness: 5 }).warnings).toEqual([]);
    });
  });

  describe('on bad requests', () => {
    it('refuses an unknown material, naming the ones there are', () => {
      expect(code(() => q(bracket, 1, DEFAULT_PROFILE, { material: 'Unobtainium', thickness: 3 }))).toBe('UNKNOWN_MATERIAL');
    });

    it('refuses a thickness the material does not come in', () => {
      expect(code(() => q(bracket, 1, DEFAULT_PROFILE, { material: 'AlMg3', thickness: 20 }))).toBe('UNAVAILABLE_THICKNESS');
    });

    it('refuses quantities that are not whole positive numbers', () => {
      for (const n of [0, -3, 1.5, Number.NaN]) expect(code(() => q(bracket, n))).toBe('INVALID_QUANTITY');
    });
  });
});

describe('catalog and profile', () => {
  it('holds the demo materials of API.md with plausible figures', () => {
    const ids = catalog.materials.map((m) => m.id);
    expect(ids).toEqual(['S235', '1.4301', 'AlMg3']);
    const s235 = catalog.materials[0];
    expect(s235.thicknesses.map((t) => t.thickness)).toEqual(expect.arrayContaining([1, 20]));
    expect(s235.density).toBe(7850);
    // speeds fall and pierce times grow with thickness
    for (const m of catalog.materials) {
      for (let i = 1; i < m.thicknesses.length; i++) {
        expect(m.thicknesses[i].cuttingSpeed).toBeLessThan(m.thicknesses[i - 1].cuttingSpeed);
        expect(m.thicknesses[i].pierceTime).toBeGreaterThanOrEqual(m.thicknesses[i - 1].pierceTime);
      }
    }
  });

  it('refuses an invalid catalog with INVALID_CATALOG naming the field', () => {
    const bad = structuredClone(DEFAULT_CATALOG) as { materials: { density: number }[] };
    bad.materials[1].density = -1;
    expect(() => loadCatalog(bad)).toThrow(/materials\.1\.density/);
    expect(code(() => loadCatalog(bad))).toBe('INVALID_CATALOG');
    expect(code(() => loadCatalog({ ...DEFAULT_CATALOG, materials: [...DEFAULT_CATALOG.materials, DEFAULT_CATALOG.materials[0]] }))).toBe('INVALID_CATALOG');
  });

  it('merges company overrides over the operator profile and validates them', () => {
    const p = mergeProfile(DEFAULT_PROFILE, { materialMarkup: 0.05, quantityBreaks: [] });
    expect(p.materialMarkup).toBe(0.05);
    expect(p.quantityBreaks).toEqual([]);
    expect(p.machineRatePerHour).toBe(DEFAULT_PROFILE.machineRatePerHour);
    expect(code(() => mergeProfile(DEFAULT_PROFILE, { roundingStep: 0 }))).toBe('INVALID_PROFILE');
    expect(code(() => loadProfile({ currency: 'EUR' }))).toBe('INVALID_PROFILE');
  });
});

describe('a share of a nest (issue [9])', () => {
  const L = analyzeDxfSync(dxf([lwpolyline([[0, 0], [600, 0], [600, 150], [150, 150], [150, 600], [0, 600]], true)]));
  const alone = quote(L, { ...S235_3, quantity: 50 }, catalog, DEFAULT_PROFILE);
  const material = (q: { breakdown: { code: string; amount: number }[] }) => q.breakdown.find((b) => b.code === 'material')!.amount;

  it('charges the sheet area the nest gives each piece and reports the nest\'s sheets', () => {
    expect(alone.sheets).toMatchObject({ method: 'box', partsPerSheet: 8 });
    const gridArea = (3000 * 1500) / 8;
    const share = { method: 'true-shape' as const, area: gridArea / 2, format: [3000, 1500] as [number, number], sheetCount: 4, utilization: 0.7 };
    const nested = quote(L, { ...S235_3, quantity: 50, nest: share }, catalog, DEFAULT_PROFILE);
    // material is linear in the area charged (the same kg price and markup)
    expect(material(nested)).toBeCloseTo(material(alone) / 2, -1);
    expect(nested.sheets).toEqual({ format: [3000, 1500], partsPerSheet: 8, sheetCount: 4, utilization: 0.7, rotated: alone.sheets.rotated, method: 'true-shape', nested: true });
    expect(nested.total).toBeLessThan(alone.total);
  });

  it('never charges more than the part\'s own grid, and refuses a share without area', () => {
    const worse = quote(L, { ...S235_3, quantity: 50, nest: { method: 'true-shape', area: 1e7, format: [3000, 1500], sheetCount: 9, utilization: 0.1 } }, catalog, DEFAULT_PROFILE);
    expect(material(worse)).toBe(material(alone));
    expect(() => quote(L, { ...S235_3, quantity: 50, nest: { method: 'box', area: 0, format: [3000, 1500], sheetCount: 1, utilization: 0 } }, catalog, DEFAULT_PROFILE))
      .toThrow(expect.objectContaining({ code: 'INVALID_PARAMETER' }));
  });
});
