// Invariants of the metrics under rigid motions and scaling, on seeded random drawings that mix
// lines, arcs, circles, bulge polylines, ellipses and splines.
import { describe, expect, it } from 'vitest';
import { analyzeDxfSync } from '../../sdk/index.js';
import type { AnalyzeResult } from '../../sdk/index.js';
import { arc, circle, dxf, ellipse, insert, line, lwpolyline, spline, type Ent } from '../helpers/dxf.js';
import { rng } from '../helpers/random.js';

const PI = Math.PI;

/** A similarity: p' = k · R(theta) · p + (tx, ty); theta in degrees. */
interface Similarity { k: number; theta: number; tx: number; ty: number }
const IDENT: Similarity = { k: 1, theta: 0, tx: 0, ty: 0 };

/** A drawing primitive that can be written under any similarity. */
type Shape = (t: Similarity) => Ent;

function map(t: Similarity, x: number, y: number): [number, number] {
  const a = (t.theta * PI) / 180, c = Math.cos(a), s = Math.sin(a);
  return [t.k * (c * x - s * y) + t.tx, t.k * (s * x + c * y) + t.ty];
}

function vec(t: Similarity, x: number, y: number): [number, number] {
  const a = (t.theta * PI) / 180, c = Math.cos(a), s = Math.sin(a);
  return [t.k * (c * x - s * y), t.k * (s * x + c * y)];
}

const S = {
  line: (x1: number, y1: number, x2: number, y2: number): Shape => (t) => line(...map(t, x1, y1), ...map(t, x2, y2)),
  circle: (cx: number, cy: number, r: number): Shape => (t) => circle(...map(t, cx, cy), t.k * r),
  arc: (cx: number, cy: number, r: number, a0: number, a1: number): Shape => (t) => arc(...map(t, cx, cy), t.k * r, a0 + t.theta, a1 + t.theta),
  poly: (v: [number, number, number?][], closed: boolean): Shape => (t) =>
    lwpolyline(v.map(([x, y, b]) => [...map(t, x, y), b] as [number, number, number?]), closed),
  ellipse: (cx: number, cy: number, mx: number, my: number, ratio: number, t0: number, t1: number): Shape => (t) =>
    ellipse(...map(t, cx, cy), ...vec(t, mx, my), ratio, t0, t1),
  spline: (deg: number, knots: number[], ctrl: [number, number, number?][]): Shape => (t) =>
    spline(deg, knots, ctrl.map(([x, y, w]) => [...map(t, x, y), w] as [number, number, number?])),
};

const Q = Math.tan(PI / 8);

/** One random shape group inside the 100 x 100 cell at (ox, oy), kept within [8, 92]. */
function randomGroup(rand: () => number, ox: number, oy: number): Shape[] {
  const u = (a: number, b: number) => a + (b - a) * rand();
  const kind = Math.floor(rand() * 8);
  switch (kind) {
    case 0: { // rounded-rectangle plate (bulges) with a round hole and a loose slot
      const w = u(60, 84), h = u(60, 84), r = u(2, 8), x = ox + 8, y = oy + 8;
      const v: [number, number, number?][] = [
        [x + r, y], [x + w - r, y, Q], [x + w, y + r], [x + w, y + h - r, Q], [x + w - r, y + h], [x + r, y + h, Q], [x, y + h - r], [x, y + r, Q],
      ];
      const sr = u(2, 4), sy = y + h * 0.75, s0 = x + w * 0.3, s1 = x + w * 0.7;
      return [
        S.poly(v, true), S.circle(x + w * 0.3, y + h * 0.35, u(3, 8)),
        S.line(s0, sy - sr, s1, sy - sr), S.arc(s1, sy, sr, 270, 90), S.line(s1, sy + sr, s0, sy + sr), S.arc(s0, sy, sr, 90, 270),
      ];
    }
    case 1: { // open bulge polyline
      const n = 3 + Math.floor(rand() * 4);
      const v: [number, number, number?][] = [];
      for (let i = 0; i < n; i++) v.push([ox + 10 + (80 * i) / (n - 1), oy + u(20, 80), u(-0.8, 0.8)]);
      return [S.poly(v, false)];
    }
    case 2: { // rotated ellipse, full or partial
      const a = u(15, 40), ratio = u(0.2, 0.95), phi = u(0, 2 * PI);
      const full = rand() < 0.5;
      const t0 = full ? 0 : u(0, 6), t1 = full ? 2 * PI : t0 + u(0.5, 5);
      return [S.ellipse(ox + 50, oy + 50, a * Math.cos(phi), a * Math.sin(phi), ratio, t0, t1)];
    }
    case 3: { // clamped cubic spline, open
      const n = 5 + Math.floor(rand() * 4);
      const ctrl: [number, number][] = [];
      for (let i = 0; i < n; i++) ctrl.push([ox + 10 + (80 * i) / (n - 1) + u(-5, 5), oy + u(10, 90)]);
      const knots = [0, 0, 0, 0];
      const inner: number[] = [];
      for (let i = 0; i < n - 4; i++) inner.push(rand());
      inner.sort((p, q) => p - q);
      knots.push(...inner, 1, 1, 1, 1);
      return [S.spline(3, knots, ctrl)];
    }
    case 4: { // rational quadratic NURBS circle inside a square
      const R = u(10, 30), cx = ox + 50, cy = oy + 50, w = Math.SQRT1_2;
      const ctrl: [number, number, number][] = [
        [cx + R, cy, 1], [cx + R, cy + R, w], [cx, cy + R, 1], [cx - R, cy + R, w], [cx - R, cy, 1],
        [cx - R, cy - R, w], [cx, cy - R, 1], [cx + R, cy - R, w], [cx + R, cy, 1],
      ];
      return [S.spline(2, [0, 0, 0, 0.25, 0.25, 0.5, 0.5, 0.75, 0.75, 1, 1, 1], ctrl), S.poly([[ox + 8, oy + 8], [ox + 92, oy + 8], [ox + 92, oy + 92], [ox + 8, oy + 92]], true)];
    }
    case 5: { // ring with an island: circle, circle, circle
      const R = u(30, 40);
      return [S.circle(ox + 50, oy + 50, R), S.circle(ox + 50, oy + 50, R * u(0.5, 0.8)), S.circle(ox + 50, oy + 50, R * 0.3)];
    }
    case 6: { // loose open arc and a line
      return [S.arc(ox + 50, oy + 50, u(10, 35), u(0, 360), u(0, 360)), S.line(ox + 10, oy + 10, ox + u(20, 90), oy + u(10, 20))];
    }
    default: { // closed shape of lines and arcs: a D
      const R = u(10, 35), cx = ox + 50, cy = oy + 50;
      return [S.line(cx, cy - R, cx, cy + R), S.arc(cx, cy, R, -90, 90)];
    }
  }
}

function randomDrawing(seed: number): Shape[] {
  const rand = rng(seed);
  const shapes: Shape[] = [];
  for (let i = 0; i < 4; i++) for (let j = 0; j < 3; j++) shapes.push(...randomGroup(rand, i * 100, j * 100));
  return shapes;
}

function render(shapes: Shape[], t: Similarity): string {
  return dxf(shapes.map((s) => s(t)), { insunits: 4 });
}

function inBlock(shapes: Shape[], t: Similarity): string {
  return dxf([insert('PART', t.tx, t.ty, { sx: t.k, sy: t.k, rotation: t.theta })], {
    insunits: 4,
    blocks: [{ name: 'PART', entities: shapes.map((s) => s(IDENT)) }],
  });
}

function rel(got: number, want: number): number {
  return Math.abs(got - want) / Math.max(Math.abs(want), 1e-12);
}

const REL = 1e-9;

/** `other` must be `base` scaled by k: lengths × k, areas × k², same topology and warnings. */
function expectScaled(other: AnalyzeResult, base: AnalyzeResult, k: number, what: string): void {
  expect(other.pierces, `${what}: pierces`).toBe(base.pierces);
  expect(other.closedContours, `${what}: closed`).toBe(base.closedContours);
  expect(other.openContours, `${what}: open`).toBe(base.openContours);
  expect(rel(other.cutLength, k * base.cutLength), `${what}: cutLength ${other.cutLength} vs ${k * base.cutLength}`).toBeLessThanOrEqual(REL);
  expect(rel(other.grossArea, k * k * base.grossArea), `${what}: grossArea ${other.grossArea} vs ${k * k * base.grossArea}`).toBeLessThanOrEqual(REL);
  expect(rel(other.netArea, k * k * base.netArea), `${what}: netArea ${other.netArea} vs ${k * k * base.netArea}`).toBeLessThanOrEqual(REL);
  const lens = (r: AnalyzeResult, f: number) => r.contours.map((c) => c.length * f).sort((a, b) => a - b);
  const a = lens(other, 1), b = lens(base, k);
  for (let i = 0; i < a.length; i++) expect(rel(a[i], b[i]), `${what}: contour length ${i}`).toBeLessThanOrEqual(REL);
  const ds = (r: AnalyzeResult) => r.contours.map((c) => c.depth).sort((p, q) => p - q);
  expect(ds(other), `${what}: depths`).toEqual(ds(base));
  expect(other.warnings.map((w) => `${w.code}:${w.count ?? ''}`).sort(), `${what}: warnings`).toEqual(
    base.warnings.map((w) => `${w.code}:${w.count ?? ''}`).sort(),
  );
}

const SEEDS = [1, 2, 3, 4, 5, 6];

describe('analyze', () => {
  describe('when random drawings are generated', () => {
    it('mixes every kind of geometry across the seeds (the generator is not degenerate)', () => {
      const kinds = new Set<string>();
      for (const seed of SEEDS) {
        const text = render(randomDrawing(seed), IDENT);
        for (const k of ['LINE', 'ARC', 'CIRCLE', 'LWPOLYLINE', 'ELLIPSE', 'SPLINE']) if (text.includes(`\n${k}\n`)) kinds.add(k);
        const r = analyzeDxfSync(text);
        expect(r.cutLength).toBeGreaterThan(0);
        expect(r.closedContours + r.openContours).toBe(r.pierces);
      }
      expect([...kinds].sort()).toEqual(['ARC', 'CIRCLE', 'ELLIPSE', 'LINE', 'LWPOLYLINE', 'SPLINE']);
    });

    it('is deterministic: the same seed gives the same drawing and the same metrics', () => {
      const a = render(randomDrawing(3), IDENT), b = render(randomDrawing(3), IDENT);
      expect(a).toBe(b);
      expect(analyzeDxfSync(a)).toEqual(analyzeDxfSync(b));
    });
  });

  describe('when a drawing is translated', () => {
    for (const seed of SEEDS) {
      it(`changes no metric and shifts the bounding box (seed ${seed})`, () => {
        const shapes = randomDrawing(seed);
        const base = analyzeDxfSync(render(shapes, IDENT));
        const t = { k: 1, theta: 0, tx: 1234.5, ty: -678.25 };
        const moved = analyzeDxfSync(render(shapes, t));
        expectScaled(moved, base, 1, 'translated');
        expect(moved.bbox.minX).toBeCloseTo(base.bbox.minX + t.tx, 6);
        expect(moved.bbox.minY).toBeCloseTo(base.bbox.minY + t.ty, 6);
        expect(moved.bbox.width).toBeCloseTo(base.bbox.width, 6);
        expect(moved.bbox.height).toBeCloseTo(base.bbox.height, 6);
      });
    }
  });

  describe('when a drawing is rotated', () => {
    for (const seed of SEEDS) {
      it(`changes no metric when the coordinates are rewritten (seed ${seed})`, () => {
        const shapes = randomDrawing(seed);
        const base = analyzeDxfSync(render(shapes, IDENT));
        for (const theta of [37.3, 90, 211]) {
          expectScaled(analyzeDxfSync(render(shapes, { k: 1, theta, tx: 40, ty: -15 })), base, 1, `rotated ${theta}°`);
        }
      });

      it(`changes no metric when wrapped in a rotated INSERT (seed ${seed})`, () => {
        const shapes = randomDrawing(seed);
        const base = analyzeDxfSync(render(shapes, IDENT));
        expectScaled(analyzeDxfSync(inBlock(shapes, { k: 1, theta: -63.7, tx: 500, ty: 250 })), base, 1, 'insert rotated');
      });
    }

    it('swaps bounding box width and height under a quarter turn', () => {
      const shapes = randomDrawing(2);
      const base = analyzeDxfSync(render(shapes, IDENT));
      const turned = analyzeDxfSync(render(shapes, { k: 1, theta: 90, tx: 0, ty: 0 }));
      expect(turned.bbox.width).toBeCloseTo(base.bbox.height, 6);
      expect(turned.bbox.height).toBeCloseTo(base.bbox.width, 6);
      expect(turned.bbox.minX).toBeCloseTo(-base.bbox.maxY, 6);
      expect(turned.bbox.minY).toBeCloseTo(base.bbox.minX, 6);
    });
  });

  describe('when a drawing is scaled by k', () => {
    for (const seed of SEEDS) {
      it(`multiplies lengths by k and areas by k² (seed ${seed})`, () => {
        const shapes = randomDrawing(seed);
        const base = analyzeDxfSync(render(shapes, IDENT));
        for (const k of [2.5, 0.4, 17]) {
          const scaled = analyzeDxfSync(render(shapes, { k, theta: 0, tx: 0, ty: 0 }));
          expectScaled(scaled, base, k, `scaled ${k}`);
          expect(scaled.bbox.width).toBeCloseTo(k * base.bbox.width, 6);
          expect(scaled.bbox.height).toBeCloseTo(k * base.bbox.height, 6);
        }
      });

      it(`multiplies lengths by k and areas by k² through a scaled, rotated INSERT (seed ${seed})`, () => {
        const shapes = randomDrawing(seed);
        const base = analyzeDxfSync(render(shapes, IDENT));
        const k = 3.25;
        expectScaled(analyzeDxfSync(inBlock(shapes, { k, theta: 128, tx: -300, ty: 90 })), base, k, 'insert scaled');
      });
    }

    it('gives the same result whether units or coordinates carry the scale', () => {
      const shapes = randomDrawing(4);
      const inches = analyzeDxfSync(dxf(shapes.map((s) => s(IDENT)), { insunits: 1 }));
      const mm = analyzeDxfSync(render(shapes, { k: 25.4, theta: 0, tx: 0, ty: 0 }));
      expectScaled(inches, mm, 1, 'inch vs scaled mm');
    });
  });
});
