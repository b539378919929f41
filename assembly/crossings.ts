// Crossings: closed contours whose boundaries cross each other or themselves (two outlines of a
// floor plan's walls drawn over each other, a figure eight drawn as one polyline). Containment's
// depth (containment.ts) assumes that a contour lies wholly inside or outside every other one,
// which a crossing breaks; areas.ts then measures the drawing piece by piece instead.
// A crossing is a point where a segment of one closed contour passes through a segment of another
// (or of the same one) away from their ends (the gap tolerance from them), or a vertex of one
// lying on a segment of another with its two segments on either side of it. Touching (tangent
// circles, a corner on an edge, two points closer than the tolerance) is not crossing. Lines and
// circular arcs are intersected in closed form; ellipses and splines as fine polylines, each
// point then moved onto the curves by Newton's method. The points found, crossings and touches
// alike, are kept per segment (segment, parameter, point): where areas.ts cuts the segments of
// the contours that cross into pieces. Contours crossing themselves are looked for in parts only
// (SELF_CHECK_CONTOURS): on a sheet of thousands of contours that would cost a few per cent.

import { KIND_ARC, KIND_ELLIPSE, KIND_LINE } from "./status";
import { arenaAlloc, getF, getI, grownF64, grownI32, rawF64, rawI32, setF, setI } from "./memory";
import { bindEllipse, bindSpline, evDX, evDY, evX, evY, evalCurve, splineKnot } from "./curves";
import { TWO_PI, bMaxX, bMaxY, bMinX, bMinY, eX, eY, inp, input, nodeA, nodeB, sX, sY, segKind, segLen, segRec } from "./segments";
import { C_STRIDE, outContours, outOrder } from "./result";

/** Per contour (i32): 1 crosses another closed contour, 2 crosses itself; 0 until a crossing is found. */
export let xFlag: usize = 0;
/** Crossing points found: segment, parameter on it (line 0..1 from its start, arc 0..1 of its
 *  sweep, ellipse and spline their own parameter), and the point. */
export let xCount: i32 = 0;
export let xSeg: usize = 0, xT: usize = 0, xPX: usize = 0, xPY: usize = 0;
let xCap: i32 = 0;
/** Distinct crossing points (each point is kept once per segment through it). */
export let xPoints: i32 = 0;
export let xFirstX: f64 = 0, xFirstY: f64 = 0;
/** Work done (element pairs tested), for the caller's budget. */
export let xWork: i64 = 0;

/**
 * Contours crossing themselves are looked for in drawings of at most this many closed contours,
 * with at most this many segments in all (a part: the bounds of the SDK's automatic cut
 * sequence); crossings between contours in every drawing.
 */
export const SELF_CHECK_CONTOURS: i32 = 2_000, SELF_CHECK_SEGMENTS: i32 = 20_000;

let tol: f64 = 0;
let nCont: i32 = 0;

/** Forget the crossings of the previous analysis; `gapTol` is the distance within which points meet. */
export function crossingsInit(nContours: i32, gapTol: f64): void {
  xFlag = 0; xCount = 0; xCap = 0; xPoints = 0; xWork = 0;
  xFirstX = 0; xFirstY = 0;
  tol = gapTol; nCont = nContours;
  elCap = 0; gCap = 0; ptCap = 0; ptWhereCap = 0; sCap = 0;
}

function flag(c: i32, bit: i32): void {
  if (xFlag == 0) xFlag = arenaAlloc(<usize>max(nCont, 1) << 2);
  setI(xFlag, c, getI(xFlag, c) | bit);
}

function record(s: i32, t: f64, x: f64, y: f64): void {
  if (xCount == xCap) {
    const cap = max(64, xCap * 2);
    xSeg = grownI32(xSeg, xCount, cap); xT = grownF64(xT, xCount, cap);
    xPX = grownF64(xPX, xCount, cap); xPY = grownF64(xPY, xCount, cap); xCap = cap;
  }
  setI(xSeg, xCount, s); setF(xT, xCount, t); setF(xPX, xCount, x); setF(xPY, xCount, y);
  xCount++;
}

function found(x: f64, y: f64): void {
  if (xPoints == 0) { xFirstX = x; xFirstY = y; }
  xPoints++;
}

// ---- elements: a segment as lines and circular arcs (ellipses and splines as fine polylines) ----
// per element (f64): kind (0 line, 1 arc), x1 y1 x2 y2 (ends), t1 t2 (the segment's parameter at
// them), cx cy r a0 sweep (arcs), box minX minY maxX maxY
const E_STRIDE: i32 = 16;
let elCap: i32 = 0;
let elA: usize = 0, elB: usize = 0;
/** Elements of one ellipse or spline at most (a finer polyline is not needed to find crossings). */
const MAX_ELEMENTS: i32 = 2048;

function ensureElements(): void {
  if (elCap > 0) return;
  elCap = MAX_ELEMENTS + 8;
  elA = rawF64(elCap * E_STRIDE); elB = rawF64(elCap * E_STRIDE);
}

function putLine(buf: usize, k: i32, x1: f64, y1: f64, x2: f64, y2: f64, t1: f64, t2: f64): void {
  const b = k * E_STRIDE;
  setF(buf, b, 0); setF(buf, b + 1, x1); setF(buf, b + 2, y1); setF(buf, b + 3, x2); setF(buf, b + 4, y2);
  setF(buf, b + 5, t1); setF(buf, b + 6, t2);
  setF(buf, b + 12, Math.min(x1, x2)); setF(buf, b + 13, Math.min(y1, y2));
  setF(buf, b + 14, Math.max(x1, x2)); setF(buf, b + 15, Math.max(y1, y2));
}

/** Clamped sweep of an arc record. */
// @ts-ignore: decorator
@inline function arcSweep(r: i32): f64 {
  let sw = inp(r + 5);
  if (sw > TWO_PI) sw = TWO_PI;
  if (sw < -TWO_PI) sw = -TWO_PI;
  return sw;
}

/** Parameter range of an ellipse record (t1 clamped to one turn). */
// @ts-ignore: decorator
@inline function ellipseEnd(r: i32): f64 {
  const t0 = inp(r + 7);
  let t1 = inp(r + 8);
  if (t1 - t0 > TWO_PI) t1 = t0 + TWO_PI;
  return t1;
}

/** Bind an ellipse or spline segment for evalCurve. */
export function bindSegment(s: i32): void {
  const kind = getI(segKind, s), r = getI(segRec, s);
  if (kind == KIND_ELLIPSE) {
    bindEllipse(inp(r + 1), inp(r + 2), inp(r + 3), inp(r + 4), inp(r + 5), inp(r + 6));
  } else {
    const deg = <i32>inp(r + 1), nc = <i32>inp(r + 2), nk = <i32>inp(r + 3);
    const knots = input + (<usize>(r + 4) << 3);
    bindSpline(deg, nc, knots, knots + (<usize>nk << 3));
  }
}

// the derivative of a segment by its parameter, from derivAt()
let dvX: f64 = 0, dvY: f64 = 0;

/** Point (ptx, pty) and derivative (dvX, dvY) of segment s at parameter t. */
function derivAt(s: i32, t: f64): void {
  pointAt(s, t);
  const kind = getI(segKind, s);
  if (kind == KIND_LINE || kind >= KIND_ELLIPSE) { dvX = pdx; dvY = pdy; return; }
  const r = getI(segRec, s), k = Math.abs(inp(r + 3) * arcSweep(r));
  dvX = pdx * k; dvY = pdy * k;
}

// a crossing moved onto the curves by refine()
let rfX: f64 = 0, rfY: f64 = 0, rfS: f64 = 0, rfT: f64 = 0;

/**
 * Newton's method from a crossing found on polylines (parameters ps on s, pt on t) to where the
 * segments themselves cross; false (keep the polyline's) if it does not settle close by.
 */
function refine(s: i32, ps: f64, t: i32, pt: f64): bool {
  paramRange(s);
  const s0 = pr0, s1 = pr1;
  paramRange(t);
  const t0 = pr0, t1 = pr1;
  const reach = 0.05; // of each parameter range: far more than a polyline piece
  let a = ps, b = pt;
  for (let it = 0; it < 12; it++) {
    derivAt(s, a);
    const x = ptx, y = pty, ax = dvX, ay = dvY;
    derivAt(t, b);
    const fx = x - ptx, fy = y - pty;
    const det = -ax * dvY + ay * dvX;
    if (!(Math.abs(det) > 0)) return false;
    // [ax, -bx; ay, -by] (da, db) = -(fx, fy)
    const da = (fx * dvY - fy * dvX) / det, db = (ay * fx - ax * fy) / det;
    a += da; b += db;
    if (!(Math.abs(a - ps) <= reach * (s1 - s0)) || !(Math.abs(b - pt) <= reach * (t1 - t0))) return false;
    if (Math.abs(da) <= 1e-15 * (1 + Math.abs(a)) && Math.abs(db) <= 1e-15 * (1 + Math.abs(b))) break;
  }
  if (a < s0 || a > s1 || b < t0 || b > t1) return false;
  derivAt(s, a);
  rfX = ptx; rfY = pty; rfS = a; rfT = b;
  return true;
}

/** Parameters of segment s's ends (record direction), from paramRange(). */
export let pr0: f64 = 0, pr1: f64 = 1;

export function paramRange(s: i32): void {
  const kind = getI(segKind, s), r = getI(segRec, s);
  if (kind == KIND_LINE || kind == KIND_ARC) { pr0 = 0; pr1 = 1; }
  else if (kind == KIND_ELLIPSE) { pr0 = inp(r + 7); pr1 = ellipseEnd(r); }
  else { pr0 = inp(r + 4 + <i32>inp(r + 1)); pr1 = inp(r + 4 + <i32>inp(r + 2)); }
}

/** A point of a segment and its direction (record direction) there, from pointAt(). */
export let ptx: f64 = 0, pty: f64 = 0, pdx: f64 = 0, pdy: f64 = 0;

/** Point of segment s at parameter t (lines and arcs 0..1), with its direction. */
export function pointAt(s: i32, t: f64): void {
  const kind = getI(segKind, s), r = getI(segRec, s);
  if (kind == KIND_LINE) {
    const x1 = inp(r + 1), y1 = inp(r + 2), dx = inp(r + 3) - x1, dy = inp(r + 4) - y1;
    ptx = x1 + t * dx; pty = y1 + t * dy; pdx = dx; pdy = dy;
  } else if (kind == KIND_ARC) {
    const rad = Math.abs(inp(r + 3)), sw = arcSweep(r);
    const a = inp(r + 4) + t * sw, c = Math.cos(a), sn = Math.sin(a);
    ptx = inp(r + 1) + rad * c; pty = inp(r + 2) + rad * sn;
    pdx = sw >= 0 ? -sn : sn; pdy = sw >= 0 ? c : -c;
  } else {
    bindSegment(s);
    evalCurve(t);
    ptx = evX; pty = evY; pdx = evDX; pdy = evDY;
  }
}

/** A point of segment s a short way from its start or end (well beyond the tolerance, within its first half). */
function pointNear(s: i32, atEnd: bool): void {
  const len = getF(segLen, s);
  const f = len > 0 ? Math.min(0.5, Math.max(2 * tol, 1e-3 * len) / len) : 0.5;
  paramRange(s);
  pointAt(s, atEnd ? pr1 - f * (pr1 - pr0) : pr0 + f * (pr1 - pr0));
}

/** Segment s as elements into buf; their number. */
function elements(s: i32, buf: usize): i32 {
  const kind = getI(segKind, s), r = getI(segRec, s);
  if (kind == KIND_LINE) {
    putLine(buf, 0, inp(r + 1), inp(r + 2), inp(r + 3), inp(r + 4), 0, 1);
    return 1;
  }
  if (kind == KIND_ARC) {
    setF(buf, 0, 1);
    setF(buf, 1, getF(sX, s)); setF(buf, 2, getF(sY, s)); setF(buf, 3, getF(eX, s)); setF(buf, 4, getF(eY, s));
    setF(buf, 5, 0); setF(buf, 6, 1);
    setF(buf, 7, inp(r + 1)); setF(buf, 8, inp(r + 2)); setF(buf, 9, Math.abs(inp(r + 3)));
    setF(buf, 10, inp(r + 4)); setF(buf, 11, arcSweep(r));
    setF(buf, 12, getF(bMinX, s)); setF(buf, 13, getF(bMinY, s)); setF(buf, 14, getF(bMaxX, s)); setF(buf, 15, getF(bMaxY, s));
    return 1;
  }
  bindSegment(s);
  let n = 0;
  if (kind == KIND_ELLIPSE) {
    const t0 = inp(r + 7), t1 = ellipseEnd(r);
    const m = <i32>Math.min(<f64>MAX_ELEMENTS, Math.max(16, Math.ceil((t1 - t0) / TWO_PI * 512)));
    evalCurve(t0);
    let px = getF(sX, s), py = getF(sY, s);
    for (let k = 1; k <= m; k++) {
      const t = k == m ? t1 : t0 + (t1 - t0) * (<f64>k / <f64>m);
      let x = 0.0, y = 0.0;
      if (k == m) { x = getF(eX, s); y = getF(eY, s); } else { evalCurve(t); x = evX; y = evY; }
      putLine(buf, n++, px, py, x, y, t0 + (t1 - t0) * (<f64>(k - 1) / <f64>m), t);
      px = x; py = y;
    }
    return n;
  }
  // spline: a polyline per knot span
  const deg = <i32>inp(r + 1), nc = <i32>inp(r + 2);
  let spans = 0;
  for (let k = deg; k < nc; k++) if (splineKnot(k + 1) > splineKnot(k)) spans++;
  const per = max(2, min(64, MAX_ELEMENTS / max(spans, 1)));
  let px = getF(sX, s), py = getF(sY, s);
  let last = -1;
  for (let k = deg; k < nc; k++) if (splineKnot(k + 1) > splineKnot(k)) last = k;
  for (let k = deg; k < nc; k++) {
    const a = splineKnot(k), b = splineKnot(k + 1);
    if (!(b > a)) continue;
    for (let j = 1; j <= per; j++) {
      const t = j == per ? b : a + (b - a) * (<f64>j / <f64>per);
      let x = 0.0, y = 0.0;
      if (k == last && j == per) { x = getF(eX, s); y = getF(eY, s); } else { evalCurve(t); x = evX; y = evY; }
      putLine(buf, n++, px, py, x, y, a + (b - a) * (<f64>(j - 1) / <f64>per), t);
      px = x; py = y;
    }
  }
  return n;
}

// ---- intersections of two elements: up to two points, with the fraction along each element ----
let ixN: i32 = 0;
let ixX0: f64 = 0, ixY0: f64 = 0, ixA0: f64 = 0, ixB0: f64 = 0;
let ixX1: f64 = 0, ixY1: f64 = 0, ixA1: f64 = 0, ixB1: f64 = 0;

function ixPut(x: f64, y: f64, fa: f64, fb: f64): void {
  if (ixN == 0) { ixX0 = x; ixY0 = y; ixA0 = fa; ixB0 = fb; } else { ixX1 = x; ixY1 = y; ixA1 = fa; ixB1 = fb; }
  ixN++;
}

/** Fraction (0..1) of arc element e's sweep at the point (x, y) on its circle, or -1 off the arc. */
function arcFraction(buf: usize, e: i32, x: f64, y: f64): f64 {
  const b = e * E_STRIDE;
  const a0 = getF(buf, b + 10), sw = getF(buf, b + 11);
  const q = Math.atan2(y - getF(buf, b + 8), x - getF(buf, b + 7));
  let d = sw >= 0 ? q - a0 : a0 - q;
  d = d - TWO_PI * Math.floor(d / TWO_PI);
  const aw = Math.abs(sw);
  if (aw >= TWO_PI - 1e-12) return d / TWO_PI;
  if (d <= aw) return d / aw;
  if (d <= aw + 1e-9 * Math.max(aw, 1)) return 1;
  if (TWO_PI - d < 1e-9) return 0;
  return -1;
}

/** Margin (of an element's length) for its ends in the intersection tests. */
const F_EPS: f64 = 1e-9;

// @ts-ignore: decorator
@inline function clamp01(f: f64): f64 {
  return f < 0 ? 0 : f > 1 ? 1 : f;
}

function lineLine(ea: usize, a: i32, eb: usize, b: i32): void {
  const pa = a * E_STRIDE, pb = b * E_STRIDE;
  const x1 = getF(ea, pa + 1), y1 = getF(ea, pa + 2), dx1 = getF(ea, pa + 3) - x1, dy1 = getF(ea, pa + 4) - y1;
  const x2 = getF(eb, pb + 1), y2 = getF(eb, pb + 2), dx2 = getF(eb, pb + 3) - x2, dy2 = getF(eb, pb + 4) - y2;
  const den = dx1 * dy2 - dy1 * dx2;
  // parallel (collinear overlaps were merged before chaining): no crossing
  if (!(Math.abs(den) > 1e-12 * Math.sqrt((dx1 * dx1 + dy1 * dy1) * (dx2 * dx2 + dy2 * dy2)))) return;
  const wx = x2 - x1, wy = y2 - y1;
  const fa = (wx * dy2 - wy * dx2) / den, fb = (wx * dy1 - wy * dx1) / den;
  // ends meeting the other element are kept (a vertex on a segment, a curve's polyline joint):
  // with a margin for rounding, and the fractions clamped
  if (fa < -F_EPS || fa > 1 + F_EPS || fb < -F_EPS || fb > 1 + F_EPS) return;
  ixPut(x1 + fa * dx1, y1 + fa * dy1, clamp01(fa), clamp01(fb));
}

/** Line element a of ea against arc element b of eb (fractions in that order). */
function lineArc(ea: usize, a: i32, eb: usize, b: i32, swap: bool): void {
  const pa = a * E_STRIDE, pb = b * E_STRIDE;
  const x1 = getF(ea, pa + 1), y1 = getF(ea, pa + 2), dx = getF(ea, pa + 3) - x1, dy = getF(ea, pa + 4) - y1;
  const cx = getF(eb, pb + 7), cy = getF(eb, pb + 8), r = getF(eb, pb + 9);
  const fx = x1 - cx, fy = y1 - cy;
  const qa = dx * dx + dy * dy, qb = fx * dx + fy * dy, qc = fx * fx + fy * fy - r * r;
  if (!(qa > 0)) return;
  const disc = qb * qb - qa * qc;
  if (!(disc > 0)) return;
  const sq = Math.sqrt(disc);
  // a line that only touches the circle (its two points within the tolerance) does not cross it
  if (2 * sq / Math.sqrt(qa) <= tol) return;
  for (let k = 0; k < 2; k++) {
    const t = k == 0 ? (-qb - sq) / qa : (-qb + sq) / qa;
    if (t < -F_EPS || t > 1 + F_EPS) continue;
    const x = x1 + t * dx, y = y1 + t * dy;
    const f = arcFraction(eb, b, x, y);
    if (f < 0) continue;
    if (swap) ixPut(x, y, f, clamp01(t)); else ixPut(x, y, clamp01(t), f);
  }
}

function arcArc(ea: usize, a: i32, eb: usize, b: i32): void {
  const pa = a * E_STRIDE, pb = b * E_STRIDE;
  const c1x = getF(ea, pa + 7), c1y = getF(ea, pa + 8), r1 = getF(ea, pa + 9);
  const c2x = getF(eb, pb + 7), c2y = getF(eb, pb + 8), r2 = getF(eb, pb + 9);
  const dx = c2x - c1x, dy = c2y - c1y;
  const d = Math.sqrt(dx * dx + dy * dy);
  if (!(d > 0) || d > r1 + r2 || d < Math.abs(r1 - r2)) return;
  const al = (r1 * r1 - r2 * r2 + d * d) / (2 * d);
  const h2 = r1 * r1 - al * al;
  if (!(h2 > 0)) return;
  const h = Math.sqrt(h2);
  // circles that only touch (their two points within the tolerance) do not cross
  if (2 * h <= tol) return;
  const ux = dx / d, uy = dy / d;
  for (let k = 0; k < 2; k++) {
    const sg: f64 = k == 0 ? -1 : 1;
    const x = c1x + al * ux - sg * h * uy, y = c1y + al * uy + sg * h * ux;
    const fa = arcFraction(ea, a, x, y);
    if (fa < 0) continue;
    const fb = arcFraction(eb, b, x, y);
    if (fb < 0) continue;
    ixPut(x, y, fa, fb);
  }
}

function intersectElements(ea: usize, a: i32, eb: usize, b: i32): void {
  ixN = 0;
  const ka = <i32>getF(ea, a * E_STRIDE), kb = <i32>getF(eb, b * E_STRIDE);
  if (ka == 0 && kb == 0) lineLine(ea, a, eb, b);
  else if (ka == 0) lineArc(ea, a, eb, b, false);
  else if (kb == 0) lineArc(eb, b, ea, a, true);
  else arcArc(ea, a, eb, b);
}

// ---- the crossing points of two segments ----
// points found between two segments: x, y, parameter on s, parameter on t
let ptCap: i32 = 0;
let ptX: usize = 0, ptY: usize = 0, ptS: usize = 0, ptT: usize = 0;
let ptN: i32 = 0;

function ptPut(x: f64, y: f64, ts: f64, tt: f64): void {
  if (ptN == ptCap) {
    const cap = max(16, ptCap * 2);
    ptX = grownF64(ptX, ptN, cap); ptY = grownF64(ptY, ptN, cap);
    ptS = grownF64(ptS, ptN, cap); ptT = grownF64(ptT, ptN, cap); ptCap = cap;
  }
  setF(ptX, ptN, x); setF(ptY, ptN, y); setF(ptS, ptN, ts); setF(ptT, ptN, tt);
  ptN++;
}

// @ts-ignore: decorator
@inline function elemParam(buf: usize, e: i32, f: f64): f64 {
  const b = e * E_STRIDE;
  return getF(buf, b + 5) + f * (getF(buf, b + 6) - getF(buf, b + 5));
}

// @ts-ignore: decorator
@inline function near(x: f64, y: f64, px: f64, py: f64): bool {
  const dx = x - px, dy = y - py;
  return dx * dx + dy * dy <= tol * tol;
}

/** Side (sign) of point (px, py) against segment t at its point (x, y) with parameter tt. */
function sideOf(t: i32, tt: f64, x: f64, y: f64, px: f64, py: f64): f64 {
  const kind = getI(segKind, t), r = getI(segRec, t);
  if (kind == KIND_LINE) {
    const x1 = inp(r + 1), y1 = inp(r + 2);
    return (inp(r + 3) - x1) * (py - y1) - (inp(r + 4) - y1) * (px - x1);
  }
  if (kind == KIND_ARC) {
    const dx = px - inp(r + 1), dy = py - inp(r + 2), rad = Math.abs(inp(r + 3));
    return dx * dx + dy * dy - rad * rad;
  }
  bindSegment(t);
  evalCurve(tt);
  return evDX * (py - y) - evDY * (px - x);
}

/**
 * Contour c passes through segment t (of contour ct) at its vertex between segments s and its
 * neighbour (order position k of s in c): a crossing if the two segments lie on either side of t.
 */
function vertexOnSegment(c: i32, k: i32, s: i32, atEnd: bool, t: i32, ct: i32, tt: f64, x: f64, y: f64): void {
  const b = c * C_STRIDE;
  const start = <i32>getF(outContours, b + 9), cnt = <i32>getF(outContours, b + 10);
  let a1 = 0.0, a2 = 0.0;
  if (cnt == 1) {
    // a closed contour of one segment (a circle, an ellipse): its seam
    pointNear(s, false);
    a1 = sideOf(t, tt, x, y, ptx, pty);
    pointNear(s, true);
    a2 = sideOf(t, tt, x, y, ptx, pty);
  } else {
    const node = atEnd ? getI(nodeB, s) : getI(nodeA, s);
    let o = getI(outOrder, start + (k + 1) % cnt) >> 1;
    if (getI(nodeA, o) != node && getI(nodeB, o) != node) o = getI(outOrder, start + (k + cnt - 1) % cnt) >> 1;
    if (o == s || (getI(nodeA, o) != node && getI(nodeB, o) != node)) return;
    // the vertex is found from both of its segments: take it once
    if (o < s) return;
    pointNear(s, atEnd);
    a1 = sideOf(t, tt, x, y, ptx, pty);
    pointNear(o, getI(nodeB, o) == node);
    a2 = sideOf(t, tt, x, y, ptx, pty);
  }
  if (!(a1 * a2 < 0)) return;
  found(x, y);
  if (c == ct) flag(c, 2); else { flag(c, 1); flag(ct, 1); }
}

/**
 * Crossings of segment s (order position ks in contour cs) with segment t (position kt in ct).
 * Two points closer than the tolerance are a touch, not two crossings; a point within the
 * tolerance of a segment's end is a vertex (vertexOnSegment), of both segments' ends a meeting.
 */
function intersectSegments(s: i32, cs: i32, ks: i32, t: i32, ct: i32, kt: i32): void {
  ensureElements();
  const na = elements(s, elA), nb = elements(t, elB);
  const curved = getI(segKind, s) >= KIND_ELLIPSE || getI(segKind, t) >= KIND_ELLIPSE;
  ptN = 0;
  for (let i = 0; i < na; i++) {
    const bi = i * E_STRIDE;
    const ax0 = getF(elA, bi + 12), ay0 = getF(elA, bi + 13), ax1 = getF(elA, bi + 14), ay1 = getF(elA, bi + 15);
    for (let j = 0; j < nb; j++) {
      const bj = j * E_STRIDE;
      xWork++;
      if (getF(elB, bj + 12) > ax1 || getF(elB, bj + 14) < ax0 || getF(elB, bj + 13) > ay1 || getF(elB, bj + 15) < ay0) continue;
      intersectElements(elA, i, elB, j);
      for (let q = 0; q < ixN; q++) {
        let x = q == 0 ? ixX0 : ixX1, y = q == 0 ? ixY0 : ixY1;
        let ps = elemParam(elA, i, q == 0 ? ixA0 : ixA1), pt = elemParam(elB, j, q == 0 ? ixB0 : ixB1);
        // on an ellipse or spline's polyline: onto the curves themselves
        if (curved && refine(s, ps, t, pt)) { x = rfX; y = rfY; ps = rfS; pt = rfT; }
        ptPut(x, y, ps, pt);
      }
    }
  }
  // a segment end within the tolerance of the other segment (on it, or across a healed gap
  // from it): a vertex there, whether or not the pieces' intersection was found
  paramRange(s);
  const s0 = pr0, s1 = pr1;
  paramRange(t);
  const t0 = pr0, t1 = pr1;
  if (nearestOn(elB, nb, getF(sX, s), getF(sY, s))) ptPut(nrX, nrY, s0, nrT);
  if (nearestOn(elB, nb, getF(eX, s), getF(eY, s))) ptPut(nrX, nrY, s1, nrT);
  if (nearestOn(elA, na, getF(sX, t), getF(sY, t))) ptPut(nrX, nrY, nrT, t0);
  if (nearestOn(elA, na, getF(eX, t), getF(eY, t))) ptPut(nrX, nrY, nrT, t1);
  if (ptN == 0) return;
  // a point found twice (where two polyline pieces of a curve meet) is one point
  for (let i = 0; i < ptN; i++) {
    const x = getF(ptX, i), y = getF(ptY, i);
    if (!isFinite(x)) continue;
    const same = 1e-18 * (1 + x * x + y * y);
    for (let j = i + 1; j < ptN; j++) {
      const dx = getF(ptX, j) - x, dy = getF(ptY, j) - y;
      if (dx * dx + dy * dy <= same) setF(ptX, j, NaN);
    }
  }
  // where each point is: 1 near s's start, 2 near s's end, 4 near t's start, 8 near t's end
  if (ptN > ptWhereCap) { ptWhereCap = max(ptN, 2 * ptWhereCap); ptWhere = rawI32(ptWhereCap); }
  for (let i = 0; i < ptN; i++) {
    const x = getF(ptX, i), y = getF(ptY, i);
    if (!isFinite(x)) continue;
    setI(ptWhere, i, (near(x, y, getF(sX, s), getF(sY, s)) ? 1 : 0) | (near(x, y, getF(eX, s), getF(eY, s)) ? 2 : 0) |
      (near(x, y, getF(sX, t), getF(sY, t)) ? 4 : 0) | (near(x, y, getF(eX, t), getF(eY, t)) ? 8 : 0));
  }
  // two crossings away from the ends within the tolerance of each other: a touch (a line tangent
  // to a circle, a curve's polyline grazing another)
  for (let i = 0; i < ptN; i++) {
    const x = getF(ptX, i), y = getF(ptY, i);
    if (!isFinite(x) || getI(ptWhere, i) != 0) continue;
    let close = false;
    for (let j = i + 1; j < ptN; j++) {
      const qx = getF(ptX, j), qy = getF(ptY, j);
      if (!isFinite(qx) || getI(ptWhere, j) != 0) continue;
      const dx = qx - x, dy = qy - y;
      if (dx * dx + dy * dy <= tol * tol) {
        record(s, getF(ptS, j), qx, qy); record(t, getF(ptT, j), qx, qy);
        setF(ptX, j, NaN); close = true;
      }
    }
    if (close) { record(s, getF(ptS, i), x, y); record(t, getF(ptT, i), x, y); setF(ptX, i, NaN); }
  }
  let doneS = 0, doneT = 0;
  for (let i = 0; i < ptN; i++) {
    const x = getF(ptX, i), y = getF(ptY, i);
    if (!isFinite(x)) continue;
    const ts = getF(ptS, i), tt = getF(ptT, i);
    const wh = getI(ptWhere, i), atS = wh & 3, atT = (wh >> 2) & 3;
    if (atS == 0 && atT == 0) {
      record(s, ts, x, y); record(t, tt, x, y);
      found(x, y);
      if (cs == ct) flag(cs, 2); else { flag(cs, 1); flag(ct, 1); }
    } else if (atT == 0) {
      // a vertex of s on t: the segments are cut there whether or not it is a crossing (pieces
      // that small cost nothing, and a crossing missed within the tolerance is not left inside
      // one); whether it is, is looked at once per end, however often found
      record(s, ts, x, y); record(t, tt, x, y);
      if ((doneS & atS) != 0) continue;
      doneS |= atS;
      vertexOnSegment(cs, ks, s, atS == 2, t, ct, tt, x, y);
    } else if (atS == 0) {
      record(s, ts, x, y); record(t, tt, x, y);
      if ((doneT & atT) != 0) continue;
      doneT |= atT;
      vertexOnSegment(ct, kt, t, atT == 2, s, cs, ts, x, y);
    }
  }
}

let ptWhere: usize = 0, ptWhereCap: i32 = 0;

/**
 * Cut segment s where the point (px, py), a vertex of a crossing contour, lies on it within the
 * tolerance, away from its ends (areas.ts).
 */
export function cutAtVertex(s: i32, px: f64, py: f64): void {
  if (px < getF(bMinX, s) - tol || px > getF(bMaxX, s) + tol || py < getF(bMinY, s) - tol || py > getF(bMaxY, s) + tol) return;
  if (near(px, py, getF(sX, s), getF(sY, s)) || near(px, py, getF(eX, s), getF(eY, s))) return;
  ensureElements();
  const n = elements(s, elA);
  if (nearestOn(elA, n, px, py)) record(s, nrT, nrX, nrY);
}

// the point of a segment nearest a given point, from nearestOn()
let nrX: f64 = 0, nrY: f64 = 0, nrT: f64 = 0;

/**
 * Whether the point (px, py) lies within the tolerance of the segment given as elements
 * buf[0..n); if so, the nearest point of it and its parameter.
 */
function nearestOn(buf: usize, n: i32, px: f64, py: f64): bool {
  let best = tol * tol;
  let hit = false;
  for (let e = 0; e < n; e++) {
    const b = e * E_STRIDE;
    xWork++;
    if (getF(buf, b + 12) - tol > px || getF(buf, b + 14) + tol < px || getF(buf, b + 13) - tol > py || getF(buf, b + 15) + tol < py) continue;
    let qx = 0.0, qy = 0.0, f = 0.0;
    if (getF(buf, b) == 0) {
      const x1 = getF(buf, b + 1), y1 = getF(buf, b + 2), dx = getF(buf, b + 3) - x1, dy = getF(buf, b + 4) - y1;
      const l2 = dx * dx + dy * dy;
      f = l2 > 0 ? ((px - x1) * dx + (py - y1) * dy) / l2 : 0;
      f = clamp01(f);
      qx = x1 + f * dx; qy = y1 + f * dy;
    } else {
      const cx = getF(buf, b + 7), cy = getF(buf, b + 8), r = getF(buf, b + 9);
      const dx = px - cx, dy = py - cy, d = Math.sqrt(dx * dx + dy * dy);
      if (!(d > 0)) continue;
      qx = cx + dx / d * r; qy = cy + dy / d * r;
      f = arcFraction(buf, e, qx, qy);
      if (f < 0) continue; // off the arc: its ends are looked at as ends
    }
    const ex = qx - px, ey = qy - py, d2 = ex * ex + ey * ey;
    if (d2 <= best) { best = d2; hit = true; nrX = qx; nrY = qy; nrT = elemParam(buf, e, f); }
  }
  return hit;
}

// ---- contour pairs and single contours ----
// segments of a contour gathered for a pair check: segment and its order position
let gCap: i32 = 0;
let gA: usize = 0, gAk: usize = 0, gB: usize = 0, gBk: usize = 0;

function ensureGather(n: i32): void {
  if (n <= gCap) return;
  const cap = max(n, gCap * 2);
  gA = rawI32(cap); gAk = rawI32(cap); gB = rawI32(cap); gBk = rawI32(cap);
  gCap = cap;
}

/** Segments of contour c whose box meets the box (x0, y0)-(x1, y1), into g and gk. */
function gather(c: i32, x0: f64, y0: f64, x1: f64, y1: f64, g: usize, gk: usize): i32 {
  const b = c * C_STRIDE;
  const start = <i32>getF(outContours, b + 9), cnt = <i32>getF(outContours, b + 10);
  let n = 0;
  for (let k = 0; k < cnt; k++) {
    const s = getI(outOrder, start + k) >> 1;
    if (getF(bMinX, s) > x1 || getF(bMaxX, s) < x0 || getF(bMinY, s) > y1 || getF(bMaxY, s) < y0) continue;
    setI(g, n, s); setI(gk, n, k); n++;
  }
  xWork += <i64>cnt;
  return n;
}

/**
 * Find the crossings of closed contours a and b, whose boxes overlap in (x0, y0)-(x1, y1): only
 * their segments there can cross.
 */
export function crossPair(a: i32, b: i32, x0: f64, y0: f64, x1: f64, y1: f64): void {
  x0 -= tol; y0 -= tol; x1 += tol; y1 += tol;
  const na = getF(outContours, a * C_STRIDE + 10), nb = getF(outContours, b * C_STRIDE + 10);
  ensureGather(<i32>Math.max(na, nb));
  const ga = gather(a, x0, y0, x1, y1, gA, gAk);
  if (ga == 0) return;
  const gb = gather(b, x0, y0, x1, y1, gB, gBk);
  if (gb == 0) return;
  if (ga * gb <= 64) {
    for (let i = 0; i < ga; i++) {
      const s = getI(gA, i);
      for (let j = 0; j < gb; j++) {
        const t = getI(gB, j);
        xWork++;
        if (segmentsNear(s, t)) intersectSegments(s, a, getI(gAk, i), t, b, getI(gBk, j));
      }
    }
    return;
  }
  // many: both lists by lowest y, each segment against the other list's from its bottom to its top
  const n = ga + gb;
  if (n > sCap) {
    sCap = max(n, max(64, sCap * 2));
    sBox = rawF64(4 * sCap); sKind = rawI32(sCap); sOrd = rawI32(sCap); sKey = rawF64(sCap);
  }
  for (let i = 0; i < n; i++) {
    setI(sOrd, i, i);
    setF(sKey, i, getF(bMinY, i < ga ? getI(gA, i) : getI(gB, i - ga)));
  }
  heapSort(sOrd, sKey, n);
  xWork += <i64>n;
  for (let i = 0; i < n; i++) {
    const p = getI(sOrd, i);
    const sideA = p < ga;
    const s = sideA ? getI(gA, p) : getI(gB, p - ga);
    const top = getF(bMaxY, s) + tol;
    for (let m = i + 1; m < n; m++) {
      const q = getI(sOrd, m);
      if (getF(sKey, q) > top) break;
      xWork++;
      if ((q < ga) == sideA) continue;
      const t = sideA ? getI(gB, q - ga) : getI(gA, q);
      if (!segmentsNear(s, t)) continue;
      if (sideA) intersectSegments(s, a, getI(gAk, p), t, b, getI(gBk, q - ga));
      else intersectSegments(t, a, getI(gAk, q), s, b, getI(gBk, p - ga));
    }
  }
}

/** Boxes of segments s and t within the tolerance of each other. */
// @ts-ignore: decorator
@inline function segmentsNear(s: i32, t: i32): bool {
  return !(getF(bMinX, t) > getF(bMaxX, s) + tol || getF(bMaxX, t) < getF(bMinX, s) - tol ||
    getF(bMinY, t) > getF(bMaxY, s) + tol || getF(bMaxY, t) < getF(bMinY, s) - tol);
}

/**
 * A line and a spline, whose curve lies within its control points' hull: with every control
 * point on one side of the line (or on it) they cannot cross.
 */
function lineHullSide(s: i32, t: i32): bool {
  let ln = s, sp = t;
  if (getI(segKind, ln) != KIND_LINE) { ln = t; sp = s; }
  if (getI(segKind, ln) != KIND_LINE || getI(segKind, sp) != 3) return false;
  const r = getI(segRec, ln), q = getI(segRec, sp);
  const x1 = inp(r + 1), y1 = inp(r + 2), dx = inp(r + 3) - x1, dy = inp(r + 4) - y1;
  const nc = <i32>inp(q + 2), nk = <i32>inp(q + 3);
  const ctrl = q + 4 + nk;
  const eps = 1e-12 * (dx * dx + dy * dy + 1) * (1 + Math.abs(x1) + Math.abs(y1));
  let pos = false, neg = false;
  for (let i = 0; i < nc; i++) {
    const side = dx * (inp(ctrl + 3 * i + 1) - y1) - dy * (inp(ctrl + 3 * i) - x1);
    if (side > eps) pos = true; else if (side < -eps) neg = true;
  }
  return !(pos && neg);
}

// per contour scratch for crossSelf: its segments' boxes (4 f64 each, walk order), kinds, and a
// sort order by lowest y
let sCap: i32 = 0;
let sBox: usize = 0, sKind: usize = 0, sOrd: usize = 0, sKey: usize = 0;

/**
 * Segments at order positions k < j of a contour of cnt, whose boxes (in sBox) overlap: may they
 * cross? Neighbours meet at their common end: two lines nowhere else (collinear overlaps were
 * merged), others not where their boxes overlap only within the tolerance round it, a line and a
 * spline not when the spline's control points lie on one side of the line.
 */
// @ts-ignore: decorator
@inline function mayCross(k: i32, j: i32, cnt: i32): bool {
  if (j != k + 1 && !(k == 0 && j == cnt - 1)) return true;
  const kk = getI(sKind, k), kj = getI(sKind, j);
  if (kk == KIND_LINE && kj == KIND_LINE) return false;
  const bk = k << 2, bj = j << 2;
  const ow = Math.min(getF(sBox, bk + 2), getF(sBox, bj + 2)) - Math.max(getF(sBox, bk), getF(sBox, bj));
  const oh = Math.min(getF(sBox, bk + 3), getF(sBox, bj + 3)) - Math.max(getF(sBox, bk + 1), getF(sBox, bj + 1));
  return ow > tol || oh > tol;
}

/**
 * Find where closed contour c (of cnt segments from order position start) crosses itself. A
 * contour of one line, arc or ellipse, or of two lines and arcs (which meet at most at both their
 * ends), cannot; otherwise every two of its segments whose boxes overlap are looked at: all pairs
 * of a few segments, else by lowest y, each against those starting below its top.
 */
export function crossSelf(c: i32, start: i32, cnt: i32): void {
  if (cnt <= 2) {
    const s = getI(outOrder, start) >> 1;
    if (cnt == 1) { if (getI(segKind, s) == 3) splineSelf(c, s); return; }
    const t = getI(outOrder, start + 1) >> 1;
    if (getI(segKind, s) <= KIND_ARC && getI(segKind, t) <= KIND_ARC) return;
  }
  if (cnt <= 4) { crossSelfSmall(c, start, cnt); return; }
  if (cnt > sCap) {
    sCap = max(cnt, max(64, sCap * 2));
    sBox = rawF64(4 * sCap); sKind = rawI32(sCap); sOrd = rawI32(sCap); sKey = rawF64(sCap);
  }
  for (let k = 0; k < cnt; k++) {
    const s = getI(outOrder, start + k) >> 1;
    const bk = k << 2;
    setF(sBox, bk, getF(bMinX, s)); setF(sBox, bk + 1, getF(bMinY, s));
    setF(sBox, bk + 2, getF(bMaxX, s)); setF(sBox, bk + 3, getF(bMaxY, s));
    setI(sKind, k, getI(segKind, s));
  }
  if (cnt <= 6) {
    for (let k = 0; k < cnt; k++) {
      const bk = k << 2;
      const x0 = getF(sBox, bk), y0 = getF(sBox, bk + 1), x1 = getF(sBox, bk + 2), y1 = getF(sBox, bk + 3);
      for (let j = k + 1; j < cnt; j++) {
        const bj = j << 2;
        if (getF(sBox, bj) > x1 || getF(sBox, bj + 2) < x0 || getF(sBox, bj + 1) > y1 || getF(sBox, bj + 3) < y0) continue;
        if (mayCross(k, j, cnt)) selfPair(c, start, k, j);
      }
    }
    return;
  }
  for (let k = 0; k < cnt; k++) { setI(sOrd, k, k); setF(sKey, k, getF(sBox, (k << 2) + 1)); }
  if (cnt <= 64) {
    // insertion sort: a contour's segments come mostly in runs of y
    for (let i = 1; i < cnt; i++) {
      const k = getI(sOrd, i), y = getF(sKey, k);
      let m = i - 1;
      while (m >= 0 && getF(sKey, getI(sOrd, m)) > y) { setI(sOrd, m + 1, getI(sOrd, m)); m--; }
      setI(sOrd, m + 1, k);
    }
  } else {
    heapSort(sOrd, sKey, cnt);
  }
  xWork += <i64>cnt;
  for (let i = 0; i < cnt; i++) {
    const k = getI(sOrd, i), bk = k << 2;
    const x0 = getF(sBox, bk), x1 = getF(sBox, bk + 2), y1 = getF(sBox, bk + 3);
    for (let m = i + 1; m < cnt; m++) {
      const j = getI(sOrd, m), bj = j << 2;
      if (getF(sBox, bj + 1) > y1) break;
      xWork++;
      if (getF(sBox, bj) > x1 || getF(sBox, bj + 2) < x0) continue;
      const lo = min(j, k), hi = max(j, k);
      if (mayCross(lo, hi, cnt)) selfPair(c, start, lo, hi);
    }
  }
}

// @ts-ignore: decorator
@inline function meet(ax0: f64, ay0: f64, ax1: f64, ay1: f64, bx0: f64, by0: f64, bx1: f64, by1: f64): bool {
  return !(bx0 > ax1 || bx1 < ax0 || by0 > ay1 || by1 < ay0);
}

/** Neighbours (kinds ka, kb; boxes): may they cross beyond their common end? */
// @ts-ignore: decorator
@inline function neighbours(ka: i32, kb: i32, ax0: f64, ay0: f64, ax1: f64, ay1: f64, bx0: f64, by0: f64, bx1: f64, by1: f64): bool {
  if (ka == KIND_LINE && kb == KIND_LINE) return false;
  return Math.min(ax1, bx1) - Math.max(ax0, bx0) > tol || Math.min(ay1, by1) - Math.max(ay0, by0) > tol;
}

/** crossSelf for two to four segments (a slot, a rectangle), each box loaded once. */
function crossSelfSmall(c: i32, start: i32, cnt: i32): void {
  const s0 = getI(outOrder, start) >> 1, s1 = getI(outOrder, start + 1) >> 1;
  const k0 = getI(segKind, s0), k1 = getI(segKind, s1);
  const a0 = getF(bMinX, s0), b0 = getF(bMinY, s0), c0 = getF(bMaxX, s0), d0 = getF(bMaxY, s0);
  const a1 = getF(bMinX, s1), b1 = getF(bMinY, s1), c1 = getF(bMaxX, s1), d1 = getF(bMaxY, s1);
  if (neighbours(k0, k1, a0, b0, c0, d0, a1, b1, c1, d1)) selfPair(c, start, 0, 1);
  if (cnt == 2) return;
  const s2 = getI(outOrder, start + 2) >> 1, k2 = getI(segKind, s2);
  const a2 = getF(bMinX, s2), b2 = getF(bMinY, s2), c2 = getF(bMaxX, s2), d2 = getF(bMaxY, s2);
  if (neighbours(k1, k2, a1, b1, c1, d1, a2, b2, c2, d2)) selfPair(c, start, 1, 2);
  if (cnt == 3) {
    if (neighbours(k0, k2, a0, b0, c0, d0, a2, b2, c2, d2)) selfPair(c, start, 0, 2);
    return;
  }
  const s3 = getI(outOrder, start + 3) >> 1, k3 = getI(segKind, s3);
  const a3 = getF(bMinX, s3), b3 = getF(bMinY, s3), c3 = getF(bMaxX, s3), d3 = getF(bMaxY, s3);
  if (neighbours(k2, k3, a2, b2, c2, d2, a3, b3, c3, d3)) selfPair(c, start, 2, 3);
  if (neighbours(k0, k3, a0, b0, c0, d0, a3, b3, c3, d3)) selfPair(c, start, 0, 3);
  if (meet(a0, b0, c0, d0, a2, b2, c2, d2)) selfPair(c, start, 0, 2);
  if (meet(a1, b1, c1, d1, a3, b3, c3, d3)) selfPair(c, start, 1, 3);
}

/**
 * A line and a segment whose box lies on one side of it (or on it): they cannot cross. Only the
 * table's ends and boxes are read (a D-shaped cut-out's spline over its closing line).
 */
function boxBesideLine(s: i32, t: i32): bool {
  let ln = s, o = t;
  if (getI(segKind, ln) != KIND_LINE) { ln = t; o = s; }
  if (getI(segKind, ln) != KIND_LINE) return false;
  const x1 = getF(sX, ln), y1 = getF(sY, ln), dx = getF(eX, ln) - x1, dy = getF(eY, ln) - y1;
  const bx0 = getF(bMinX, o) - x1, by0 = getF(bMinY, o) - y1, bx1 = getF(bMaxX, o) - x1, by1 = getF(bMaxY, o) - y1;
  const eps = 1e-12 * (Math.abs(dx) + Math.abs(dy)) * (1 + Math.abs(x1) + Math.abs(y1) + Math.abs(bx1 - bx0) + Math.abs(by1 - by0));
  const q0 = dx * by0 - dy * bx0, q1 = dx * by0 - dy * bx1, q2 = dx * by1 - dy * bx0, q3 = dx * by1 - dy * bx1;
  return (q0 >= -eps && q1 >= -eps && q2 >= -eps && q3 >= -eps) || (q0 <= eps && q1 <= eps && q2 <= eps && q3 <= eps);
}

/** Segments at order positions k and j of contour c, which may cross. */
function selfPair(c: i32, start: i32, k: i32, j: i32): void {
  const s = getI(outOrder, start + k) >> 1, t = getI(outOrder, start + j) >> 1;
  if (boxBesideLine(s, t) || lineHullSide(s, t)) return;
  intersectSegments(s, c, k, t, c, j);
}

/** Heap sort of idx[0..n) by key[idx]. */
function heapSort(idx: usize, key: usize, n: i32): void {
  for (let st = (n >> 1) - 1; st >= 0; st--) sift(idx, key, st, n);
  for (let end = n - 1; end > 0; end--) {
    const t = getI(idx, 0); setI(idx, 0, getI(idx, end)); setI(idx, end, t);
    sift(idx, key, 0, end);
  }
}

function sift(idx: usize, key: usize, i: i32, n: i32): void {
  while (true) {
    let c = 2 * i + 1;
    if (c >= n) return;
    if (c + 1 < n && getF(key, getI(idx, c + 1)) > getF(key, getI(idx, c))) c++;
    if (!(getF(key, getI(idx, c)) > getF(key, getI(idx, i)))) return;
    const t = getI(idx, i); setI(idx, i, getI(idx, c)); setI(idx, c, t);
    i = c;
  }
}

/** A closed contour of one spline: its polyline pieces against each other. */
function splineSelf(c: i32, s: i32): void {
  ensureElements();
  const n = elements(s, elA);
  ptN = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i == 0 && j == n - 1) continue;
      xWork++;
      const bi = i * E_STRIDE, bj = j * E_STRIDE;
      if (getF(elA, bj + 12) > getF(elA, bi + 14) || getF(elA, bj + 14) < getF(elA, bi + 12) ||
        getF(elA, bj + 13) > getF(elA, bi + 15) || getF(elA, bj + 15) < getF(elA, bi + 13)) continue;
      intersectElements(elA, i, elA, j);
      if (ixN > 0) {
        const x = ixX0, y = ixY0;
        if (near(x, y, getF(sX, s), getF(sY, s))) continue;
        record(s, elemParam(elA, i, ixA0), x, y);
        record(s, elemParam(elA, j, ixB0), x, y);
        found(x, y);
        flag(c, 2);
      }
    }
  }
}
