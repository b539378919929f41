// Measuring: one pass over the packed records validates each (kind, size, spline knots and
// weights, coordinates within COORD_LIMIT) and fills the segment table with its ends, a point
// in its middle, length, area term (∮ x dy - y dx, summed per contour) and exact bounding box.
// Lines and arcs use closed forms; ellipses and splines integrate (curves.ts).
// The same pass lists the lines, arcs and elliptical arcs for the overlap filter (overlaps.ts), so
// that stage looks at them without a pass over every segment.

import { COORD_LIMIT, KIND_ARC, KIND_ELLIPSE, KIND_LINE, KIND_SPLINE, STATUS_BAD_BUFFER, STATUS_BAD_COORDINATES, STATUS_BAD_SPLINE } from "./status";
import { getF, setF, setI } from "./memory";
import { MAX_DEGREE, bbAdd, bbMaxX, bbMaxY, bbMinX, bbMinY, bbStart, bindEllipse, bindSpline, ellipseArcLength, evX, evY, evalCurve, intArea, intLen, integrate, splineKnot, splineSpanExtremes } from "./curves";
import { ovListArc, ovListEllipse, ovListLine } from "./overlaps";
import { FLAG_DEGENERATE, HALF_PI, TWO_PI, bMaxX, bMaxY, bMinX, bMinY, eX, eY, inp, input, inputLen, mX, mY, sX, sY, segArea, segFlag, segKind, segLen, segRec } from "./segments";
import { fail } from "./result";

/** Segments shorter than this (mm) are degenerate. */
const MIN_LENGTH: f64 = 1e-9;

// @ts-ignore: decorator
@inline function okCoord(v: f64): bool {
  return Math.abs(v) <= COORD_LIMIT; // false for NaN too
}

/** Segments measured by measureRecords that are degenerate (no length, or not finite). */
export let measuredDegenerate: i32 = 0;

/**
 * Validate every record and measure it as the next segment, in one pass over the input (the
 * segment tables are sized for the most segments the input can hold, a line per 5 values).
 * Returns the number of segments, or minus the status after fail() wrote it to the header: a
 * bad record stops the pass, and what was measured before it is not used.
 */
export function measureRecords(): i32 {
  let i = 0, n = 0;
  let degenerate = 0;
  while (i < inputLen) {
    const kind = <i32>inp(i);
    let size = 0;
    if (kind == KIND_LINE) size = 5;
    else if (kind == KIND_ARC) size = 10;
    else if (kind == KIND_ELLIPSE) size = 9;
    else if (kind == KIND_SPLINE) {
      if (i + 4 > inputLen) return -fail(STATUS_BAD_BUFFER, n);
      const deg = <i32>inp(i + 1), nc = <i32>inp(i + 2), nk = <i32>inp(i + 3);
      if (deg < 1 || deg > MAX_DEGREE || nc < deg + 1 || nk != nc + deg + 1) return -fail(STATUS_BAD_SPLINE, n);
      size = 4 + nk + 3 * nc;
      if (i + size > inputLen) return -fail(STATUS_BAD_BUFFER, n);
      for (let k = 1; k < nk; k++) {
        if (!(inp(i + 4 + k) >= inp(i + 3 + k))) return -fail(STATUS_BAD_SPLINE, n);
      }
      if (!(inp(i + 4 + nc) > inp(i + 4 + deg))) return -fail(STATUS_BAD_SPLINE, n);
      for (let k = 0; k < nc; k++) {
        const w = inp(i + 4 + nk + 3 * k + 2);
        if (!(w > 0) || !isFinite(w)) return -fail(STATUS_BAD_SPLINE, n);
      }
    } else return -fail(STATUS_BAD_BUFFER, n);
    if (i + size > inputLen) return -fail(STATUS_BAD_BUFFER, n);
    for (let k = 1; k < size; k++) {
      if (!okCoord(inp(i + k))) return -fail(STATUS_BAD_COORDINATES, n);
    }
    // the record is sound: measure it as segment n
    const s = n;
    setI(segKind, s, kind);
    setI(segRec, s, i);
    if (kind == KIND_LINE) measureLine(s, i);
    else if (kind == KIND_ARC) measureArc(s, i);
    else if (kind == KIND_ELLIPSE) measureEllipse(s, i);
    else measureSpline(s, i);
    const len = getF(segLen, s);
    if (!(len > MIN_LENGTH) || !isFinite(len) || !isFinite(getF(segArea, s))) {
      setI(segFlag, s, FLAG_DEGENERATE);
      degenerate++;
    } else if (kind == KIND_LINE) {
      ovListLine(s);
    } else if (kind == KIND_ARC) {
      ovListArc(s);
    } else if (kind == KIND_ELLIPSE) {
      ovListEllipse(s);
    }
    i += size;
    n++;
  }
  measuredDegenerate = degenerate;
  return n;
}

/** The most segments `len` input values can hold (a line, the shortest record, takes 5). */
export function maxSegments(len: i32): i32 {
  return len / 5 + 1;
}

function storeBox(s: i32): void {
  setF(bMinX, s, bbMinX); setF(bMinY, s, bbMinY); setF(bMaxX, s, bbMaxX); setF(bMaxY, s, bbMaxY);
}

export function measureLine(s: i32, r: i32): void {
  const x1 = inp(r + 1), y1 = inp(r + 2), x2 = inp(r + 3), y2 = inp(r + 4);
  setF(sX, s, x1); setF(sY, s, y1); setF(eX, s, x2); setF(eY, s, y2);
  setF(mX, s, 0.5 * (x1 + x2)); setF(mY, s, 0.5 * (y1 + y2));
  setF(segLen, s, Math.sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)));
  setF(segArea, s, x1 * y2 - x2 * y1);
  bbStart(x1, y1); bbAdd(x2, y2); storeBox(s);
}

/** True if angle q lies on the arc from a0 sweeping sw (signed). */
function angleOnArc(q: f64, a0: f64, sw: f64): bool {
  let d = sw >= 0 ? q - a0 : a0 - q;
  d = d - TWO_PI * Math.floor(d / TWO_PI);
  return d <= Math.abs(sw);
}

export function measureArc(s: i32, r: i32): void {
  const cx = inp(r + 1), cy = inp(r + 2), rad = Math.abs(inp(r + 3)), a0 = inp(r + 4);
  let sw = inp(r + 5);
  if (sw > TWO_PI) sw = TWO_PI;
  if (sw < -TWO_PI) sw = -TWO_PI;
  const full = Math.abs(sw) >= TWO_PI - 1e-12;
  // the record carries the exact end points: no trigonometry for ends and area
  const x0 = inp(r + 6), y0 = inp(r + 7);
  const x1 = full ? x0 : inp(r + 8), y1 = full ? y0 : inp(r + 9);
  setF(sX, s, x0); setF(sY, s, y0); setF(eX, s, x1); setF(eY, s, y1);
  // middle: the chord's midpoint pushed out to the circle, or rotated by half the sweep where
  // that is ill-conditioned (sweeps near a half or a full turn)
  const vx = 0.5 * (x0 + x1) - cx, vy = 0.5 * (y0 + y1) - cy;
  const vl = Math.sqrt(vx * vx + vy * vy);
  if (vl > 0.5 * rad) {
    const k = (Math.abs(sw) <= Math.PI ? rad : -rad) / vl;
    setF(mX, s, cx + vx * k); setF(mY, s, cy + vy * k);
  } else {
    const am = a0 + 0.5 * sw;
    setF(mX, s, cx + rad * Math.cos(am)); setF(mY, s, cy + rad * Math.sin(am));
  }
  setF(segLen, s, rad * Math.abs(sw));
  // ∮ x dy - y dx over the arc: r² sweep + cx (y1 - y0) - cy (x1 - x0)
  setF(segArea, s, rad * rad * sw + cx * (y1 - y0) - cy * (x1 - x0));
  bbStart(x0, y0); bbAdd(x1, y1);
  if (full) { bbAdd(cx - rad, cy - rad); bbAdd(cx + rad, cy + rad); }
  else {
    if (angleOnArc(0, a0, sw)) bbAdd(cx + rad, cy);
    if (angleOnArc(HALF_PI, a0, sw)) bbAdd(cx, cy + rad);
    if (angleOnArc(Math.PI, a0, sw)) bbAdd(cx - rad, cy);
    if (angleOnArc(3 * HALF_PI, a0, sw)) bbAdd(cx, cy - rad);
  }
  storeBox(s);
}

export function measureEllipse(s: i32, r: i32): void {
  const cx = inp(r + 1), cy = inp(r + 2), ux = inp(r + 3), uy = inp(r + 4), vx = inp(r + 5), vy = inp(r + 6);
  let t0 = inp(r + 7), t1 = inp(r + 8);
  if (t1 - t0 > TWO_PI) t1 = t0 + TWO_PI;
  const full = t1 - t0 >= TWO_PI - 1e-12;
  bindEllipse(cx, cy, ux, uy, vx, vy);
  evalCurve(t0);
  const x0 = evX, y0 = evY;
  evalCurve(t1);
  const x1 = full ? x0 : evX, y1 = full ? y0 : evY;
  setF(sX, s, x0); setF(sY, s, y0); setF(eX, s, x1); setF(eY, s, y1);
  evalCurve(0.5 * (t0 + t1));
  setF(mX, s, evX); setF(mY, s, evY);
  const det = ux * vy - uy * vx;
  if (!(t1 > t0) || det == 0) { setF(segLen, s, 0); setF(segArea, s, 0); bbStart(x0, y0); storeBox(s); return; }
  setF(segLen, s, ellipseArcLength(ux, uy, vx, vy, t0, t1));
  const s0 = Math.sin(t0), s1 = Math.sin(t1), c0 = Math.cos(t0), c1 = Math.cos(t1);
  setF(segArea, s, det * (t1 - t0) + cx * (vy * (s1 - s0) + uy * (c1 - c0)) - cy * (vx * (s1 - s0) + ux * (c1 - c0)));
  bbStart(x0, y0); bbAdd(x1, y1);
  const tx = Math.atan2(vx, ux), ty = Math.atan2(vy, uy);
  for (let k = 0; k < 2; k++) {
    const qx = tx + <f64>k * Math.PI, qy = ty + <f64>k * Math.PI;
    if (full || angleOnArc(qx, t0, t1 - t0)) { evalCurve(qx); bbAdd(evX, evY); }
    if (full || angleOnArc(qy, t0, t1 - t0)) { evalCurve(qy); bbAdd(evX, evY); }
  }
  storeBox(s);
}

function measureSpline(s: i32, r: i32): void {
  const deg = <i32>inp(r + 1), nc = <i32>inp(r + 2), nk = <i32>inp(r + 3);
  const knots = input + (<usize>(r + 4) << 3);
  const ctrl = knots + (<usize>nk << 3);
  bindSpline(deg, nc, knots, ctrl);
  const t0 = splineKnot(deg), t1 = splineKnot(nc);
  evalCurve(t0);
  const x0 = evX, y0 = evY;
  evalCurve(t1);
  const x1 = evX, y1 = evY;
  setF(sX, s, x0); setF(sY, s, y0); setF(eX, s, x1); setF(eY, s, y1);
  evalCurve(0.5 * (t0 + t1));
  setF(mX, s, evX); setF(mY, s, evY);
  bbStart(x0, y0);
  intLen = 0; intArea = 0;
  for (let k = deg; k < nc; k++) {
    const a = splineKnot(k), b = splineKnot(k + 1);
    if (!(b > a)) continue;
    integrate(a, b);
    splineSpanExtremes(a, b, k);
  }
  setF(segLen, s, intLen);
  setF(segArea, s, intArea);
  storeBox(s);
}
