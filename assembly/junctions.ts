// Junctions: a segment that ends on the interior of a line or arc (a tab drawn against a plate's
// side, a line across a rectangle, a lead line, a slot ending on a round hole; the merged lines
// of overlaps.ts too) splits that line or arc at the junction, within the gap tolerance, so that
// chaining sees a node there and cuts every piece once. Such an end is a node of odd degree (a
// clean drawing has none, and then this stage costs one look at the degrees): those nodes go into
// a uniform grid over their own box, and every live line and arc looks up the cells it passes (a
// long line only the non-empty ones, and in a crowded cell only the nodes in its band of y).
// A split segment is flagged FLAG_SPLIT and its pieces (line or arc records between the
// segment's own ends and the junctions' feet on it, so they add up to the segment; joined at the
// junction nodes) are appended like overlaps.ts's.

import { KIND_ARC, KIND_LINE } from "./status";
import { allocI32, arenaAllocRaw, getF, getI, rawF64, rawI32, setF, setI } from "./memory";
import { FLAG_SPLIT, TWO_PI, bMaxX, bMaxY, bMinX, bMinY, eX, eY, inp, input, nSeg, nodeA, nodeB, sX, sY, segFlag, segKind, segLen, segRec } from "./segments";
import { nNodes, nodeX, nodeY } from "./nodes";

/** Pieces made: record offsets (in f64 from the input) and end nodes. */
export let jnPieces: i32 = 0;
export let jnPieceRec: usize = 0, jnPieceA: usize = 0, jnPieceB: usize = 0;

let tol: f64 = 0;
// the grid over the odd nodes: origin, cell size, cells per row and column, CSR of the nodes
let gx0: f64 = 0, gy0: f64 = 0, gx1: f64 = 0, gy1: f64 = 0, cellInv: f64 = 0, cellSize: f64 = 0;
// (each cell's nodes in a run of 24-byte records x, y, node: a look at a cell reads one run)
let gw: i32 = 0, gh: i32 = 0, cellStart: usize = 0, cellRec: usize = 0;
// per row of cells, its non-empty columns in order: rowCols[rowStart[r] .. rowStart[r + 1])
let rowStart: usize = 0, rowCols: usize = 0;
const REC: usize = 24;
// hits on the segment being looked at (param along it, node), at most one per odd node
let hitT: usize = 0, hitN: usize = 0, nHits: i32 = 0;
// cells looked at and nodes tried: past a budget in proportion to the drawing it is left unsplit
// (thousands of long lines from one point, each passing the cells of all the others' ends), so
// no drawing takes much longer than before
let work: i32 = 0;
// the segment being looked at: line start and unit direction and length, or circle and arc
let curS: i32 = 0, curA: i32 = 0, curB: i32 = 0, curKind: i32 = 0;
let lx: f64 = 0, ly: f64 = 0, lux: f64 = 0, luy: f64 = 0, lLen: f64 = 0;
let acx: f64 = 0, acy: f64 = 0, ar: f64 = 0, aa0: f64 = 0, asw: f64 = 0;
// every split: segment, first hit in the lists below, hit count; the hits sorted along it
let spS: usize = 0, spFirst: usize = 0, spCount: usize = 0, nSplits: i32 = 0, capSplits: i32 = 0;
let allT: usize = 0, allN: usize = 0, nAll: i32 = 0, capAll: i32 = 0;

// @ts-ignore: decorator
@inline function norm(a: f64): f64 { return a - TWO_PI * Math.floor(a / TWO_PI); }

/** Node nd at (px, py) against the current segment: note it if it lies on its interior, within
 *  tol. */
function tryNode(nd: i32, px: f64, py: f64): void {
  if (nd == curA || nd == curB) return;
  let t: f64;
  if (curKind == KIND_LINE) {
    const dx = px - lx, dy = py - ly;
    if (Math.abs(lux * dy - luy * dx) > tol) return;
    t = lux * dx + luy * dy;
    if (!(t > tol && t < lLen - tol)) return;
  } else {
    const dx = px - acx, dy = py - acy;
    if (Math.abs(Math.sqrt(dx * dx + dy * dy) - ar) > tol) return;
    const q = Math.atan2(dy, dx);
    t = ar * (asw >= 0 ? norm(q - aa0) : norm(aa0 - q));
    if (!(t > tol && t < ar * Math.abs(asw) - tol)) return;
  }
  setF(hitT, nHits, t); setI(hitN, nHits, nd); nHits++;
}

// the current segment's y range, grown by tol
let qy0: f64 = 0, qy1: f64 = 0;

function tryCell(cx: i32, cy: i32): void {
  const c = cy * gw + cx;
  let p = getI(cellStart, c);
  const end = getI(cellStart, c + 1);
  let yLo = qy0, yHi = qy1;
  const crowded = end - p > CROWD;
  if (crowded) {
    // a crowded cell (junctions along a border): its nodes are sorted by y, and only those in
    // the band the segment passes over the cell's columns are tried
    if (curKind == KIND_LINE && Math.abs(lux) > 1e-12) {
      const xa = gx0 + <f64>cx * cellSize - tol, xb = xa + cellSize + 2 * tol;
      let ta = (xa - lx) / lux, tb = (xb - lx) / lux;
      if (ta > tb) { const w = ta; ta = tb; tb = w; }
      ta = max(ta, 0.0); tb = min(tb, lLen);
      if (ta > tb) return;
      const ya = ly + ta * luy, yb = ly + tb * luy;
      yLo = max(yLo, min(ya, yb) - tol); yHi = min(yHi, max(ya, yb) + tol);
    }
    let hi = end;
    while (p < hi) {
      const mid = (p + hi) >> 1;
      if (load<f64>(cellRec + <usize>mid * REC, 8) < yLo) p = mid + 1; else hi = mid;
    }
    work += 8;
  }
  work++;
  for (; p < end; p++) {
    const q = cellRec + <usize>p * REC;
    const y = load<f64>(q, 8);
    if (y > yHi) { if (crowded) break; continue; }
    work++;
    tryNode(load<i32>(q, 16), load<f64>(q), y);
  }
}

/** Cells holding more nodes than this keep them sorted by y. */
const CROWD: i32 = 8;

// @ts-ignore: decorator
@inline function recY(p: i32): f64 { return load<f64>(cellRec + <usize>p * REC, 8); }

function swapRec(i: i32, j: i32): void {
  const p = cellRec + <usize>i * REC, q = cellRec + <usize>j * REC;
  const x = load<f64>(p), y = load<f64>(p, 8), v = load<i32>(p, 16);
  memory.copy(p, q, REC);
  store<f64>(q, x); store<f64>(q, y, 8); store<i32>(q, v, 16);
}

function siftRec(a: i32, i: i32, n: i32): void {
  while (true) {
    let c = 2 * i + 1;
    if (c >= n) return;
    if (c + 1 < n && recY(a + c + 1) > recY(a + c)) c++;
    if (!(recY(a + c) > recY(a + i))) return;
    swapRec(a + i, a + c);
    i = c;
  }
}

/** Sort the records of cell run [a, b) by y: insertion for the usual few, a heap for many. */
function sortCell(a: i32, b: i32): void {
  const n = b - a;
  if (n > 32) {
    for (let i = (n >> 1) - 1; i >= 0; i--) siftRec(a, i, n);
    for (let end = n - 1; end > 0; end--) { swapRec(a, a + end); siftRec(a, 0, end); }
    return;
  }
  for (let i = a + 1; i < b; i++) {
    const q = cellRec + <usize>i * REC;
    const x = load<f64>(q), y = load<f64>(q, 8), v = load<i32>(q, 16);
    let j = i - 1;
    while (j >= a && load<f64>(cellRec + <usize>j * REC, 8) > y) {
      memory.copy(cellRec + <usize>(j + 1) * REC, cellRec + <usize>j * REC, REC);
      j--;
    }
    const r = cellRec + <usize>(j + 1) * REC;
    store<f64>(r, x); store<f64>(r, y, 8); store<i32>(r, v, 16);
  }
}

/** The cells of row r from column ca to cb: each, if few; else the row's non-empty ones there
 *  (a long line crosses mostly empty cells when the junctions lie along a border). */
function tryRow(r: i32, ca: i32, cb: i32): void {
  if (cb - ca < 8) {
    for (let c = ca; c <= cb; c++) tryCell(c, r);
    return;
  }
  let lo = getI(rowStart, r), hi = getI(rowStart, r + 1);
  work += 4;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (getI(rowCols, mid) < ca) lo = mid + 1; else hi = mid;
  }
  const end = getI(rowStart, r + 1);
  for (let p = lo; p < end; p++) {
    const c = getI(rowCols, p);
    if (c > cb) break;
    tryCell(c, r);
  }
}

// @ts-ignore: decorator
@inline function col(x: f64): i32 { return <i32>min(<f64>(gw - 1), max(0.0, Math.floor((x - gx0) * cellInv))); }
// @ts-ignore: decorator
@inline function row(y: f64): i32 { return <i32>min(<f64>(gh - 1), max(0.0, Math.floor((y - gy0) * cellInv))); }

/** Look up the cells segment s passes (its box grown by tol; a long line row by row). */
function lookUp(s: i32): void {
  const x0 = getF(bMinX, s) - tol, x1 = getF(bMaxX, s) + tol, y0 = getF(bMinY, s) - tol, y1 = getF(bMaxY, s) + tol;
  qy0 = y0; qy1 = y1;
  const c0 = col(x0), c1 = col(x1), r0 = row(y0), r1 = row(y1);
  if ((c1 - c0 + 1) * (r1 - r0 + 1) <= 16 || curKind != KIND_LINE) {
    for (let r = r0; r <= r1; r++) tryRow(r, c0, c1);
    return;
  }
  // a line over many cells: in each row of cells, only the columns the line crosses there
  const dy = luy * lLen;
  for (let r = r0; r <= r1; r++) {
    let ca = c0, cb = c1;
    if (dy != 0) {
      const ya = gy0 + <f64>r * cellSize - tol, yb = ya + cellSize + 2 * tol;
      let ta = (ya - ly) / dy, tb = (yb - ly) / dy;
      if (ta > tb) { const w = ta; ta = tb; tb = w; }
      ta = max(ta, 0.0); tb = min(tb, 1.0);
      if (ta > tb) continue;
      const xa = lx + ta * lux * lLen, xb = lx + tb * lux * lLen;
      ca = max(c0, col(min(xa, xb) - tol)); cb = min(c1, col(max(xa, xb) + tol));
    }
    tryRow(r, ca, cb);
  }
}

function growSplits(): void {
  const cap = max(64, capSplits * 2);
  const s = rawI32(cap), f = rawI32(cap), c = rawI32(cap);
  if (nSplits > 0) {
    memory.copy(s, spS, <usize>nSplits << 2); memory.copy(f, spFirst, <usize>nSplits << 2); memory.copy(c, spCount, <usize>nSplits << 2);
  }
  spS = s; spFirst = f; spCount = c; capSplits = cap;
}

function growHits(need: i32): void {
  const cap = max(need, max(128, capAll * 2));
  const t = rawF64(cap), n = rawI32(cap);
  if (nAll > 0) { memory.copy(t, allT, <usize>nAll << 3); memory.copy(n, allN, <usize>nAll << 2); }
  allT = t; allN = n; capAll = cap;
}

function siftHits(i: i32, n: i32): void {
  while (true) {
    let c = 2 * i + 1;
    if (c >= n) return;
    if (c + 1 < n && getF(hitT, c + 1) > getF(hitT, c)) c++;
    if (!(getF(hitT, c) > getF(hitT, i))) return;
    const t = getF(hitT, i), nd = getI(hitN, i);
    setF(hitT, i, getF(hitT, c)); setI(hitN, i, getI(hitN, c));
    setF(hitT, c, t); setI(hitN, c, nd);
    i = c;
  }
}

/** Sort the current segment's hits along it: insertion sort for the few most have, else a heap. */
function sortHits(): void {
  if (nHits > 32) {
    for (let i = (nHits >> 1) - 1; i >= 0; i--) siftHits(i, nHits);
    for (let end = nHits - 1; end > 0; end--) {
      const t = getF(hitT, 0), nd = getI(hitN, 0);
      setF(hitT, 0, getF(hitT, end)); setI(hitN, 0, getI(hitN, end));
      setF(hitT, end, t); setI(hitN, end, nd);
      siftHits(0, end);
    }
    return;
  }
  for (let i = 1; i < nHits; i++) {
    const t = getF(hitT, i), nd = getI(hitN, i);
    let j = i - 1;
    while (j >= 0 && getF(hitT, j) > t) { setF(hitT, j + 1, getF(hitT, j)); setI(hitN, j + 1, getI(hitN, j)); j--; }
    setF(hitT, j + 1, t); setI(hitN, j + 1, nd);
  }
}

/** Keep the current segment's hits, sorted along it, one per place (more than tol apart). */
function keepHits(): void {
  sortHits();
  if (nAll + nHits > capAll) growHits(nAll + nHits);
  if (nSplits == capSplits) growSplits();
  const first = nAll;
  let prevT = -Infinity;
  for (let i = 0; i < nHits; i++) {
    const t = getF(hitT, i);
    if (t - prevT <= tol) continue;
    setF(allT, nAll, t); setI(allN, nAll, getI(hitN, i)); nAll++;
    prevT = t;
  }
  setI(spS, nSplits, curS); setI(spFirst, nSplits, first); setI(spCount, nSplits, nAll - first);
  nSplits++;
}

// records of the pieces
let recBuf: usize = 0, recUsed: i32 = 0;

function addPiece(a: i32, b: i32, size: i32): usize {
  const p = recBuf + (<usize>recUsed << 3);
  setI(jnPieceRec, jnPieces, <i32>((p - input) >> 3));
  setI(jnPieceA, jnPieces, a); setI(jnPieceB, jnPieces, b);
  jnPieces++;
  recUsed += size;
  return p;
}

/** Segment sp's pieces: from its start through each junction node to its end. */
function emitSplit(k: i32): void {
  const s = getI(spS, k), first = getI(spFirst, k), m = getI(spCount, k);
  const r = getI(segRec, s), kind = getI(segKind, s);
  let px = getF(sX, s), py = getF(sY, s), pn = getI(nodeA, s), pt = 0.0;
  let cx = 0.0, cy = 0.0, rad = 0.0, a0 = 0.0, sgn = 1.0;
  if (kind == KIND_ARC) {
    cx = inp(r + 1); cy = inp(r + 2); rad = Math.abs(inp(r + 3)); a0 = inp(r + 4);
    sgn = inp(r + 5) >= 0 ? 1.0 : -1.0;
  }
  let ux = 0.0, uy = 0.0;
  if (kind == KIND_LINE) { const l = getF(segLen, s); ux = (getF(eX, s) - px) / l; uy = (getF(eY, s) - py) / l; }
  const sx = px, sy = py;
  for (let i = 0; i <= m; i++) {
    const last = i == m;
    const nd = last ? getI(nodeB, s) : getI(allN, first + i);
    const qt = last ? getF(segLen, s) : getF(allT, first + i);
    // a junction's point is the node's foot on the line or arc: the pieces add up to the segment
    // (the node is within tol of it; chaining bridges that like any healed gap)
    let qx = getF(eX, s), qy = getF(eY, s);
    if (!last) {
      if (kind == KIND_LINE) { qx = sx + ux * qt; qy = sy + uy * qt; }
      else { const q = a0 + sgn * qt / rad; qx = cx + rad * Math.cos(q); qy = cy + rad * Math.sin(q); }
    }
    if (kind == KIND_LINE) {
      const p = addPiece(pn, nd, 5);
      store<f64>(p, <f64>KIND_LINE);
      store<f64>(p, px, 8); store<f64>(p, py, 16); store<f64>(p, qx, 24); store<f64>(p, qy, 32);
    } else {
      const p = addPiece(pn, nd, 10);
      store<f64>(p, <f64>KIND_ARC);
      store<f64>(p, cx, 8); store<f64>(p, cy, 16); store<f64>(p, rad, 24);
      store<f64>(p, a0 + sgn * pt / rad, 32); store<f64>(p, sgn * (qt - pt) / rad, 40);
      store<f64>(p, px, 48); store<f64>(p, py, 56); store<f64>(p, qx, 64); store<f64>(p, qy, 72);
    }
    px = qx; py = qy; pn = nd; pt = qt;
  }
  setI(segFlag, s, FLAG_SPLIT);
}

/** A live line or arc whose box, grown by tol, meets the grid. */
function candidate(s: i32): bool {
  if (getI(segFlag, s) != 0) return false;
  const kind = getI(segKind, s);
  if (kind != KIND_LINE && kind != KIND_ARC) return false;
  return !(getF(bMaxX, s) + tol < gx0 || getF(bMinX, s) - tol > gx1 || getF(bMaxY, s) + tol < gy0 || getF(bMinY, s) - tol > gy1);
}

/**
 * Split every live line and arc at the odd-degree nodes lying on its interior. `degrees` holds
 * the node degrees over the live segments, or 0 to count them here. Returns how many segments
 * were split; their pieces are in jnPieces/jnPieceRec/jnPieceA/jnPieceB.
 */
export function splitJunctions(tolerance: f64, degrees: usize): i32 {
  tol = tolerance;
  jnPieces = 0; nSplits = 0; capSplits = 0; nAll = 0; capAll = 0;
  const n = nSeg, nn = nNodes;
  let deg = degrees;
  if (deg == 0) {
    deg = allocI32(nn);
    for (let s = 0; s < n; s++) {
      if (getI(segFlag, s) != 0) continue;
      const a = getI(nodeA, s), b = getI(nodeB, s);
      setI(deg, a, getI(deg, a) + 1);
      setI(deg, b, getI(deg, b) + 1);
    }
  }
  let k = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let v = 0; v < nn; v++) {
    if ((getI(deg, v) & 1) == 0) continue;
    k++;
    const x = getF(nodeX, v), y = getF(nodeY, v);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  if (k == 0) return 0;
  // the grid: about two nodes a cell, cells at least 4 tolerances wide, at most 4k + 64 of them
  gx0 = minX - tol; gy0 = minY - tol; gx1 = maxX + tol; gy1 = maxY + tol;
  const w = gx1 - gx0, h = gy1 - gy0;
  let cs = Math.max(Math.sqrt(w * h * 2.0 / <f64>k), 4 * tol);
  while (true) {
    const cw = Math.floor(w / cs) + 1, ch = Math.floor(h / cs) + 1;
    if (cw * ch <= <f64>(4 * k + 64)) { gw = <i32>cw; gh = <i32>ch; break; }
    cs *= 1.5;
  }
  cellSize = cs; cellInv = 1.0 / cs;
  const cells = gw * gh;
  cellStart = allocI32(cells + 1);
  cellRec = arenaAllocRaw(<usize>k * REC);
  for (let v = 0; v < nn; v++) {
    if ((getI(deg, v) & 1) == 0) continue;
    const c = row(getF(nodeY, v)) * gw + col(getF(nodeX, v));
    setI(cellStart, c + 1, getI(cellStart, c + 1) + 1);
  }
  for (let c = 0; c < cells; c++) setI(cellStart, c + 1, getI(cellStart, c + 1) + getI(cellStart, c));
  const fill = rawI32(cells);
  memory.copy(fill, cellStart, <usize>cells << 2);
  for (let v = 0; v < nn; v++) {
    if ((getI(deg, v) & 1) == 0) continue;
    const c = row(getF(nodeY, v)) * gw + col(getF(nodeX, v));
    const p = getI(fill, c);
    const q = cellRec + <usize>p * REC;
    store<f64>(q, getF(nodeX, v)); store<f64>(q, getF(nodeY, v), 8); store<i32>(q, v, 16);
    setI(fill, c, p + 1);
  }
  for (let c = 0; c < cells; c++) {
    const a = getI(cellStart, c), b = getI(cellStart, c + 1);
    if (b - a > CROWD) sortCell(a, b);
  }
  rowStart = rawI32(gh + 1); rowCols = rawI32(min(cells, k));
  let nonEmpty = 0;
  for (let r = 0; r < gh; r++) {
    setI(rowStart, r, nonEmpty);
    for (let c = r * gw; c < (r + 1) * gw; c++) {
      if (getI(cellStart, c + 1) > getI(cellStart, c)) setI(rowCols, nonEmpty++, c - r * gw);
    }
  }
  setI(rowStart, gh, nonEmpty);
  hitT = rawF64(k); hitN = rawI32(k);
  work = 0;
  const budget = <i32>min(<i64>64 * <i64>n + (1 << 22), <i64>0x7fffffff - (<i64>k << 1));
  for (let s = 0; s < n; s++) {
    if (!candidate(s)) continue;
    const kind = getI(segKind, s);
    curS = s; curKind = kind; curA = getI(nodeA, s); curB = getI(nodeB, s);
    const r = getI(segRec, s);
    if (kind == KIND_LINE) {
      lx = getF(sX, s); ly = getF(sY, s);
      const dx = getF(eX, s) - lx, dy = getF(eY, s) - ly;
      lLen = Math.sqrt(dx * dx + dy * dy);
      if (!(lLen > 2 * tol)) continue;
      lux = dx / lLen; luy = dy / lLen;
    } else {
      acx = inp(r + 1); acy = inp(r + 2); ar = Math.abs(inp(r + 3)); aa0 = inp(r + 4);
      asw = inp(r + 5);
      if (asw > TWO_PI) asw = TWO_PI;
      if (asw < -TWO_PI) asw = -TWO_PI;
      if (!(ar * Math.abs(asw) > 2 * tol)) continue;
    }
    nHits = 0;
    lookUp(s);
    if (nHits > 0) keepHits();
    if (work > budget) return 0;
  }
  if (nSplits == 0) return 0;
  // the pieces: a split with m junctions makes m + 1, ten f64 at most each
  const pieces = nAll + nSplits;
  recBuf = arenaAllocRaw(<usize>pieces * 80); recUsed = 0;
  jnPieceRec = rawI32(pieces); jnPieceA = rawI32(pieces); jnPieceB = rawI32(pieces);
  for (let i = 0; i < nSplits; i++) emitSplit(i);
  return nSplits;
}
