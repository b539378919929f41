// Drawable geometry of each contour as an SVG path `d` string, in drawing coordinates (mm, y up).
//
// The core lists each contour's segments in walking order (`order`: segment * 2 + reversed,
// contour by contour, from `orderStart` for `orderCount` entries) and where each segment's record
// sits in the packed buffer (`records`). The path follows that order from the contour's first
// node: lines become L, circular arcs SVG A commands (exact: radius and end points from the
// record), elliptical arcs and splines a polyline within the flattening tolerance. A healed gap
// between two segment ends is bridged by a straight L (the chord the core's area sum uses too);
// a closed contour ends with Z.

import { CONTOUR_STRIDE, type CoreResult } from '../core/core.js';
import { KIND_ARC, KIND_ELLIPSE, KIND_LINE } from '../geometry/buffer.js';

/**
 * Default largest distance (mm) between an ellipse or spline and the polyline drawn for it
 * (the analyze option `flattenTolerance`).
 *
 * @example analyzeDxfSync(text, { geometry: true, flattenTolerance: DEFAULT_FLATTEN_TOLERANCE * 5 })
 */
export const DEFAULT_FLATTEN_TOLERANCE = 0.01;
/**
 * At most this many polyline pieces per ellipse, and refinements per spline (which also gets two
 * pieces per knot span): a coarser polyline beyond it.
 */
export const MAX_FLATTEN_PIECES = 10_000;

const TWO_PI = Math.PI * 2;
/** Segment ends closer than this (mm) print as the same point: no bridge is drawn. */
const SAME_POINT = 1e-6;
/** Bisection depth limit for splines (2^-20 of a knot span). */
const MAX_SPLIT_DEPTH = 20;

/**
 * A coordinate printed to 1e-6 mm, without trailing zeros or exponents. Built from integers
 * (about twice as fast as formatting the rounded double, and this runs twice per vertex); the
 * core refuses coordinates beyond ±1e9 mm, so v · 1e6 stays an exact integer in f64.
 *
 * @example fmtCoord(-12.5000004) // '-12.5'
 */
export function fmtCoord(v: number): string {
  const n = Math.round(v * 1e6);
  if (n === 0 || !Number.isFinite(n)) return '0';
  const a = n < 0 ? -n : n;
  if (a >= 9e15) return String(Math.round(v)); // beyond exact integers (a huge margin option)
  const ip = Math.floor(a / 1e6);
  let frac = a - ip * 1e6;
  const sign = n < 0 ? '-' : '';
  if (frac === 0) return sign + ip;
  let digits = 6;
  while (frac % 10 === 0) {
    frac /= 10;
    digits--;
  }
  const f = String(frac);
  return sign + ip + '.' + ZEROS.slice(0, digits - f.length) + f;
}
const ZEROS = '000000';

/**
 * SVG path `d` strings of every contour of one core run, in the order of the contour table.
 * `raw` must come from `core.run(packed, tol, true)` and be read before the core runs again.
 *
 * @example const paths = contourPaths(core.run(buf.view(), 0.01, true), buf.view(), 0.01)
 */
export function contourPaths(raw: CoreResult, packed: Float64Array, flattenTolerance = DEFAULT_FLATTEN_TOLERANCE): string[] {
  const n = raw.contours.length / CONTOUR_STRIDE;
  const out: string[] = new Array(n);
  // pieces of merged overlaps have their records after the input's, in recordData
  const w = new PathWriter(raw.recordData ?? packed, flattenTolerance);
  for (let i = 0; i < n; i++) {
    const b = i * CONTOUR_STRIDE;
    const start = raw.contours[b + 9], count = raw.contours[b + 10];
    out[i] = w.contour(raw.order, raw.records, start, count, raw.contours[b] !== 0);
  }
  return out;
}

class PathWriter {
  private d = '';
  private curX = 0;
  private curY = 0;
  /** Polyline scratch (x, y pairs) for ellipses and splines. */
  private pts: number[] = [];

  constructor(private readonly data: Float64Array, private readonly tol: number) {}

  contour(order: Int32Array, records: Int32Array, start: number, count: number, closed: boolean): string {
    this.d = '';
    for (let k = 0; k < count; k++) {
      const o = order[start + k];
      this.segment(records[o >> 1], (o & 1) === 1, k === 0);
    }
    if (closed) this.d += 'Z';
    return this.d;
  }

  /** Move (first segment) or bridge a healed gap (later ones) to the segment's start. */
  private begin(x: number, y: number, first: boolean): void {
    if (first) this.d += `M${fmtCoord(x)} ${fmtCoord(y)}`;
    else if (Math.abs(x - this.curX) > SAME_POINT || Math.abs(y - this.curY) > SAME_POINT) this.lineTo(x, y);
    this.curX = x;
    this.curY = y;
  }

  private lineTo(x: number, y: number): void {
    this.d += `L${fmtCoord(x)} ${fmtCoord(y)}`;
    this.curX = x;
    this.curY = y;
  }

  private segment(r: number, rev: boolean, first: boolean): void {
    const d = this.data;
    const kind = d[r];
    if (kind === KIND_LINE) {
      const i0 = rev ? r + 3 : r + 1, i1 = rev ? r + 1 : r + 3;
      this.begin(d[i0], d[i0 + 1], first);
      this.lineTo(d[i1], d[i1 + 1]);
    } else if (kind === KIND_ARC) this.arc(r, rev, first);
    else if (kind === KIND_ELLIPSE) this.ellipse(r, rev, first);
    else this.spline(r, rev, first);
  }

  private arc(r: number, rev: boolean, first: boolean): void {
    const d = this.data;
    const cx = d[r + 1], cy = d[r + 2], rad = Math.abs(d[r + 3]), a0 = d[r + 4];
    const sw = Math.max(-TWO_PI, Math.min(TWO_PI, d[r + 5]));
    // the end points as the core takes them: the record's exact ends, a full circle closing on
    // its start
    const full = Math.abs(sw) >= TWO_PI - 1e-12;
    const x0 = d[r + 6], y0 = d[r + 7];
    const x1 = full ? x0 : d[r + 8], y1 = full ? y0 : d[r + 9];
    const sx = rev ? x1 : x0, sy = rev ? y1 : y0, ex = rev ? x0 : x1, ey = rev ? y0 : y1;
    this.begin(sx, sy, first);
    // sweep-flag 1 = increasing angle in the path's own (drawing) coordinates
    const flag = (rev ? -sw : sw) > 0 ? 1 : 0;
    const rs = fmtCoord(rad);
    if (Math.abs(sw) > Math.PI) {
      // one A command cannot draw more than a half turn unambiguously (nor a full circle at all):
      // two halves through the arc's middle
      const am = a0 + sw / 2;
      const mx = cx + rad * Math.cos(am), my = cy + rad * Math.sin(am);
      this.d += `A${rs} ${rs} 0 0 ${flag} ${fmtCoord(mx)} ${fmtCoord(my)}`;
    }
    this.d += `A${rs} ${rs} 0 0 ${flag} ${fmtCoord(ex)} ${fmtCoord(ey)}`;
    this.curX = ex;
    this.curY = ey;
  }

  private ellipse(r: number, rev: boolean, first: boolean): void {
    this.pts.length = 0;
    flattenEllipse(this.data, r, this.tol, this.pts);
    this.polyline(rev, first);
  }

  private spline(r: number, rev: boolean, first: boolean): void {
    this.pts.length = 0;
    flattenSpline(this.data, r, this.tol, this.pts);
    this.polyline(rev, first);
  }

  /** Draws the scratch polyline forwards or backwards; its first point is the segment's start. */
  private polyline(rev: boolean, first: boolean): void {
    const pts = this.pts;
    const n = pts.length >> 1;
    if (n === 0) return;
    if (!rev) {
      this.begin(pts[0], pts[1], first);
      for (let k = 1; k < n; k++) this.lineTo(pts[2 * k], pts[2 * k + 1]);
    } else {
      this.begin(pts[2 * n - 2], pts[2 * n - 1], first);
      for (let k = n - 2; k >= 0; k--) this.lineTo(pts[2 * k], pts[2 * k + 1]);
    }
  }
}

/**
 * Appends the points (x, y pairs) of the ellipse record at `r`, from its start to its end in the
 * record's direction, within `tol` mm of the curve; a full ellipse ends exactly on its start.
 *
 * @example const pts: number[] = []; flattenEllipse(records, 0, 0.01, pts);
 */
export function flattenEllipse(d: Float64Array, r: number, tol: number, pts: number[]): void {
  const cx = d[r + 1], cy = d[r + 2], ux = d[r + 3], uy = d[r + 4], vx = d[r + 5], vy = d[r + 6];
  const t0 = d[r + 7];
  const t1 = Math.min(d[r + 8], t0 + TWO_PI);
  const full = t1 - t0 >= TWO_PI - 1e-12;
  // a chord over a parameter step h strays at most h²/8 · max|P''| from the curve, and
  // max |P''(t)| = max |u cos t + v sin t| is the larger half axis: the square root of the
  // larger eigenvalue of the Gram matrix [u·u u·v; u·v v·v]
  const p = ux * ux + uy * uy, q = vx * vx + vy * vy, uv = ux * vx + uy * vy;
  const bound = Math.sqrt(0.5 * (p + q) + Math.sqrt(0.25 * (p - q) * (p - q) + uv * uv));
  const pieces = Math.min(MAX_FLATTEN_PIECES, Math.max(1, Math.ceil((t1 - t0) / Math.sqrt((8 * tol) / bound))));
  const at = pts.length;
  for (let k = 0; k <= pieces; k++) {
    const t = k === pieces ? t1 : t0 + ((t1 - t0) * k) / pieces;
    const c = Math.cos(t), s = Math.sin(t);
    pts.push(cx + ux * c + vx * s, cy + uy * c + vy * s);
  }
  if (full) {
    // the core closes a full ellipse on its start point exactly
    pts[at + 2 * pieces] = pts[at];
    pts[at + 2 * pieces + 1] = pts[at + 1];
  }
}

/**
 * Appends the points (x, y pairs) of the spline record at `r`, from its start to its end, within
 * `tol` mm of the curve (two pieces per knot span at least, bisected until within the tolerance).
 *
 * @example const pts: number[] = []; flattenSpline(records, 0, 0.01, pts);
 */
export function flattenSpline(d: Float64Array, r: number, tol: number, pts: number[]): void {
  const deg = d[r + 1], nc = d[r + 2], nk = d[r + 3];
  const ev = new SplineEval(d, deg, nc, r + 4, r + 4 + nk);
  const budget = { left: MAX_FLATTEN_PIECES };
  let px = 0, py = 0;
  let started = false;
  for (let k = deg; k < nc; k++) {
    const a = d[r + 4 + k], b = d[r + 5 + k];
    if (!(b > a)) continue;
    if (!started) {
      ev.at(a);
      px = ev.x; py = ev.y;
      pts.push(px, py);
      started = true;
    }
    // at least two pieces per span and three samples per piece, so an S-bend within one
    // span is not mistaken for a straight piece
    const m = 2;
    for (let j = 0; j < m; j++) {
      const ta = a + ((b - a) * j) / m, tb = j === m - 1 ? b : a + ((b - a) * (j + 1)) / m;
      ev.at(tb);
      const qx = ev.x, qy = ev.y;
      refine(ev, tol, pts, ta, px, py, tb, qx, qy, 0, budget);
      pts.push(qx, qy);
      px = qx; py = qy;
    }
  }
}

/** Adds the points strictly between (ta, A) and (tb, B) needed to stay within the tolerance. */
function refine(
  ev: SplineEval, tol: number, pts: number[], ta: number, ax: number, ay: number, tb: number, bx: number, by: number,
  depth: number, budget: { left: number },
): void {
  if (depth >= MAX_SPLIT_DEPTH || budget.left <= 0) return;
  const h = tb - ta;
  ev.at(ta + 0.5 * h);
  const mx = ev.x, my = ev.y;
  let err = distToSegment(mx, my, ax, ay, bx, by);
  if (err <= tol) {
    ev.at(ta + 0.25 * h);
    err = Math.max(err, distToSegment(ev.x, ev.y, ax, ay, bx, by));
    ev.at(ta + 0.75 * h);
    err = Math.max(err, distToSegment(ev.x, ev.y, ax, ay, bx, by));
    if (err <= tol) return;
  }
  budget.left--;
  const tm = ta + 0.5 * h;
  refine(ev, tol, pts, ta, ax, ay, tm, mx, my, depth + 1, budget);
  pts.push(mx, my);
  refine(ev, tol, pts, tm, mx, my, tb, bx, by, depth + 1, budget);
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const l2 = dx * dx + dy * dy;
  let t = l2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / l2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/**
 * Point of a (rational) B-spline record by de Boor's algorithm on homogeneous points, with the
 * core's span choice (assembly/curves.ts) so the ends agree with the contour's nodes.
 */
export class SplineEval {
  x = 0;
  y = 0;
  private readonly h: Float64Array;

  constructor(
    private readonly d: Float64Array,
    private readonly deg: number,
    private readonly nc: number,
    private readonly knots: number,
    private readonly ctrl: number,
  ) {
    this.h = new Float64Array(3 * (deg + 1));
  }

  private knot(i: number): number {
    return this.d[this.knots + i];
  }

  private span(t: number): number {
    const p = this.deg, n = this.nc;
    if (t >= this.knot(n)) {
      let k = n - 1;
      while (k > p && this.knot(k) >= this.knot(k + 1)) k--;
      return k;
    }
    if (t <= this.knot(p)) {
      let k = p;
      while (k < n - 1 && this.knot(k + 1) <= this.knot(p)) k++;
      return k;
    }
    let lo = p, hi = n;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (t < this.knot(mid)) hi = mid;
      else lo = mid;
    }
    return lo;
  }

  at(t: number): void {
    const p = this.deg, d = this.d, h = this.h;
    const k = this.span(t);
    for (let j = 0; j <= p; j++) {
      const c = this.ctrl + 3 * (j + k - p);
      const w = d[c + 2];
      h[3 * j] = d[c] * w;
      h[3 * j + 1] = d[c + 1] * w;
      h[3 * j + 2] = w;
    }
    for (let r = 1; r <= p; r++) {
      for (let j = p; j >= r; j--) {
        const lo = this.knot(j + k - p);
        const alpha = (t - lo) / (this.knot(j + 1 + k - r) - lo);
        const q = 3 * j, q0 = q - 3;
        h[q] = h[q0] + alpha * (h[q] - h[q0]);
        h[q + 1] = h[q0 + 1] + alpha * (h[q + 1] - h[q0 + 1]);
        h[q + 2] = h[q0 + 2] + alpha * (h[q + 2] - h[q0 + 2]);
      }
    }
    const q = 3 * p;
    this.x = h[q] / h[q + 2];
    this.y = h[q + 1] / h[q + 2];
  }
}
