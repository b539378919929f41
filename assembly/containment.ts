// Containment: depth of each contour = number of closed contours around it (even-odd rule), so
// holes are told from parts and net area is gross area less the holes.
// Candidates come from a uniform grid over the closed contours' boxes: two closed contours whose
// boxes overlap meet once, in the grid cell where the overlap's lower left corner lies. When one
// box holds the other (and the larger contour has the larger area) a ray is cast from a point on
// the inner contour (crossings to the right of it); the same pass over the outer contour's
// segments sees whether any of them enters the inner box. Only then, or when the boxes overlap
// without one holding the other, can the two cross: crossings.ts looks at their segments there.
// In a part, each closed contour is also checked for crossing itself (crossings.ts). Open contours
// get their depth from the cell their point lies in.

import { KIND_ARC, KIND_ELLIPSE, KIND_LINE } from "./status";
import { allocI32, arenaAlloc, getF, getI, rawF64, rawI32, setF, setI } from "./memory";
import { bindEllipse, bindSpline, evX, evY, evalCurve, splineKnot } from "./curves";
import { HALF_PI, TWO_PI, bMaxX, bMaxY, bMinX, bMinY, inp, input, mX, mY, nSeg, segKind, segRec } from "./segments";
import { C_STRIDE, outContours, outOrder } from "./result";
import { nContours, walkTol } from "./chain";
import { SELF_CHECK_CONTOURS, SELF_CHECK_SEGMENTS, crossPair, crossSelf, crossingsInit, xFlag, xWork } from "./crossings";
import { crossingAreas } from "./areas";

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
  return crossKind(s);
}

/** Contour c's index by bands of y (see bandIndex), built on its second test; 0 or 1: none (scan it). */
// @ts-ignore: decorator
@inline function bandsOf(c: i32, cnt: i32): usize {
  if (cnt < BAND_MIN) return 0;
  let ix = load<usize>(bandIx + (<usize>c << 2));
  if (ix == 1) { ix = bandIndex(c); store<usize>(bandIx + (<usize>c << 2), ix); cost += <i64>cnt; }
  else if (ix == 0) store<usize>(bandIx + (<usize>c << 2), 1); // the next test builds it
  return ix;
}

/** Crossings of the ray with segment s, which spans the ray's y and reaches right of its start. */
// @ts-ignore: decorator
@inline function crossKind(s: i32): i32 {
  const kind = getI(segKind, s);
  const r = getI(segRec, s);
  if (kind == KIND_LINE) return crossLine(inp(r + 1), inp(r + 2), inp(r + 3), inp(r + 4));
  if (kind == KIND_ARC) return crossArc(r);
  if (kind == KIND_ELLIPSE) return crossEllipse(r);
  return crossSpline(r);
}

// the inner contour's box, for crossingsIn(): a segment of the outer contour whose box meets it
// sets `touch` (the two contours may cross there)
let inX0: f64 = 0, inY0: f64 = 0, inX1: f64 = 0, inY1: f64 = 0;
let touch: bool = false;

/**
 * Crossings of the ray (from a point of the inner contour, in the inner box) with contour c, and
 * whether a segment of c meets the inner box. A segment outside the box's band of y can do
 * neither: that test comes first, so looking for a touch costs next to nothing.
 */
function crossingsIn(c: i32): i32 {
  const base = c * C_STRIDE;
  const start = <i32>getF(outContours, base + 9), cnt = <i32>getF(outContours, base + 10);
  let total = 0;
  const ix = bandsOf(c, cnt);
  const x0 = inX0, y0 = inY0, x1 = inX1, y1 = inY1, rx = rayX, ry = rayY;
  if (ix > 1) {
    const nb = load<i32>(ix), by0 = load<f64>(ix, 8);
    const span = Math.max(getF(outContours, base + 8) - by0, 1e-9);
    const b = cellOf(ry, by0, span, nb);
    const st = ix + 16, list = st + (<usize>(nb + 1) << 2);
    const end = getI(st, b + 1);
    for (let p = getI(st, b); p < end; p++) {
      const s = getI(list, p);
      if (!touch && getF(bMaxX, s) >= x0 && getF(bMinX, s) <= x1 && getF(bMaxY, s) >= y0 && getF(bMinY, s) <= y1) touch = true;
      total += crossSeg(s);
    }
    cost += <i64>(end - getI(st, b)) + 1;
    // the other bands the inner box spans, for a touch only
    const b0 = cellOf(y0, by0, span, nb), b1 = cellOf(y1, by0, span, nb);
    for (let k = b0; k <= b1 && !touch; k++) {
      if (k == b) continue;
      const e = getI(st, k + 1);
      for (let p = getI(st, k); p < e; p++) {
        const s = getI(list, p);
        if (getF(bMaxX, s) >= x0 && getF(bMinX, s) <= x1 && getF(bMaxY, s) >= y0 && getF(bMinY, s) <= y1) { touch = true; break; }
      }
      cost += <i64>(e - getI(st, k)) + 1;
    }
    return total;
  }
  cost += <i64>cnt + 1;
  for (let j = start; j < start + cnt; j++) {
    const s = getI(outOrder, j) >> 1;
    const sy0 = getF(bMinY, s), sy1 = getF(bMaxY, s);
    if (sy0 > y1 || sy1 < y0) continue;
    const sx1 = getF(bMaxX, s);
    if (sx1 >= x0 && getF(bMinX, s) <= x1) touch = true;
    if (sx1 <= rx || sy0 > ry || sy1 < ry) continue;
    total += crossKind(s);
  }
  return total;
}

/** Crossings of the ray with contour c; the work it took goes to `cost`. */
let cost: i64 = 0;
function crossings(c: i32): i32 {
  const base = c * C_STRIDE;
  const start = <i32>getF(outContours, base + 9), cnt = <i32>getF(outContours, base + 10);
  let total = 0;
  const ix = bandsOf(c, cnt);
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

// the grid over the closed contours' boxes, kept for countAt() (areas.ts)
let gMinX: f64 = 0, gMinY: f64 = 0, gMaxX: f64 = 0, gMaxY: f64 = 0, gW: f64 = 0, gH: f64 = 0;
let gG: i32 = 0;
let cStart: usize = 0, cList: usize = 0;
// the closed contours (a grid entry holds a place in this list) and their boxes and areas,
// five f64 each: minX, minY, maxX, maxY, area
let closed: usize = 0, cBox: usize = 0;
// a grid entry is the contour's place in `closed` * 4 + where the cell lies in the contour's
// range of cells: 1 in its first column, 2 in its first row (3: its lower left cell); a cell
// lists first the contours in whose first column (above the lower left cell) it lies
const IN_COLUMN: i32 = 1, IN_ROW: i32 = 2;

/** Closed contours around the point (x, y): those whose ray from it crosses them an odd number of times. */
export function countAt(x: f64, y: f64): i32 {
  if (gG == 0 || x < gMinX || x > gMaxX || y < gMinY || y > gMaxY) return 0;
  const cell = cellOf(y, gMinY, gH, gG) * gG + cellOf(x, gMinX, gW, gG);
  let n = 0;
  for (let p = getI(cStart, cell); p < getI(cStart, cell + 1); p++) {
    const j = getI(cList, p) >> 2, bj = j * 5;
    if (getF(cBox, bj) > x || getF(cBox, bj + 1) > y || getF(cBox, bj + 2) < x || getF(cBox, bj + 3) < y) continue;
    rayX = x; rayY = y;
    if ((crossings(getI(closed, j)) & 1) == 1) n++;
  }
  return n;
}

/** 1 if the point (x, y) lies inside closed contour c (even-odd), else 0. */
export function parityOf(c: i32, x: f64, y: f64): i32 {
  rayX = x; rayY = y;
  return crossings(c) & 1;
}

/**
 * Depth of every contour, and the closed contours that cross (crossings.ts, then their areas in
 * areas.ts). Returns false when the work would exceed a budget proportional to the drawing:
 * only contours nested thousands deep in each other's boxes (50,000 concentric circles) get
 * there, and they are refused rather than left to run for minutes.
 */
export function containment(): bool {
  const nc = nContours;
  let budget: i64 = 20_000_000 + 40 * <i64>nSeg;
  gG = 0; pairCost = 0;
  crossingsInit(nc, walkTol);
  // the closed contours, listed once: the grid passes below read their boxes from this list and
  // its cell ranges instead of from the wide contour table; the open ones in a list of their own
  const closedList = rawI32(nc);
  closed = closedList;
  cBox = rawF64(5 * nc);
  let nClosed = 0, nOpen = 0;
  let gx0 = Infinity, gy0 = Infinity, gx1 = -Infinity, gy1 = -Infinity;
  let closedSegments = 0;
  for (let c = 0; c < nc; c++) {
    const b = c * C_STRIDE;
    if (getF(outContours, b) == 0) { nOpen++; continue; }
    const x0 = getF(outContours, b + 5), y0 = getF(outContours, b + 6), x1 = getF(outContours, b + 7), y1 = getF(outContours, b + 8);
    closedSegments += <i32>getF(outContours, b + 10);
    const bi = nClosed * 5;
    setF(cBox, bi, x0); setF(cBox, bi + 1, y0); setF(cBox, bi + 2, x1); setF(cBox, bi + 3, y1);
    setF(cBox, bi + 4, getF(outContours, b + 2));
    setI(closedList, nClosed++, c);
    setF(outContours, b + 4, 0);
    gx0 = Math.min(gx0, x0); gy0 = Math.min(gy0, y0);
    gx1 = Math.max(gx1, x1); gy1 = Math.max(gy1, y1);
  }
  if (nClosed == 0) return true;
  bandIx = allocI32(nc);
  // a contour crossing itself, in a part (not on a sheet of thousands of contours, where it
  // would cost a few per cent of the analysis: every segment's box is read once more)
  if (nClosed <= SELF_CHECK_CONTOURS && closedSegments <= SELF_CHECK_SEGMENTS) {
    for (let i = 0; i < nClosed; i++) {
      const c = getI(closedList, i), b = c * C_STRIDE;
      const cnt = <i32>getF(outContours, b + 10);
      // a circle cannot (its area and length tell it: 4·pi·area = length²)
      if (cnt == 1 && 4 * Math.PI * getF(outContours, b + 2) >= getF(outContours, b + 1) * getF(outContours, b + 1) * (1 - 1e-9)) continue;
      crossSelf(c, <i32>getF(outContours, b + 9), cnt);
    }
  }
  budget -= xWork;
  if (budget < 0) return false;
  // grid: about one cell per closed contour, coarser if large boxes would register too often
  let g = <i32>Math.ceil(Math.sqrt(<f64>nClosed));
  if (g > 2048) g = 2048;
  const w = Math.max(gx1 - gx0, 1e-9), h = Math.max(gy1 - gy0, 1e-9);
  // cell range of each closed contour's box: x0, x1, y0, y1
  const range = rawI32(4 * nClosed);
  let regs: i64 = 0;
  while (true) {
    regs = 0;
    for (let i = 0; i < nClosed; i++) {
      const b = i * 5;
      const x0 = cellOf(getF(cBox, b), gx0, w, g), x1 = cellOf(getF(cBox, b + 2), gx0, w, g);
      const y0 = cellOf(getF(cBox, b + 1), gy0, h, g), y1 = cellOf(getF(cBox, b + 3), gy0, h, g);
      setI(range, 4 * i, x0); setI(range, 4 * i + 1, x1); setI(range, 4 * i + 2, y0); setI(range, 4 * i + 3, y1);
      regs += <i64>(x1 - x0 + 1) * <i64>(y1 - y0 + 1);
    }
    if (regs <= <i64>(16 * nClosed + 4096) || g == 1) break;
    g = max(1, g >> 1);
  }
  const cells = g * g;
  cStart = allocI32(cells + 1);
  // per cell, the entries of contours in whose first column above their lower left cell it lies:
  // they come first in the cell's list
  const cCol = allocI32(cells);
  cList = rawI32(<i32>regs); // every place is written below
  for (let i = 0; i < nClosed; i++) {
    const x0 = getI(range, 4 * i), x1 = getI(range, 4 * i + 1), y0 = getI(range, 4 * i + 2), y1 = getI(range, 4 * i + 3);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) { const cell = y * g + x; setI(cStart, cell + 1, getI(cStart, cell + 1) + 1); }
      if (y > y0) { const cell = y * g + x0; setI(cCol, cell, getI(cCol, cell) + 1); }
    }
  }
  for (let k = 0; k < cells; k++) setI(cStart, k + 1, getI(cStart, k + 1) + getI(cStart, k));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < nClosed; i++) {
      const x0 = getI(range, 4 * i), x1 = getI(range, 4 * i + 1), y0 = getI(range, 4 * i + 2), y1 = getI(range, 4 * i + 3);
      if (pass == 0) {
        // the first column above the lower left cell
        for (let y = y0 + 1; y <= y1; y++) { const cell = y * g + x0; const p = getI(cStart, cell); setI(cList, p, i << 2 | IN_COLUMN); setI(cStart, cell, p + 1); }
        continue;
      }
      for (let y = y0; y <= y1; y++) {
        for (let x = y == y0 ? x0 : x0 + 1; x <= x1; x++) {
          const cell = y * g + x; const p = getI(cStart, cell);
          setI(cList, p, i << 2 | (x == x0 ? IN_COLUMN : 0) | (y == y0 ? IN_ROW : 0)); setI(cStart, cell, p + 1);
        }
      }
    }
  }
  for (let k = cells; k > 0; k--) setI(cStart, k, getI(cStart, k - 1));
  setI(cStart, 0, 0);
  gMinX = gx0; gMinY = gy0; gMaxX = gx1; gMaxY = gy1; gW = w; gH = h; gG = g;
  // every pair of closed contours whose boxes overlap, once, in the cell where the overlap's lower
  // left corner lies. When that is one's lower left cell, it finds the other there (both: the
  // smaller number looks); that is also where a contour finds every contour whose box holds its
  // own, for its depth. Otherwise the cell lies in one's first column and the other's first row.
  for (let i = 0; i < nClosed; i++) {
    const cell = getI(range, 4 * i + 2) * g + getI(range, 4 * i);
    const p0 = getI(cStart, cell), p1 = getI(cStart, cell + 1);
    if (p1 - p0 < 2) continue;
    const ba = i * 5;
    const ax0 = getF(cBox, ba), ay0 = getF(cBox, ba + 1), ax1 = getF(cBox, ba + 2), ay1 = getF(cBox, ba + 3);
    const areaA = getF(cBox, ba + 4);
    for (let p = p0; p < p1; p++) {
      const e = getI(cList, p), j = e >> 2;
      if (j == i) continue;
      const bb = j * 5;
      const bx0 = getF(cBox, bb), bx1 = getF(cBox, bb + 2);
      if (bx0 > ax1 || ax0 > bx1) continue;
      const by0 = getF(cBox, bb + 1), by1 = getF(cBox, bb + 3);
      if (by0 > ay1 || ay0 > by1) continue;
      const aHoldsB = ax0 <= bx0 && ay0 <= by0 && ax1 >= bx1 && ay1 >= by1;
      const both = (e & 3) == 3; // this is b's lower left cell too
      const a = getI(closedList, i), b = getI(closedList, j);
      if (bx0 <= ax0 && by0 <= ay0 && bx1 >= ax1 && by1 >= ay1) {
        const areaB = getF(cBox, bb + 4);
        if (areaB > areaA || crossesSelf(b)) inside(a, b, ax0, ay0, ax1, ay1);
        // b's box holds a's but b is not the larger: they may still cross (equal boxes: once)
        else if (!aHoldsB || (i < j && !(areaA > areaB))) crossBoxes(a, b, ax0, ay0, ax1, ay1);
      } else if (aHoldsB) {
        continue; // b looks from its lower left cell, where a is too
      } else if (!both || i < j) {
        crossBoxes(a, b, Math.max(ax0, bx0), Math.max(ay0, by0), Math.min(ax1, bx1), Math.min(ay1, by1));
      }
    }
    budget -= <i64>(p1 - p0);
    if (budget - pairCost < 0) return false;
  }
  // a contour in its first column (above its lower left cell) and one in its first row (right
  // of its lower left cell): boxes crossing like the arms of a plus sign, or overlapping there
  for (let i = 0; i < nClosed; i++) {
    const x0 = getI(range, 4 * i), x1 = getI(range, 4 * i + 1);
    if (x1 == x0) continue;
    const y0 = getI(range, 4 * i + 2);
    const bb = i * 5;
    const bx0 = getF(cBox, bb), by0 = getF(cBox, bb + 1), bx1 = getF(cBox, bb + 2), by1 = getF(cBox, bb + 3);
    for (let x = x0 + 1; x <= x1; x++) {
      const cell = y0 * g + x;
      const p0 = getI(cStart, cell), n = getI(cCol, cell);
      for (let p = p0; p < p0 + n; p++) {
        const j = getI(cList, p) >> 2;
        const ba = j * 5;
        const ax0 = getF(cBox, ba), ax1 = getF(cBox, ba + 2);
        if (bx0 > ax1 || ax0 > bx1) continue;
        const ay0 = getF(cBox, ba + 1), ay1 = getF(cBox, ba + 3);
        if (by0 > ay1 || ay0 > by1) continue;
        crossBoxes(getI(closedList, j), getI(closedList, i), Math.max(ax0, bx0), Math.max(ay0, by0), Math.min(ax1, bx1), Math.min(ay1, by1));
      }
      budget -= <i64>n + 1;
    }
    if (budget - pairCost < 0) return false;
  }
  budget -= pairCost;
  if (budget < 0) return false;
  // open contours: from the cell their point lies in
  for (let a = 0; a < nc; a++) {
    if (nOpen == 0) break;
    const ba = a * C_STRIDE;
    if (getF(outContours, ba) != 0) continue;
    // a point on the contour: the middle of its first segment
    const s = getI(outOrder, <i32>getF(outContours, ba + 9)) >> 1;
    rayX = getF(mX, s); rayY = getF(mY, s);
    const aMinX = getF(outContours, ba + 5), aMinY = getF(outContours, ba + 6);
    const aMaxX = getF(outContours, ba + 7), aMaxY = getF(outContours, ba + 8);
    if (rayX < gx0 || rayX > gx1 || rayY < gy0 || rayY > gy1) continue;
    const cell = cellOf(rayY, gy0, h, g) * g + cellOf(rayX, gx0, w, g);
    let depth = 0;
    for (let p = getI(cStart, cell); p < getI(cStart, cell + 1); p++) {
      const j = getI(cList, p) >> 2, bb = j * 5;
      if (--budget < 0) return false;
      if (getF(cBox, bb) > aMinX || getF(cBox, bb + 1) > aMinY || getF(cBox, bb + 2) < aMaxX || getF(cBox, bb + 3) < aMaxY) continue;
      cost = 0;
      if ((crossings(getI(closedList, j)) & 1) == 1) depth++;
      budget -= cost;
      if (budget < 0) return false;
    }
    setF(outContours, ba + 4, <f64>depth);
  }
  // contours that cross: measured piece by piece (a few pieces per crossing, and the crossings
  // were found within the budget)
  if (xFlag != 0) crossingAreas(nc);
  return true;
}

/** Work of the pair tests so far (rays and crossing checks), against the budget. */
let pairCost: i64 = 0;

/** Closed contours a and b may cross in the box (x0, y0)-(x1, y1) where theirs overlap. */
function crossBoxes(a: i32, b: i32, x0: f64, y0: f64, x1: f64, y1: f64): void {
  const w0 = xWork;
  crossPair(a, b, x0, y0, x1, y1);
  pairCost += xWork - w0;
}

/** A contour that crosses itself: its signed area can be any smaller than the region it fills. */
// @ts-ignore: decorator
@inline function crossesSelf(c: i32): bool {
  return xFlag != 0 && (getI(xFlag, c) & 2) != 0;
}

/** Whether closed contour a (box x0, y0, x1, y1) lies inside closed contour b: its depth. */
function inside(a: i32, b: i32, x0: f64, y0: f64, x1: f64, y1: f64): void {
  const ba = a * C_STRIDE;
  // a point on the contour: the middle of its first segment
  const s = getI(outOrder, <i32>getF(outContours, ba + 9)) >> 1;
  rayX = getF(mX, s); rayY = getF(mY, s);
  inX0 = x0; inY0 = y0; inX1 = x1; inY1 = y1;
  touch = false;
  cost = 0;
  if ((crossingsIn(b) & 1) == 1) setF(outContours, ba + 4, getF(outContours, ba + 4) + 1);
  pairCost += cost;
  if (touch) crossBoxes(a, b, x0, y0, x1, y1);
}

// @ts-ignore: decorator
@inline function cellOf(v: f64, lo: f64, span: f64, g: i32): i32 {
  const k = <i32>Math.floor((v - lo) / span * <f64>g);
  return k < 0 ? 0 : k >= g ? g - 1 : k;
}
