// True-shape nesting (issue [9]) on a raster with a fine square cell. Each part variant (one
// rotation or mirror image, turned by the SDK) is rasterized CONSERVATIVELY: a cell is taken
// when its square meets the part grown by the dilation (half the spacing plus the flattening
// tolerance), so two parts on disjoint cells are at least the spacing apart in true geometry,
// whatever their shapes; holes stay free, so small parts land inside rings. A sheet is the cells
// at least (margin - spacing/2) inside its edges. Parts go in the given order, each on the first
// open sheet that takes it, where its variant reaches least far along the sheet's length
// (bottom-left gravity: the smallest right edge, then the lowest position; optionally the height
// weighs in too); a new sheet of the next format opens only when no open sheet takes the part.
//
// The fit test is column-wise: a variant is per column its occupied spans; a sheet is per column
// its sorted free intervals (and the longest one), so a span fits where the free interval around
// its bottom reaches its top, and a span that does not fit moves the candidate at once to the
// next interval long enough for it. Placing a part cuts one interval per span: memory and time
// follow the parts' outlines, not the sheet's cells, so the cell can be fine. A sheet only fills
// up, so each (sheet, variant) resumes its search where it last found room: identical copies cost
// amortised linear time.
//
//   trueNestBegin(cell, maxVariants)           forget everything (the arena too), set the cell
//   trueNestInput(nRings, nCoords) -> ptr      f64: nRings point counts, then x, y of the points
//   trueNestRasterize(dilation, dedupeFrom) -> variant index, or -(k+1) when variant k in
//                                              [dedupeFrom, new) has the same cells (then dropped)
//   trueNestVariant(v) -> ptr                  f64: ox, oy (mm of cell (0,0)'s corner), w, h, cells
//   trueNestPlan(nCopies, nFormats) -> ptr     f64: formats (W, H, count or -1), copies (v0, n)
//   trueNestRun(margin, spacing, rule, gravity) -> sheets used; -1 a part fits no format, -2 none left
//   trueNestResult() -> ptr                    f64 per copy: sheet, variant, tx, ty (mm), cell x, y
//   trueNestSheetFormat(s), trueNestSheetUsed(s)   a sheet's format, and the cells it uses along x
//   trueNestFailed() -> copy that failed the last run

import { arenaAlloc, arenaAllocRaw, arenaMark, arenaReset, arenaRewind } from "./memory";

let cell: f64 = 1;

// ---- variants ----
let maxVar: i32 = 0;
let nVar: i32 = 0;
/** per variant f64: ox, oy, w, h, cells (the table trueNestVariant returns rows of) */
let vInfo: usize = 0;
const VI: i32 = 5;
/** per variant i32: w, h, colStart ptr, spans ptr, longest ptr (per column its longest span), tallCol, cells, hash */
let vTab: usize = 0;
const VT: i32 = 8;

// the input of the next rasterization
let inPtr: usize = 0;
let inCap: i32 = 0;
let inRings: i32 = 0;

// scratch, grown on demand (the arena is a bump allocator: a grown scratch leaves the old behind)
let edges: usize = 0; // f64 x0 y0 x1 y1 per edge
let edgeCap: i32 = 0;
let order: usize = 0; // i32 edge indices sorted by min x
let active: usize = 0; // i32
let cross: usize = 0; // f64 crossing y
let diff: usize = 0; // i32 per row + 1
let diffCap: i32 = 0;
let spanBuf: usize = 0; // i32 pairs
let spanCap: i32 = 0;
let colBuf: usize = 0; // i32 per column + 1
let colCap: i32 = 0;

// ---- the plan and the sheets ----
let nCopies: i32 = 0;
let nFormats: i32 = 0;
let plan: usize = 0;
let output: usize = 0;
let planMark: usize = 0;
let failedCopy: i32 = -1;

let nSheets: i32 = 0;
/** per sheet i32: format, W, H, columns ptr, -, -, resume ptr (i32 pairs), free cells, used cols, x0 cell, y0 cell */
let sTab: usize = 0;
const ST: i32 = 11;
/** per format: how many sheets of it are open */
let formatUsed: usize = 0;

// @ts-ignore: decorator
@inline function gi(base: usize, i: i32): i32 { return load<i32>(base + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function si(base: usize, i: i32, v: i32): void { store<i32>(base + (<usize>i << 2), v); }
// @ts-ignore: decorator
@inline function gf(base: usize, i: i32): f64 { return load<f64>(base + (<usize>i << 3)); }
// @ts-ignore: decorator
@inline function sf(base: usize, i: i32, v: f64): void { store<f64>(base + (<usize>i << 3), v); }

/** Forget every variant, plan and sheet (and the arena), and rasterize on cells of `cellSize` mm. */
export function trueNestBegin(cellSize: f64, maxVariants: i32): void {
  arenaReset();
  cell = cellSize > 0 ? cellSize : 1;
  maxVar = max(maxVariants, 1);
  nVar = 0;
  vInfo = arenaAlloc(<usize>(maxVar * VI) << 3);
  vTab = arenaAlloc(<usize>(maxVar * VT) << 2);
  inPtr = 0; inCap = 0;
  edgeCap = 0; diffCap = 0; spanCap = 0; colCap = 0;
  planMark = 0;
  nSheets = 0;
}

/** Room for the next variant's rings: nRings point counts, then 2 * (all points) coordinates. */
export function trueNestInput(nRings: i32, nCoords: i32): usize {
  const n = nRings + nCoords;
  if (n > inCap) {
    inCap = max(n, inCap * 2);
    inPtr = arenaAllocRaw(<usize>inCap << 3);
    planMark = 0;
  }
  inRings = nRings;
  return inPtr;
}

/** Row of variant v: ox, oy, w, h, cells. */
export function trueNestVariant(v: i32): usize {
  return vInfo + (<usize>(v * VI) << 3);
}

function growEdges(n: i32): void {
  if (n <= edgeCap) return;
  edgeCap = max(n, edgeCap * 2);
  edges = arenaAllocRaw(<usize>(edgeCap * 4) << 3);
  order = arenaAllocRaw(<usize>edgeCap << 2);
  active = arenaAllocRaw(<usize>edgeCap << 2);
  cross = arenaAllocRaw(<usize>edgeCap << 3);
}

function growDiff(n: i32): void {
  if (n <= diffCap) return;
  diffCap = max(n, diffCap * 2);
  diff = arenaAllocRaw(<usize>diffCap << 2);
}

function growCols(n: i32): void {
  if (n <= colCap) return;
  colCap = max(n, colCap * 2);
  colBuf = arenaAllocRaw(<usize>colCap << 2);
}

function pushSpan(k: i32, a: i32, b: i32): void {
  if (2 * k + 2 > spanCap) {
    const cap = max(2 * k + 2, spanCap * 2);
    const next = arenaAllocRaw(<usize>cap << 2);
    if (k > 0) memory.copy(next, spanBuf, <usize>(2 * k) << 2);
    spanBuf = next;
    spanCap = cap;
  }
  si(spanBuf, 2 * k, a);
  si(spanBuf, 2 * k + 1, b);
}

// the y-extent of (capsule ∩ strip), accumulated by the helpers below
let yLo: f64 = 0, yHi: f64 = 0;

// @ts-ignore: decorator
@inline function takeY(y: f64): void {
  if (y < yLo) yLo = y;
  if (y > yHi) yHi = y;
}

/** The part of segment p-q inside the strip xa <= x <= xb: its end points' y. */
function clipY(px: f64, py: f64, qx: f64, qy: f64, xa: f64, xb: f64): void {
  if ((px < xa && qx < xa) || (px > xb && qx > xb)) return;
  const dx = qx - px;
  if (dx == 0) {
    takeY(py); takeY(qy);
    return;
  }
  let t0 = (xa - px) / dx, t1 = (xb - px) / dx;
  if (t0 > t1) { const t = t0; t0 = t1; t1 = t; }
  if (t0 < 0) t0 = 0;
  if (t1 > 1) t1 = 1;
  if (t0 > t1) return;
  const dy = qy - py;
  takeY(py + t0 * dy);
  takeY(py + t1 * dy);
}

/**
 * y-extent of the points within R of segment (x0,y0)-(x1,y1) whose x lies in [xa, xb]: the
 * capsule is the union of the two end discs and the rectangle along the segment, all convex, so
 * the extent of their parts in the strip is the extent of the capsule's (one interval).
 */
function capsuleStrip(x0: f64, y0: f64, x1: f64, y1: f64, R: f64, xa: f64, xb: f64): void {
  yLo = Infinity; yHi = -Infinity;
  let d = x0 < xa ? xa - x0 : (x0 > xb ? x0 - xb : 0.0);
  if (d <= R) { const e = Math.sqrt(R * R - d * d); takeY(y0 - e); takeY(y0 + e); }
  d = x1 < xa ? xa - x1 : (x1 > xb ? x1 - xb : 0.0);
  if (d <= R) { const e = Math.sqrt(R * R - d * d); takeY(y1 - e); takeY(y1 + e); }
  const dx = x1 - x0, dy = y1 - y0;
  const len = Math.sqrt(dx * dx + dy * dy);
  if (len > 0) {
    const nx = -dy / len * R, ny = dx / len * R;
    const ax = x0 + nx, ay = y0 + ny, bx = x1 + nx, by = y1 + ny;
    const cx = x1 - nx, cy = y1 - ny, ex = x0 - nx, ey = y0 - ny;
    clipY(ax, ay, bx, by, xa, xb);
    clipY(bx, by, cx, cy, xa, xb);
    clipY(cx, cy, ex, ey, xa, xb);
    clipY(ex, ey, ax, ay, xa, xb);
  }
}

/**
 * Rasterize the rings of trueNestInput grown by `dilation` mm into a new variant: every cell whose
 * square meets the grown part. Returns its index, or -(k+1) when an earlier variant k (at least
 * dedupeFrom) has exactly the same cells; the new one is then dropped.
 */
export function trueNestRasterize(dilation: f64, dedupeFrom: i32): i32 {
  if (nVar >= maxVar) return -1 - (maxVar - 1);
  planMark = 0; // scratch may grow below: the next plan must not rewind over it
  const R = dilation > 0 ? dilation : 0.0;
  const c = cell;
  // edges and the bounding box
  let nPts = 0;
  for (let r = 0; r < inRings; r++) nPts += <i32>gf(inPtr, r);
  growEdges(max(nPts, 1));
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  let ne = 0;
  let at = inRings;
  for (let r = 0; r < inRings; r++) {
    const n = <i32>gf(inPtr, r);
    for (let i = 0; i < n; i++) {
      const j = i + 1 < n ? i + 1 : 0;
      const x0 = gf(inPtr, at + 2 * i), y0 = gf(inPtr, at + 2 * i + 1);
      const x1 = gf(inPtr, at + 2 * j), y1 = gf(inPtr, at + 2 * j + 1);
      if (x0 < minX) minX = x0;
      if (x0 > maxX) maxX = x0;
      if (y0 < minY) minY = y0;
      if (y0 > maxY) maxY = y0;
      if (n < 2) continue;
      const b = ne * 4;
      sf(edges, b, x0); sf(edges, b + 1, y0); sf(edges, b + 2, x1); sf(edges, b + 3, y1);
      ne++;
    }
    at += 2 * n;
  }
  if (!(minX <= maxX)) { minX = 0; maxX = 0; minY = 0; maxY = 0; }
  const ox = minX - R, oy = minY - R;
  const w = <i32>Math.floor((maxX + R - ox) / c) + 1;
  const h = <i32>Math.floor((maxY + R - oy) / c) + 1;
  // edges by their smallest x, for a sweep over the columns
  for (let e = 0; e < ne; e++) si(order, e, e);
  sortEdges(ne);
  growDiff(h + 1);
  growCols(w + 1);
  let nActive = 0, next = 0, nSpans = 0, cells = 0;
  let tallCol = 0, tallLen = 0;
  for (let i = 0; i < w; i++) {
    const xa = ox + <f64>i * c, xb = xa + c, xc = xa + 0.5 * c;
    // edges whose capsule may reach this column join; those left behind leave
    while (next < ne) {
      const e = gi(order, next);
      if (edgeMinX(e) - R > xb) break;
      si(active, nActive++, e);
      next++;
    }
    let k = 0;
    for (let a = 0; a < nActive; a++) {
      const e = gi(active, a);
      if (edgeMaxX(e) + R >= xa) si(active, k++, e);
    }
    nActive = k;
    memory.fill(diff, 0, <usize>(h + 1) << 2);
    let nCross = 0;
    for (let a = 0; a < nActive; a++) {
      const e = gi(active, a) * 4;
      const x0 = gf(edges, e), y0 = gf(edges, e + 1), x1 = gf(edges, e + 2), y1 = gf(edges, e + 3);
      // the cell centres inside the part: crossings of the vertical line through them (half-open)
      if ((x0 <= xc) != (x1 <= xc)) sf(cross, nCross++, y0 + (xc - x0) * (y1 - y0) / (x1 - x0));
      // the cells the grown edge meets
      capsuleStrip(x0, y0, x1, y1, R, xa, xb);
      if (yLo <= yHi) {
        let lo = <i32>Math.floor((yLo - oy) / c), hi = <i32>Math.floor((yHi - oy) / c);
        if (lo < 0) lo = 0;
        if (hi > h - 1) hi = h - 1;
        if (lo <= hi) {
          si(diff, lo, gi(diff, lo) + 1);
          si(diff, hi + 1, gi(diff, hi + 1) - 1);
        }
      }
    }
    // crossings in order: between the 1st and 2nd, 3rd and 4th, … is inside (even-odd)
    for (let a = 1; a < nCross; a++) {
      const v = gf(cross, a);
      let b = a - 1;
      while (b >= 0 && gf(cross, b) > v) { sf(cross, b + 1, gf(cross, b)); b--; }
      sf(cross, b + 1, v);
    }
    for (let a = 0; a + 1 < nCross; a += 2) {
      let lo = <i32>Math.ceil((gf(cross, a) - oy) / c - 0.5), hi = <i32>Math.floor((gf(cross, a + 1) - oy) / c - 0.5);
      if (lo < 0) lo = 0;
      if (hi > h - 1) hi = h - 1;
      if (lo <= hi) {
        si(diff, lo, gi(diff, lo) + 1);
        si(diff, hi + 1, gi(diff, hi + 1) - 1);
      }
    }
    // the column's spans
    si(colBuf, i, nSpans);
    let run = 0, start = -1;
    for (let j = 0; j < h; j++) {
      run += gi(diff, j);
      if (run > 0) {
        if (start < 0) start = j;
      } else if (start >= 0) {
        pushSpan(nSpans++, start, j);
        cells += j - start;
        if (j - start > tallLen) { tallLen = j - start; tallCol = i; }
        start = -1;
      }
    }
    if (start >= 0) {
      pushSpan(nSpans++, start, h);
      cells += h - start;
      if (h - start > tallLen) { tallLen = h - start; tallCol = i; }
    }
  }
  si(colBuf, w, nSpans);
  // trim empty columns and rows
  let c0 = 0, c1 = w;
  while (c0 < w && gi(colBuf, c0 + 1) == gi(colBuf, c0)) c0++;
  while (c1 > c0 && gi(colBuf, c1) == gi(colBuf, c1 - 1)) c1--;
  let r0 = h, r1 = 0;
  for (let s = 0; s < nSpans; s++) {
    r0 = min(r0, gi(spanBuf, 2 * s));
    r1 = max(r1, gi(spanBuf, 2 * s + 1));
  }
  if (c0 >= c1) { c0 = 0; c1 = 1; r0 = 0; r1 = 1; }
  const tw = c1 - c0, th = r1 - r0;
  const first = gi(colBuf, c0);
  let hash: i32 = tw * 31 + th;
  for (let i = c0; i <= c1; i++) hash = hash * 16777619 + (gi(colBuf, i) - first);
  for (let s = first; s < gi(colBuf, c1); s++) hash = (hash * 16777619 + gi(spanBuf, 2 * s) - r0) * 31 + gi(spanBuf, 2 * s + 1) - r0;
  // the same cells as an earlier variant of this part?
  for (let v = max(dedupeFrom, 0); v < nVar; v++) {
    const t = v * VT;
    if (gi(vTab, t + 7) != hash || gi(vTab, t) != tw || gi(vTab, t + 1) != th || gi(vTab, t + 6) != cells) continue;
    const cs = <usize>gi(vTab, t + 2), sp = <usize>gi(vTab, t + 3);
    let same = true;
    for (let i = 0; i <= tw && same; i++) if (gi(cs, i) != gi(colBuf, c0 + i) - first) same = false;
    const n = gi(colBuf, c1) - first;
    for (let s = 0; s < n && same; s++) {
      if (gi(sp, 2 * s) != gi(spanBuf, 2 * (first + s)) - r0 || gi(sp, 2 * s + 1) != gi(spanBuf, 2 * (first + s) + 1) - r0) same = false;
    }
    if (same) return -1 - v;
  }
  // keep it
  const n = gi(colBuf, c1) - first;
  const cs = arenaAllocRaw(<usize>(tw + 1) << 2);
  for (let i = 0; i <= tw; i++) si(cs, i, gi(colBuf, c0 + i) - first);
  const sp = arenaAllocRaw(<usize>max(2 * n, 1) << 2);
  for (let s = 0; s < n; s++) {
    si(sp, 2 * s, gi(spanBuf, 2 * (first + s)) - r0);
    si(sp, 2 * s + 1, gi(spanBuf, 2 * (first + s) + 1) - r0);
  }
  // per column its longest span: a sheet column without a free interval as long rules it out
  const longest = arenaAlloc(<usize>max(tw, 1) << 2);
  for (let i = 0; i < tw; i++) {
    let m = 0;
    for (let q = gi(cs, i); q < gi(cs, i + 1); q++) m = max(m, gi(sp, 2 * q + 1) - gi(sp, 2 * q));
    si(longest, i, m);
  }
  const v = nVar++;
  planMark = 0;
  const t = v * VT;
  si(vTab, t, tw); si(vTab, t + 1, th); si(vTab, t + 2, <i32>cs); si(vTab, t + 3, <i32>sp);
  si(vTab, t + 4, <i32>longest); si(vTab, t + 5, tallCol - c0); si(vTab, t + 6, cells); si(vTab, t + 7, hash);
  const f = v * VI;
  sf(vInfo, f, ox + <f64>c0 * c); sf(vInfo, f + 1, oy + <f64>r0 * c);
  sf(vInfo, f + 2, <f64>tw); sf(vInfo, f + 3, <f64>th); sf(vInfo, f + 4, <f64>cells);
  return v;
}

// @ts-ignore: decorator
@inline function edgeMinX(e: i32): f64 { return min(gf(edges, e * 4), gf(edges, e * 4 + 2)); }
// @ts-ignore: decorator
@inline function edgeMaxX(e: i32): f64 { return max(gf(edges, e * 4), gf(edges, e * 4 + 2)); }

/** Sort `order[0, n)` by the edges' smallest x (heap sort: no recursion, no extra memory). */
function sortEdges(n: i32): void {
  for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(i, n);
  for (let end = n - 1; end > 0; end--) {
    const t = gi(order, 0); si(order, 0, gi(order, end)); si(order, end, t);
    siftDown(0, end);
  }
}

function siftDown(i: i32, n: i32): void {
  while (true) {
    const l = 2 * i + 1;
    if (l >= n) return;
    let m = l;
    if (l + 1 < n && edgeMinX(gi(order, l + 1)) > edgeMinX(gi(order, l))) m = l + 1;
    if (edgeMinX(gi(order, m)) <= edgeMinX(gi(order, i))) return;
    const t = gi(order, i); si(order, i, gi(order, m)); si(order, m, t);
    i = m;
  }
}

// ---------------------------------------------------------------------------------------------
// placing

/**
 * Room for a plan: nFormats sheet formats (W, H mm, count or -1 for unlimited) in the order they
 * are opened, then nCopies copies (first variant, variant count) in the order they are placed.
 * Forgets the previous plan and its sheets, keeps the variants.
 */
export function trueNestPlan(copies: i32, formats: i32): usize {
  // the previous plan and its sheets go; variants and scratch were allocated before the mark
  if (planMark == 0) planMark = arenaMark();
  arenaRewind(planMark);
  nCopies = copies;
  nFormats = formats;
  plan = arenaAllocRaw(<usize>max(3 * formats + 2 * copies, 1) << 3);
  output = arenaAlloc(<usize>max(6 * copies, 1) << 3);
  sTab = arenaAlloc(<usize>max(copies * ST, 1) << 2);
  formatUsed = arenaAlloc(<usize>max(formats, 1) << 2);
  nSheets = 0;
  return plan;
}

/** The placements of the last run (see the file's head). */
export function trueNestResult(): usize {
  return output;
}

/** The copy (index in the plan) the last run could not place. */
export function trueNestFailed(): i32 {
  return failedCopy;
}


// sheet table fields
const S_FORMAT: i32 = 0, S_W: i32 = 1, S_H: i32 = 2, S_COLS: i32 = 3;
const S_RESUME: i32 = 6, S_FREE: i32 = 7, S_USED: i32 = 8, S_X0: i32 = 9, S_Y0: i32 = 10;
/** per format i32: x0, y0 (first free cell), W, H (free cells) */
let fTab: usize = 0;
/** Per sheet column (i32 each): its free intervals' pointer, count, capacity, and the longest one. */
const C: i32 = 4;
/** Free intervals a column has room for before its list grows. */
const FIRST_CAP: i32 = 4;

/** Format f's free cells: those at least `inset` mm inside its edges. */
function formatCells(f: i32, inset: f64): void {
  const c = cell;
  const W = gf(plan, 3 * f), H = gf(plan, 3 * f + 1);
  const x0 = <i32>Math.ceil(inset / c - 1e-9), y0 = <i32>Math.ceil(inset / c - 1e-9);
  const x1 = <i32>Math.floor((W - inset) / c + 1e-9), y1 = <i32>Math.floor((H - inset) / c + 1e-9);
  si(fTab, 4 * f, x0); si(fTab, 4 * f + 1, y0);
  si(fTab, 4 * f + 2, max(x1 - x0, 0)); si(fTab, 4 * f + 3, max(y1 - y0, 0));
}

function openSheet(f: i32): i32 {
  const s = nSheets++;
  const t = s * ST;
  const W = gi(fTab, 4 * f + 2), H = gi(fTab, 4 * f + 3);
  // every column starts as one free interval [0, H)
  const cols = arenaAllocRaw(<usize>max(W * C, 1) << 2);
  const lists = arenaAllocRaw(<usize>max(W * FIRST_CAP * 2, 1) << 2);
  for (let x = 0; x < W; x++) {
    const list = lists + (<usize>(x * FIRST_CAP * 2) << 2);
    si(list, 0, 0); si(list, 1, H);
    const b = x * C;
    si(cols, b, <i32>list); si(cols, b + 1, 1); si(cols, b + 2, FIRST_CAP); si(cols, b + 3, H);
  }
  const resume = arenaAlloc(<usize>(2 * nVar) << 2);
  si(sTab, t + S_FORMAT, f); si(sTab, t + S_W, W); si(sTab, t + S_H, H); si(sTab, t + S_COLS, <i32>cols);
  si(sTab, t + S_RESUME, <i32>resume); si(sTab, t + S_FREE, W * H); si(sTab, t + S_USED, 0);
  si(sTab, t + S_X0, gi(fTab, 4 * f)); si(sTab, t + S_Y0, gi(fTab, 4 * f + 1));
  return s;
}

/** Index of the last free interval of `list` (n of them, sorted) starting at or below y, or -1. */
// @ts-ignore: decorator
@inline function intervalAt(list: usize, n: i32, y: i32): i32 {
  let lo = 0, hi = n; // the answer is lo - 1 when the loop ends
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (gi(list, 2 * mid) <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

let fx: i32 = 0, fy: i32 = 0;

// the sheet and variant a search is about (set by bind)
let bCols: usize = 0, bW: i32 = 0, bCs: usize = 0, bSp: usize = 0, bLongest: usize = 0, bHint: i32 = 0, bJf: i32 = 0;

function bind(s: i32, v: i32): void {
  const vt = v * VT;
  bCols = <usize>gi(sTab, s * ST + S_COLS);
  bW = gi(vTab, vt);
  bCs = <usize>gi(vTab, vt + 2); bSp = <usize>gi(vTab, vt + 3); bLongest = <usize>gi(vTab, vt + 4);
  bHint = 0; bJf = gi(vTab, vt + 5);
}

/**
 * Whether every sheet column under the variant at X has a free interval as long as the
 * variant's longest span there. When not, the smallest X' > X not ruled out by the column that
 * failed (a column without an interval that long rules out every X putting such a span over it);
 * -1 when X passes.
 */
function columnsAllow(X: i32, lastX: i32): i32 {
  const w = bW;
  for (let jj = 0; jj < w; jj++) {
    let j = bJf + jj;
    if (j >= w) j -= w;
    const m = gi(bCols, (X + j) * C + 3);
    if (m >= gi(bLongest, j)) continue;
    bJf = j;
    const c = X + j;
    let next = X + 1;
    while (next <= lastX && c - next >= 0 && gi(bLongest, c - next) > m) next++;
    return next;
  }
  return -1;
}

/** The lowest Y from Y0 up to lastY where the bound variant fits at column X, or lastY + 1. */
function lowestY(X: i32, Y0: i32, lastY: i32): i32 {
  const w = bW, cs = bCs, sp = bSp, cols = bCols;
  let Y = Y0;
  while (Y <= lastY) {
    let ok = true;
    for (let jj = 0; jj < w; jj++) {
      let j = bHint + jj;
      if (j >= w) j -= w;
      const s1 = gi(cs, j + 1);
      let q = gi(cs, j);
      if (q == s1) continue;
      const cb = (X + j) * C;
      const list = <usize>gi(cols, cb), n = gi(cols, cb + 1);
      for (; q < s1; q++) {
        const a = gi(sp, 2 * q), b = gi(sp, 2 * q + 1);
        const k = intervalAt(list, n, Y + a);
        if (k >= 0 && gi(list, 2 * k + 1) >= Y + b) continue;
        // the span's bottom moves to the next free interval long enough for it
        let m = k + 1;
        while (m < n && gi(list, 2 * m + 1) - gi(list, 2 * m) < b - a) m++;
        Y = m < n ? gi(list, 2 * m) - a : lastY + 1;
        bHint = j;
        ok = false;
        break;
      }
      if (!ok) break;
    }
    if (ok) return Y;
  }
  return lastY + 1;
}

/**
 * The first position (smallest x, then y) at or after the variant's resume point on sheet s
 * where variant v fits, with x at most limitX; in fx, fy. The resume point moves to what was
 * found, or past limitX: positions before it are taken for good.
 */
function find(s: i32, v: i32, limitX: i32): bool {
  const t = s * ST, vt = v * VT;
  if (gi(vTab, vt + 6) > gi(sTab, t + S_FREE)) return false;
  bind(s, v);
  const res = <usize>gi(sTab, t + S_RESUME);
  let lastX = gi(sTab, t + S_W) - bW;
  if (limitX < lastX) lastX = limitX;
  const lastY = gi(sTab, t + S_H) - gi(vTab, vt + 1);
  let X = gi(res, 2 * v), Y = gi(res, 2 * v + 1);
  while (X <= lastX) {
    const next = columnsAllow(X, lastX);
    if (next >= 0) { X = next; Y = 0; continue; }
    Y = lowestY(X, Y, lastY);
    if (Y <= lastY) {
      si(res, 2 * v, X); si(res, 2 * v + 1, Y);
      fx = X; fy = Y;
      return true;
    }
    X++; Y = 0;
  }
  si(res, 2 * v, X); si(res, 2 * v + 1, 0);
  return false;
}

/**
 * After find: a position of variant v on sheet s with a better score X·1 + lambda·Y than the
 * first fit (fx, fy) (the same x-term, so only columns up to fx + lambda·fy can win). Updates
 * fx, fy; the resume point stays at the first fit.
 */
function improve(s: i32, v: i32, lambda: f64): void {
  if (!(lambda > 0) || fy == 0) return;
  const t = s * ST, vt = v * VT;
  bind(s, v);
  const lastY = gi(sTab, t + S_H) - gi(vTab, vt + 1);
  let best = <f64>fx + lambda * <f64>fy;
  let lastX = gi(sTab, t + S_W) - bW;
  const reach = <i32>Math.floor(best);
  if (reach < lastX) lastX = reach;
  let X = fx + 1;
  while (X <= lastX) {
    // a lower y than this cannot win at X
    const yCap = <i32>Math.ceil((best - <f64>X) / lambda) - 1;
    if (yCap < 0) break;
    const next = columnsAllow(X, lastX);
    if (next >= 0) { X = next; continue; }
    const Y = lowestY(X, 0, min(yCap, lastY));
    if (Y <= min(yCap, lastY)) {
      const score = <f64>X + lambda * <f64>Y;
      if (score < best) { best = score; fx = X; fy = Y; }
    }
    X++;
  }
}

/** Take variant v's cells at (X, Y) on sheet s: each span cuts the free interval it lies in. */
function place(s: i32, v: i32, X: i32, Y: i32): void {
  const t = s * ST, vt = v * VT;
  const cols = <usize>gi(sTab, t + S_COLS);
  const w = gi(vTab, vt);
  const cs = <usize>gi(vTab, vt + 2), sp = <usize>gi(vTab, vt + 3);
  for (let j = 0; j < w; j++) {
    const s0 = gi(cs, j), s1 = gi(cs, j + 1);
    if (s0 == s1) continue;
    const cb = (X + j) * C;
    for (let q = s0; q < s1; q++) {
      const ya = Y + gi(sp, 2 * q), yb = Y + gi(sp, 2 * q + 1);
      let list = <usize>gi(cols, cb);
      const n = gi(cols, cb + 1);
      const k = intervalAt(list, n, ya);
      const f = gi(list, 2 * k), g = gi(list, 2 * k + 1);
      const pieces = (ya > f ? 1 : 0) + (g > yb ? 1 : 0);
      if (n + pieces - 1 > gi(cols, cb + 2)) {
        const cap = gi(cols, cb + 2) * 2;
        const next = arenaAllocRaw(<usize>(2 * cap) << 2);
        memory.copy(next, list, <usize>(2 * n) << 2);
        list = next;
        si(cols, cb, <i32>list); si(cols, cb + 2, cap);
      }
      // intervals after k move by pieces - 1
      if (pieces != 1 && k + 1 < n) {
        memory.copy(list + (<usize>(2 * (k + pieces)) << 2), list + (<usize>(2 * (k + 1)) << 2), <usize>(2 * (n - k - 1)) << 2);
      }
      let at = k;
      if (ya > f) { si(list, 2 * at, f); si(list, 2 * at + 1, ya); at++; }
      if (g > yb) { si(list, 2 * at, yb); si(list, 2 * at + 1, g); }
      si(cols, cb + 1, n + pieces - 1);
    }
    // the column's longest free interval
    const list = <usize>gi(cols, cb), n = gi(cols, cb + 1);
    let m = 0;
    for (let k = 0; k < n; k++) m = max(m, gi(list, 2 * k + 1) - gi(list, 2 * k));
    si(cols, cb + 3, m);
  }
  si(sTab, t + S_FREE, gi(sTab, t + S_FREE) - gi(vTab, vt + 6));
  si(sTab, t + S_USED, max(gi(sTab, t + S_USED), X + w));
}

/** Weight of the height in a position's score (0: the smallest x first, then the lowest). */
let gravity: f64 = 0;

/**
 * Copy k on sheet s: the best of its variants by the rule (0 the smallest right edge, 1 the
 * smallest left edge; plus gravity times the height, then the lowest), placed and written to the
 * output.
 */
function tryPlace(s: i32, k: i32, v0: i32, nv: i32, rule: i32): bool {
  let bestV = -1, bestX = 0, bestY = 0;
  let bestA: f64 = 0;
  for (let v = v0; v < v0 + nv; v++) {
    const w = gi(vTab, v * VT);
    let limit = 0x3fffffff;
    if (bestV >= 0) limit = <i32>Math.floor(rule == 1 ? bestA : bestA - <f64>w);
    if (limit < 0 || !find(s, v, limit)) continue;
    improve(s, v, gravity);
    const a = (rule == 1 ? <f64>fx : <f64>(fx + w)) + gravity * <f64>fy;
    if (bestV < 0 || a < bestA || (a == bestA && fy < bestY)) {
      bestV = v; bestX = fx; bestY = fy; bestA = a;
    }
  }
  if (bestV < 0) return false;
  place(s, bestV, bestX, bestY);
  const t = s * ST, o = 6 * k, f = bestV * VI;
  sf(output, o, <f64>s);
  sf(output, o + 1, <f64>bestV);
  sf(output, o + 2, <f64>(gi(sTab, t + S_X0) + bestX) * cell - gf(vInfo, f));
  sf(output, o + 3, <f64>(gi(sTab, t + S_Y0) + bestY) * cell - gf(vInfo, f + 1));
  sf(output, o + 4, <f64>bestX);
  sf(output, o + 5, <f64>bestY);
  return true;
}

/**
 * Place the plan's copies in order (see the file's head): parts keep `spacing` mm between them
 * and `margin` mm to the sheet edges. Returns the sheets used; -1 when copy trueNestFailed() fits
 * no format, -2 when it fits one but no sheet of it is left.
 */
export function trueNestRun(margin: f64, spacing: f64, rule: i32, lambda: f64): i32 {
  gravity = lambda > 0 ? lambda : 0.0;
  const inset = max(margin - 0.5 * spacing, 0.0);
  fTab = arenaAlloc(<usize>max(4 * nFormats, 1) << 2);
  for (let f = 0; f < nFormats; f++) formatCells(f, inset);
  nSheets = 0;
  failedCopy = -1;
  const base = 3 * nFormats;
  for (let k = 0; k < nCopies; k++) {
    const v0 = <i32>gf(plan, base + 2 * k), nv = <i32>gf(plan, base + 2 * k + 1);
    let placed = false;
    for (let s = 0; s < nSheets && !placed; s++) placed = tryPlace(s, k, v0, nv, rule);
    if (placed) continue;
    let fits = false;
    for (let f = 0; f < nFormats && !placed; f++) {
      const W = gi(fTab, 4 * f + 2), H = gi(fTab, 4 * f + 3);
      let any = false;
      for (let v = v0; v < v0 + nv; v++) if (gi(vTab, v * VT) <= W && gi(vTab, v * VT + 1) <= H) any = true;
      if (!any) continue;
      fits = true;
      const count = gf(plan, 3 * f + 2);
      if (count >= 0 && <f64>gi(formatUsed, f) >= count) continue;
      si(formatUsed, f, gi(formatUsed, f) + 1);
      placed = tryPlace(openSheet(f), k, v0, nv, rule);
    }
    if (!placed) {
      failedCopy = k;
      return fits ? -2 : -1;
    }
  }
  return nSheets;
}

/** Format of sheet s of the last run. */
export function trueNestSheetFormat(s: i32): i32 {
  return gi(sTab, s * ST + S_FORMAT);
}

/** Cells sheet s of the last run uses along its length (from its first free column). */
export function trueNestSheetUsed(s: i32): i32 {
  return gi(sTab, s * ST + S_USED);
}
