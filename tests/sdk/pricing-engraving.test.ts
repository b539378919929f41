import { describe, expect, it } from 'vitest';
import {
  analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_MARKING_SPEED, DEFAULT_PROFILE, loadCatalog, quote, type CatalogInput,
} from '../../sdk/index.js';
import { circle, dxf, line, lwpolyline } from '../helpers/dxf.js';

const plate = lwpolyline([[0, 0], [120, 0], [120, 80], [0, 80]], true);
const onLayer = (layer: string, e: string) => e.replace('\n8\n0\n', `\n8\n${layer}\n`);
const S235_3 = { material: 'S235', thickness: 3, quantity: 10 };

describe('quote › engraving (geometry on engrave layers)', () => {
  const plain = analyzeDxfSync(dxf([plate, circle(60, 40, 5)], { insunits: 4 }));
  // 1,000 mm of marking: ten 100 mm lines on a GRAVUR layer
  const marks = Array.from({ length: 10 }, (_, i) => onLayer('GRAVUR', line(10, 5 + i * 7, 110, 5 + i * 7)));
  const marked = analyzeDxfSync(dxf([plate, circle(60, 40, 5), ...marks], { insunits: 4 }));
  const catalog = loadCatalog(DEFAULT_CATALOG);

  it('leaves the cut alone and adds an engraving line priced at the default marking speed', () => {
    expect(marked.cutLength).toBeCloseTo(plain.cutLength, 9);
    expect(marked.metrics.engraveLength).toBeCloseTo(1000, 9);
    const a = quote(plain, S235_3, catalog, DEFAULT_PROFILE), b = quote(marked, S235_3, catalog, DEFAULT_PROFILE);
    expect(a.breakdown.find((l) => l.code === 'engraving')).toBeUndefined();
    const engraving = b.breakdown.find((l) => l.code === 'engraving');
    // 1,000 mm at 10,000 mm/min = 6 s per part, at the machine rate with the cutting markup, × 10 parts
    const cents = (6 / 3600) * DEFAULT_PROFILE.machineRatePerHour * (1 + DEFAULT_PROFILE.cuttingMarkup) * 10;
    expect(DEFAULT_MARKING_SPEED).toBe(10_000);
    expect(engraving).toEqual({ code: 'engraving', label: 'Engraving', amount: Math.round(cents) });
    expect(b.breakdown.find((l) => l.code === 'cutting')?.amount).toBe(a.breakdown.find((l) => l.code === 'cutting')?.amount);
    expect(b.breakdown.reduce((s, l) => s + l.amount, 0)).toBe(b.total);
  });

  it('takes the catalog\'s markingSpeed where a thickness gives one (optional: old catalogs stay valid)', () => {
    const input = structuredClone(DEFAULT_CATALOG) as CatalogInput;
    const s235 = input.materials.find((m) => m.id === 'S235')!;
    for (const t of s235.thicknesses) t.markingSpeed = 5_000;
    const slow = quote(marked, S235_3, loadCatalog(input), DEFAULT_PROFILE);
    const fast = quote(marked, S235_3, catalog, DEFAULT_PROFILE);
    const amount = (q: typeof slow) => q.breakdown.find((l) => l.code === 'engraving')!.amount;
    expect(Math.abs(amount(slow) - 2 * amount(fast))).toBeLessThanOrEqual(1);
    expect(() => loadCatalog({ ...input, materials: [{ ...s235, thicknesses: [{ ...s235.thicknesses[0], markingSpeed: -1 }] }] }))
      .toThrow(/markingSpeed/);
  });

  it('prices a result stored before layer roles (no metrics) without engraving', () => {
    const old = { ...plain } as Partial<typeof plain>;
    delete old.metrics;
    const r = quote(old as typeof plain, S235_3, catalog, DEFAULT_PROFILE);
    expect(r.breakdown.map((l) => l.code)).not.toContain('engraving');
  });
});
