// Areas where closed contours cross (crossings.ts found where): the gross area is that of the
// region the closed contours enclose together (their union), the net area that of their even-odd
// fill (a point is material when it lies inside an odd number of them), so 0 <= net <= gross
// whatever the drawing. Both are boundary integrals (Green: area = 1/2 ∮ x dy - y dx).
// A contour that crosses nothing lies wholly inside `depth` others, as containment.ts found: it
// bounds the union when depth is 0 and the even-odd fill always, with the sign of its depth's
// parity (totals() in result.ts). A contour that crosses is cut at its crossings into pieces; each
// piece has constant counts of contours on its two sides, taken just left and right of its middle
// (containment's grid and rays): it bounds the union where one side is inside none, the fill
// where the sides differ in parity, and its term counts towards the side that is inside.
// Lines and arcs are integrated in closed form, ellipses too, splines by Gauss-Legendre; where a
// curve's crossing was found on its polyline, a chord to the point on the curve keeps the pieces
// joined.

import { KIND_ARC, KIND_ELLIPSE, KIND_LINE } from "./status";
import { getF, getI, rawI32, setF, setI } from "./memory";
import { evX, evY, evalCurve, intArea, integrate, splineKnot } from "./curves";
import { TWO_PI, eX, eY, inp, sX, sY, segKind, segRec } from "./segments";
import { C_STRIDE, outContours, outOrder } from "./result";
import { bindSegment, cutAtVertex, paramRange, pr0, pr1, pointAt, pdx, pdy, ptx, pty, xCount, xFlag, xPX, xPY, xSeg, xT } from "./crossings";
import { countAt, parityOf } from "./containment";

/** Twice the gross and net area the crossing contours add (the sums of their pieces' terms). */
export let crossGross2: f64 = 0, crossNet2: f64 = 0;
/** Closed contours that cross (another or themselves). */
export let crossingContours: i32 = 0;

let ox: f64 = 0, oy: f64 = 0; // origin of the terms: the middle of the crossing contours' box
let sorted: usize = 0; // crossing points by segment, then parameter

// @ts-ignore: decorator
@inline function before(i: i32, j: i32): bool {
  const si = getI(xSeg, i), sj = getI(xSeg, j);
  return si < sj || (si == sj && getF(xT, i) < getF(xT, j));
}

function siftX(i: i32, n: i32): void {
  while (true) {
    let c = 2 * i + 1;
    if (c >= n) return;
    if (c + 1 < n && before(getI(sorted, c), getI(sorted, c + 1))) c++;
    if (!before(getI(sorted, i), getI(sorted, c))) return;
    const t = getI(sorted, i); setI(sorted, i, getI(sorted, c)); setI(sorted, c, t);
    i = c;
  }
}

/** First place in `sorted` whose segment is at least s. */
function firstOf(s: i32): i32 {
  let lo = 0, hi = xCount;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (getI(xSeg, getI(sorted, m)) < s) lo = m + 1; else hi = m;
  }
  return lo;
}

/** ∮ (x - ox) dy - (y - oy) dx along segment s from parameter ta to tb (record direction). */
function curveTerm(s: i32, ta: f64, tb: f64): f64 {
  const kind = getI(segKind, s), r = getI(segRec, s);
  if (kind == KIND_ARC) {
    const cx = inp(r + 1) - ox, cy = inp(r + 2) - oy, rad = Math.abs(inp(r + 3)), a0 = inp(r + 4);
    let sw = inp(r + 5);
    if (sw > TWO_PI) sw = TWO_PI;
    if (sw < -TWO_PI) sw = -TWO_PI;
    const qa = a0 + ta * sw, qb = a0 + tb * sw;
    const xa = rad * Math.cos(qa), ya = rad * Math.sin(qa), xb = rad * Math.cos(qb), yb = rad * Math.sin(qb);
    return rad * rad * sw * (tb - ta) + cx * (yb - ya) - cy * (xb - xa);
  }
  if (kind == KIND_ELLIPSE) {
    const cx = inp(r + 1) - ox, cy = inp(r + 2) - oy, ux = inp(r + 3), uy = inp(r + 4), vx = inp(r + 5), vy = inp(r + 6);
    const s0 = Math.sin(ta), s1 = Math.sin(tb), c0 = Math.cos(ta), c1 = Math.cos(tb);
    return (ux * vy - uy * vx) * (tb - ta) + cx * (vy * (s1 - s0) + uy * (c1 - c0)) - cy * (vx * (s1 - s0) + ux * (c1 - c0));
  }
  // spline: integrated span by span
  bindSegment(s);
  const deg = <i32>inp(r + 1), nc = <i32>inp(r + 2);
  let sum = 0.0;
  for (let k = deg; k < nc; k++) {
    const a = Math.max(splineKnot(k), ta), b = Math.min(splineKnot(k + 1), tb);
    if (!(b > a)) continue;
    const before = intArea;
    integrate(a, b);
    sum += intArea - before;
  }
  evalCurve(ta);
  const xa = evX, ya = evY;
  evalCurve(tb);
  return sum - ox * (evY - ya) + oy * (evX - xa);
}

// @ts-ignore: decorator
@inline function cross(ax: f64, ay: f64, bx: f64, by: f64): f64 {
  return (ax - ox) * (by - oy) - (bx - ox) * (ay - oy);
}

/**
 * The piece of segment s from parameter ta (point ax, ay) to tb (bx, by), record direction:
 * its term, with chords from the given ends to the curve where they are not on it.
 */
function pieceTerm(s: i32, ta: f64, ax: f64, ay: f64, tb: f64, bx: f64, by: f64): f64 {
  const kind = getI(segKind, s);
  if (kind == KIND_LINE) return cross(ax, ay, bx, by);
  pointAt(s, ta);
  const cax = ptx, cay = pty;
  pointAt(s, tb);
  const cbx = ptx, cby = pty;
  return cross(ax, ay, cax, cay) + curveTerm(s, ta, tb) + cross(cbx, cby, bx, by);
}

let grossSum: f64 = 0, netSum: f64 = 0, ownSum: f64 = 0;

/**
 * Add the piece of contour c with term `t` (walk direction) at its point (mx, my) going (dx, dy).
 * Returns false when the two sides there cannot be told apart (the point lies on another piece,
 * as where a contour touches itself within the tolerance): the caller asks elsewhere on the piece.
 */
function classify(c: i32, own: bool, t: f64, mx: f64, my: f64, dx: f64, dy: f64, len: f64, last: bool): bool {
  const dl = Math.sqrt(dx * dx + dy * dy);
  if (!(dl > 0)) return last;
  // a step off the piece to each side: far below its length, far above rounding
  const d = Math.max(1e-6 * len, 1e-11 * (1 + Math.abs(mx) + Math.abs(my)));
  const nx = -dy / dl * d, ny = dx / dl * d;
  const left = countAt(mx + nx, my + ny), right = countAt(mx - nx, my - ny);
  let ol = 0, or = 0;
  if (own) { ol = parityOf(c, mx + nx, my + ny); or = parityOf(c, mx - nx, my - ny); }
  if (!last && ((left & 1) == (right & 1) || (own && ol == or))) return false;
  if (left > 0 && right == 0) grossSum += t;
  else if (left == 0 && right > 0) grossSum -= t;
  if ((left & 1) != (right & 1)) netSum += (left & 1) != 0 ? t : -t;
  if (own && ol != or) ownSum += ol != 0 ? t : -t;
  return true;
}

/** The pieces of crossing contour c. */
function contourPieces(c: i32, own: bool): void {
  const b = c * C_STRIDE;
  const start = <i32>getF(outContours, b + 9), cnt = <i32>getF(outContours, b + 10);
  // the walk's end before the first segment: the last segment's end (the closing chord)
  const lo = getI(outOrder, start + cnt - 1);
  let px = (lo & 1) != 0 ? getF(sX, lo >> 1) : getF(eX, lo >> 1);
  let py = (lo & 1) != 0 ? getF(sY, lo >> 1) : getF(eY, lo >> 1);
  // the term of a piece too short to place (and of a healed gap's chord) goes to the next piece
  let carry = 0.0;
  for (let k = 0; k < cnt; k++) {
    const o = getI(outOrder, start + k), s = o >> 1, rev = (o & 1) != 0;
    const kind = getI(segKind, s), r = getI(segRec, s);
    // parameters of the segment's ends (record direction)
    paramRange(s);
    const t0 = pr0, t1 = pr1;
    const first = firstOf(s);
    let last = first;
    while (last < xCount && getI(xSeg, getI(sorted, last)) == s) last++;
    const m = last - first; // crossing points on s
    // the chord from the walk's last end to this segment's start (a healed gap) joins its first piece
    const wsx = rev ? getF(eX, s) : getF(sX, s), wsy = rev ? getF(eY, s) : getF(sY, s);
    carry += cross(px, py, wsx, wsy);
    for (let i = 0; i <= m; i++) {
      // piece i of the walk: record pieces m - i (reversed) or i, between bounds j and j + 1
      const j = rev ? m - i : i;
      let ta = t0, ax = getF(sX, s), ay = getF(sY, s);
      if (j > 0) { const q = getI(sorted, first + j - 1); ta = getF(xT, q); ax = getF(xPX, q); ay = getF(xPY, q); }
      let tb = t1, bx = getF(eX, s), by = getF(eY, s);
      if (j < m) { const q = getI(sorted, first + j); tb = getF(xT, q); bx = getF(xPX, q); by = getF(xPY, q); }
      let t = pieceTerm(s, ta, ax, ay, tb, bx, by);
      if (rev) t = -t;
      t += carry;
      carry = 0;
      const len = Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
      if (!(tb > ta) && len == 0) { carry = t; continue; }
      // the piece's middle, else a quarter from either end
      for (let q = 0; q < 3; q++) {
        const at = q == 0 ? 0.5 : q == 1 ? 0.25 : 0.75;
        pointAt(s, ta + at * (tb - ta));
        if (classify(c, own, t, ptx, pty, rev ? -pdx : pdx, rev ? -pdy : pdy, Math.max(len, 1e-9), q == 2)) break;
      }
    }
    px = rev ? getF(sX, s) : getF(eX, s);
    py = rev ? getF(sY, s) : getF(eY, s);
  }
}

/** Segments of the crossing contours cut at each other's vertices beyond this many pairs: not. */
const VERTEX_CUT_PAIRS: f64 = 4e6;

/**
 * Cut the crossing contours' segments also where a vertex of one of them lies on them (within
 * the tolerance, not at their ends): a contour that touches itself there, or runs back over a
 * healed gap, would otherwise leave a piece whose middle lies on another piece.
 */
function vertexCuts(nc: i32): void {
  let n = 0;
  for (let c = 0; c < nc; c++) if (getI(xFlag, c) != 0) n += <i32>getF(outContours, c * C_STRIDE + 10);
  if (<f64>n * <f64>n > VERTEX_CUT_PAIRS) return;
  const segs = rawI32(max(n, 1));
  let m = 0;
  for (let c = 0; c < nc; c++) {
    if (getI(xFlag, c) == 0) continue;
    const b = c * C_STRIDE;
    const start = <i32>getF(outContours, b + 9), cnt = <i32>getF(outContours, b + 10);
    for (let k = 0; k < cnt; k++) setI(segs, m++, getI(outOrder, start + k) >> 1);
  }
  for (let i = 0; i < m; i++) {
    const s = getI(segs, i);
    for (let j = 0; j < m; j++) {
      if (j == i) continue;
      const t = getI(segs, j);
      cutAtVertex(s, getF(sX, t), getF(sY, t));
      cutAtVertex(s, getF(eX, t), getF(eY, t));
    }
  }
}

/**
 * Measure the crossing contours piece by piece (after containment and the crossings): sets
 * crossGross2, crossNet2 and crossingContours, and the area of each contour that crosses itself
 * (that of its own even-odd fill; its signed area would subtract one loop of a figure eight from
 * the other).
 */
export function crossingAreas(nc: i32): void {
  crossGross2 = 0; crossNet2 = 0; crossingContours = 0;
  if (xFlag == 0) return;
  vertexCuts(nc);
  sorted = rawI32(max(xCount, 1));
  for (let i = 0; i < xCount; i++) setI(sorted, i, i);
  for (let st = (xCount >> 1) - 1; st >= 0; st--) siftX(st, xCount);
  for (let end = xCount - 1; end > 0; end--) {
    const t = getI(sorted, 0); setI(sorted, 0, getI(sorted, end)); setI(sorted, end, t);
    siftX(0, end);
  }
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let c = 0; c < nc; c++) {
    if (getI(xFlag, c) == 0) continue;
    const b = c * C_STRIDE;
    x0 = Math.min(x0, getF(outContours, b + 5)); y0 = Math.min(y0, getF(outContours, b + 6));
    x1 = Math.max(x1, getF(outContours, b + 7)); y1 = Math.max(y1, getF(outContours, b + 8));
    crossingContours++;
  }
  ox = 0.5 * (x0 + x1); oy = 0.5 * (y0 + y1);
  grossSum = 0; netSum = 0;
  for (let c = 0; c < nc; c++) {
    const f = getI(xFlag, c);
    if (f == 0) continue;
    const own = (f & 2) != 0;
    ownSum = 0;
    contourPieces(c, own);
    if (own) setF(outContours, c * C_STRIDE + 2, Math.abs(0.5 * ownSum));
  }
  crossGross2 = grossSum; crossNet2 = netSum;
}
