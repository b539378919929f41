// Areas where closed contours cross (issue [6]): gross area = the region the closed contours
// enclose together (their union), net area = their even-odd fill (inside an odd number of them),
// so 0 <= net <= gross for any drawing, with the warning CROSSING_CONTOURS. A proper part (an
// outline, holes, islands in holes, things touching without crossing) measures as before.
// Every figure is computed by hand; each drawing is also turned, moved far from the origin and
// written with its entities in other orders.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDxfSync } from '../../sdk/index.js';
import type { AnalyzeResult } from '../../sdk/types.js';
import { referenceAreas } from '../helpers/area-reference.js';
import { arc, circle, dxf, ellipse, line, lwpolyline, type Ent } from '../helpers/dxf.js';
import { rng, shuffle } from '../helpers/random.js';

const PI = Math.PI;
type Pt = [number, number];

/** A drawing in primitives, placed by a turn (degrees) and a shift when written. */
type Prim =
  | { poly: Pt[] }
  | { circle: [Pt, number] }
  | { ellipse: [Pt, Pt, number] }
  | { lines: Pt[] };

function write(prims: Prim[], deg = 0, dx = 0, dy = 0, order?: () => number): string {
  const a = (deg * PI) / 180, c = Math.cos(a), s = Math.sin(a);
  const t = ([x, y]: Pt): Pt => [c * x - s * y + dx, s * x + c * y + dy];
  const ents: Ent[] = [];
  for (const p of prims) {
    if ('poly' in p) ents.push(lwpolyline(p.poly.map(t), true));
    else if ('circle' in p) { const q = t(p.circle[0]); ents.push(circle(q[0], q[1], p.circle[1])); }
    else if ('ellipse' in p) {
      const q = t(p.ellipse[0]), [mx, my] = p.ellipse[1];
      ents.push(ellipse(q[0], q[1], c * mx - s * my, s * mx + c * my, p.ellipse[2]));
    } else {
      // a closed outline as loose lines
      const v = p.lines.map(t);
      for (let i = 0; i < v.length; i++) ents.push(line(v[i][0], v[i][1], v[(i + 1) % v.length][0], v[(i + 1) % v.length][1]));
    }
  }
  return dxf(order ? shuffle(ents, order) : ents, { insunits: 4 });
}

const rect = (x0: number, y0: number, x1: number, y1: number): Prim => ({ poly: [[x0, y0], [x1, y0], [x1, y1], [x0, y1]] });

function analyze(text: string): AnalyzeResult {
  return analyzeDxfSync(text, { sequence: false });
}

const warning = (r: AnalyzeResult) => r.warnings.find((w) => w.code === 'CROSSING_CONTOURS');

/** Relative agreement; far from the origin the coordinates themselves carry rounding of ~1e-11 mm. */
function near(actual: number, expected: number, rel = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
}

interface Case {
  name: string;
  prims: Prim[];
  gross: number;
  net: number;
  /** Closed contours that cross, and the points they cross at (undefined: no warning). */
  crossing?: [number, number];
  rel?: number;
}

// a rectangle and a circle whose centre lies on its right side: half the disc overlaps
const halfDisc = 200 * PI;
// an ellipse (semi-axes 30, 15) centred 10 mm left of a rectangle's side: the cap beyond the side
// (x from a third of the half axis on: 2ab ∫ sqrt(1 - u²) du over [1/3, 1])
const cap = 30 * 15 * (PI / 2 - Math.asin(1 / 3) - (2 * Math.SQRT2) / 9);

/** n bars each way, `size` long, 2 wide, on a 10 mm pitch, overhanging 5 mm at both ends. */
function bars(n: number, size: number): Prim[] {
  return [
    ...Array.from({ length: n }, (_, i) => rect(-5, 10 * i + 1, size + 5, 10 * i + 3)),
    ...Array.from({ length: n }, (_, j) => rect(10 * j + 1, -5, 10 * j + 3, size + 5)),
  ];
}

const CASES: Case[] = [
  {
    name: 'two rectangles overlapping (their corners in each other)',
    prims: [rect(0, 0, 100, 50), rect(60, 20, 160, 80)],
    // 5000 + 6000 - the 40 x 30 overlap; the overlap is inside both, so not material
    gross: 9800, net: 8600, crossing: [2, 2],
  },
  {
    name: 'two bars crossing like a plus sign (no corner in the other)',
    prims: [rect(0, 40, 100, 60), { lines: [[40, 0], [60, 0], [60, 100], [40, 100]] }],
    gross: 2000 + 2000 - 400, net: 4000 - 800, crossing: [2, 4],
  },
  {
    name: 'a rectangle crossing a circle',
    prims: [rect(0, 0, 100, 50), { circle: [[100, 25], 20] }],
    gross: 5000 + 400 * PI - halfDisc, net: 5000 + 400 * PI - 2 * halfDisc, crossing: [2, 2],
  },
  {
    name: 'a circle centred on a rectangle\'s corner',
    prims: [rect(0, 0, 100, 50), { circle: [[100, 50], 20] }],
    gross: 5000 + 300 * PI, net: 5000 + 200 * PI, crossing: [2, 2],
  },
  {
    name: 'a rectangle crossing an ellipse',
    prims: [rect(0, 0, 100, 50), { ellipse: [[90, 25], [30, 0], 0.5] }],
    // all but the cap lies inside the rectangle
    gross: 5000 + cap, net: 5000 - (450 * PI - cap) + cap, crossing: [2, 2],
  },
  {
    name: 'a figure eight drawn as one polyline (a bow tie)',
    prims: [{ poly: [[0, 0], [20, 20], [20, 0], [0, 20]] }],
    // two triangles of 100 each; the signed area (0) would cancel them
    gross: 200, net: 200, crossing: [1, 1],
  },
  {
    name: 'a figure eight with loops of different sizes',
    prims: [{ poly: [[0, 0], [30, 30], [30, 0], [0, 20]] }],
    // they cross at (12, 12): loops of 120 and 270 (signed area 150)
    gross: 390, net: 390, crossing: [1, 1],
  },
  {
    name: 'a figure eight with a vertex where it crosses (two loops meeting at a node)',
    prims: [{ poly: [[0, 0], [10, 10], [20, 20], [20, 0], [10, 10], [0, 20]] }],
    gross: 200, net: 200,
  },
  {
    name: 'a bar across the middle of a figure eight',
    prims: [{ poly: [[0, 0], [20, 20], [20, 0], [0, 20]] }, rect(5, 8, 15, 12)],
    // loops |y - 10| <= 10 - x (x <= 10) and <= x - 10 (x >= 10): the bar [5, 15] x [8, 12] has
    // 16 in each and 8 outside both (round where they cross); the 32 in the loops is not material
    gross: 200 + 8, net: 200 - 32 + 8, crossing: [2, 5], // and where the figure eight crosses itself
  },
  {
    name: 'a diamond across a rectangle\'s side at its vertices',
    prims: [rect(0, 0, 100, 50), { poly: [[50, 40], [60, 50], [50, 60], [40, 50]] }],
    // the diamond (200) passes through the side at two of its corners: half inside
    gross: 5100, net: 5000, crossing: [2, 2],
  },
  {
    name: 'a grid of bars, each crossing every bar the other way',
    prims: bars(10, 100),
    // 20 bars of 110 x 2, crossing in 100 squares of 2 x 2
    gross: 4400 - 400, net: 4400 - 800, crossing: [20, 400],
  },
];

describe('crossing closed contours', () => {
  for (const [k, c] of CASES.entries()) {
    describe(c.name, () => {
      const base = analyze(write(c.prims));
      const gross = c.gross, net = c.net;
      it('measures the union as gross area and the even-odd fill as net area', () => {
        near(base.grossArea, gross, c.rel);
        near(base.netArea, net, c.rel);
        expect(base.netArea).toBeGreaterThanOrEqual(0);
        expect(base.netArea).toBeLessThanOrEqual(base.grossArea);
      });
      it(c.crossing ? 'warns with the contours and points that cross' : 'does not warn', () => {
        const w = warning(base);
        if (!c.crossing) { expect(w).toBeUndefined(); return; }
        expect(w?.count).toBe(c.crossing[0]);
        expect(w?.crossings).toBe(c.crossing[1]);
        expect(w?.message).toMatch(/cross/);
        expect(Number.isFinite(w?.at?.x) && Number.isFinite(w?.at?.y)).toBe(true);
      });
      it('measures the same turned, far from the origin and in any entity order', () => {
        const rand = rng(7 + k);
        for (const [deg, dx, dy] of [[90, 0, 0], [33, 0, 0], [-71, 1e5, -2e5], [180, 1234.5, 0]]) {
          const r = analyze(write(c.prims, deg, dx, dy, rand));
          const rel = Math.max(c.rel ?? 1e-9, dx !== 0 ? 1e-8 : 1e-9);
          near(r.grossArea, gross, rel);
          near(r.netArea, net, rel);
          expect(warning(r)?.count, `turned ${deg}°`).toBe(c.crossing?.[0]);
        }
      });
    });
  }

  it('gives a figure eight its loops as its area, and the right depth to a hole in one loop', () => {
    const r = analyze(write([{ poly: [[0, 0], [30, 30], [30, 0], [0, 20]] }, { circle: [[25, 15], 2] }]));
    const eight = r.contours.find((c) => c.segments === 4)!;
    near(eight.area, 390);
    // the hole lies in the larger loop: material less the hole
    near(r.netArea, 390 - 4 * PI);
    near(r.grossArea, 390);
  });
});

describe('proper parts measure as before', () => {
  const plate: Prim[] = [
    rect(0, 0, 200, 100),
    { circle: [[50, 50], 20] },
    rect(100, 20, 180, 80), // a hole
    rect(120, 35, 160, 65), // an island in it
    { circle: [[140, 50], 5] }, // a hole in the island
  ];
  const cases: [string, Prim[], number, number][] = [
    ['a plate with a round hole, a square hole, an island in it and a hole in the island', plate,
      20000, 20000 - 400 * PI - 4800 + 1200 - 25 * PI],
    ['a hole touching the outline from inside (a circle tangent to a side)', [rect(0, 0, 200, 100), { circle: [[10, 50], 10] }],
      20000, 20000 - 100 * PI],
    ['a circle inscribed in a square (touching all four sides)', [rect(0, 0, 40, 40), { circle: [[20, 20], 20] }],
      1600, 1600 - 400 * PI],
    ['a diamond standing on a rectangle\'s side from outside (corner on the side)',
      [rect(0, 0, 100, 50), { poly: [[50, 50], [60, 60], [50, 70], [40, 60]] }], 5200, 5200],
    ['two parts side by side whose boxes overlap (an L and a square in its corner)',
      [{ poly: [[0, 0], [100, 0], [100, 20], [20, 20], [20, 100], [0, 100]] }, rect(30, 30, 90, 90)], 3600 + 3600, 3600 + 3600],
    ['concentric rings', [{ circle: [[0, 0], 40] }, { circle: [[0, 0], 30] }, { circle: [[0, 0], 20] }, { circle: [[0, 0], 10] }],
      1600 * PI, (1600 - 900 + 400 - 100) * PI],
  ];
  for (const [name, prims, gross, net] of cases) {
    it(name, () => {
      for (const [deg, dx] of [[0, 0], [27, 0], [-90, 5e4]]) {
        const r = analyze(write(prims, deg, dx, 0, rng(3)));
        near(r.grossArea, gross, dx ? 1e-8 : 1e-9);
        near(r.netArea, net, dx ? 1e-8 : 1e-9);
        expect(warning(r)).toBeUndefined();
      }
    });
  }
});

describe('drawings from the corpus', () => {
  const root = '/work/shared/corpus';
  const files = ['dxf-js', 'dxf-parser'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.dxf')).map((f) => join(root, d, f)));

  it('floorplan.dxf: outlines of walls crossing each other, net no longer above gross', () => {
    const bytes = readFileSync(join(root, 'dxf-js/floorplan.dxf'));
    const r = analyzeDxfSync(bytes, { geometry: true, flattenTolerance: 1e-6, sequence: false });
    // before: gross 640,491 mm², net 777,809 mm² (two crossing outlines both counted, walls as material)
    expect(r.netArea).toBeLessThanOrEqual(r.grossArea);
    const ref = referenceAreas(r);
    near(r.grossArea, ref.union, 1e-6);
    near(r.netArea, ref.evenOdd, 1e-6);
    near(r.grossArea, 335221.775, 1e-8);
    near(r.netArea, 157297.540, 1e-8);
    expect(warning(r)?.count).toBe(32);
  });

  it('every file: 0 <= net <= gross, and where contours cross the areas agree with the scanline reference', () => {
    let crossing = 0;
    for (const f of files) {
      let r: AnalyzeResult;
      try { r = analyzeDxfSync(readFileSync(f), { geometry: true, flattenTolerance: 1e-6, sequence: false }); } catch { continue; }
      expect(r.netArea, f).toBeGreaterThanOrEqual(0);
      expect(r.netArea, f).toBeLessThanOrEqual(r.grossArea);
      if (!warning(r)) continue;
      crossing++;
      const ref = referenceAreas(r);
      near(r.grossArea, ref.union, 1e-5);
      near(r.netArea, ref.evenOdd, 1e-5);
    }
    expect(crossing).toBeGreaterThanOrEqual(6);
  });
});

describe('on a sheet of thousands of contours', () => {
  it('finds crossings between contours, not a contour crossing itself (a part gets both)', () => {
    const prims: Prim[] = [];
    for (let i = 0; i < 2100; i++) prims.push({ circle: [[(i % 50) * 10, Math.floor(i / 50) * 10], 3] });
    prims.push({ poly: [[1000, 0], [1020, 20], [1020, 0], [1000, 20]] }); // a bow tie: its signed area, 0
    prims.push(rect(1100, 0, 1200, 50), rect(1160, 20, 1260, 80));
    const r = analyze(write(prims));
    expect(warning(r)?.count).toBe(2);
    near(r.grossArea, 2100 * 9 * PI + 9800);
    near(r.netArea, 2100 * 9 * PI + 8600);
  });
});

describe('in the cut sequence and the contour list', () => {
  it('keeps the contours, their lengths and the cut length', () => {
    const r = analyze(write([rect(0, 0, 100, 50), rect(60, 20, 160, 80)]));
    expect(r.contours.filter((c) => c.closed).map((c) => c.area).sort((a, b) => a - b)).toEqual([5000, 6000]);
    near(r.cutLength, 300 + 320);
  });

  it('analyzes a many-crossing drawing quickly', () => {
    // 60 x 60 bars: 3,600 pairs crossing at 14,400 points
    const t = performance.now();
    const r = analyze(write(bars(60, 600)));
    expect(performance.now() - t).toBeLessThan(2000);
    near(r.grossArea, 120 * 610 * 2 - 3600 * 4);
    near(r.netArea, 120 * 610 * 2 - 2 * 3600 * 4);
    expect(warning(r)?.crossings).toBe(14400);
  });
});

// arcs are written by the polyline helper only with bulges; one case with ARC entities too
describe('arcs', () => {
  it('a slot crossing a rectangle', () => {
    // slot: two half circles of radius 10 at x = 0 and x = 60, y = 0; rectangle [30, 90] x [-20, 20]
    const ents = [
      arc(0, 0, 10, 90, 270), line(0, -10, 60, -10), arc(60, 0, 10, -90, 90), line(60, 10, 0, 10),
      lwpolyline([[30, -20], [90, -20], [90, 20], [30, 20]], true),
    ];
    const r = analyze(dxf(ents, { insunits: 4 }));
    const slot = 60 * 20 + 100 * PI;
    const overlap = 30 * 20 + 50 * PI; // from x = 30 to the right end: 30 x 20 and the right half circle
    near(r.grossArea, slot + 2400 - overlap);
    near(r.netArea, slot + 2400 - 2 * overlap);
    expect(warning(r)?.count).toBe(2);
  });
});
