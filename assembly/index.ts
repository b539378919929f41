// Kerf geometry core. One call per drawing: the SDK packs every primitive into one Float64Array
// (record layout in status.ts), `analyze` chains them into contours and measures them.
//
//   prepare(n) -> ptr     reserve the input buffer (n f64) and forget the previous analysis
//   analyze(tol) -> status
//   header(), contours(), order(), segmentFlags(), gaps()   pointers to the results
//
// Everything lives in one bump arena (memory.ts); no GC runs.

import {
  STATUS_OK, STATUS_BAD_BUFFER, STATUS_BAD_COORDINATES, STATUS_BAD_SPLINE, STATUS_NO_GEOMETRY, STATUS_TOO_COMPLEX,
  KIND_LINE, KIND_ARC, KIND_ELLIPSE, KIND_SPLINE, COORD_LIMIT,
} from "./status";
import { ovInit, ovNoteLine, ovNoteArc, ovBind, mergeOverlaps, ovPieces, ovPieceRec, ovPieceA, ovPieceB, ovRemovedLength } from "./overlaps";
import { arenaReset, arenaReserve, arenaAlloc, allocF64, allocI32, rawF64, rawI32, getF, setF, getI, setI } from "./memory";
import {
  MAX_DEGREE, curvesInit, curvesScratchBytes, bindEllipse, bindSpline, evalCurve, evX, evY,
  integrate, intLen, intArea, splineSpanExtremes, ellipseArcLength, bbStart, bbAdd, bbMinX, bbMinY, bbMaxX, bbMaxY, splineKnot,
} from "./curves";

const TWO_PI: f64 = 6.283185307179586;
const HALF_PI: f64 = 1.5707963267948966;
/** Merges closer than this (mm) are float noise, not gaps worth reporting. */
const GAP_EPS: f64 = 5e-5;
/** Segments shorter than this (mm) are degenerate. */
const MIN_LENGTH: f64 = 1e-9;
/** At most this many healed gap locations are reported (the count is always exact). */
const MAX_GAP_LOCATIONS: i32 = 256;

/** Header slots (f64) of the result. */
const H_STATUS = 0, H_ERR_RECORD = 1, H_SEGMENTS = 2, H_DEGENERATE = 3, H_DUPLICATES = 4,
  H_GAPS = 5, H_MAX_GAP = 6, H_CONTOURS = 7, H_CLOSED = 8, H_OPEN = 9, H_MINX = 10, H_MINY = 11,
  H_MAXX = 12, H_MAXY = 13, H_CUT_LENGTH = 14, H_GROSS_AREA = 15, H_NET_AREA = 16,
  H_GAP_LOCATIONS = 17, H_ORDER_LENGTH = 18, H_DUP_LENGTH = 19, H_TABLE = 20, H_SIZE = 24;
/** Per-contour stride (f64): closed, length, area, signedArea, depth, minX, minY, maxX, maxY,
 *  orderStart, orderCount, startX, startY. */
const C_STRIDE = 13;

let input: usize = 0;
let inputLen: i32 = 0;
let hdr: usize = 0;
let outContours: usize = 0;
let outOrder: usize = 0;
let outFlags: usize = 0;
let outGaps: usize = 0;
let outRecords: usize = 0;

// per segment (structure of arrays)
let nSeg: i32 = 0;
let segKind: usize = 0, segRec: usize = 0, segFlag: usize = 0;
let sX: usize = 0, sY: usize = 0, eX: usize = 0, eY: usize = 0, mX: usize = 0, mY: usize = 0;
let segLen: usize = 0, segArea: usize = 0;
let bMinX: usize = 0, bMinY: usize = 0, bMaxX: usize = 0, bMaxY: usize = 0;
let nodeA: usize = 0, nodeB: usize = 0;

const FLAG_DEGENERATE: i32 = 1;
const FLAG_DUPLICATE: i32 = 2;

/** Reserve the input buffer for `n` f64 values; forgets the previous analysis. */
export function prepare(n: i32): usize {
  arenaReset();
  // one growth up front: the analysis needs about this much per input value (segment tables,
  // node hash, contours); allocation grows further only for unusual drawings
  arenaReserve(<usize>min(n, 40_000_000) * 80 + (1 << 20));
  input = rawF64(n); // the host writes all of it
  inputLen = n;
  hdr = allocF64(H_SIZE);
  return input;
}

/** Pointer to the result header (f64[24]). */
export function header(): usize { return hdr; }
/** Pointer to the contour table (f64, 13 per contour). */
export function contours(): usize { return outContours; }
/** Pointer to the contour order (i32: segment * 2 + reversed). */
export function order(): usize { return outOrder; }
/** Pointer to per-segment flags (i32: 1 degenerate, 2 duplicate). */
export function segmentFlags(): usize { return outFlags; }
/** Pointer to the offset (i32, in f64 units) of each segment's record in the input. */
export function segmentRecords(): usize { return outRecords; }
/** Pointer to healed gap locations (f64: x, y, size). */
export function gaps(): usize { return outGaps; }

// @ts-ignore: decorator
@inline function inp(i: i32): f64 { return load<f64>(input + (<usize>i << 3)); }

function fail(status: i32, record: i32): i32 {
  setF(hdr, H_STATUS, <f64>status);
  setF(hdr, H_ERR_RECORD, <f64>record);
  return status;
}

// @ts-ignore: decorator
@inline function okCoord(v: f64): bool {
  return Math.abs(v) <= COORD_LIMIT; // false for NaN too
}

/** Analyze the prepared buffer with the given gap tolerance (mm). Returns a status code. */
export function analyze(tol: f64): i32 {
  if (!(tol > 0) || !isFinite(tol)) tol = 0.01;
  // ---- pass 1: count and validate records ----
  let i = 0, n = 0;
  while (i < inputLen) {
    const kind = <i32>inp(i);
    let size = 0;
    if (kind == KIND_LINE) size = 5;
    else if (kind == KIND_ARC) size = 10;
    else if (kind == KIND_ELLIPSE) size = 9;
    else if (kind == KIND_SPLINE) {
      if (i + 4 > inputLen) return fail(STATUS_BAD_BUFFER, n);
      const deg = <i32>inp(i + 1), nc = <i32>inp(i + 2), nk = <i32>inp(i + 3);
      if (deg < 1 || deg > MAX_DEGREE || nc < deg + 1 || nk != nc + deg + 1) return fail(STATUS_BAD_SPLINE, n);
      size = 4 + nk + 3 * nc;
      if (i + size > inputLen) return fail(STATUS_BAD_BUFFER, n);
      for (let k = 1; k < nk; k++) {
        if (!(inp(i + 4 + k) >= inp(i + 3 + k))) return fail(STATUS_BAD_SPLINE, n);
      }
      if (!(inp(i + 4 + nc) > inp(i + 4 + deg))) return fail(STATUS_BAD_SPLINE, n);
      for (let k = 0; k < nc; k++) {
        const w = inp(i + 4 + nk + 3 * k + 2);
        if (!(w > 0) || !isFinite(w)) return fail(STATUS_BAD_SPLINE, n);
      }
    } else return fail(STATUS_BAD_BUFFER, n);
    if (i + size > inputLen) return fail(STATUS_BAD_BUFFER, n);
    for (let k = 1; k < size; k++) {
      if (!okCoord(inp(i + k))) return fail(STATUS_BAD_COORDINATES, n);
    }
    i += size;
    n++;
  }
  nSeg = n;
  setF(hdr, H_SEGMENTS, <f64>n);
  allocSegments(n);
  curvesInit(arenaAlloc(curvesScratchBytes()));
  ovInit(n, tol);

  // ---- pass 2: endpoints, length, area term, bounding box ----
  i = 0;
  let degenerate = 0;
  for (let s = 0; s < n; s++) {
    const kind = <i32>inp(i);
    setI(segKind, s, kind);
    setI(segRec, s, i);
    let size = 0;
    if (kind == KIND_LINE) { measureLine(s, i); size = 5; }
    else if (kind == KIND_ARC) { measureArc(s, i); size = 10; }
    else if (kind == KIND_ELLIPSE) { measureEllipse(s, i); size = 9; }
    else {
      measureSpline(s, i);
      size = 4 + <i32>inp(i + 3) + 3 * <i32>inp(i + 2);
    }
    const len = getF(segLen, s);
    if (!(len > MIN_LENGTH) || !isFinite(len) || !isFinite(getF(segArea, s))) {
      setI(segFlag, s, FLAG_DEGENERATE);
      degenerate++;
    } else if (kind == KIND_LINE) {
      ovNoteLine(getF(sX, s), getF(sY, s), getF(eX, s), getF(eY, s));
    } else if (kind == KIND_ARC) {
      ovNoteArc(inp(i + 1), inp(i + 2), Math.abs(inp(i + 3)));
    }
    i += size;
  }

  // ---- nodes: endpoints merged on a tolerance grid ----
  buildNodes(tol);
  // A segment whose ends merged into one node and that is no longer than twice the tolerance
  // collapses to a point: it is dropped as degenerate. Longer ones are closed loops (circles).
  for (let s = 0; s < n; s++) {
    if (getI(segFlag, s) != 0) continue;
    if (getI(nodeA, s) == getI(nodeB, s) && getF(segLen, s) <= 2 * tol) {
      setI(segFlag, s, FLAG_DEGENERATE);
      degenerate++;
    }
  }
  setF(hdr, H_DEGENERATE, <f64>degenerate);
  countDegrees();
  dupLength = 0;
  let duplicates = markDuplicates(tol);
  ovBind(n, tol, input, segKind, segFlag, segRec, sX, sY, eX, eY, segLen, nodeA, nodeB, nodeX, nodeY, nNodes);
  duplicates += mergeOverlaps();
  dupLength += ovRemovedLength;
  if (ovPieces > 0) appendPieces();
  setF(hdr, H_DUPLICATES, <f64>duplicates);
  if (degenerate + duplicates >= n) return fail(STATUS_NO_GEOMETRY, -1);

  walkTol = tol;
  dupAfterChain = 0;
  chain();
  if (dupAfterChain > 0) setF(hdr, H_DUPLICATES, <f64>(duplicates + dupAfterChain));
  setF(hdr, H_DUP_LENGTH, dupLength);
  setF(hdr, H_TABLE, <f64>nSeg);
  if (!containment()) return fail(STATUS_TOO_COMPLEX, -1);
  totals();
  // expose flags and record offsets
  outFlags = segFlag;
  outRecords = segRec;
  setF(hdr, H_STATUS, <f64>STATUS_OK);
  return STATUS_OK;
}

/** Length (mm) of the geometry not cut because it was drawn more than once. */
let dupLength: f64 = 0;

/**
 * Grow the segment tables by the synthetic pieces overlaps.ts made (their records live in the
 * arena; segRec holds their offset from the input, so inp() reads them like drawn records).
 */
function appendPieces(): void {
  const n0 = nSeg, n1 = nSeg + ovPieces;
  const oKind = segKind, oRec = segRec, oFlag = segFlag, osX = sX, osY = sY, oeX = eX, oeY = eY, omX = mX, omY = mY;
  const oLen = segLen, oArea = segArea, obx = bMinX, oby = bMinY, oBx = bMaxX, oBy = bMaxY, oA = nodeA, oB = nodeB;
  allocSegments(n1);
  memory.copy(segKind, oKind, <usize>n0 << 2); memory.copy(segRec, oRec, <usize>n0 << 2);
  memory.copy(segFlag, oFlag, <usize>n0 << 2); memory.copy(nodeA, oA, <usize>n0 << 2); memory.copy(nodeB, oB, <usize>n0 << 2);
  memory.copy(sX, osX, <usize>n0 << 3); memory.copy(sY, osY, <usize>n0 << 3);
  memory.copy(eX, oeX, <usize>n0 << 3); memory.copy(eY, oeY, <usize>n0 << 3);
  memory.copy(mX, omX, <usize>n0 << 3); memory.copy(mY, omY, <usize>n0 << 3);
  memory.copy(segLen, oLen, <usize>n0 << 3); memory.copy(segArea, oArea, <usize>n0 << 3);
  memory.copy(bMinX, obx, <usize>n0 << 3); memory.copy(bMinY, oby, <usize>n0 << 3);
  memory.copy(bMaxX, oBx, <usize>n0 << 3); memory.copy(bMaxY, oBy, <usize>n0 << 3);
  for (let k = 0; k < ovPieces; k++) {
    const s = n0 + k, r = getI(ovPieceRec, k);
    const kind = <i32>inp(r);
    setI(segKind, s, kind); setI(segRec, s, r);
    if (kind == KIND_LINE) measureLine(s, r); else measureArc(s, r);
    setI(nodeA, s, getI(ovPieceA, k)); setI(nodeB, s, getI(ovPieceB, k));
  }
  nSeg = n1;
}

function allocSegments(n: i32): void {
  // pass 2 writes every field of every segment; only the flags start from zero
  segKind = rawI32(n); segRec = rawI32(n); segFlag = allocI32(n);
  sX = rawF64(n); sY = rawF64(n); eX = rawF64(n); eY = rawF64(n);
  mX = rawF64(n); mY = rawF64(n);
  segLen = rawF64(n); segArea = rawF64(n);
  bMinX = rawF64(n); bMinY = rawF64(n); bMaxX = rawF64(n); bMaxY = rawF64(n);
  nodeA = rawI32(n); nodeB = rawI32(n);
}

function storeBox(s: i32): void {
  setF(bMinX, s, bbMinX); setF(bMinY, s, bbMinY); setF(bMaxX, s, bbMaxX); setF(bMaxY, s, bbMaxY);
}

function measureLine(s: i32, r: i32): void {
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

function measureArc(s: i32, r: i32): void {
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

function measureEllipse(s: i32, r: i32): void {
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

// ---------------------------------------------------------------------------------------------
// Nodes: endpoint hashing on a grid of cell size 8*tol. A point within tol of p lies in p's cell
// or, when p is within tol of a cell border, in the neighbour across it: mostly one cell is
// searched. Hash slots are interleaved (key x, key y, head) so a probe touches one cache line.

let nNodes: i32 = 0;
let nodeX: usize = 0, nodeY: usize = 0, nodeNext: usize = 0;
let htCap: i32 = 0, ht: usize = 0;
let gapCount: i32 = 0, gapMax: f64 = 0, gapLocations: i32 = 0;
const SLOT: usize = 16;
// A slot holds the low 32 bits of both cell indices as one key, and the head of the cell's node
// list. Two far-apart cells whose indices agree in those bits share a list, which is harmless:
// every candidate node is checked by distance.

// @ts-ignore: decorator
@inline function cellKey(kx: i64, ky: i64): i64 {
  return (kx << 32) | (ky & 0xffffffff);
}

/** MurmurHash3's finalizer: grid keys are regular, so every bit must reach the low bits. */
// @ts-ignore: decorator
@inline function mix64(h: u64): u64 {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccd;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53;
  h ^= h >> 33;
  return h;
}

/** Slot of cell (kx, ky), or -(slot+1) of the empty slot where it would go. */
function findCell(kx: i64, ky: i64): i32 {
  const key = cellKey(kx, ky);
  let slot = <i32>(mix64(<u64>key) & <u64>(htCap - 1));
  while (true) {
    const p = ht + <usize>slot * SLOT;
    if (load<i32>(p, 8) == 0) return -(slot + 1);
    if (load<i64>(p) == key) return slot;
    slot = (slot + 1) & (htCap - 1);
  }
}

let bestNode: i32 = -1;
let bestD2: f64 = 0;

function searchCell(kx: i64, ky: i64, x: f64, y: f64): void {
  const slot = findCell(kx, ky);
  if (slot < 0) return;
  let nd = load<i32>(ht + <usize>slot * SLOT, 8);
  while (nd != 0) {
    const k = nd - 1;
    const dx = getF(nodeX, k) - x, dy = getF(nodeY, k) - y;
    const d2 = dx * dx + dy * dy;
    if (d2 <= bestD2) { bestD2 = d2; bestNode = k; }
    nd = getI(nodeNext, k);
  }
}

function nodeFor(x: f64, y: f64, tol: f64, inv: f64): i32 {
  const fx = x * inv, fy = y * inv;
  const flx = Math.floor(fx), fly = Math.floor(fy);
  const kx = <i64>flx, ky = <i64>fly;
  const rx = fx - flx, ry = fy - fly; // position in the cell, 0..1; tol is 1/8 of a cell
  const ox: i64 = rx < 0.125 ? -1 : rx > 0.875 ? 1 : 0;
  const oy: i64 = ry < 0.125 ? -1 : ry > 0.875 ? 1 : 0;
  bestNode = -1;
  bestD2 = tol * tol;
  searchCell(kx, ky, x, y);
  if (bestD2 > 0) {
    if (ox != 0) searchCell(kx + ox, ky, x, y);
    if (oy != 0) searchCell(kx, ky + oy, x, y);
    if (ox != 0 && oy != 0) searchCell(kx + ox, ky + oy, x, y);
  }
  if (bestNode >= 0) {
    const d = Math.sqrt(bestD2);
    if (d > GAP_EPS) {
      gapCount++;
      if (d > gapMax) gapMax = d;
      if (gapLocations < MAX_GAP_LOCATIONS) {
        setF(outGaps, gapLocations * 3, 0.5 * (x + getF(nodeX, bestNode)));
        setF(outGaps, gapLocations * 3 + 1, 0.5 * (y + getF(nodeY, bestNode)));
        setF(outGaps, gapLocations * 3 + 2, d);
        gapLocations++;
      }
    }
    return bestNode;
  }
  const k = nNodes++;
  setF(nodeX, k, x); setF(nodeY, k, y);
  let slot = findCell(kx, ky);
  if (slot < 0) {
    slot = -slot - 1;
    store<i64>(ht + <usize>slot * SLOT, cellKey(kx, ky));
  }
  const p = ht + <usize>slot * SLOT;
  setI(nodeNext, k, load<i32>(p, 8));
  store<i32>(p, k + 1, 8);
  return k;
}

function pow2AtLeast(v: i32): i32 {
  let c = 16;
  while (c < v) c <<= 1;
  return c;
}

function buildNodes(tol: f64): void {
  const n = nSeg;
  nNodes = 0; gapCount = 0; gapMax = 0; gapLocations = 0;
  nodeX = rawF64(2 * n); nodeY = rawF64(2 * n); nodeNext = rawI32(2 * n); // written as nodes are made
  htCap = pow2AtLeast(2 * n);
  ht = arenaAlloc(<usize>htCap * SLOT);
  outGaps = allocF64(MAX_GAP_LOCATIONS * 3);
  const inv = 1.0 / (8.0 * tol);
  // Consecutive segments of a polyline share the point exactly: the previous end's node is
  // taken without a hash lookup.
  let px = NaN, py = NaN, pn = -1;
  for (let s = 0; s < n; s++) {
    if (getI(segFlag, s) != 0) { setI(nodeA, s, -1); setI(nodeB, s, -1); continue; }
    const x = getF(sX, s), y = getF(sY, s);
    setI(nodeA, s, x == px && y == py ? pn : nodeFor(x, y, tol, inv));
    const a = getI(nodeA, s);
    px = getF(eX, s); py = getF(eY, s);
    pn = px == x && py == y ? a : nodeFor(px, py, tol, inv); // a full circle ends where it starts
    setI(nodeB, s, pn);
  }
  setF(hdr, H_GAPS, <f64>gapCount);
  setF(hdr, H_MAX_GAP, gapMax);
  setF(hdr, H_GAP_LOCATIONS, <f64>gapLocations);
}

// Degrees of the nodes before duplicates are removed (a loop adds 2). In a clean drawing every
// node has degree 2; duplicates and lines lying on lines always leave a node of another degree
// (or form a two-segment loop, handled after chaining), so the costly searches below only look
// at segments touching such nodes.
let degree: usize = 0;

function countDegrees(): void {
  degree = allocI32(nNodes);
  for (let s = 0; s < nSeg; s++) {
    if (getI(segFlag, s) != 0) continue;
    const a = getI(nodeA, s), b = getI(nodeB, s);
    setI(degree, a, getI(degree, a) + 1);
    setI(degree, b, getI(degree, b) + 1);
  }
}

// @ts-ignore: decorator
@inline function irregular(s: i32): bool {
  return getI(degree, getI(nodeA, s)) != 2 || getI(degree, getI(nodeB, s)) != 2;
}

// ---------------------------------------------------------------------------------------------
// Duplicates: segments joining the same two nodes with the same length and bounding box are the
// same geometry (whatever their direction). Closed single curves (circles) are keyed by the
// centre of their box instead of their seam, so a circle drawn twice from other start angles is
// caught as well.

/** Same length and bounding box within tol: with the same end nodes, the same geometry. */
function sameShape(o: i32, s: i32, tol: f64): bool {
  return Math.abs(getF(segLen, o) - getF(segLen, s)) <= tol &&
    Math.abs(getF(bMinX, o) - getF(bMinX, s)) <= tol && Math.abs(getF(bMinY, o) - getF(bMinY, s)) <= tol &&
    Math.abs(getF(bMaxX, o) - getF(bMaxX, s)) <= tol && Math.abs(getF(bMaxY, o) - getF(bMaxY, s)) <= tol;
}

function markDuplicates(tol: f64): i32 {
  const n = nSeg;
  const cap = pow2AtLeast(2 * n);
  const kA = arenaAlloc(<usize>cap << 3), kB = arenaAlloc(<usize>cap << 3), head = allocI32(cap);
  const next = allocI32(n);
  let count = 0;
  const q = 1.0 / (4.0 * tol);
  for (let s = 0; s < n; s++) {
    if (getI(segFlag, s) != 0) continue;
    const na = getI(nodeA, s), nb = getI(nodeB, s);
    // a closed single curve drawn twice from the same seam shares its node (degree 4); one
    // drawn again from another seam is not looked for (CAD writes circles from angle 0)
    if (!irregular(s)) continue;
    let a: i64, b: i64;
    if (na == nb) {
      // centre and length: concentric circles share a centre but not a bucket
      a = (<i64>Math.floor(0.5 * (getF(bMinX, s) + getF(bMaxX, s)) * q) << 1) | 1;
      b = <i64>Math.floor(0.5 * (getF(bMinY, s) + getF(bMaxY, s)) * q) * 0x9E3779B1 + <i64>Math.floor(getF(segLen, s) * q);
    } else {
      a = <i64>min(na, nb) << 1;
      b = <i64>max(na, nb);
    }
    let slot = <i32>(mix64(<u64>a * 0x9E3779B97F4A7C15 + <u64>b) & <u64>(cap - 1));
    while (true) {
      const hd = getI(head, slot);
      if (hd == 0) break;
      if (load<i64>(kA + (<usize>slot << 3)) == a && load<i64>(kB + (<usize>slot << 3)) == b) break;
      slot = (slot + 1) & (cap - 1);
    }
    let other = getI(head, slot);
    let dup = false;
    // a bucket holds the segments between the same two nodes; real drawings have a few, and a
    // pathological one (thousands of arcs between two points) is compared only so far
    let looked = 0;
    while (other != 0 && looked++ < 64) {
      const o = other - 1;
      if (sameShape(o, s, tol)) {
        dup = true;
        break;
      }
      other = getI(next, o);
    }
    if (dup) { setI(segFlag, s, FLAG_DUPLICATE); dupLength += getF(segLen, s); count++; continue; }
    store<i64>(kA + (<usize>slot << 3), a);
    store<i64>(kB + (<usize>slot << 3), b);
    setI(next, s, getI(head, slot));
    setI(head, slot, s + 1);
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Overlaps (collinear lines, arcs on one circle) are merged into their union in overlaps.ts.

// ---------------------------------------------------------------------------------------------
// Chaining: walk the node graph. Paths start at odd-degree nodes (open chain ends, branch
// points); what remains has even degree everywhere and comes apart into closed loops.

let nContours: i32 = 0;
let orderLen: i32 = 0;
let walkTol: f64 = 0;
let dupAfterChain: i32 = 0;
let adjStart: usize = 0, adjPos: usize = 0, adj: usize = 0, used: usize = 0;

function nextEdge(node: i32): i32 {
  let p = getI(adjPos, node);
  const end = getI(adjStart, node + 1);
  while (p < end) {
    const e = getI(adj, p);
    p++;
    if (getI(used, e) == 0) { setI(adjPos, node, p); return e; }
  }
  setI(adjPos, node, p);
  return -1;
}

function walk(start: i32): void {
  let node = start;
  const c = nContours;
  const base = c * C_STRIDE;
  const first = orderLen;
  let len = 0.0, area = 0.0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  // ends of the segments walked: a healed gap is bridged by its chord in the area sum, so the
  // area is that of the closed shape wherever the drawing lies
  let firstX = 0.0, firstY = 0.0, lastX = 0.0, lastY = 0.0;
  while (true) {
    const e = nextEdge(node);
    if (e < 0) break;
    setI(used, e, 1);
    const rev = getI(nodeA, e) != node ? 1 : 0;
    const ax = rev ? getF(eX, e) : getF(sX, e), ay = rev ? getF(eY, e) : getF(sY, e);
    if (orderLen == first) { firstX = ax; firstY = ay; }
    else area += lastX * ay - ax * lastY;
    lastX = rev ? getF(sX, e) : getF(eX, e);
    lastY = rev ? getF(sY, e) : getF(eY, e);
    setI(outOrder, orderLen++, e * 2 + rev);
    len += getF(segLen, e);
    area += rev ? -getF(segArea, e) : getF(segArea, e);
    minX = Math.min(minX, getF(bMinX, e)); minY = Math.min(minY, getF(bMinY, e));
    maxX = Math.max(maxX, getF(bMaxX, e)); maxY = Math.max(maxY, getF(bMaxY, e));
    node = rev ? getI(nodeA, e) : getI(nodeB, e);
    if (node == start) break;
  }
  if (orderLen == first) return;
  let closed = node == start;
  if (closed && orderLen - first == 2) {
    // two segments between the same two nodes, alike in length and box: one drawn twice with
    // nothing else attached. The second is a duplicate; the first is an open contour.
    const e0 = getI(outOrder, first) >> 1, e1 = getI(outOrder, first + 1) >> 1;
    if (sameShape(e0, e1, walkTol)) {
      setI(segFlag, e1, FLAG_DUPLICATE);
      dupAfterChain++;
      dupLength += getF(segLen, e1);
      orderLen--;
      closed = false;
      len = getF(segLen, e0);
      minX = getF(bMinX, e0); minY = getF(bMinY, e0); maxX = getF(bMaxX, e0); maxY = getF(bMaxY, e0);
    }
  }
  if (closed) area += lastX * firstY - firstX * lastY;
  setF(outContours, base, closed ? 1 : 0);
  setF(outContours, base + 1, len);
  setF(outContours, base + 2, closed ? Math.abs(0.5 * area) : 0);
  setF(outContours, base + 3, closed ? 0.5 * area : 0);
  setF(outContours, base + 4, 0);
  setF(outContours, base + 5, minX); setF(outContours, base + 6, minY);
  setF(outContours, base + 7, maxX); setF(outContours, base + 8, maxY);
  setF(outContours, base + 9, <f64>first);
  setF(outContours, base + 10, <f64>(orderLen - first));
  setF(outContours, base + 11, getF(nodeX, start));
  setF(outContours, base + 12, getF(nodeY, start));
  nContours++;
}

function chain(): void {
  const n = nSeg, nn = nNodes;
  adjStart = allocI32(nn + 1); adjPos = allocI32(nn + 1); used = allocI32(n);
  const deg = allocI32(nn); // degrees without the duplicates (a loop adds 2)
  let alive = 0;
  for (let s = 0; s < n; s++) {
    if (getI(segFlag, s) != 0) continue;
    alive++;
    const a = getI(nodeA, s), b = getI(nodeB, s);
    setI(adjStart, a + 1, getI(adjStart, a + 1) + 1);
    if (b != a) setI(adjStart, b + 1, getI(adjStart, b + 1) + 1); // a loop is listed once
    setI(deg, a, getI(deg, a) + 1);
    setI(deg, b, getI(deg, b) + 1);
  }
  for (let k = 0; k < nn; k++) setI(adjStart, k + 1, getI(adjStart, k + 1) + getI(adjStart, k));
  adj = allocI32(getI(adjStart, nn));
  for (let k = 0; k < nn; k++) setI(adjPos, k, getI(adjStart, k));
  for (let s = 0; s < n; s++) {
    if (getI(segFlag, s) != 0) continue;
    const a = getI(nodeA, s), b = getI(nodeB, s);
    let p = getI(adjPos, a); setI(adj, p, s); setI(adjPos, a, p + 1);
    if (b != a) { p = getI(adjPos, b); setI(adj, p, s); setI(adjPos, b, p + 1); }
  }
  for (let k = 0; k < nn; k++) setI(adjPos, k, getI(adjStart, k));
  outContours = allocF64(alive * C_STRIDE);
  outOrder = allocI32(alive);
  nContours = 0; orderLen = 0;
  // odd degree first
  for (let k = 0; k < nn; k++) {
    if ((getI(deg, k) & 1) == 1) {
      while (getI(adjPos, k) < getI(adjStart, k + 1)) {
        const before = orderLen;
        walk(k);
        if (orderLen == before) break;
      }
    }
  }
  for (let k = 0; k < nn; k++) {
    while (getI(adjPos, k) < getI(adjStart, k + 1)) {
      const before = orderLen;
      walk(k);
      if (orderLen == before) break;
    }
  }
  adoptOpenPaths();
  setF(hdr, H_CONTOURS, <f64>nContours);
  setF(hdr, H_ORDER_LENGTH, <f64>orderLen);
}

// @ts-ignore: decorator
@inline function entryFrom(o: i32): i32 { const e = o >> 1; return (o & 1) != 0 ? getI(nodeB, e) : getI(nodeA, e); }
// @ts-ignore: decorator
@inline function entryTo(o: i32): i32 { const e = o >> 1; return (o & 1) != 0 ? getI(nodeA, e) : getI(nodeB, e); }

/** Signed area of the closed loop of order entries buf[0..m), healed gaps bridged by chords. */
function loopArea(buf: usize, m: i32): f64 {
  let area = 0.0, firstX = 0.0, firstY = 0.0, lastX = 0.0, lastY = 0.0;
  for (let k = 0; k < m; k++) {
    const o = getI(buf, k), e = o >> 1, rev = (o & 1) != 0;
    const ax = rev ? getF(eX, e) : getF(sX, e), ay = rev ? getF(eY, e) : getF(sY, e);
    if (k == 0) { firstX = ax; firstY = ay; } else area += lastX * ay - ax * lastY;
    lastX = rev ? getF(sX, e) : getF(eX, e); lastY = rev ? getF(sY, e) : getF(eY, e);
    area += rev ? -getF(segArea, e) : getF(segArea, e);
  }
  return 0.5 * (area + lastX * firstY - firstX * lastY);
}

/** Rewrite contour c as entries buf[0..m), appended to the order. */
function setContour(c: i32, buf: usize, m: i32, closed: bool): void {
  const base = c * C_STRIDE, first = orderLen;
  let len = 0.0, minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let k = 0; k < m; k++) {
    const o = getI(buf, k), e = o >> 1;
    setI(outOrder, orderLen++, o);
    len += getF(segLen, e);
    minX = Math.min(minX, getF(bMinX, e)); minY = Math.min(minY, getF(bMinY, e));
    maxX = Math.max(maxX, getF(bMaxX, e)); maxY = Math.max(maxY, getF(bMaxY, e));
  }
  const area = closed ? loopArea(buf, m) : 0;
  setF(outContours, base, closed ? 1 : 0);
  setF(outContours, base + 1, len);
  setF(outContours, base + 2, Math.abs(area));
  setF(outContours, base + 3, area);
  setF(outContours, base + 5, minX); setF(outContours, base + 6, minY);
  setF(outContours, base + 7, maxX); setF(outContours, base + 8, maxY);
  setF(outContours, base + 9, <f64>first);
  setF(outContours, base + 10, <f64>m);
  const start = entryFrom(getI(buf, 0));
  setF(outContours, base + 11, getF(nodeX, start)); setF(outContours, base + 12, getF(nodeY, start));
}

/**
 * An open path whose two ends lie on one closed contour (two shapes sharing an edge, the shared
 * edge cut once) splits that contour in two: of the three loops the path and the contour make,
 * the largest is the outline the laser cuts, and the rest stays an open cut. The walk may have
 * closed the smaller loop; this takes the outline instead, so the areas are the union's.
 */
function adoptOpenPaths(): void {
  let open = 0;
  for (let c = 0; c < nContours; c++) if (getF(outContours, c * C_STRIDE) == 0) open++;
  if (open == 0 || open == nContours) return;
  const owner = allocI32(nNodes), pos = allocI32(nNodes);
  for (let k = 0; k < nNodes; k++) setI(owner, k, -1);
  for (let c = 0; c < nContours; c++) {
    const b = c * C_STRIDE;
    if (getF(outContours, b) == 0) continue;
    const st = <i32>getF(outContours, b + 9), m = <i32>getF(outContours, b + 10);
    for (let k = 0; k < m; k++) {
      const nd = entryFrom(getI(outOrder, st + k));
      if (getI(owner, nd) == -1) { setI(owner, nd, c); setI(pos, nd, k); } else setI(owner, nd, -2);
    }
  }
  // appended contours need room: at most every entry once more
  const grown = allocI32(2 * orderLen + 1);
  memory.copy(grown, outOrder, <usize>orderLen << 2);
  outOrder = grown;
  const done = allocI32(nContours);
  const buf1 = allocI32(orderLen), buf2 = allocI32(orderLen);
  for (let o = 0; o < nContours; o++) {
    const bo = o * C_STRIDE;
    if (getF(outContours, bo) != 0) continue;
    const so = <i32>getF(outContours, bo + 9), no = <i32>getF(outContours, bo + 10);
    const u = entryFrom(getI(outOrder, so)), v = entryTo(getI(outOrder, so + no - 1));
    if (u == v) continue;
    const c = getI(owner, u);
    if (c < 0 || getI(owner, v) != c || getI(done, c) != 0) continue;
    const bc = c * C_STRIDE;
    const sc = <i32>getF(outContours, bc + 9), nc = <i32>getF(outContours, bc + 10);
    const pu = getI(pos, u), pv = getI(pos, v);
    // loop 1: the path u -> v, then the contour from v round to u
    let m1 = 0;
    for (let k = 0; k < no; k++) setI(buf1, m1++, getI(outOrder, so + k));
    const nvu = (pu - pv + nc) % nc;
    for (let k = 0; k < nvu; k++) setI(buf1, m1++, getI(outOrder, sc + (pv + k) % nc));
    // loop 2: the path reversed v -> u, then the contour from u round to v
    let m2 = 0;
    for (let k = no - 1; k >= 0; k--) setI(buf2, m2++, getI(outOrder, so + k) ^ 1);
    const nuv = nc - nvu;
    for (let k = 0; k < nuv; k++) setI(buf2, m2++, getI(outOrder, sc + (pu + k) % nc));
    const a1 = Math.abs(loopArea(buf1, m1)), a2 = Math.abs(loopArea(buf2, m2));
    const ac = getF(outContours, bc + 2);
    const best = Math.max(a1, a2);
    if (!(best > ac * (1 + 1e-9) + 1e-12)) continue;
    // the part of the contour the outline leaves out becomes the open cut
    let mo = 0;
    if (a1 >= a2) {
      for (let k = 0; k < nuv; k++) setI(buf2, mo++, getI(outOrder, sc + (pu + k) % nc));
      setContour(o, buf2, mo, false);
      setContour(c, buf1, m1, true);
    } else {
      for (let k = 0; k < nvu; k++) setI(buf1, mo++, getI(outOrder, sc + (pv + k) % nc));
      setContour(o, buf1, mo, false);
      setContour(c, buf2, m2, true);
    }
    setI(done, c, 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Containment: depth of each contour = number of closed contours around it (even-odd rule).
// Candidates come from a uniform grid over the closed contours' boxes; a candidate must hold
// the contour's whole box before a ray is cast (crossings to the right of a point on it).

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

function crossings(c: i32): i32 {
  const base = c * C_STRIDE;
  const start = <i32>getF(outContours, base + 9), cnt = <i32>getF(outContours, base + 10);
  let total = 0;
  for (let j = start; j < start + cnt; j++) {
    const s = getI(outOrder, j) >> 1;
    if (getF(bMaxX, s) <= rayX || getF(bMinY, s) > rayY || getF(bMaxY, s) < rayY) continue;
    const kind = getI(segKind, s);
    const r = getI(segRec, s);
    if (kind == KIND_LINE) total += crossLine(inp(r + 1), inp(r + 2), inp(r + 3), inp(r + 4));
    else if (kind == KIND_ARC) total += crossArc(r);
    else if (kind == KIND_ELLIPSE) total += crossEllipse(r);
    else total += crossSpline(r);
  }
  return total;
}

/**
 * Depth of every contour. Returns false when the work would exceed a budget proportional to the
 * drawing: only contours nested thousands deep in each other's boxes (50,000 concentric circles)
 * get there, and they are refused rather than left to run for minutes.
 */
function containment(): bool {
  const nc = nContours;
  let budget: i64 = 20_000_000 + 40 * <i64>nSeg;
  let nClosed = 0;
  let gMinX = Infinity, gMinY = Infinity, gMaxX = -Infinity, gMaxY = -Infinity;
  for (let c = 0; c < nc; c++) {
    const b = c * C_STRIDE;
    if (getF(outContours, b) == 0) continue;
    nClosed++;
    gMinX = Math.min(gMinX, getF(outContours, b + 5)); gMinY = Math.min(gMinY, getF(outContours, b + 6));
    gMaxX = Math.max(gMaxX, getF(outContours, b + 7)); gMaxY = Math.max(gMaxY, getF(outContours, b + 8));
  }
  if (nClosed == 0) return true;
  // grid: about one cell per closed contour, coarser if large boxes would register too often
  let g = <i32>Math.ceil(Math.sqrt(<f64>nClosed));
  if (g > 2048) g = 2048;
  const w = Math.max(gMaxX - gMinX, 1e-9), h = Math.max(gMaxY - gMinY, 1e-9);
  let regs: i64 = 0;
  while (true) {
    regs = 0;
    for (let c = 0; c < nc; c++) {
      const b = c * C_STRIDE;
      if (getF(outContours, b) == 0) continue;
      const x0 = cellOf(getF(outContours, b + 5), gMinX, w, g), x1 = cellOf(getF(outContours, b + 7), gMinX, w, g);
      const y0 = cellOf(getF(outContours, b + 6), gMinY, h, g), y1 = cellOf(getF(outContours, b + 8), gMinY, h, g);
      regs += <i64>(x1 - x0 + 1) * <i64>(y1 - y0 + 1);
    }
    if (regs <= <i64>(16 * nClosed + 4096) || g == 1) break;
    g = max(1, g >> 1);
  }
  const cells = g * g;
  const cStart = allocI32(cells + 1);
  const cList = allocI32(<i32>regs);
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 0; c < nc; c++) {
      const b = c * C_STRIDE;
      if (getF(outContours, b) == 0) continue;
      const x0 = cellOf(getF(outContours, b + 5), gMinX, w, g), x1 = cellOf(getF(outContours, b + 7), gMinX, w, g);
      const y0 = cellOf(getF(outContours, b + 6), gMinY, h, g), y1 = cellOf(getF(outContours, b + 8), gMinY, h, g);
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const cell = y * g + x;
          if (pass == 0) setI(cStart, cell + 1, getI(cStart, cell + 1) + 1);
          else { const p = getI(cStart, cell); setI(cList, p, c); setI(cStart, cell, p + 1); }
        }
      }
    }
    if (pass == 0) {
      for (let k = 0; k < cells; k++) setI(cStart, k + 1, getI(cStart, k + 1) + getI(cStart, k));
    } else {
      for (let k = cells; k > 0; k--) setI(cStart, k, getI(cStart, k - 1));
      setI(cStart, 0, 0);
    }
  }
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
      budget -= <i64>getF(outContours, bb + 10) + 1;
      if (budget < 0) return false;
      if ((crossings(b) & 1) == 1) depth++;
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

function totals(): void {
  let cut = 0.0, gross = 0.0, net = 0.0;
  let closed = 0, open = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let c = 0; c < nContours; c++) {
    const b = c * C_STRIDE;
    cut += getF(outContours, b + 1);
    minX = Math.min(minX, getF(outContours, b + 5)); minY = Math.min(minY, getF(outContours, b + 6));
    maxX = Math.max(maxX, getF(outContours, b + 7)); maxY = Math.max(maxY, getF(outContours, b + 8));
    if (getF(outContours, b) != 0) {
      closed++;
      const area = getF(outContours, b + 2);
      const depth = <i32>getF(outContours, b + 4);
      if (depth == 0) gross += area;
      net += (depth & 1) == 0 ? area : -area;
    } else open++;
  }
  setF(hdr, H_CLOSED, <f64>closed);
  setF(hdr, H_OPEN, <f64>open);
  setF(hdr, H_CUT_LENGTH, cut);
  setF(hdr, H_GROSS_AREA, gross);
  setF(hdr, H_NET_AREA, net);
  setF(hdr, H_MINX, minX); setF(hdr, H_MINY, minY); setF(hdr, H_MAXX, maxX); setF(hdr, H_MAXY, maxY);
}
export { sheetFit, sheetFitRotated } from "./sheet";
export { nestPrepare, nest, nestResult } from "./nest";
