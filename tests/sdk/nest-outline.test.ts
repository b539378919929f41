import { describe, expect, it } from 'vitest';
import { analyzeDxfSync, KerfError, nestOutline, type NestOutline } from '../../sdk/index.js';
import { arc, circle, dxf, ellipse, line, lwpolyline, spline } from '../helpers/dxf.js';

/** Shoelace area of one flat ring (positive either way round). */
function ringArea(r: number[]): number {
  let s = 0;
  for (let i = 0, n = r.length >> 1, j = n - 1; i < n; j = i++) s += r[2 * j] * r[2 * i + 1] - r[2 * i] * r[2 * j + 1];
  return Math.abs(s / 2);
}

/** Even-odd area: holes are rings inside others; here every ring but the largest is a hole or island by nesting depth. */
function filledArea(o: NestOutline): number {
  const areas = o.rings.map(ringArea).sort((a, b) => b - a);
  return areas[0] - areas.slice(1).reduce((s, a) => s + a, 0);
}

const outline = (entities: Parameters<typeof dxf>[0], options?: Parameters<typeof nestOutline>[1]) =>
  nestOutline(analyzeDxfSync(dxf(entities, { insunits: 4 }), { healed: true }), options);

describe('nestOutline', () => {
  it('flattens a disc within the tolerance: its area is πr² less at most the chords\' sagitta band', () => {
    for (const tolerance of [0.25, 0.01]) {
      const o = outline([circle(0, 0, 140)], { tolerance });
      expect(o.exact).toBe(true);
      expect(o.rings).toHaveLength(1);
      const a = ringArea(o.rings[0]);
      const exact = Math.PI * 140 * 140;
      expect(a).toBeLessThanOrEqual(exact + 1e-6);
      // the chords lie inside the circle by at most the tolerance
      expect(a).toBeGreaterThan(exact - 2 * Math.PI * 140 * tolerance);
      expect(o.area).toBeCloseTo(exact, 6);
      for (let i = 0; i < o.rings[0].length; i += 2) {
        expect(Math.hypot(o.rings[0][i], o.rings[0][i + 1])).toBeCloseTo(140, 3);
      }
      expect(o.bbox).toEqual({ minX: -140, minY: -140, width: 280, height: 280 });
    }
  });

  it('keeps a ring\'s hole as a second ring (even-odd)', () => {
    const o = outline([circle(0, 0, 100), circle(0, 0, 60)]);
    expect(o.rings).toHaveLength(2);
    // both circles' chords lie inside them by at most 0.25 mm: the net area moves by at most that along both
    expect(Math.abs(filledArea(o) - Math.PI * (100 * 100 - 60 * 60))).toBeLessThan(2 * Math.PI * 100 * 0.25);
    expect(o.area).toBeCloseTo(Math.PI * (100 * 100 - 60 * 60), 6);
  });

  it('walks lines and bulged arcs in order: an L-bracket with rounded corner', () => {
    // 300 x 300 L, legs 100 wide, the outer corner rounded with r 20
    const o = outline([
      lwpolyline([[0, 20, 0], [0, 300], [100, 300], [100, 100], [300, 100], [300, 0], [20, 0, Math.tan(-Math.PI / 8)]], true),
      circle(50, 250, 15),
    ]);
    expect(o.exact).toBe(true);
    // the 30 mm hole is above the default minHole of 20 mm: kept
    expect(o.rings).toHaveLength(2);
    const outer = ringArea(o.rings.reduce((a, b) => (ringArea(a) > ringArea(b) ? a : b)));
    // exact but for the chords of the quarter arc (31.4 mm long, at most 0.25 mm inside it)
    const exact = 300 * 100 + 200 * 100 - (400 - Math.PI * 100);
    expect(outer).toBeLessThanOrEqual(exact + 1e-6);
    expect(outer).toBeGreaterThan(exact - 10 * Math.PI * 0.25);
  });

  it('flattens ellipses and splines', () => {
    const e = outline([ellipse(0, 0, 100, 0, 0.5)]);
    const ea = ringArea(e.rings[0]);
    // inside the ellipse by at most the tolerance along its perimeter (about 485 mm)
    expect(ea).toBeLessThanOrEqual(Math.PI * 100 * 50);
    expect(ea).toBeGreaterThan(Math.PI * 100 * 50 - 485 * 0.25);
    // a closed contour of a spline and a line
    const s = outline([spline(3, [0, 0, 0, 0, 1, 1, 1, 1], [[0, 0], [0, 100], [100, 100], [100, 0]]), line(100, 0, 0, 0)]);
    expect(s.exact).toBe(true);
    expect(s.rings[0].length).toBeGreaterThan(10);
    expect(ringArea(s.rings[0])).toBeLessThanOrEqual(s.area + 1e-6);
    expect(ringArea(s.rings[0])).toBeGreaterThan(s.area - 300 * 0.25);
  });

  it('leaves holes smaller than minHole filled, with the islands inside them', () => {
    const plate = [lwpolyline([[0, 0], [200, 0], [200, 100], [0, 100]], true), circle(50, 50, 8), circle(150, 50, 30), circle(150, 50, 5)];
    const dflt = outline(plate);
    // the 16 mm hole is dropped, the 60 mm one kept with its 10 mm island
    expect(dflt.rings).toHaveLength(3);
    const all = outline(plate, { minHole: 0 });
    expect(all.rings).toHaveLength(4);
    const big = outline(plate, { minHole: 100 });
    // the 60 mm hole goes, and the island inside it with it
    expect(big.rings).toHaveLength(1);
  });

  it('nests a drawing with an open contour as its bounding box', () => {
    const o = outline([lwpolyline([[0, 0], [200, 0], [200, 100], [0, 100]], true), line(10, 10, 50, 40), arc(100, 50, 20, 0, 90)]);
    expect(o.exact).toBe(false);
    expect(o.rings).toEqual([[0, 0, 200, 0, 200, 100, 0, 100]]);
    expect(o.bbox).toEqual({ minX: 0, minY: 0, width: 200, height: 100 });
  });

  it('needs the healed geometry', () => {
    const r = analyzeDxfSync(dxf([circle(0, 0, 10)]));
    expect(() => nestOutline(r)).toThrow(KerfError);
    try {
      nestOutline(r);
    } catch (e) {
      expect((e as KerfError).code).toBe('INVALID_OPTION');
    }
  });

  it('is plain JSON', () => {
    const o = outline([circle(0, 0, 100), circle(0, 0, 60)]);
    expect(JSON.parse(JSON.stringify(o))).toEqual(o);
  });
});
