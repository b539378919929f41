// Cut once, for ellipses and splines: elliptical arcs of one ellipse are cut as their union (like
// arcs of one circle), however each was drawn (major axis either way, mirrored, started
// anywhere); a spline drawn again reversed is a duplicate, and a different curve between the same
// two points with the same length and box is not. Lengths by hand: the ellipse's arc length is a
// numeric integral here.
import { describe, expect, it } from 'vitest';
import { analyzeDxfSync, writeHealedDxf } from '../../sdk/index.js';
import type { AnalysisResult } from '../../sdk/types.js';
import { dxf, ellipse, line, spline } from '../helpers/dxf.js';

const PI = Math.PI;

/** Arc length of the ellipse with semi-axes a, b from parameter t0 to t1 (Simpson's rule). */
function arcLength(a: number, b: number, t0: number, t1: number, n = 20000): number {
  const f = (t: number) => Math.sqrt((a * Math.sin(t)) ** 2 + (b * Math.cos(t)) ** 2);
  const h = (t1 - t0) / n;
  let s = f(t0) + f(t1);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(t0 + i * h);
  return (s * h) / 3;
}

const A = 20, B = 10; // the test ellipse: semi-axes 20 and 10
const PERIMETER = arcLength(A, B, 0, 2 * PI);

function analyze(ents: string[]): AnalysisResult {
  return analyzeDxfSync(dxf(ents, { insunits: 4 }));
}

function dup(r: AnalysisResult) {
  return r.warnings.find((w) => w.code === 'DUPLICATE_GEOMETRY') as { count: number; length: number } | undefined;
}

/** An elliptical arc of the test ellipse centred at (cx, cy), its major axis at `deg` degrees;
 *  `flip` draws it with the major axis pointing the other way (the same points). */
function arc(cx: number, cy: number, deg: number, t0: number, t1: number, flip = false): string {
  const a = (deg * PI) / 180, s = flip ? -1 : 1;
  return ellipse(cx, cy, s * A * Math.cos(a), s * A * Math.sin(a), B / A, t0 + (flip ? PI : 0), t1 + (flip ? PI : 0));
}

/** The same arc drawn mirrored (extrusion -Z: the parameter runs clockwise in the drawing). */
function mirroredArc(cx: number, cy: number, deg: number, t0: number, t1: number): string {
  const a = (deg * PI) / 180;
  // centre and major axis are world coordinates; the minor axis is ratio · (N × major), clockwise
  // for N = -Z, so the point at parameter t is the plain ellipse's point at -t
  return ellipse(cx, cy, A * Math.cos(a), A * Math.sin(a), B / A, -t1, -t0, { extrusion: [0, 0, -1] });
}

describe('elliptical arcs of one ellipse', () => {
  for (const deg of [0, 30, 90, 135, 200]) {
    describe(`with the major axis at ${deg}°`, () => {
      it('cuts a full ellipse drawn twice from different starts once', () => {
        const r = analyze([arc(5, 5, deg, 0, 2 * PI), arc(5, 5, deg, 1, 1 + 2 * PI)]);
        expect(r.cutLength).toBeCloseTo(PERIMETER, 9);
        expect(r.closedContours).toBe(1);
        expect(r.pierces).toBe(1);
        expect(r.grossArea).toBeCloseTo(PI * A * B, 6);
        expect(dup(r)).toMatchObject({ count: 1 });
        expect(dup(r)!.length).toBeCloseTo(PERIMETER, 9);
      });

      it('cuts an ellipse plus two arcs covering it once, as one closed contour', () => {
        const r = analyze([arc(5, 5, deg, 0, 2 * PI), arc(5, 5, deg, 0, 4), arc(5, 5, deg, 3, 2 * PI)]);
        expect(r.cutLength).toBeCloseTo(PERIMETER, 9);
        expect(r.closedContours).toBe(1);
        expect(r.pierces).toBe(1);
        expect(r.grossArea).toBeCloseTo(PI * A * B, 6);
        expect(dup(r)).toMatchObject({ count: 2 });
        expect(dup(r)!.length).toBeCloseTo(arcLength(A, B, 0, 4) + arcLength(A, B, 3, 2 * PI), 9);
      });

      it('merges arcs overlapping partially, whichever way their major axis points, also across the start', () => {
        const r = analyze([arc(5, 5, deg, 0.5, 2.5), arc(5, 5, deg, 1.5, 3.5, true)]);
        expect(r.cutLength).toBeCloseTo(arcLength(A, B, 0.5, 3.5), 9);
        expect(r.contours).toHaveLength(1);
        expect(dup(r)!.length).toBeCloseTo(arcLength(A, B, 1.5, 2.5), 9);
        const w = analyze([arc(5, 5, deg, 5.5, 2 * PI + 1), arc(5, 5, deg, 0.5, 2)]);
        expect(w.cutLength).toBeCloseTo(arcLength(A, B, 5.5, 2 * PI + 2), 9);
        expect(w.contours).toHaveLength(1);
      });

      it('merges an arc drawn mirrored with one drawn plainly', () => {
        const r = analyze([arc(5, 5, deg, 1, 3), mirroredArc(5, 5, deg, 2, 4)]);
        expect(r.cutLength).toBeCloseTo(arcLength(A, B, 1, 4), 9);
        expect(r.contours).toHaveLength(1);
        expect(dup(r)).toMatchObject({ count: 1 });
      });

      it('groups an arc with 1e-9 of drift in its centre and axis with the exact one', () => {
        const a = (deg * PI) / 180;
        const drifted = ellipse(5 + 1e-9, 5 - 1e-9, A * Math.cos(a) + 1e-9, A * Math.sin(a), B / A, 2, 4);
        const r = analyze([arc(5, 5, deg, 1, 3), drifted]);
        expect(r.cutLength).toBeCloseTo(arcLength(A, B, 1, 4), 6);
        expect(r.contours).toHaveLength(1);
      });
    });
  }

  it('leaves arcs that only touch end to end alone', () => {
    const r = analyze([arc(0, 0, 0, 0, 2), arc(0, 0, 0, 2, 3)]);
    expect(r.cutLength).toBeCloseTo(arcLength(A, B, 0, 3), 9);
    expect(dup(r)).toBeUndefined();
  });

  it('leaves arcs of different ellipses alone (other minor axis, other centre)', () => {
    const r = analyze([ellipse(0, 0, 20, 0, 0.5, 0, 3), ellipse(0, 0, 20, 0, 0.51, 1, 4), ellipse(0, 0.05, 20, 0, 0.5, 1, 4)]);
    expect(r.cutLength).toBeCloseTo(arcLength(20, 10, 0, 3) + arcLength(20, 10.2, 1, 4) + arcLength(20, 10, 1, 4), 6);
    expect(dup(r)).toBeUndefined();
  });

  it('writes the merged pieces into the healed drawing, which analyzes the same', () => {
    const ents = [arc(0, 0, 30, 0.5, 2.5), arc(0, 0, 30, 1.5, 3.5, true), mirroredArc(0, 0, 30, 3, 5), line(100, 0, 120, 0)];
    const r = analyzeDxfSync(dxf(ents, { insunits: 4 }), { healed: true, geometry: true });
    expect(r.cutLength).toBeCloseTo(arcLength(A, B, 0.5, 5) + 20, 9);
    expect(r.contours.find((c) => c.length > 30)!.path).toMatch(/^M[-\d.]+ [-\d.]+(L[-\d.]+ [-\d.]+)+$/);
    const again = analyzeDxfSync(writeHealedDxf(r));
    expect(again.cutLength).toBeCloseTo(r.cutLength, 9);
    expect(again.contours).toHaveLength(2);
    expect(dup(again)).toBeUndefined();
  });

  it('keeps an elliptical hole drawn as an ellipse plus arcs a hole of its plate', () => {
    const plate = [line(-30, -20, 30, -20), line(30, -20, 30, 20), line(30, 20, -30, 20), line(-30, 20, -30, -20)];
    const r = analyze([...plate, arc(0, 0, 0, 0, 2 * PI), arc(0, 0, 0, 2, 5)]);
    expect(r.netArea).toBeCloseTo(2400 - PI * A * B, 6);
    expect(r.pierces).toBe(2);
  });
});

describe('splines drawn twice', () => {
  const knots = [0, 0, 0, 0, 1, 1, 1, 1];
  const ctrl: [number, number][] = [[0, 0], [10, 20], [30, -10], [40, 0]];

  it('cuts a spline and its exact reverse once, and reports the length not cut', () => {
    const one = analyze([spline(3, knots, ctrl)]);
    const r = analyze([spline(3, knots, ctrl), spline(3, knots, ctrl.slice().reverse())]);
    expect(r.cutLength).toBeCloseTo(one.cutLength, 9);
    expect(dup(r)).toMatchObject({ count: 1 });
    expect(dup(r)!.length).toBeCloseTo(one.cutLength, 9);
  });

  it('finds the reverse also with its knots reflected and scaled, and inside a closed contour', () => {
    const k = [0, 0, 0, 0, 0.3, 1, 1, 1, 1];
    const c: [number, number][] = [[0, 0], [5, 15], [20, 20], [35, -5], [40, 0]];
    const rk = k.map((t) => 10 * (1 - t)).reverse(); // reflected, on [0, 10]
    const one = analyze([spline(3, k, c), line(40, 0, 0, 0)]);
    const r = analyze([spline(3, k, c), spline(3, rk, c.slice().reverse()), line(40, 0, 0, 0)]);
    expect(r.cutLength).toBeCloseTo(one.cutLength, 9);
    expect(r.closedContours).toBe(1);
    expect(r.grossArea).toBeCloseTo(one.grossArea, 6);
    expect(dup(r)).toMatchObject({ count: 1 });
  });

  it('cuts both of two different curves with the same ends, length and box (an S and its mirror)', () => {
    const s1 = spline(3, knots, [[0, 0], [10, 20], [30, -20], [40, 0]]);
    const s2 = spline(3, knots, [[0, 0], [10, -20], [30, 20], [40, 0]]);
    const one = analyze([s1]);
    const r = analyze([s1, s2]);
    expect(r.cutLength).toBeCloseTo(2 * one.cutLength, 9);
    expect(dup(r)).toBeUndefined();
  });
});
