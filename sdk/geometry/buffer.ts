import { type Affine, similarityScale, determinant } from './affine.js';

/** Record kinds; the numbers are the core's (assembly/status.ts). */
export const KIND_LINE = 0;
export const KIND_ARC = 1;
export const KIND_ELLIPSE = 2;
export const KIND_SPLINE = 3;

const TWO_PI = Math.PI * 2;

/** `data` (its first `length` values kept) with room for `n` more: capacity doubled until it fits. */
export function grown(data: Float64Array, length: number, n: number): Float64Array {
  let cap = data.length * 2;
  while (cap < length + n) cap *= 2;
  const next = new Float64Array(cap);
  next.set(data.subarray(0, length));
  return next;
}

/**
 * The packed drawing: one growable Float64Array of primitive records, written once into the
 * core's linear memory. Every `add*` method takes the transform to world millimetres, so INSERT
 * expansion, OCS mirroring and unit conversion happen while packing, without intermediate
 * objects.
 *
 * Records (f64): line `0 x1 y1 x2 y2`; arc `1 cx cy r start sweep x0 y0 x1 y1` (its exact
 * end points ride along, so polyline arcs meet their neighbours bit for bit); ellipse
 * `2 cx cy ux uy vx vy t0 t1` for P(t) = c + u cos t + v sin t; spline
 * `3 degree nCtrl nKnots knots… (x y w)…`.
 */
export class GeometryBuffer {
  data: Float64Array;
  length = 0;
  segments = 0;

  constructor(capacity = 4096) {
    this.data = new Float64Array(capacity);
  }

  private reserve(n: number): Float64Array {
    if (this.length + n > this.data.length) this.data = grown(this.data, this.length, n);
    return this.data;
  }

  /**
   * Empty the buffer for reuse; its array is kept unless it holds more than `keep` values
   * (then a small one replaces it and the memory goes).
   */
  clear(keep = Infinity): void {
    this.length = 0;
    this.segments = 0;
    if (this.data.length > keep) this.data = new Float64Array(Math.min(4096, keep));
  }

  /** Room for `n` values in all (grown once now rather than doubled step by step while packing). */
  expect(n: number): void {
    if (n > this.data.length) this.data = grown(this.data, this.length, n - this.length);
  }

  /** Copy the records `src[from, to)` (holding `segments` records) to the end. */
  append(src: Float64Array, from: number, to: number, segments: number): void {
    const d = this.reserve(to - from);
    d.set(src.subarray(from, to), this.length);
    this.length += to - from;
    this.segments += segments;
  }

  /** The packed records (a view, not a copy). */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }

  addLine(m: Affine, x1: number, y1: number, x2: number, y2: number): void {
    const d = this.reserve(5);
    let i = this.length;
    d[i++] = KIND_LINE;
    d[i++] = m[0] * x1 + m[2] * y1 + m[4];
    d[i++] = m[1] * x1 + m[3] * y1 + m[5];
    d[i++] = m[0] * x2 + m[2] * y2 + m[4];
    d[i++] = m[1] * x2 + m[3] * y2 + m[5];
    this.length = i;
    this.segments++;
  }

  /**
   * A circular arc around (cx, cy) from angle `start` sweeping `sweep` radians (positive =
   * counter-clockwise), in the entity's own coordinates; m maps them to the world. The end
   * points may be given when they are known exactly (polyline vertices).
   */
  addArc(
    m: Affine, cx: number, cy: number, r: number, start: number, sweep: number,
    x0?: number, y0?: number, x1?: number, y1?: number,
  ): void {
    const s = similarityScale(m);
    if (s > 0) {
      const d = this.reserve(10);
      let i = this.length;
      const wx = m[0] * cx + m[2] * cy + m[4];
      const wy = m[1] * cx + m[3] * cy + m[5];
      // the start direction's image gives the new start angle; a mirror reverses the sweep
      const ux = Math.cos(start), uy = Math.sin(start);
      const full = Math.abs(sweep) >= TWO_PI;
      // exact ends where the caller knows them (polyline vertices), else from the angles
      if (x0 === undefined || y0 === undefined) { x0 = cx + r * ux; y0 = cy + r * uy; }
      if (x1 === undefined || y1 === undefined) {
        if (full) { x1 = x0; y1 = y0; } else { x1 = cx + r * Math.cos(start + sweep); y1 = cy + r * Math.sin(start + sweep); }
      }
      d[i++] = KIND_ARC;
      d[i++] = wx;
      d[i++] = wy;
      d[i++] = r * s;
      d[i++] = Math.atan2(m[1] * ux + m[3] * uy, m[0] * ux + m[2] * uy);
      d[i++] = determinant(m) < 0 ? -sweep : sweep;
      d[i++] = m[0] * x0 + m[2] * y0 + m[4];
      d[i++] = m[1] * x0 + m[3] * y0 + m[5];
      d[i++] = m[0] * x1 + m[2] * y1 + m[4];
      d[i++] = m[1] * x1 + m[3] * y1 + m[5];
      this.length = i;
      this.segments++;
      return;
    }
    // non-uniform scale: the circle becomes an ellipse with conjugate half-axes m·(r,0), m·(0,r)
    if (sweep < 0) {
      // walk the same arc counter-clockwise in parameter space
      start = start + sweep;
      sweep = -sweep;
    }
    this.addEllipse(m, cx, cy, r, 0, 0, r, start, start + sweep);
  }

  /** An elliptical arc P(t) = c + u cos t + v sin t for t in [t0, t1], in entity coordinates. */
  addEllipse(m: Affine, cx: number, cy: number, ux: number, uy: number, vx: number, vy: number, t0: number, t1: number): void {
    if (t1 < t0) t1 += TWO_PI * Math.ceil((t0 - t1) / TWO_PI);
    const d = this.reserve(9);
    let i = this.length;
    d[i++] = KIND_ELLIPSE;
    d[i++] = m[0] * cx + m[2] * cy + m[4];
    d[i++] = m[1] * cx + m[3] * cy + m[5];
    d[i++] = m[0] * ux + m[2] * uy;
    d[i++] = m[1] * ux + m[3] * uy;
    d[i++] = m[0] * vx + m[2] * vy;
    d[i++] = m[1] * vx + m[3] * vy;
    d[i++] = t0;
    d[i++] = t1;
    this.length = i;
    this.segments++;
  }

  /**
   * A B-spline (rational when weights are given). `ctrl` holds x, y pairs; knots must number
   * ctrl/2 + degree + 1 (the core validates and refuses inconsistent records).
   */
  addSpline(m: Affine, degree: number, knots: ArrayLike<number>, ctrl: ArrayLike<number>, weights?: ArrayLike<number>): void {
    const n = ctrl.length >> 1;
    const d = this.reserve(4 + knots.length + 3 * n);
    let i = this.length;
    d[i++] = KIND_SPLINE;
    d[i++] = degree;
    d[i++] = n;
    d[i++] = knots.length;
    for (let k = 0; k < knots.length; k++) d[i++] = knots[k];
    for (let k = 0; k < n; k++) {
      const x = ctrl[2 * k], y = ctrl[2 * k + 1];
      d[i++] = m[0] * x + m[2] * y + m[4];
      d[i++] = m[1] * x + m[3] * y + m[5];
      d[i++] = weights && weights[k] !== undefined ? weights[k] : 1;
    }
    this.length = i;
    this.segments++;
  }

  /**
   * A polyline segment from (x1, y1) to (x2, y2) with DXF bulge b = tan(sweep / 4): a line when
   * b is 0, else a circular arc (positive bulge = counter-clockwise).
   */
  addBulge(m: Affine, x1: number, y1: number, x2: number, y2: number, b: number): void {
    if (!b) {
      this.addLine(m, x1, y1, x2, y2);
      return;
    }
    const dx = x2 - x1, dy = y2 - y1;
    const chord = Math.hypot(dx, dy);
    if (!(chord > 0)) {
      this.addLine(m, x1, y1, x2, y2); // zero-length: the core drops it as degenerate
      return;
    }
    // a bulge whose arc rises less than a nanometre over its chord is a straight line (some
    // exporters write 1e-10 for "straight"); its centre would lie absurdly far away
    if (Math.abs(b) * chord < 2e-6) {
      this.addLine(m, x1, y1, x2, y2);
      return;
    }
    const sweep = 4 * Math.atan(b);
    // centre sits on the chord's left normal at distance chord·(1 - b²)/(4b)
    const off = (chord * (1 - b * b)) / (4 * b);
    const cx = (x1 + x2) / 2 - (dy / chord) * off;
    const cy = (y1 + y2) / 2 + (dx / chord) * off;
    const r = Math.hypot(x1 - cx, y1 - cy);
    this.addArc(m, cx, cy, r, Math.atan2(y1 - cy, x1 - cx), sweep, x1, y1, x2, y2);
  }
}
