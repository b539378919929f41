// Generated drawings whose true metrics are known analytically (or by a fine numeric reference
// computed here, independently of the analyzer).
import { describe, expect, it } from 'vitest';
import { analyzeDxfSync } from '../../sdk/index.js';
import type { AnalysisWarning, AnalyzeResult, BoundingBox } from '../../sdk/index.js';
import {
  arc, circle, dxf, ellipse, fitSpline, insert, line, lwpolyline, polyline, spline, text, type Ent,
} from '../helpers/dxf.js';
import { rng, shuffle } from '../helpers/random.js';

const PI = Math.PI;
const MM = 4; // $INSUNITS millimetres

// ---------------------------------------------------------------------------------------------
// helpers

function mm(entities: Ent[], blocks?: { name: string; x?: number; y?: number; entities: Ent[] }[]): AnalyzeResult {
  return analyzeDxfSync(dxf(entities, { insunits: MM, blocks }));
}

function warning(r: AnalyzeResult, code: AnalysisWarning['code']): AnalysisWarning | undefined {
  return r.warnings.find((w) => w.code === code);
}

function codes(r: AnalyzeResult): string[] {
  return r.warnings.map((w) => w.code).sort();
}

function expectRel(got: number, want: number, rel: number): void {
  const err = Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
  if (!(err <= rel)) {
    throw new Error(`expected ${got} to be within relative ${rel} of ${want} (relative error ${err})`);
  }
}

function expectBox(got: BoundingBox, minX: number, minY: number, maxX: number, maxY: number, tol = 1e-9): void {
  expect(got.minX).toBeCloseTo(minX, -Math.log10(tol));
  expect(got.minY).toBeCloseTo(minY, -Math.log10(tol));
  expect(got.maxX).toBeCloseTo(maxX, -Math.log10(tol));
  expect(got.maxY).toBeCloseTo(maxY, -Math.log10(tol));
  expect(got.width).toBeCloseTo(maxX - minX, -Math.log10(tol));
  expect(got.height).toBeCloseTo(maxY - minY, -Math.log10(tol));
}

function depths(r: AnalyzeResult): number[] {
  return r.contours.map((c) => c.depth).sort((a, b) => a - b);
}

/** Composite Simpson rule with n (even) steps. */
function simpson(f: (t: number) => number, a: number, b: number, n = 200_000): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i & 1 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

/** Length of the elliptical arc with half-axes a, b between parameters t0 and t1. */
function ellipseArcLength(a: number, b: number, t0: number, t1: number): number {
  return simpson((t) => Math.hypot(a * Math.sin(t), b * Math.cos(t)), t0, t1);
}

/** A point of a (rational) B-spline by de Boor's algorithm in homogeneous coordinates. */
function deBoor(p: number, knots: number[], ctrl: [number, number, number?][], t: number): [number, number] {
  const n = ctrl.length;
  let k = p;
  while (k < n - 1 && t >= knots[k + 1]) k++;
  const d: [number, number, number][] = [];
  for (let j = 0; j <= p; j++) {
    const [x, y, w = 1] = ctrl[j + k - p];
    d.push([x * w, y * w, w]);
  }
  for (let r = 1; r <= p; r++) {
    for (let j = p; j >= r; j--) {
      const i = j + k - p;
      const den = knots[i + p - r + 1] - knots[i];
      const a = den === 0 ? 0 : (t - knots[i]) / den;
      for (let c = 0; c < 3; c++) d[j][c] = (1 - a) * d[j - 1][c] + a * d[j][c];
    }
  }
  return [d[p][0] / d[p][2], d[p][1] / d[p][2]];
}

/** Length of a B-spline by a dense polyline, span by span (chord error ~ 1e-10 relative). */
function splineLength(p: number, knots: number[], ctrl: [number, number, number?][], perSpan = 50_000): number {
  let len = 0;
  for (let s = p; s < ctrl.length; s++) {
    const a = knots[s], b = knots[s + 1];
    if (!(b > a)) continue;
    let [px, py] = deBoor(p, knots, ctrl, a);
    for (let i = 1; i <= perSpan; i++) {
      const t = i === perSpan ? b - 1e-15 * Math.abs(b) : a + ((b - a) * i) / perSpan;
      const [x, y] = deBoor(p, knots, ctrl, Math.min(t, b));
      len += Math.hypot(x - px, y - py);
      px = x; py = y;
    }
  }
  return len;
}

/** Exact bounding box of a circular arc from a0 sweeping counter-clockwise to a1 (radians). */
function arcBox(cx: number, cy: number, r: number, a0: number, a1: number): [number, number, number, number] {
  while (a1 <= a0) a1 += 2 * PI;
  const xs = [Math.cos(a0), Math.cos(a1)], ys = [Math.sin(a0), Math.sin(a1)];
  for (let k = Math.ceil(a0 / (PI / 2)); k * (PI / 2) <= a1; k++) {
    xs.push(Math.round(Math.cos((k * PI) / 2))); ys.push(Math.round(Math.sin((k * PI) / 2)));
  }
  return [cx + r * Math.min(...xs), cy + r * Math.min(...ys), cx + r * Math.max(...xs), cy + r * Math.max(...ys)];
}

function rect(x0: number, y0: number, x1: number, y1: number): Ent {
  return lwpolyline([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], true);
}

/** Loose LINE entities around a rectangle, counter-clockwise. */
function rectLines(x0: number, y0: number, x1: number, y1: number): Ent[] {
  return [line(x0, y0, x1, y0), line(x1, y0, x1, y1), line(x1, y1, x0, y1), line(x0, y1, x0, y0)];
}

/** An obround slot of loose entities: centres (x0, y) and (x1, y), radius r (2 lines + 2 half arcs). */
function slot(x0: number, x1: number, y: number, r: number, wrapRightArc = true): Ent[] {
  return [
    line(x0, y - r, x1, y - r),
    wrapRightArc ? arc(x1, y, r, 270, 90) : arc(x1, y, r, -90, 90),
    line(x1, y + r, x0, y + r),
    arc(x0, y, r, 90, 270),
  ];
}

const T90 = Math.tan(PI / 8); // bulge of a quarter circle

/** Rounded rectangle vertices (counter-clockwise); the last vertex's bulge closes the outline. */
function roundedRect(w: number, h: number, r: number): [number, number, number?][] {
  return [
    [r, 0], [w - r, 0, T90], [w, r], [w, h - r, T90], [w - r, h], [r, h, T90], [0, h - r], [0, r, T90],
  ];
}

/** The same outline clockwise: vertex order reversed, each bulge moved to the new predecessor and negated. */
function reversedPolyline(v: [number, number, number?][]): [number, number, number?][] {
  const n = v.length;
  const out: [number, number, number?][] = [];
  for (let i = n - 1; i >= 0; i--) {
    // segment from v[i] to v[i-1] (cyclic) is segment v[i-1] -> v[i] reversed
    const prev = v[(i - 1 + n) % n];
    const b = prev[2] ?? 0;
    out.push([v[i][0], v[i][1], b ? -b : undefined]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('analyze', () => {
  describe('when a rectangular plate has round holes', () => {
    const W = 120, H = 80;
    const holes: [number, number, number][] = [[20, 20, 5], [60, 40, 12.5], [100, 60, 7], [100, 20, 3]];
    const r = mm([rect(0, 0, W, H), ...holes.map(([x, y, rr]) => circle(x, y, rr))]);

    it('cuts the outline plus every hole circumference', () => {
      const want = 2 * (W + H) + holes.reduce((s, h) => s + 2 * PI * h[2], 0);
      expect(r.cutLength).toBeCloseTo(want, 9);
    });

    it('pierces once per contour, all closed', () => {
      expect(r.pierces).toBe(5);
      expect(r.closedContours).toBe(5);
      expect(r.openContours).toBe(0);
    });

    it('reports the plate as gross area and subtracts the holes for net area', () => {
      expect(r.grossArea).toBeCloseTo(W * H, 9);
      expect(r.netArea).toBeCloseTo(W * H - holes.reduce((s, h) => s + PI * h[2] * h[2], 0), 9);
    });

    it('puts the outline at depth 0 and every hole at depth 1', () => {
      expect(depths(r)).toEqual([0, 1, 1, 1, 1]);
      const outer = r.contours.find((c) => c.depth === 0)!;
      expect(outer.length).toBeCloseTo(2 * (W + H), 9);
      expect(outer.area).toBeCloseTo(W * H, 9);
      for (const [x, y, rr] of holes) {
        const c = r.contours.find((k) => Math.abs(k.bbox.minX - (x - rr)) < 1e-9 && Math.abs(k.bbox.minY - (y - rr)) < 1e-9);
        expect(c, `hole at ${x},${y}`).toBeDefined();
        expect(c!.depth).toBe(1);
        expect(c!.closed).toBe(true);
        expect(c!.length).toBeCloseTo(2 * PI * rr, 9);
        expect(c!.area).toBeCloseTo(PI * rr * rr, 9);
        expectBox(c!.bbox, x - rr, y - rr, x + rr, y + rr);
      }
    });

    it('gives the bounding box of the plate and no warnings', () => {
      expectBox(r.bbox, 0, 0, W, H);
      expect(r.warnings).toEqual([]);
      expect(r.units).toBe('mm');
      expect(r.sourceUnits).toBe('mm');
    });

    it('measures the same plate drawn with four loose LINEs', () => {
      const l = mm([...shuffle(rectLines(0, 0, W, H), rng(1)), ...holes.map(([x, y, rr]) => circle(x, y, rr))]);
      expect(l.cutLength).toBeCloseTo(r.cutLength, 9);
      expect(l.netArea).toBeCloseTo(r.netArea, 9);
      expect(l.pierces).toBe(5);
      expect(l.warnings).toEqual([]);
    });
  });

  describe('when a slot is drawn from loose LINEs and ARCs', () => {
    const L = 40, R = 6;

    it('closes the obround and measures 2 straight sides plus one full circle', () => {
      const r = mm(slot(10, 10 + L, 20, R));
      expect(r.closedContours).toBe(1);
      expect(r.openContours).toBe(0);
      expect(r.cutLength).toBeCloseTo(2 * L + 2 * PI * R, 9);
      expect(r.grossArea).toBeCloseTo(2 * R * L + PI * R * R, 9);
      expect(r.contours[0].segments).toBe(4);
      expectBox(r.bbox, 10 - R, 20 - R, 10 + L + R, 20 + R);
      expect(r.warnings).toEqual([]);
    });

    it('reads an arc whose end angle is below its start angle as sweeping through 0°', () => {
      const wrapped = mm(slot(0, L, 0, R, true));
      const plain = mm(slot(0, L, 0, R, false));
      expect(wrapped.cutLength).toBeCloseTo(plain.cutLength, 9);
      expect(wrapped.grossArea).toBeCloseTo(plain.grossArea, 9);
      expect(wrapped.closedContours).toBe(1);
    });

    it('makes slots inside a plate into holes', () => {
      const r = mm([rect(0, 0, 100, 50), ...slot(20, 60, 15, 5), ...slot(20, 60, 35, 5)]);
      expect(r.closedContours).toBe(3);
      expect(depths(r)).toEqual([0, 1, 1]);
      const slotArea = 2 * 5 * 40 + PI * 25;
      expect(r.netArea).toBeCloseTo(5000 - 2 * slotArea, 9);
      expect(r.cutLength).toBeCloseTo(300 + 2 * (80 + 10 * PI), 9);
    });
  });

  describe('when a rounded rectangle is an LWPOLYLINE with bulges', () => {
    const W = 80, H = 50, R = 8;
    const length = 2 * (W + H) - 8 * R + 2 * PI * R;
    const area = W * H - (4 - PI) * R * R;

    it('measures straight sides and four quarter circles, the last one from the closing segment', () => {
      const r = mm([lwpolyline(roundedRect(W, H, R), true)]);
      expect(r.closedContours).toBe(1);
      expect(r.contours[0].segments).toBe(8);
      expect(r.cutLength).toBeCloseTo(length, 9);
      expect(r.grossArea).toBeCloseTo(area, 9);
      expectBox(r.bbox, 0, 0, W, H);
    });

    it('gives the same metrics when drawn clockwise with negative bulges', () => {
      const r = mm([lwpolyline(reversedPolyline(roundedRect(W, H, R)), true)]);
      expect(r.cutLength).toBeCloseTo(length, 9);
      expect(r.grossArea).toBeCloseTo(area, 9);
      expect(r.contours[0].area).toBeGreaterThan(0);
      expectBox(r.bbox, 0, 0, W, H);
    });

    it('treats a missing closing arc as a straight chamfer when only the last bulge is dropped', () => {
      const v = roundedRect(W, H, R);
      v[v.length - 1] = [v[v.length - 1][0], v[v.length - 1][1]];
      const r = mm([lwpolyline(v, true)]);
      const chamfered = length - PI * R / 2 + Math.SQRT2 * R;
      expect(r.cutLength).toBeCloseTo(chamfered, 9);
      expect(r.grossArea).toBeCloseTo(area - (PI / 4 - 0.5) * R * R, 9);
    });

    it('reads a two-vertex polyline with bulge 1 on both vertices as a full circle', () => {
      const r = mm([lwpolyline([[0, 0, 1], [20, 0, 1]], true)]);
      expect(r.closedContours).toBe(1);
      expect(r.cutLength).toBeCloseTo(20 * PI, 9);
      expect(r.grossArea).toBeCloseTo(100 * PI, 9);
      expectBox(r.bbox, 0, -10, 20, 10);
    });

    it('turns a positive bulge counter-clockwise and a negative bulge clockwise', () => {
      const left = mm([lwpolyline([[0, 0, 1], [10, 0]], false)]);
      const right = mm([lwpolyline([[0, 0, -1], [10, 0]], false)]);
      expect(left.openContours).toBe(1);
      expect(left.cutLength).toBeCloseTo(5 * PI, 9);
      // positive bulge: counter-clockwise from (0,0) to (10,0), passing below the chord
      expectBox(left.bbox, 0, -5, 10, 0);
      expectBox(right.bbox, 0, 0, 10, 5);
    });
  });

  describe('when the same outlines are R12 POLYLINEs with VERTEX and SEQEND', () => {
    it('measures the rounded rectangle exactly like the LWPOLYLINE', () => {
      const W = 80, H = 50, R = 8;
      const r = mm([polyline(roundedRect(W, H, R), true)]);
      expect(r.closedContours).toBe(1);
      expect(r.cutLength).toBeCloseTo(2 * (W + H) - 8 * R + 2 * PI * R, 9);
      expect(r.grossArea).toBeCloseTo(W * H - (4 - PI) * R * R, 9);
      expectBox(r.bbox, 0, 0, W, H);
    });

    it('keeps an open R12 polyline open and reads its bulges', () => {
      const r = mm([polyline([[0, 0], [10, 0, 1], [10, 10], [0, 10]], false)]);
      expect(r.openContours).toBe(1);
      expect(r.closedContours).toBe(0);
      expect(r.cutLength).toBeCloseTo(10 + 5 * PI + 10, 9);
      expectBox(r.bbox, 0, 0, 15, 10);
      expect(warning(r, 'OPEN_CONTOUR')?.count).toBe(1);
    });
  });

  describe('when segment ends miss each other by less than the gap tolerance', () => {
    // rounded rectangle of loose LINEs and ARCs; each line starts a little after its corner arc ends
    const W = 60, H = 40, R = 5;
    const gaps = [0.004, 0.003, 0.0025, 0.002];
    function gappy(seed: number): Ent[] {
      const rand = rng(seed);
      const lines: [number, number, number, number][] = [
        [R + gaps[0], 0, W - R, 0],
        [W, R + gaps[1], W, H - R],
        [W - R - gaps[2], H, R, H],
        [0, H - R - gaps[3], 0, R],
      ];
      const ents = lines.map(([a, b, c, d]) => (rand() < 0.5 ? line(a, b, c, d) : line(c, d, a, b)));
      ents.push(arc(W - R, R, R, 270, 0), arc(W - R, H - R, R, 0, 90), arc(R, H - R, R, 90, 180), arc(R, R, R, 180, 270));
      return shuffle(ents, rand);
    }
    const perimeter = 2 * (W + H) - 8 * R + 2 * PI * R;

    it('joins shuffled, partly reversed segments into one closed contour and reports the healed gaps', () => {
      for (const seed of [1, 2, 3]) {
        const r = mm(gappy(seed));
        expect(r.closedContours).toBe(1);
        expect(r.openContours).toBe(0);
        expect(r.pierces).toBe(1);
        const w = warning(r, 'GAP_HEALED');
        expect(w).toBeDefined();
        expect(w!.count).toBe(4);
        expect(w!.largestGap).toBeCloseTo(0.004, 9);
        expect(w!.locations).toHaveLength(4);
        expect(w!.message.length).toBeGreaterThan(0);
        expect(codes(r)).toEqual(['GAP_HEALED']);
        // the gaps (sum 0.0115 mm) are bridged or left out; either way the length is within them
        expect(Math.abs(r.cutLength - perimeter)).toBeLessThanOrEqual(0.0115 + 1e-9);
        expect(Math.abs(r.grossArea - (W * H - (4 - PI) * R * R))).toBeLessThan(0.5);
      }
    });

    it('leaves the contour open when an explicit gap tolerance is smaller than the gaps', () => {
      const r = analyzeDxfSync(dxf(gappy(7), { insunits: MM }), { gapTolerance: 0.001 });
      expect(r.closedContours).toBe(0);
      expect(r.openContours).toBe(4);
      expect(r.pierces).toBe(4);
      expect(warning(r, 'OPEN_CONTOUR')?.count).toBe(4);
      expect(warning(r, 'GAP_HEALED')).toBeUndefined();
      expect(r.grossArea).toBe(0);
      expect(r.netArea).toBe(0);
      expect(r.cutLength).toBeCloseTo(perimeter - gaps.reduce((a, b) => a + b, 0), 9);
    });

    it('gives a healed outline the area of the healed shape, wherever the drawing lies', () => {
      // 100 x 50 rectangle whose right edge starts 0.009 mm above its corner
      const at = (ox: number, oy: number) => mm([
        line(ox, oy, ox + 100, oy), line(ox + 100, oy + 0.009, ox + 100, oy + 50),
        line(ox + 100, oy + 50, ox, oy + 50), line(ox, oy + 50, ox, oy),
      ]);
      for (const [ox, oy] of [[0, 0], [5000, 3000], [-2000, 700]]) {
        const r = at(ox, oy);
        expect(r.closedContours).toBe(1);
        expect(warning(r, 'GAP_HEALED')?.count).toBe(1);
        // bridging the gap with a chord gives 5000 exactly; snapping an end moves it by at most 0.009·100/2
        expect(Math.abs(r.grossArea - 5000), `plate at ${ox},${oy}`).toBeLessThan(0.5);
      }
    });

    it('closes a 10-gon of reversed, shuffled lines with 0.004 mm gaps at every corner', () => {
      const n = 10, rad = 50;
      const pts = Array.from({ length: n }, (_, i) => [rad * Math.cos((2 * PI * i) / n), rad * Math.sin((2 * PI * i) / n)]);
      const rand = rng(11);
      const ents: Ent[] = [];
      for (let i = 0; i < n; i++) {
        const [ax, ay] = pts[i], [bx, by] = pts[(i + 1) % n];
        const len = Math.hypot(bx - ax, by - ay);
        // shorten each line by 0.004 mm at its end
        const ex = bx - ((bx - ax) / len) * 0.004, ey = by - ((by - ay) / len) * 0.004;
        ents.push(rand() < 0.5 ? line(ax, ay, ex, ey) : line(ex, ey, ax, ay));
      }
      const r = mm(shuffle(ents, rand));
      expect(r.closedContours).toBe(1);
      expect(r.openContours).toBe(0);
      const w = warning(r, 'GAP_HEALED');
      expect(w?.count).toBe(n);
      expect(w?.largestGap).toBeCloseTo(0.004, 9);
      const exactArea = (n / 2) * rad * rad * Math.sin((2 * PI) / n);
      expect(Math.abs(r.grossArea - exactArea)).toBeLessThan(0.5);
      const strict = analyzeDxfSync(dxf(shuffle(ents, rng(12)), { insunits: MM }), { gapTolerance: 0.002 });
      expect(strict.openContours).toBe(n);
      expect(warning(strict, 'OPEN_CONTOUR')?.count).toBe(n);
    });
  });

  describe('when geometry is drawn twice', () => {
    const base = rectLines(0, 0, 50, 30);

    it('cuts a line drawn twice once and reports it', () => {
      const r = mm([...base, line(0, 0, 50, 0)]);
      expect(r.cutLength).toBeCloseTo(160, 9);
      expect(r.closedContours).toBe(1);
      expect(r.openContours).toBe(0);
      expect(warning(r, 'DUPLICATE_GEOMETRY')?.count).toBe(1);
      expect(r.grossArea).toBeCloseTo(1500, 9);
    });

    it('cuts a line drawn twice in opposite directions once', () => {
      const r = mm([...base, line(50, 30, 50, 0)]);
      expect(r.cutLength).toBeCloseTo(160, 9);
      expect(r.closedContours).toBe(1);
      expect(r.openContours).toBe(0);
      expect(warning(r, 'DUPLICATE_GEOMETRY')?.count).toBe(1);
    });

    it('cuts a circle drawn twice once', () => {
      const r = mm([...base, circle(25, 15, 5), circle(25, 15, 5)]);
      expect(r.cutLength).toBeCloseTo(160 + 10 * PI, 9);
      expect(r.closedContours).toBe(2);
      expect(r.netArea).toBeCloseTo(1500 - 25 * PI, 9);
      expect(warning(r, 'DUPLICATE_GEOMETRY')?.count).toBe(1);
    });

    it('cuts an arc drawn twice once and still closes the slot', () => {
      const r = mm([...slot(0, 20, 0, 5), arc(0, 0, 5, 90, 270)]);
      expect(r.cutLength).toBeCloseTo(40 + 10 * PI, 9);
      expect(r.closedContours).toBe(1);
      expect(r.openContours).toBe(0);
      expect(r.grossArea).toBeCloseTo(200 + 25 * PI, 9);
      expect(warning(r, 'DUPLICATE_GEOMETRY')?.count).toBe(1);
    });

    it('counts every duplicate when several are present', () => {
      const r = mm([...base, line(0, 0, 50, 0), line(50, 30, 50, 0), circle(25, 15, 5), circle(25, 15, 5), circle(25, 15, 5)]);
      expect(r.cutLength).toBeCloseTo(160 + 10 * PI, 9);
      expect(warning(r, 'DUPLICATE_GEOMETRY')?.count).toBe(4);
      expect(r.pierces).toBe(2);
    });
  });

  describe('when parts come from blocks through INSERT', () => {
    const plate = { name: 'PLATE', entities: [rect(0, 0, 100, 50), insert('HOLE', 25, 25), insert('HOLE', 75, 25)] };
    const hole = { name: 'HOLE', entities: [circle(0, 0, 5)] };

    it('places a rotated insert about its insertion point', () => {
      const r = mm([insert('PLATE', 1000, 500, { rotation: 90 })], [plate, hole]);
      expect(r.closedContours).toBe(3);
      expect(r.cutLength).toBeCloseTo(300 + 20 * PI, 9);
      expect(r.netArea).toBeCloseTo(5000 - 50 * PI, 9);
      expect(depths(r)).toEqual([0, 1, 1]);
      expectBox(r.bbox, 950, 500, 1000, 600);
    });

    it('subtracts the block base point', () => {
      const r = mm([insert('P2', 0, 0)], [{ name: 'P2', x: 50, y: 25, entities: [rect(0, 0, 100, 50)] }]);
      expectBox(r.bbox, -50, -25, 50, 25);
      expect(r.cutLength).toBeCloseTo(300, 9);
    });

    it('composes nested inserts with their own scales', () => {
      const inner = { name: 'PL', entities: [rect(0, 0, 100, 50), insert('HOLE', 25, 25, { sx: 1.5, sy: 1.5 }), insert('HOLE', 75, 25)] };
      const r = mm([insert('PL', 10, 10, { sx: 2, sy: 2 })], [inner, hole]);
      expect(r.cutLength).toBeCloseTo(600 + 30 * PI + 20 * PI, 9);
      expect(r.netArea).toBeCloseTo(20000 - 225 * PI - 100 * PI, 9);
      expectBox(r.bbox, 10, 10, 210, 110);
      const holes = r.contours.filter((c) => c.depth === 1).map((c) => c.bbox);
      expect(holes).toHaveLength(2);
      const big = holes.find((b) => b.width > 25)!;
      expectBox(big, 60 - 15, 60 - 15, 60 + 15, 60 + 15);
    });

    it('follows three levels of nesting, multiplying scales', () => {
      const blocks = [
        { name: 'A', entities: [circle(0, 0, 1)] },
        { name: 'B', entities: [insert('A', 1, 0, { sx: 2, sy: 2 })] },
        { name: 'C', entities: [insert('B', 1, 0, { sx: 2, sy: 2 })] },
      ];
      const r = mm([insert('C', 1, 0, { sx: 2, sy: 2 })], blocks);
      // x: 1 + 2·(1 + 2·1) = 7, radius 8
      expect(r.cutLength).toBeCloseTo(16 * PI, 9);
      expectBox(r.bbox, 7 - 8, -8, 7 + 8, 8);
    });

    it('turns a circle into an ellipse under non-uniform scale', () => {
      const a = 30, b = 15;
      const r = mm([insert('C10', 100, 50, { sx: 3, sy: 1.5 })], [{ name: 'C10', entities: [circle(0, 0, 10)] }]);
      expect(r.closedContours).toBe(1);
      expectRel(r.cutLength, ellipseArcLength(a, b, 0, 2 * PI), 1e-6);
      expectRel(r.grossArea, PI * a * b, 1e-9);
      expectBox(r.bbox, 70, 35, 130, 65, 1e-6);
    });

    it('turns a circle into a rotated ellipse under non-uniform scale and rotation', () => {
      const a = 30, b = 15, phi = (30 * PI) / 180;
      const r = mm([insert('C10', 0, 0, { sx: 3, sy: 1.5, rotation: 30 })], [{ name: 'C10', entities: [circle(0, 0, 10)] }]);
      expectRel(r.cutLength, ellipseArcLength(a, b, 0, 2 * PI), 1e-6);
      expectRel(r.grossArea, PI * a * b, 1e-9);
      const hw = Math.hypot(a * Math.cos(phi), b * Math.sin(phi)), hh = Math.hypot(a * Math.sin(phi), b * Math.cos(phi));
      expectBox(r.bbox, -hw, -hh, hw, hh, 1e-6);
    });

    it('turns a quarter arc into a quarter ellipse under non-uniform scale', () => {
      const r = mm([insert('Q', 0, 0, { sx: 2, sy: 1 })], [{ name: 'Q', entities: [arc(0, 0, 10, 0, 90)] }]);
      expect(r.openContours).toBe(1);
      expectRel(r.cutLength, ellipseArcLength(20, 10, 0, PI / 2), 1e-6);
      expectBox(r.bbox, 0, 0, 20, 10, 1e-6);
    });

    it('stretches a bulged rounded rectangle: corners become quarter ellipses', () => {
      const W = 80, H = 50, R = 8;
      const r = mm([insert('RR', 0, 0, { sx: 2, sy: 1 })], [{ name: 'RR', entities: [lwpolyline(roundedRect(W, H, R), true)] }]);
      expect(r.closedContours).toBe(1);
      const want = 2 * 2 * (W - 2 * R) + 2 * (H - 2 * R) + ellipseArcLength(2 * R, R, 0, 2 * PI);
      expectRel(r.cutLength, want, 1e-6);
      expectRel(r.grossArea, 2 * (W * H - (4 - PI) * R * R), 1e-9);
      expectBox(r.bbox, 0, 0, 2 * W, H, 1e-6);
    });

    it('maps an ELLIPSE through a rotated, non-uniformly scaled insert', () => {
      // block ellipse: u = (10, 0), v = (0, 4); insert sx 1, sy 3, rotation 25°
      const r = mm([insert('E', 5, -5, { sy: 3, rotation: 25 })], [{ name: 'E', entities: [ellipse(0, 0, 10 * Math.cos(0.5), 10 * Math.sin(0.5), 0.4)] }]);
      const ux = 10 * Math.cos(0.5), uy = 10 * Math.sin(0.5), vx = -4 * Math.sin(0.5), vy = 4 * Math.cos(0.5);
      // the rotation does not change lengths: scale first, then integrate |P'(t)|
      const su = [ux, 3 * uy], sv = [vx, 3 * vy];
      const want = simpson((t) => Math.hypot(-su[0] * Math.sin(t) + sv[0] * Math.cos(t), -su[1] * Math.sin(t) + sv[1] * Math.cos(t)), 0, 2 * PI);
      expect(r.closedContours).toBe(1);
      expectRel(r.cutLength, want, 1e-6);
      expectRel(r.grossArea, 3 * PI * 10 * 4, 1e-9);
    });

    it('mirrors an arc with a negative x scale', () => {
      const r = mm([insert('M', 0, 0, { sx: -1 })], [{ name: 'M', entities: [arc(10, 0, 5, 0, 90)] }]);
      expect(r.cutLength).toBeCloseTo(2.5 * PI, 9);
      // (15,0)…(10,5) mirrored to (-15,0)…(-10,5)
      expectBox(r.bbox, -15, 0, -10, 5);
    });

    it('mirrors an arc with a negative y scale', () => {
      const r = mm([insert('M', 0, 0, { sy: -1 })], [{ name: 'M', entities: [arc(10, 0, 5, 0, 90)] }]);
      expect(r.cutLength).toBeCloseTo(2.5 * PI, 9);
      expectBox(r.bbox, 10, -5, 15, 0);
    });

    const dBlock = { name: 'D', entities: [line(0, -5, 0, 5), arc(0, 0, 5, -90, 90)] }; // right half disc
    const dCases: { name: string; o: Parameters<typeof insert>[3]; at: [number, number]; box: [number, number, number, number] }[] = [
      { name: 'x mirror', o: { sx: -1 }, at: [0, 0], box: [-5, -5, 0, 5] },
      { name: 'y mirror', o: { sy: -1 }, at: [0, 0], box: [0, -5, 5, 5] },
      { name: 'both mirrored (a half turn)', o: { sx: -1, sy: -1 }, at: [0, 0], box: [-5, -5, 0, 5] },
      { name: 'x mirror then 90° rotation', o: { sx: -1, rotation: 90 }, at: [0, 0], box: [-5, -5, 5, 0] },
      { name: 'x mirror, scale 2, rotation 90°, moved', o: { sx: -2, sy: 2, rotation: 90 }, at: [100, 100], box: [90, 90, 110, 100] },
    ];
    for (const c of dCases) {
      it(`keeps a mirrored half disc closed and lands it where expected (${c.name})`, () => {
        const k = Math.abs(c.o?.sy ?? 1);
        const r = mm([insert('D', c.at[0], c.at[1], c.o)], [dBlock]);
        expect(r.closedContours).toBe(1);
        expect(r.openContours).toBe(0);
        expect(r.cutLength).toBeCloseTo(k * (10 + 5 * PI), 9);
        expect(r.grossArea).toBeCloseTo(k * k * 12.5 * PI, 9);
        expectBox(r.bbox, ...c.box);
      });
    }

    it('mirrors a loose slot in a block and keeps it closed', () => {
      const r = mm([insert('S', 100, 0, { sx: -1 })], [{ name: 'S', entities: slot(0, 20, 0, 5) }]);
      expect(r.closedContours).toBe(1);
      expect(r.cutLength).toBeCloseTo(40 + 10 * PI, 9);
      expect(r.grossArea).toBeCloseTo(200 + 25 * PI, 9);
      expectBox(r.bbox, 75, -5, 105, 5);
    });

    it('places a mirrored, rotated arc exactly on its transformed points', () => {
      // arc centre (10,0) r 5 from 20° to 130°; transform: x mirror, rotate 30°, move (7,3)
      const r = mm([insert('M2', 7, 3, { sx: -1, rotation: 30 })], [{ name: 'M2', entities: [arc(10, 0, 5, 20, 130)] }]);
      const phi = (30 * PI) / 180;
      const tf = (x: number, y: number): [number, number] => [7 + Math.cos(phi) * -x - Math.sin(phi) * y, 3 + Math.sin(phi) * -x + Math.cos(phi) * y];
      const [cx, cy] = tf(10, 0);
      // mirror maps angle a to 180° - a, then rotation adds 30°: the arc runs clockwise from 190° to 80°
      const box = arcBox(cx, cy, 5, ((180 - 130 + 30) * PI) / 180, ((180 - 20 + 30) * PI) / 180);
      expect(r.cutLength).toBeCloseTo((5 * 110 * PI) / 180, 9);
      expectBox(r.bbox, ...box);
      const [sx, sy] = tf(10 + 5 * Math.cos((20 * PI) / 180), 5 * Math.sin((20 * PI) / 180));
      expect(r.bbox.maxX).toBeGreaterThanOrEqual(sx - 1e-9);
      expect(r.bbox.minY).toBeLessThanOrEqual(sy + 1e-9);
    });

    it('expands a row/column array', () => {
      const r = mm([rect(0, 0, 120, 60), insert('H2', 10, 10, { cols: 6, rows: 3, colSpacing: 20, rowSpacing: 20 })], [{ name: 'H2', entities: [circle(0, 0, 2)] }]);
      expect(r.closedContours).toBe(19);
      expect(depths(r)).toEqual([0, ...Array(18).fill(1)]);
      expect(r.cutLength).toBeCloseTo(360 + 18 * 4 * PI, 9);
      expect(r.netArea).toBeCloseTo(7200 - 18 * 4 * PI, 9);
      const centres = r.contours.filter((c) => c.depth === 1)
        .map((c) => `${Math.round((c.bbox.minX + c.bbox.maxX) / 2)},${Math.round((c.bbox.minY + c.bbox.maxY) / 2)}`).sort();
      const want: string[] = [];
      for (let i = 0; i < 6; i++) for (let j = 0; j < 3; j++) want.push(`${10 + 20 * i},${10 + 20 * j}`);
      expect(centres).toEqual(want.sort());
    });

    it('runs array offsets along the rotated insert axes', () => {
      const r = mm([insert('H2', 0, 0, { rotation: 90, cols: 3, rows: 2, colSpacing: 10, rowSpacing: 30 })], [{ name: 'H2', entities: [circle(0, 0, 2)] }]);
      expect(r.closedContours).toBe(6);
      // columns go up (+y), rows go left (−x)
      expectBox(r.bbox, -32, -2, 2, 22);
    });
  });

  describe('when arcs and circles have extrusion (0,0,-1)', () => {
    const down = { extrusion: [0, 0, -1] as [number, number, number] };

    it('mirrors a circle centre x → -x', () => {
      const r = mm([circle(10, 5, 2, down)]);
      expectBox(r.bbox, -12, 3, -8, 7);
      expect(r.cutLength).toBeCloseTo(4 * PI, 9);
    });

    it('mirrors a quarter arc to where a CAD viewer shows it', () => {
      const r = mm([arc(10, 0, 5, 0, 90, down)]);
      expect(r.cutLength).toBeCloseTo(2.5 * PI, 9);
      expectBox(r.bbox, -15, 0, -10, 5);
    });

    it('closes a slot whose arcs are written in the mirrored OCS', () => {
      // world slot: centres (-50,0) and (-30,0), r 5
      const r = mm([line(-50, -5, -30, -5), line(-30, 5, -50, 5), arc(30, 0, 5, 90, 270, down), arc(50, 0, 5, 270, 90, down)]);
      expect(r.closedContours).toBe(1);
      expect(r.openContours).toBe(0);
      expect(r.cutLength).toBeCloseTo(40 + 10 * PI, 9);
      expect(r.grossArea).toBeCloseTo(200 + 25 * PI, 9);
      expectBox(r.bbox, -55, -5, -25, 5);
      expect(r.warnings).toEqual([]);
    });

    it('mirrors LWPOLYLINE vertices and bulges', () => {
      const r = mm([lwpolyline([[0, 0], [10, 0], [10, 5, 1], [10, 15]], false, down)]);
      // world: (0,0) → (-10,0) → (-10,5), then a half circle of radius 5 bulging toward +x in OCS, i.e. −x in the world
      expect(r.cutLength).toBeCloseTo(15 + 5 * PI, 9);
      expectBox(r.bbox, -15, 0, 0, 15);
    });

    it('mirrors an ellipse minor axis (N × major)', () => {
      const r = mm([ellipse(0, 0, 10, 0, 0.5, 0, PI / 2, down)]);
      expectBox(r.bbox, 0, -5, 10, 0, 1e-6);
      expectRel(r.cutLength, ellipseArcLength(10, 5, 0, PI / 2), 1e-6);
    });

    it('mirrors an INSERT and its block contents', () => {
      const r = mm([insert('D', 10, 0, down)], [{ name: 'D', entities: [line(0, -5, 0, 5), arc(0, 0, 5, -90, 90)] }]);
      expect(r.closedContours).toBe(1);
      expectBox(r.bbox, -15, -5, -10, 5);
    });
  });

  describe('when the drawing states or lacks its units', () => {
    const part = [rect(0, 0, 4, 2), circle(2, 1, 0.5)];
    const len = 12 + PI, net = 8 - PI / 4;

    it('converts an inch drawing ($INSUNITS 1) to millimetres', () => {
      const r = analyzeDxfSync(dxf(part, { insunits: 1 }));
      expect(r.units).toBe('mm');
      expect(r.sourceUnits).toBe('in');
      expect(r.cutLength).toBeCloseTo(len * 25.4, 9);
      expect(r.grossArea).toBeCloseTo(8 * 645.16, 8);
      expect(r.netArea).toBeCloseTo(net * 645.16, 8);
      expectBox(r.bbox, 0, 0, 101.6, 50.8);
      expect(warning(r, 'UNITLESS_DRAWING')).toBeUndefined();
    });

    it('converts metres ($INSUNITS 6) and centimetres ($INSUNITS 5)', () => {
      expect(analyzeDxfSync(dxf(part, { insunits: 6 })).cutLength).toBeCloseTo(len * 1000, 6);
      const cm = analyzeDxfSync(dxf(part, { insunits: 5 }));
      expect(cm.cutLength).toBeCloseTo(len * 10, 9);
      expect(cm.sourceUnits).toBe('cm');
    });

    it('reads a unitless drawing as millimetres and warns', () => {
      const r = analyzeDxfSync(dxf(part));
      expect(r.sourceUnits).toBe('unitless');
      expect(r.cutLength).toBeCloseTo(len, 9);
      const w = warning(r, 'UNITLESS_DRAWING');
      expect(w).toBeDefined();
      expect(w!.message.length).toBeGreaterThan(0);
    });

    it('lets an explicit units option override $INSUNITS or its absence', () => {
      const unitless = analyzeDxfSync(dxf(part), { units: 'in' });
      expect(unitless.sourceUnits).toBe('in');
      expect(unitless.cutLength).toBeCloseTo(len * 25.4, 9);
      expect(warning(unitless, 'UNITLESS_DRAWING')).toBeUndefined();
      const inchAsMm = analyzeDxfSync(dxf(part, { insunits: 1 }), { units: 'mm' });
      expect(inchAsMm.sourceUnits).toBe('mm');
      expect(inchAsMm.cutLength).toBeCloseTo(len, 9);
      const auto = analyzeDxfSync(dxf(part, { insunits: 1 }), { units: 'auto' });
      expect(auto.cutLength).toBeCloseTo(len * 25.4, 9);
      const ft = analyzeDxfSync(dxf(part, { insunits: 4 }), { units: 'ft' });
      expect(ft.netArea).toBeCloseTo(net * 304.8 * 304.8, 4);
    });
  });

  describe('when outlines nest inside holes', () => {
    const ents = [rect(0, 0, 100, 100), rect(10, 10, 90, 90), rect(20, 20, 80, 80), circle(50, 50, 10), circle(50, 50, 5)];
    const r = mm(ents);

    it('gives each contour its nesting depth', () => {
      expect(depths(r)).toEqual([0, 1, 2, 3, 4]);
      const byArea = [...r.contours].sort((a, b) => b.area - a.area).map((c) => c.depth);
      expect(byArea).toEqual([0, 1, 2, 3, 4]);
    });

    it('adds even depths and subtracts odd depths for net area', () => {
      expect(r.netArea).toBeCloseTo(10000 - 6400 + 3600 - 100 * PI + 25 * PI, 9);
    });

    it('counts only depth-0 outlines in gross area', () => {
      expect(r.grossArea).toBeCloseTo(10000, 9);
      const two = mm([...ents, rect(200, 0, 230, 10)]);
      expect(two.grossArea).toBeCloseTo(10300, 9);
      expect(two.netArea).toBeCloseTo(r.netArea + 300, 9);
    });
  });

  describe('when a containment test ray grazes vertices and joints', () => {
    it('keeps a hole at depth 1 when its start point is level with the outline vertices', () => {
      // diamond with vertices at y = 50; the circle starts at (60, 50)
      const r = mm([lwpolyline([[50, 0], [100, 50], [50, 100], [0, 50]], true), circle(50, 50, 10)]);
      expect(depths(r)).toEqual([0, 1]);
      expect(r.netArea).toBeCloseTo(5000 - 100 * PI, 9);
    });

    it('keeps a hole at depth 1 when the ray runs along a horizontal notch edge', () => {
      const outline = lwpolyline([[0, 0], [100, 0], [100, 30], [70, 30], [70, 50], [100, 50], [100, 100], [0, 100]], true);
      const r = mm([outline, circle(40, 50, 5)]);
      expect(depths(r)).toEqual([0, 1]);
      expect(r.netArea).toBeCloseTo(10000 - 600 - 25 * PI, 9);
    });

    it('keeps a hole at depth 1 when the ray meets the joint of two arcs', () => {
      const outer = [arc(0, 0, 50, 0, 90), arc(0, 0, 50, 90, 180), arc(0, 0, 50, 180, 270), arc(0, 0, 50, 270, 360)];
      // the circle starts at (10, 0): a ray along +x meets the outline where two arcs join
      const r = mm([...outer, circle(0, 0, 10), lwpolyline([[10, -20], [20, -20], [20, 0], [10, 0]], true)]);
      expect(r.closedContours).toBe(3);
      expect(depths(r)).toEqual([0, 1, 1]);
      expect(r.netArea).toBeCloseTo(2500 * PI - 100 * PI - 200, 9);
    });

    it('gives islands and holes built from loose arcs the right depth', () => {
      const ring = (R: number) => [arc(0, 0, R, 0, 180), arc(0, 0, R, 180, 360)];
      const r = mm([...ring(50), ...ring(40), ...ring(30), ...ring(20)]);
      expect(depths(r)).toEqual([0, 1, 2, 3]);
      expect(r.netArea).toBeCloseTo(PI * (2500 - 1600 + 900 - 400), 9);
      expect(r.grossArea).toBeCloseTo(PI * 2500, 9);
    });
  });

  describe('when the drawing has ELLIPSE entities', () => {
    it('measures a full rotated ellipse against a Simpson reference', () => {
      const a = 40, k = 0.35, b = a * k, phi = 0.7;
      const r = mm([ellipse(5, 7, a * Math.cos(phi), a * Math.sin(phi), k)]);
      expect(r.closedContours).toBe(1);
      expectRel(r.cutLength, ellipseArcLength(a, b, 0, 2 * PI), 1e-6);
      expectRel(r.grossArea, PI * a * b, 1e-9);
      const hw = Math.hypot(a * Math.cos(phi), b * Math.sin(phi)), hh = Math.hypot(a * Math.sin(phi), b * Math.cos(phi));
      expectBox(r.bbox, 5 - hw, 7 - hh, 5 + hw, 7 + hh, 1e-6);
    });

    it('measures a very flat ellipse', () => {
      const a = 100, b = 1;
      const r = mm([ellipse(0, 0, 0, a, b / a)]);
      expectRel(r.cutLength, ellipseArcLength(a, b, 0, 2 * PI), 1e-6);
      expectRel(r.grossArea, PI * a * b, 1e-9);
      expectBox(r.bbox, -b, -a, b, a, 1e-6);
    });

    it('measures a partial rotated ellipse as an open contour', () => {
      const a = 25, k = 0.6, phi = -1.1, t0 = 0.3, t1 = 2.5;
      const r = mm([ellipse(-3, 4, a * Math.cos(phi), a * Math.sin(phi), k, t0, t1)]);
      expect(r.openContours).toBe(1);
      expect(r.closedContours).toBe(0);
      expectRel(r.cutLength, ellipseArcLength(a, a * k, t0, t1), 1e-6);
    });

    it('measures a partial ellipse whose end parameter is below its start through 2π', () => {
      const a = 25, k = 0.6, t0 = 5, t1 = 1;
      const r = mm([ellipse(0, 0, a, 0, k, t0, t1)]);
      expectRel(r.cutLength, ellipseArcLength(a, a * k, t0, t1 + 2 * PI), 1e-6);
      // passes through t = 0, the point (a, 0)
      expect(r.bbox.maxX).toBeCloseTo(a, 9);
    });

    it('closes a half ellipse with a line and measures its area', () => {
      const a = 30, b = 12, phi = 0.4;
      const c = Math.cos(phi), s = Math.sin(phi);
      const r = mm([ellipse(0, 0, a * c, a * s, b / a, 0, PI), line(-a * c, -a * s, a * c, a * s)]);
      expect(r.closedContours).toBe(1);
      expectRel(r.cutLength, ellipseArcLength(a, b, 0, PI) + 2 * a, 1e-6);
      expectRel(r.grossArea, (PI * a * b) / 2, 1e-9);
    });
  });

  describe('when the drawing has SPLINE entities', () => {
    it('measures a clamped cubic B-spline against a fine polyline reference', () => {
      const ctrl: [number, number][] = [[0, 0], [10, 20], [30, -10], [40, 15], [60, 5], [70, 30]];
      const knots = [0, 0, 0, 0, 0.3, 0.55, 1, 1, 1, 1];
      const r = mm([spline(3, knots, ctrl)]);
      expect(r.openContours).toBe(1);
      expectRel(r.cutLength, splineLength(3, knots, ctrl), 1e-5);
      // clamped: starts and ends on the end control points
      expect(r.bbox.minX).toBeCloseTo(0, 9);
      expect(r.bbox.maxX).toBeCloseTo(70, 9);
      expect(r.bbox.maxY).toBeCloseTo(30, 9);
    });

    it('measures a rational quadratic quarter circle exactly', () => {
      const R = 25, w = Math.SQRT1_2;
      const r = mm([spline(2, [0, 0, 0, 1, 1, 1], [[R, 0, 1], [R, R, w], [0, R, 1]])]);
      expectRel(r.cutLength, (PI * R) / 2, 1e-5);
      expectRel(r.cutLength, splineLength(2, [0, 0, 0, 1, 1, 1], [[R, 0, 1], [R, R, w], [0, R, 1]]), 1e-5);
      expectBox(r.bbox, 0, 0, R, R, 1e-6);
    });

    it('measures a rational quadratic full circle exactly and closes it', () => {
      const R = 10, w = Math.SQRT1_2;
      const ctrl: [number, number, number][] = [
        [R, 0, 1], [R, R, w], [0, R, 1], [-R, R, w], [-R, 0, 1], [-R, -R, w], [0, -R, 1], [R, -R, w], [R, 0, 1],
      ];
      const knots = [0, 0, 0, 0.25, 0.25, 0.5, 0.5, 0.75, 0.75, 1, 1, 1];
      const r = mm([rect(-20, -20, 20, 20), spline(2, knots, ctrl)]);
      expect(r.closedContours).toBe(2);
      expect(r.openContours).toBe(0);
      const c = r.contours.find((k) => k.depth === 1)!;
      expect(c).toBeDefined();
      expectRel(c.length, 2 * PI * R, 1e-5);
      expectRel(c.area, PI * R * R, 1e-5);
      expectRel(r.netArea, 1600 - PI * R * R, 1e-5);
      expectBox(c.bbox, -R, -R, R, R, 1e-6);
    });

    it('interpolates a spline given only by fit points and warns', () => {
      const pts: [number, number][] = [];
      for (let x = 0; x <= 60; x += 5) pts.push([x, 10 * Math.sin(x / 10)]);
      const r = mm([fitSpline(pts)]);
      const w = warning(r, 'SPLINE_FROM_FIT_POINTS');
      expect(w?.count).toBe(1);
      expect(r.openContours).toBe(1);
      // the curve the fit points sample, as a dense polyline
      let ref = 0;
      const N = 100_000;
      for (let i = 1; i <= N; i++) {
        const x0 = (60 * (i - 1)) / N, x1 = (60 * i) / N;
        ref += Math.hypot(x1 - x0, 10 * Math.sin(x1 / 10) - 10 * Math.sin(x0 / 10));
      }
      expectRel(r.cutLength, ref, 1e-2);
      expect(r.bbox.minX).toBeCloseTo(0, 6);
      expect(r.bbox.maxX).toBeCloseTo(60, 6);
      expect(Math.abs(r.bbox.maxY - 10)).toBeLessThan(0.3);
    });
  });

  describe('when the drawing has annotations', () => {
    it('does not cut TEXT and counts it in an IGNORED_ENTITY warning', () => {
      const r = mm([rect(0, 0, 10, 10), text(1, 1, 'A'), text(2, 2, 'B'), text(3, 3, 'PART-7')]);
      expect(r.cutLength).toBeCloseTo(40, 9);
      expect(r.pierces).toBe(1);
      const w = warning(r, 'IGNORED_ENTITY');
      expect(w?.count).toBe(3);
      expect(w?.entity).toBe('TEXT');
      expect(w?.message).toMatch(/3/);
      expectBox(r.bbox, 0, 0, 10, 10);
    });
  });
});
