import { describe, expect, it } from 'vitest';
import { analyzeDxf } from '../../sdk/index.js';
import { circle, dxf, lwpolyline } from '../helpers/dxf.js';

describe('analyzeDxf', () => {
  it('measures a 100 x 50 plate with one 20 mm hole', async () => {
    const r = await analyzeDxf(dxf([lwpolyline([[0, 0], [100, 0], [100, 50], [0, 50]], true), circle(50, 25, 10)], { insunits: 4 }));
    expect(r.pierces).toBe(2);
    expect(r.cutLength).toBeCloseTo(300 + 20 * Math.PI, 9);
    expect(r.grossArea).toBeCloseTo(5000, 9);
    expect(r.netArea).toBeCloseTo(5000 - 100 * Math.PI, 9);
    expect(r.contours.map((c) => c.depth).sort()).toEqual([0, 1]);
    expect(r.warnings).toEqual([]);
  });
});
