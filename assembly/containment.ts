// Containment: depth of each contour = number of closed contours around it (even-odd rule), so
// holes are told from parts and net area is gross area less the holes.
// Candidates come from a uniform grid over the closed contours' boxes; a candidate must hold
// the contour's whole box before a ray is cast (crossings to the right of a point on it).

import { KIND_ARC, KIND_ELLIPSE, KIND_LINE } from "./status";
import { allocI32, arenaAlloc, getF, getI, rawI32, setF, setI } from "./memory";
import { bindEllipse, bindSpline, evX, evY, evalCurve, splineKnot } from "./curves";
import { HALF_PI, TWO_PI, bMaxX, bMaxY, bMinY, inp, input, mX, mY, nSeg, segKind, segRec } from "./segments";
import { C_STRIDE, outContours, outOrder } from "./result";
import { nContours } from "./chain";

let rayX: f64 = 0, rayY: f64 = 0;

// @ts-ignore: decorator
@inline function crossPiece(ya: f64, yb: f64): bool {
  return (ya > rayY) != (yb > rayY);
}

function crossLine(x1: f64, y1: f64, x2: f64, y2: f64): i32 {
  if (!crossPiece(y1, y2)) return 0;
  const x = x1 + (rayY - y1) * (x2 - x1) / (y2 - y1);
  return x > rayX ? 1 : 0;
}

/** Crossings of the ray with an arc, split into y-monotone pieces at its top and bottom. */
function crossArc(r: i32): i32 {
  const cx = inp(r + 1), cy = inp(r + 2), rad = Math.abs(inp(r + 3)), a0 = inp(r + 4);
  let sw = inp(r + 5);
  if (sw > TWO_PI) sw = TWO_PI;
  if (sw < -TWO_PI) sw = -TWO_PI;
  const lo = sw >= 0 ? a0 : a0 + sw, hi = sw >= 0 ? a0 + sw : a0;
  // the ends' y are the record's exact end points, the same numbers the neighbouring segments
  // hold, so the half-open crossing rule counts a shared vertex exactly once
  const full = Math.abs(sw) >= TWO_PI - 1e-12;
  const yLo = sw >= 0 ? inp(r + 7) : (full ? inp(r + 7) : inp(r + 9));
  const yHi = sw >= 0 ? (full ? inp(r + 7) : inp(r + 9)) : inp(r + 7);
  let count = 0;
  let a = lo;
  // first breakpoint above lo: HALF_PI + k*PI
  let k = Math.floor((lo - HALF_PI) / Math.PI) + 1;
  while (true) {
    let b = HALF_PI + k * Math.PI;
    if (b >= hi) b = hi;
    const ya = a == lo ? yLo : (Math.sin(a) > 0 ? cy + rad : cy - rad);
    const yb = b == hi ? yHi : (Math.sin(b) > 0 ? cy + rad : cy - rad);
    if (crossPiece(ya, yb)) {
      const dy = rayY - cy;
      const dx = Math.sqrt(Math.max(0, rad * rad - dy * dy));
      const x = Math.cos(0.5 * (a + b)) >= 0 ? cx + dx : cx - dx;
      if (x > rayX) count++;
    }
    if (b >= hi) break;
    a = b;
    k += 1;
  }
  return count;
}

/** Crossings of the ray with the bound curve over [a, b], known to be y-monotone there. */
function crossMonotone(a: f64, ya: f64, b: f64, yb: f64): i32 {
  if (!crossPiece(ya, yb)) return 0;
  const up = yb > ya;
  for (let it = 0; it < 64; it++) {
    const m = 0.5 * (a + b);
    evalCurve(m);
    if ((evY > rayY) == up) b = m; else a = m;
  }
  evalCurve(0.5 * (a + b));
  return evX > rayX ? 1 : 0;
}

function crossEllipse(r: i32): i32 {
  const cx = inp(r + 1), cy = inp(r + 2), ux = inp(r + 3), uy = inp(r + 4), vx = inp(r + 5), vy = inp(r + 6);
  const t0 = inp(r + 7);
  let t1 = inp(r + 8);
  if (t1 - t0 > TWO_PI) t1 = t0 + TWO_PI;
  bindEllipse(cx, cy, ux, uy, vx, vy);
  // y'(t) = 0 at ty + k*PI
  const ty = Math.atan2(vy, uy);
  let k = Math.floor((t0 - ty) / Math.PI) + 1;
  let a = t0;
  evalCurve(a);
  let ya = evY;
  let count = 0;
  while (true) {
    let b = ty + k * Math.PI;
    if (b >= t1) b = t1;
    evalCurve(b);
    const yb = evY;
    count += crossMonotone(a, ya, b, yb);
    if (b >= t1) break;
    a = b; ya = yb; k += 1;
  }
  return count;
}

function crossSpline(r: i32): i32 {
  const deg = <i32>inp(r + 1), nc = <i32>inp(r + 2), nk = <i32>inp(r + 3);
  const knots = input + (<usize>(r + 4) << 3);
  bindSpline(deg, nc, knots, knots + (<usize>nk << 3));
  let count = 0;
  let first = true;
  let px = 0.0, py = 0.0;
  for (let k = deg; k < nc; k++) {
    const a = splineKnot(k), b = splineKnot(k + 1);
    if (!(b > a)) continue;
    for (let j = first ? 0 : 1; j <= 16; j++) {
      evalCurve(j == 16 ? b : a + (b - a) * (<f64>j / 16.0));
      if (!first || j > 0) count += crossLine(px, py, evX, evY);
      px = evX; py = evY;
    }
    first = false;
  }
  return count;
}

// A contour of many segments, tested often (an outline with thousands of pieces round
// thousands of contours), gets an index on first use: its segments by bands of y, so a ray
// looks only at the band it runs in. bandIx[c]: 0 untested, 1 tested once (a contour tested once
// is scanned: the index would cost as much), else a pointer to [bands, minY, start (bands + 1),
// segments].
let bandIx: usize = 0;
const BAND_MIN: i32 = 64;

function bandIndex(c: i32): usize {
  const base = c * C_STRIDE;
  const start = <i32>getF(outContours, base + 9), cnt = <i32>getF(outContours, base + 10);
  const y0 = getF(outContours, base + 6), y1 = getF(outContours, base + 8);
  const span = Math.max(y1 - y0, 1e-9);
  // about two segments a band, fewer bands if segments would be registered in many
  let nb = max(1, cnt >> 1);
  let regs: i64 = 0;
  while (true) {
    regs = 0;
    for (let j = start; j < start + cnt; j++) {
      const s = getI(outOrder, j) >> 1;
      regs += <i64>(cellOf(getF(bMaxY, s), y0, span, nb) - cellOf(getF(bMinY, s), y0, span, nb) + 1);
    }
    if (regs <= <i64>(8 * cnt) || nb == 1) break;
    nb = max(1, nb >> 2);
  }
  const ix = arenaAlloc(16 + (<usize>(nb + 1) << 2) + (<usize>regs << 2));
  store<i32>(ix, nb); store<f64>(ix, y0, 8);
  const st = ix + 16, list = st + (<usize>(nb + 1) << 2);
  for (let j = start; j < start + cnt; j++) {
    const s = getI(outOrder, j) >> 1;
    const b0 = cellOf(getF(bMinY, s), y0, span, nb), b1 = cellOf(getF(bMaxY, s), y0, span, nb);
    for (let b = b0; b <= b1; b++) setI(st, b + 1, getI(st, b + 1) + 1);
  }
  for (let b = 0; b < nb; b++) setI(st, b + 1, getI(st, b + 1) + getI(st, b));
  for (let j = start; j < start + cnt; j++) {
    const s = getI(outOrder, j) >> 1;
    const b0 = cellOf(getF(bMinY, s), y0, span, nb), b1 = cellOf(getF(bMaxY, s), y0, span, nb);
    for (let b = b0; b <= b1; b++) { const p = getI(st, b); setI(list, p, s); setI(st, b, p + 1); }
  }
  for (let b = nb; b > 0; b--) setI(st, b, getI(st, b - 1));
  setI(st, 0, 0);
  return ix;
}

/** Crossings of the ray with segment s. */
// @ts-ignore: decorator
@inline function crossSeg(s: i32): i32 {
  if (getF(bMaxX, s) <= rayX || getF(bMinY, s) > rayY || getF(bMaxY, s) < rayY) return 0;
  const kind = getI(segKind, s);
  const r = getI(segRec, s);
  if (kind == KIND_LINE) return crossLine(inp(r + 1), inp(r + 2), inp(r + 3), inp(r + 4));
  if (kind == KIND_ARC) return crossArc(r);
  if (kind == KIND_ELLIPSE) return crossEllipse(r);
  return crossSpline(r);
}

/** Crossings of the ray with contour c; the work it took goes to `cost`. */
let cost: i64 = 0;
function crossings(c: i32): i32 {
  const base = c * C_STRIDE;
  const start = <i32>getF(outContours, base + 9), cnt = <i32>getF(outContours, base + 10);
  let total = 0;
  let ix: usize = cnt >= BAND_MIN ? load<usize>(bandIx + (<usize>c << 2)) : 0;
  if (ix == 1) { ix = bandIndex(c); store<usize>(bandIx + (<usize>c << 2), ix); cost += <i64>cnt; }
  else if (ix == 0 && cnt >= BAND_MIN) store<usize>(bandIx + (<usize>c << 2), 1); // the next test builds it
  if (ix > 1) {
    const nb = load<i32>(ix), y0 = load<f64>(ix, 8);
    const span = Math.max(getF(outContours, base + 8) - y0, 1e-9);
    const b = cellOf(rayY, y0, span, nb);
    const st = ix + 16, list = st + (<usize>(nb + 1) << 2);
    const end = getI(st, b + 1);
    for (let p = getI(st, b); p < end; p++) total += crossSeg(getI(list, p));
    cost += <i64>(end - getI(st, b)) + 1;
    return total;
  }
  cost += <i64>cnt + 1;
  for (let j = start; j < start + cnt; j++) total += crossSeg(getI(outOrder, j) >> 1);
  return total;
}

/**
 * Depth of every contour. Returns false when the work would exceed a budget proportional to the
 * drawing: only contours nested thousands deep in each other's boxes (50,000 concentric circles)
 * get there, and they are refused rather than left to run for minutes.
 */
export function containment(): bool {
  const nc = nContours;
  let budget: i64 = 20_000_000 + 40 * <i64>nSeg;
  // the closed contours, listed once: the grid passes below read their boxes from this list and
  // its cell ranges instead of from the wide contour table
  const closedList = rawI32(nc);
  let nClosed = 0;
  let gMinX = Infinity, gMinY = Infinity, gMaxX = -Infinity, gMaxY = -Infinity;
  for (let c = 0; c < nc; c++) {
    const b = c * C_STRIDE;
    if (getF(outContours, b) == 0) continue;
    setI(closedList, nClosed++, c);
    gMinX = Math.min(gMinX, getF(outContours, b + 5)); gMinY = Math.min(gMinY, getF(outContours, b + 6));
    gMaxX = Math.max(gMaxX, getF(outContours, b + 7)); gMaxY = Math.max(gMaxY, getF(outContours, b + 8));
  }
  if (nClosed == 0) return true;
  bandIx = allocI32(nc);
  // grid: about one cell per closed contour, coarser if large boxes would register too often
  let g = <i32>Math.ceil(Math.sqrt(<f64>nClosed));
  if (g > 2048) g = 2048;
  const w = Math.max(gMaxX - gMinX, 1e-9), h = Math.max(gMaxY - gMinY, 1e-9);
  // cell range of each closed contour's box: x0, x1, y0, y1
  const range = rawI32(4 * nClosed);
  let regs: i64 = 0;
  while (true) {
    regs = 0;
    for (let i = 0; i < nClosed; i++) {
      const b = getI(closedList, i) * C_STRIDE;
      const x0 = cellOf(getF(outContours, b + 5), gMinX, w, g), x1 = cellOf(getF(outContours, b + 7), gMinX, w, g);
      const y0 = cellOf(getF(outContours, b + 6), gMinY, h, g), y1 = cellOf(getF(outContours, b + 8), gMinY, h, g);
      setI(range, 4 * i, x0); setI(range, 4 * i + 1, x1); setI(range, 4 * i + 2, y0); setI(range, 4 * i + 3, y1);
      regs += <i64>(x1 - x0 + 1) * <i64>(y1 - y0 + 1);
    }
    if (regs <= <i64>(16 * nClosed + 4096) || g == 1) break;
    g = max(1, g >> 1);
  }
  const cells = g * g;
  const cStart = allocI32(cells + 1);
  const cList = rawI32(<i32>regs); // every place is written below
  for (let i = 0; i < nClosed; i++) {
    const x0 = getI(range, 4 * i), x1 = getI(range, 4 * i + 1), y0 = getI(range, 4 * i + 2), y1 = getI(range, 4 * i + 3);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) { const cell = y * g + x; setI(cStart, cell + 1, getI(cStart, cell + 1) + 1); }
    }
  }
  for (let k = 0; k < cells; k++) setI(cStart, k + 1, getI(cStart, k + 1) + getI(cStart, k));
  for (let i = 0; i < nClosed; i++) {
    const c = getI(closedList, i);
    const x0 = getI(range, 4 * i), x1 = getI(range, 4 * i + 1), y0 = getI(range, 4 * i + 2), y1 = getI(range, 4 * i + 3);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) { const cell = y * g + x; const p = getI(cStart, cell); setI(cList, p, c); setI(cStart, cell, p + 1); }
    }
  }
  for (let k = cells; k > 0; k--) setI(cStart, k, getI(cStart, k - 1));
  setI(cStart, 0, 0);
  for (let a = 0; a < nc; a++) {
    const ba = a * C_STRIDE;
    // a point on the contour: the middle of its first segment
    const s = getI(outOrder, <i32>getF(outContours, ba + 9)) >> 1;
    rayX = getF(mX, s); rayY = getF(mY, s);
    const aMinX = getF(outContours, ba + 5), aMinY = getF(outContours, ba + 6);
    const aMaxX = getF(outContours, ba + 7), aMaxY = getF(outContours, ba + 8);
    const aArea = getF(outContours, ba + 2);
    const aClosed = getF(outContours, ba) != 0;
    const gx = cellOf(rayX, gMinX, w, g), gy = cellOf(rayY, gMinY, h, g);
    if (rayX < gMinX || rayX > gMaxX || rayY < gMinY || rayY > gMaxY) continue;
    const cell = gy * g + gx;
    let depth = 0;
    for (let p = getI(cStart, cell); p < getI(cStart, cell + 1); p++) {
      const b = getI(cList, p);
      if (--budget < 0) return false;
      if (b == a) continue;
      const bb = b * C_STRIDE;
      if (getF(outContours, bb + 5) > aMinX || getF(outContours, bb + 6) > aMinY ||
        getF(outContours, bb + 7) < aMaxX || getF(outContours, bb + 8) < aMaxY) continue;
      if (aClosed && !(getF(outContours, bb + 2) > aArea)) continue;
      cost = 0;
      if ((crossings(b) & 1) == 1) depth++;
      budget -= cost;
      if (budget < 0) return false;
    }
    setF(outContours, ba + 4, <f64>depth);
  }
  return true;
}

// @ts-ignore: decorator
@inline function cellOf(v: f64, lo: f64, span: f64, g: i32): i32 {
  const k = <i32>Math.floor((v - lo) / span * <f64>g);
  return k < 0 ? 0 : k >= g ? g - 1 : k;
}
