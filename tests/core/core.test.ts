// The WebAssembly core on its own: packed records in, status and contour table out.
import { describe, expect, it } from 'vitest';
import { CONTOUR_STRIDE, CoreStatus, loadCoreSync, type CoreResult } from '../../sdk/core/core.js';
import { IDENTITY } from '../../sdk/geometry/affine.js';
import { GeometryBuffer } from '../../sdk/geometry/buffer.js';
import { rng, shuffle } from '../helpers/random.js';

const PI = Math.PI;
const TOL = 0.01;

/** Contour i of a result as an object. */
function contour(r: CoreResult, i: number) {
  const c = r.contours, b = i * CONTOUR_STRIDE;
  return {
    closed: c[b] !== 0, length: c[b + 1], area: c[b + 2], signedArea: c[b + 3], depth: c[b + 4],
    minX: c[b + 5], minY: c[b + 6], maxX: c[b + 7], maxY: c[b + 8], orderStart: c[b + 9], orderCount: c[b + 10],
    startX: c[b + 11], startY: c[b + 12],
  };
}

function contourCount(r: CoreResult): number {
  return r.contours.length / CONTOUR_STRIDE;
}

function run(buf: GeometryBuffer, tol = TOL, keep = false): CoreResult {
  return loadCoreSync().run(buf.view(), tol, keep);
}

function rectangle(buf: GeometryBuffer, x0: number, y0: number, x1: number, y1: number): void {
  buf.addLine(IDENTITY, x0, y0, x1, y0);
  buf.addLine(IDENTITY, x1, y0, x1, y1);
  buf.addLine(IDENTITY, x1, y1, x0, y1);
  buf.addLine(IDENTITY, x0, y1, x0, y0);
}

function timed<T>(ms: number, fn: () => T): T {
  const t = performance.now();
  const out = fn();
  expect(performance.now() - t, `took longer than ${ms} ms`).toBeLessThan(ms);
  return out;
}

describe('core', () => {
  describe('when a polygon of 10,000 shuffled, partly reversed segments is packed', () => {
    const N = 10_000, R = 1000;
    const edges: [number, number, number, number][] = [];
    for (let i = 0; i < N; i++) {
      const a = (2 * PI * i) / N, b = (2 * PI * (i + 1)) / N;
      edges.push([R * Math.cos(a), R * Math.sin(a), R * Math.cos(b), R * Math.sin(b)]);
    }
    const rand = rng(42);
    const buf = new GeometryBuffer();
    for (const [x1, y1, x2, y2] of shuffle(edges.slice(), rand)) {
      if (rand() < 0.5) buf.addLine(IDENTITY, x2, y2, x1, y1);
      else buf.addLine(IDENTITY, x1, y1, x2, y2);
    }

    it('chains them into one closed contour, quickly', () => {
      const r = timed(2000, () => run(buf, TOL, true));
      expect(r.status).toBe(CoreStatus.OK);
      expect(r.segments).toBe(N);
      expect(r.closed).toBe(1);
      expect(r.open).toBe(0);
      expect(contourCount(r)).toBe(1);
      expect(r.gaps).toBe(0);
      expect(r.duplicates).toBe(0);
      expect(r.degenerate).toBe(0);
      const c = contour(r, 0);
      expect(c.closed).toBe(true);
      expect(c.orderCount).toBe(N);
      expect(c.depth).toBe(0);
    });

    it('measures the exact polygon perimeter and area', () => {
      const r = run(buf);
      const c = contour(r, 0);
      expect(c.length).toBeCloseTo(N * 2 * R * Math.sin(PI / N), 6);
      expect(c.area).toBeCloseTo((N / 2) * R * R * Math.sin((2 * PI) / N), 4);
      expect(Math.abs(c.signedArea)).toBeCloseTo(c.area, 6);
      expect(r.cutLength).toBeCloseTo(c.length, 9);
      expect(r.grossArea).toBeCloseTo(c.area, 6);
      expect(r.netArea).toBeCloseTo(c.area, 6);
      expect(r.bbox[0]).toBeCloseTo(-R, 9);
      expect(r.bbox[2]).toBeCloseTo(R, 9);
      expect(c.minY).toBeCloseTo(-R, 9); // vertex 7500 sits at 270°
    });

    it('lists every segment exactly once in the contour order', () => {
      const r = run(buf, TOL, true);
      expect(r.order.length).toBe(N);
      const seen = new Uint8Array(N);
      for (const o of r.order) seen[o >> 1]++;
      expect(seen.every((v) => v === 1)).toBe(true);
      // consecutive segments in the order share an end point
      const d = buf.view();
      const end = (o: number, which: 0 | 1): [number, number] => {
        const rec = r.records[o >> 1];
        const rev = o & 1;
        const first = (which === 0) !== (rev === 1);
        return first ? [d[rec + 1], d[rec + 2]] : [d[rec + 3], d[rec + 4]];
      };
      for (let k = 0; k < N; k++) {
        const [x, y] = end(r.order[k], 1);
        const [nx, ny] = end(r.order[(k + 1) % N], 0);
        expect(Math.hypot(nx - x, ny - y)).toBeLessThan(1e-9);
      }
    });
  });

  describe('when a plate holds a 200 x 200 grid of holes', () => {
    const n = 200, pitch = 10, rad = 3, W = n * pitch + 10;
    const buf = new GeometryBuffer(1 << 20);
    rectangle(buf, 0, 0, W, W);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) buf.addArc(IDENTITY, 10 + i * pitch, 10 + j * pitch, rad, 0, 2 * PI);
    }

    it('finds one outline at depth 0 and 40,000 holes at depth 1, within 2 s', () => {
      const r = timed(2000, () => run(buf));
      expect(r.status).toBe(CoreStatus.OK);
      expect(r.closed).toBe(n * n + 1);
      expect(r.open).toBe(0);
      const count = [0, 0, 0];
      for (let i = 0; i < contourCount(r); i++) count[Math.min(2, contour(r, i).depth)]++;
      expect(count).toEqual([1, n * n, 0]);
    });

    it('subtracts every hole from the net area', () => {
      const r = run(buf);
      expect(r.grossArea).toBeCloseTo(W * W, 6);
      expect(r.netArea).toBeCloseTo(W * W - n * n * PI * rad * rad, 4);
      expect(r.cutLength).toBeCloseTo(4 * W + n * n * 2 * PI * rad, 4);
    });
  });

  describe('when records are measured one by one', () => {
    it('measures a clockwise arc by its absolute sweep and finds its box', () => {
      const buf = new GeometryBuffer();
      buf.addArc(IDENTITY, 0, 0, 10, 0, -PI / 2); // (10,0) clockwise to (0,-10)
      const r = run(buf);
      expect(r.status).toBe(CoreStatus.OK);
      expect(r.open).toBe(1);
      expect(r.cutLength).toBeCloseTo(5 * PI, 12);
      expect(r.bbox).toEqual([expect.closeTo(0, 12), expect.closeTo(-10, 12), expect.closeTo(10, 12), expect.closeTo(0, 12)]);
    });

    it('closes a full-sweep arc by itself', () => {
      const buf = new GeometryBuffer();
      buf.addArc(IDENTITY, 3, 4, 5, 1.234, 2 * PI);
      const r = run(buf);
      expect(r.closed).toBe(1);
      expect(contour(r, 0).area).toBeCloseTo(25 * PI, 12);
      expect(r.bbox).toEqual([expect.closeTo(-2, 12), expect.closeTo(-1, 12), expect.closeTo(8, 12), expect.closeTo(9, 12)]);
    });

    it('gives a counter-clockwise loop positive and a clockwise loop negative signed area', () => {
      const ccw = new GeometryBuffer();
      rectangle(ccw, 0, 0, 4, 3);
      const cw = new GeometryBuffer();
      cw.addLine(IDENTITY, 0, 0, 0, 3); cw.addLine(IDENTITY, 0, 3, 4, 3); cw.addLine(IDENTITY, 4, 3, 4, 0); cw.addLine(IDENTITY, 4, 0, 0, 0);
      const a = contour(run(ccw), 0), b = contour(run(cw), 0);
      expect(a.area).toBeCloseTo(12, 12);
      expect(b.area).toBeCloseTo(12, 12);
      expect(Math.sign(a.signedArea) * Math.sign(b.signedArea)).toBe(-1);
    });

    it('measures a full ellipse record (Ramanujan II is within 1e-9 here)', () => {
      const a = 20, b = 12;
      const buf = new GeometryBuffer();
      buf.addEllipse(IDENTITY, 0, 0, a, 0, 0, b, 0, 2 * PI);
      const r = run(buf);
      const h = ((a - b) / (a + b)) ** 2;
      const ramanujan = PI * (a + b) * (1 + (3 * h) / (10 + Math.sqrt(4 - 3 * h)));
      expect(r.closed).toBe(1);
      expect(Math.abs(r.cutLength - ramanujan) / ramanujan).toBeLessThan(1e-9);
      expect(contour(r, 0).area).toBeCloseTo(PI * a * b, 9);
    });

    it('measures a degree-1 spline as its control polygon', () => {
      const buf = new GeometryBuffer();
      buf.addSpline(IDENTITY, 1, [0, 0, 1, 2, 3, 3], [0, 0, 3, 4, 3, 10, 0, 10]);
      const r = run(buf);
      expect(r.status).toBe(CoreStatus.OK);
      expect(r.cutLength).toBeCloseTo(5 + 6 + 3, 6);
    });
  });

  describe('when gaps are near the tolerance', () => {
    function gapped(gap: number): GeometryBuffer {
      const buf = new GeometryBuffer();
      buf.addLine(IDENTITY, 0, 0, 10, 0);
      buf.addLine(IDENTITY, 10, gap, 10, 10);
      buf.addLine(IDENTITY, 10, 10, 0, 10);
      buf.addLine(IDENTITY, 0, 10, 0, 0);
      return buf;
    }

    it('heals a gap just under the tolerance and records where', () => {
      const r = run(gapped(0.009));
      expect(r.closed).toBe(1);
      expect(r.gaps).toBe(1);
      expect(r.maxGap).toBeCloseTo(0.009, 12);
      expect(r.gapLocations.length).toBe(3);
      expect(r.gapLocations[0]).toBeCloseTo(10, 2);
      expect(r.gapLocations[1]).toBeCloseTo(0, 1);
      expect(r.gapLocations[2]).toBeCloseTo(0.009, 12);
    });

    it('leaves a gap just over the tolerance open', () => {
      const r = run(gapped(0.011));
      expect(r.closed).toBe(0);
      expect(r.open).toBe(1);
      expect(r.gaps).toBe(0);
    });

    it('does not report float noise as a gap', () => {
      const r = run(gapped(1e-12));
      expect(r.closed).toBe(1);
      expect(r.gaps).toBe(0);
    });

    it('heals with the tolerance given on each run, not a remembered one', () => {
      const buf = gapped(0.05);
      expect(run(buf, 0.1).closed).toBe(1);
      expect(run(buf, 0.01).closed).toBe(0);
      expect(run(buf, 0.1).closed).toBe(1);
    });
  });

  describe('when segments are degenerate or duplicated', () => {
    it('flags a zero-length line as degenerate and a repeated line as duplicate', () => {
      const buf = new GeometryBuffer();
      rectangle(buf, 0, 0, 10, 10);
      buf.addLine(IDENTITY, 5, 5, 5, 5); // segment 4
      buf.addLine(IDENTITY, 10, 0, 0, 0); // segment 5: edge 0 reversed
      const r = run(buf, TOL, true);
      expect(r.status).toBe(CoreStatus.OK);
      expect(r.degenerate).toBe(1);
      expect(r.duplicates).toBe(1);
      expect(Array.from(r.flags)).toEqual([0, 0, 0, 0, 1, 2]);
      expect(r.cutLength).toBeCloseTo(40, 12);
      expect(r.closed).toBe(1);
    });

    it('treats a line lying inside another as covered', () => {
      const buf = new GeometryBuffer();
      rectangle(buf, 0, 0, 10, 10);
      buf.addLine(IDENTITY, 2, 0, 7, 0);
      const r = run(buf);
      expect(r.duplicates).toBe(1);
      expect(r.cutLength).toBeCloseTo(40, 12);
    });
  });

  describe('when the packed buffer is bad', () => {
    it('returns NO_GEOMETRY when only degenerate segments remain', () => {
      const buf = new GeometryBuffer();
      buf.addLine(IDENTITY, 1, 1, 1, 1);
      buf.addArc(IDENTITY, 0, 0, 0, 0, 2 * PI);
      expect(run(buf).status).toBe(CoreStatus.NO_GEOMETRY);
    });

    it('returns BAD_COORDINATES for NaN, infinite and huge values and names the record', () => {
      for (const bad of [Number.NaN, Infinity, -Infinity, 1e300]) {
        const buf = new GeometryBuffer();
        rectangle(buf, 0, 0, 1, 1);
        buf.addLine(IDENTITY, 0, 0, bad, 1);
        const r = run(buf);
        expect(r.status).toBe(CoreStatus.BAD_COORDINATES);
        expect(r.errorRecord).toBe(4);
      }
    });

    it('returns BAD_SPLINE for decreasing knots, a wrong knot count or a zero weight', () => {
      const cases: [number[], number[] | undefined][] = [
        [[0, 0, 0, 1, 0.5, 1, 1], undefined],
        [[0, 0, 0, 1, 1], undefined],
        [[0, 0, 0, 0.5, 1, 1, 1], [1, 0, 1, 1]],
      ];
      for (const [knots, w] of cases) {
        const buf = new GeometryBuffer();
        buf.addSpline(IDENTITY, 2, knots, [0, 0, 1, 1, 2, 0, 3, 1], w);
        expect(run(buf).status, JSON.stringify(knots)).toBe(CoreStatus.BAD_SPLINE);
      }
    });

    it('returns BAD_BUFFER for an unknown record kind and for a truncated record', () => {
      expect(loadCoreSync().run(new Float64Array([0, 0, 0, 1, 1, 9, 1, 2, 3]), TOL).status).toBe(CoreStatus.BAD_BUFFER);
      expect(loadCoreSync().run(new Float64Array([0, 0, 0, 1, 1, 0, 1, 2]), TOL).status).toBe(CoreStatus.BAD_BUFFER);
      expect(loadCoreSync().run(new Float64Array([1, 0, 0, 5]), TOL).status).toBe(CoreStatus.BAD_BUFFER);
    });

    it('recovers for the next run after a refused buffer', () => {
      const bad = new GeometryBuffer();
      bad.addLine(IDENTITY, 0, 0, Number.NaN, 0);
      expect(run(bad).status).toBe(CoreStatus.BAD_COORDINATES);
      const good = new GeometryBuffer();
      rectangle(good, 0, 0, 2, 3);
      const r = run(good);
      expect(r.status).toBe(CoreStatus.OK);
      expect(r.netArea).toBeCloseTo(6, 12);
    });
  });

  describe('when the core runs several times', () => {
    it('returns views into its memory: a copy (slice) survives the next run', () => {
      // run() returns views (CoreResult: read them before the next run, or copy them); the next
      // run may write over them, so what a caller keeps is a copy
      const a = new GeometryBuffer();
      rectangle(a, 0, 0, 10, 10);
      const b = new GeometryBuffer();
      b.addArc(IDENTITY, 0, 0, 1, 0, 2 * PI);
      b.addArc(IDENTITY, 5, 0, 1, 0, 2 * PI);
      const ra = run(a);
      const kept = ra.contours.slice();
      const before = Array.from(kept);
      const rb = run(b);
      expect(Array.from(kept)).toEqual(before);
      expect(contourCount(rb)).toBe(2);
      expect(kept[1]).toBeCloseTo(40, 12);
    });

    it('grows memory for a big drawing after a small one', () => {
      const small = new GeometryBuffer();
      rectangle(small, 0, 0, 1, 1);
      expect(run(small).status).toBe(CoreStatus.OK);
      const big = new GeometryBuffer();
      for (let i = 0; i < 100_000; i++) big.addArc(IDENTITY, (i % 500) * 3, Math.floor(i / 500) * 3, 1, 0, 2 * PI);
      const r = timed(2000, () => run(big));
      expect(r.status).toBe(CoreStatus.OK);
      expect(r.closed).toBe(100_000);
      expect(r.cutLength).toBeCloseTo(100_000 * 2 * PI, 4);
    });
  });
});
