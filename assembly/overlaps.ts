// Overlaps: collinear lines, co-circular arcs and arcs of one ellipse are cut once, as their
// union. Every live line is registered on a carrier (direction and offset, matched within the gap
// tolerance through a hashed cell grid, neighbour cells probed near cell borders); every arc on a
// circle (centre and radius, the same way); every elliptical arc on its ellipse (centre and major
// semi-axis hashed, then centre, axes and minor semi-axis compared in the canonical frame of
// ellipse-frame.ts, where its arcs are parameter intervals that merge like arcs on a circle). Members of a carrier are sorted along it and their intervals swept;
// where two overlap by more than the tolerance, all members of that union are dropped and the
// union is emitted again as synthetic records, split at every node on it where other geometry
// attaches, so chaining still finds the corners and T-junctions. Touching end to end is no
// overlap. Most segments share a carrier with nothing: the measuring pass lists the lines and arcs,
// each kind's cells are marked in a small byte table of its own (ovNoteLine, ovNoteArc), and only
// segments whose cell or a probed neighbour holds another one enter the carrier registry, so the
// costly probes of the big table are paid for the few candidates, and the byte table stays in cache.

import { KIND_LINE, KIND_ARC, KIND_ELLIPSE } from "./status";
import { FRAME_SIZE, F_CX, F_CY, F_MAJOR, F_MINOR, F_START, F_SWEEP, F_UX, F_UY, F_VX, F_VY, ellipseFrame, frameParam } from "./ellipse-frame";
import { ellipseArcLength } from "./curves";
import { arenaAlloc, allocF64, allocI32, rawF64, rawI32, getF, setF, getI, setI } from "./memory";

const TWO_PI: f64 = 6.283185307179586;
const FLAG_DUPLICATE: i32 = 2;

// inputs (bound by ovBind)
let n: i32 = 0, tol: f64 = 0, input: usize = 0;
let kind: usize = 0, flag: usize = 0, rec: usize = 0, sX: usize = 0, sY: usize = 0, eX: usize = 0, eY: usize = 0;
let len: usize = 0, nodeA: usize = 0, nodeB: usize = 0, nodeX: usize = 0, nodeY: usize = 0, nNodes: i32 = 0;

// outputs
/** Synthetic pieces made: record offsets (in f64 from the input) and end nodes. */
export let ovPieces: i32 = 0;
export let ovPieceRec: usize = 0, ovPieceA: usize = 0, ovPieceB: usize = 0;
/** Length (mm) cut less because of merged overlaps. */
export let ovRemovedLength: f64 = 0;

let recBuf: usize = 0, recUsed: i32 = 0;
let aliveDeg: usize = 0, memDeg: usize = 0;
// per segment: carrier/circle group, sort key, interval ends
// (grp, key and hiArr are read for candidates only, cand lists them)
let grp: usize = 0, key: usize = 0, hiArr: usize = 0, cand: usize = 0, nCand: i32 = 0;
// scratch for breakpoints
let bpT: usize = 0, bpN: usize = 0, bpT2: usize = 0, bpN2: usize = 0;

/** Bind the core's segment and node tables (segments.ts and nodes.ts own them). */
export function ovBind(nSeg: i32, tolerance: f64, inputPtr: usize, segKind: usize, segFlag: usize, segRec: usize,
  x0: usize, y0: usize, x1: usize, y1: usize, segLen: usize, na: usize, nb: usize, nx: usize, ny: usize, nn: i32): void {
  n = nSeg; tol = tolerance; input = inputPtr; kind = segKind; flag = segFlag; rec = segRec;
  sX = x0; sY = y0; eX = x1; eY = y1; len = segLen; nodeA = na; nodeB = nb; nodeX = nx; nodeY = ny; nNodes = nn;
}

// @ts-ignore: decorator
@inline function mix64(h: u64): u64 {
  h ^= h >> 33; h *= 0xff51afd7ed558ccd; h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53; h ^= h >> 33;
  return h;
}

function pow2AtLeast(v: i32): i32 {
  let c = 16;
  while (c < v) c <<= 1;
  return c;
}

// ---- carrier registry: cells hashed to 64 bits, each slot the hash and the head of a list of
// carriers (16 bytes, one cache line per probe). Cells whose hashes collide share a list, which
// is harmless: every candidate is checked geometrically.
let rgCap: i32 = 0, rgTab: usize = 0;
// carriers: direction or centre (a, b), offset or radius (c) and the next carrier of the cell's
// list, in one 32-byte record so that a look at a carrier touches one cache line
let crRec: usize = 0, crCount: i32 = 0;
const RG_SLOT: usize = 16;

// @ts-ignore: decorator
@inline function crA(id: i32): f64 { return load<f64>(crRec + (<usize>id << 5)); }
// @ts-ignore: decorator
@inline function crB(id: i32): f64 { return load<f64>(crRec + (<usize>id << 5), 8); }
// @ts-ignore: decorator
@inline function crC(id: i32): f64 { return load<f64>(crRec + (<usize>id << 5), 16); }
// @ts-ignore: decorator
@inline function crNext(id: i32): i32 { return load<i32>(crRec + (<usize>id << 5), 24); }

function rgInit(maxCarriers: i32): void {
  // sized for the carriers made, not the segments that might make them: it grows (rgGrow) as
  // carriers come, so a drawing with few carriers probes a table that stays in cache
  rgCap = pow2AtLeast(min(maxCarriers + (maxCarriers >> 1), 1 << 14));
  rgTab = arenaAlloc(<usize>rgCap * RG_SLOT);
  crRec = rawF64(maxCarriers * 4);
  crCount = 0;
}

/** Double the registry: slots move, each cell's list stays as it is. */
function rgGrow(): void {
  const oldTab = rgTab, oldCap = rgCap;
  rgCap = oldCap << 1;
  rgTab = arenaAlloc(<usize>rgCap * RG_SLOT);
  for (let i = 0; i < oldCap; i++) {
    const q = oldTab + <usize>i * RG_SLOT;
    const h = load<i64>(q);
    if (h == 0) continue;
    const p = rgSlot(h);
    store<i64>(p, h);
    store<i32>(p, load<i32>(q, 8), 8);
  }
}

// @ts-ignore: decorator
@inline function cellHash(k0: i64, k1: i64, k2: i64): i64 {
  return <i64>mix64(<u64>k0 * 0x9E3779B97F4A7C15 ^ <u64>k1 * 0xC2B2AE3D27D4EB4F ^ <u64>k2) | 1; // never 0
}

function rgSlot(h: i64): usize {
  let slot = <i32>(<u64>h & <u64>(rgCap - 1));
  while (true) {
    const p = rgTab + <usize>slot * RG_SLOT;
    const k = load<i64>(p);
    if (k == 0 || k == h) return p;
    slot = (slot + 1) & (rgCap - 1);
  }
}

/** Carriers in the cell with hash h: head (1-based) of the list. */
function rgFirst(h: i64): i32 {
  return load<i32>(rgSlot(h), 8);
}

function rgAdd(h: i64, a: f64, b: f64, c: f64): i32 {
  // at most one new cell per carrier: keep the table at most half full
  if (2 * (crCount + 1) > rgCap) rgGrow();
  const p = rgSlot(h);
  store<i64>(p, h);
  const id = crCount++;
  const r = crRec + (<usize>id << 5);
  store<f64>(r, a); store<f64>(r, b, 8); store<f64>(r, c, 16);
  store<i32>(r, load<i32>(p, 8), 24);
  store<i32>(p, id + 1, 8);
  return id;
}

/** Cells are CELL tolerances wide: a match lies in the same cell or, when the segment is within a
 *  tolerance (EDGE of a cell) of a border, across it. Wide cells mean few neighbour probes. */
const CELL: f64 = 32;
const EDGE: f64 = 1.0 / 32;

// @ts-ignore: decorator
@inline function side(r: f64, margin: f64): i64 {
  return r < margin ? -1 : r > 1 - margin ? 1 : 0;
}

// ---- candidate filter: two bits per hashed cell, lines and arcs in one table. Bit 0: a segment's
// own cell hashes there; bit 1 (busy): a second one does, or a segment near a border probes it. A segment is a candidate if its cell holds another segment or is probed, or a cell it
// probes holds one: a segment that is no candidate would be alone on its carrier, and no other
// segment's probe reaches it. Hash collisions only add candidates.
let fTab: usize = 0, fShift: u64 = 64;

// the lines and arcs of positive length, in segment order, as the measuring pass lists them
let lineList: usize = 0, nLines: i32 = 0, arcList: usize = 0, nArcs: i32 = 0, ellList: usize = 0, nElls: i32 = 0;
// their cells' hashes as the filter pass computed them: own and three neighbours (0: none) per
// line, own (0: recompute) per arc
let lineCells: usize = 0, arcCells: usize = 0;

/** Measuring pass: segment s is a line of positive length. */
// @ts-ignore: decorator
@inline export function ovListLine(s: i32): void { setI(lineList, nLines++, s); }
/** Measuring pass: segment s is an arc of positive length. */
// @ts-ignore: decorator
@inline export function ovListArc(s: i32): void { setI(arcList, nArcs++, s); }
/** Measuring pass: segment s is an elliptical arc of positive length. */
// @ts-ignore: decorator
@inline export function ovListEllipse(s: i32): void { setI(ellList, nElls++, s); }

/** Make room for the lists of lines and arcs (before the measuring pass); bind the tolerance. */
export function ovInit(nSeg: i32, tolerance: f64): void {
  tol = tolerance;
  lineList = rawI32(nSeg); arcList = rawI32(nSeg); ellList = rawI32(nSeg); nLines = 0; nArcs = 0; nElls = 0;
}

/** A fresh filter for m segments. Lines and arcs never share a carrier, so each kind gets its
 *  own: the other kind's marks would only add false candidates. */
function fInit(m: i32): void {
  // 8 cells a segment, 2 bits a cell (held by one, busy): 2 bytes a segment, cache-sized
  let bits: u64 = 12;
  while ((<u64>1 << bits) < <u64>m * 8) bits++;
  fTab = arenaAlloc(<usize>1 << <usize>(bits - 2));
  fShift = 64 - bits;
}

// @ts-ignore: decorator
@inline function fCell(h: i64): u64 { return <u64>h >> fShift; }

// @ts-ignore: decorator
@inline function fOwn(h: i64): void {
  const c = fCell(h), p = fTab + <usize>(c >> 2), b = <u32>((c & 3) << 1);
  const v = <u32>load<u8>(p);
  // a second segment in the cell makes it busy
  store<u8>(p, v | ((v >> b) & 1 ? 2 : 1) << b);
}

// @ts-ignore: decorator
@inline function fProbe(h: i64): void {
  const c = fCell(h), p = fTab + <usize>(c >> 2);
  store<u8>(p, <u32>load<u8>(p) | (2 << <u32>((c & 3) << 1)));
}

// @ts-ignore: decorator
@inline function fBusyOwn(h: i64): bool {
  const c = fCell(h);
  return ((<u32>load<u8>(fTab + <usize>(c >> 2)) >> <u32>((c & 3) << 1)) & 2) != 0;
}

// @ts-ignore: decorator
@inline function fHolds(h: i64): bool {
  const c = fCell(h);
  return ((<u32>load<u8>(fTab + <usize>(c >> 2)) >> <u32>((c & 3) << 1)) & 1) != 0;
}

// ---- lines ----
let lnUx: f64 = 0, lnUy: f64 = 0, lnOff: f64 = 0, lnAx: i64 = 0;

/** Canonical direction (the dominant axis positive) and offset of the line (x0,y0)-(x1,y1). */
// @ts-ignore: decorator
@inline function lineFrame(x0: f64, y0: f64, x1: f64, y1: f64): void {
  let dx = x1 - x0, dy = y1 - y0;
  const l = Math.sqrt(dx * dx + dy * dy);
  dx /= l; dy /= l;
  if (Math.abs(dx) >= Math.abs(dy)) { lnAx = 0; if (dx < 0) { dx = -dx; dy = -dy; } }
  else { lnAx = 1; if (dy < 0) { dx = -dx; dy = -dy; } }
  lnUx = dx; lnUy = dy;
  lnOff = -dy * x0 + dx * y0;
}

// @ts-ignore: decorator
@inline function distToCarrier(c: i32, x: f64, y: f64): f64 {
  return Math.abs(-crB(c) * x + crA(c) * y - crC(c));
}

/** Slope cell width; neighbours are probed within a tenth of it from a border. */
const SLOPE_CELL: f64 = 1e-3;

function findLineCarrier(s: i32, h: i64): i32 {
  let c = rgFirst(h);
  while (c != 0) {
    const id = c - 1;
    if (distToCarrier(id, getF(sX, s), getF(sY, s)) <= tol && distToCarrier(id, getF(eX, s), getF(eY, s)) <= tol) return id;
    c = crNext(id);
  }
  return -1;
}

let lnKs: i64 = 0, lnKo: i64 = 0, lnRs: f64 = 0, lnRo: f64 = 0;

/** Frame and cell of the line (x0,y0)-(x1,y1). */
// @ts-ignore: decorator
@inline function lineCell(x0: f64, y0: f64, x1: f64, y1: f64, oc: f64): void {
  lineFrame(x0, y0, x1, y1);
  const slope = lnAx == 0 ? lnUy / lnUx : lnUx / lnUy;
  const fs = slope / SLOPE_CELL, fo = lnOff * oc;
  const flS = Math.floor(fs), flO = Math.floor(fo);
  lnKs = <i64>flS; lnKo = <i64>flO; lnRs = fs - flS; lnRo = fo - flO;
}

/** Mark the cell of a line (x0,y0)-(x1,y1) of positive length, and the cells it probes. */
function ovNoteLine(x0: f64, y0: f64, x1: f64, y1: f64, cells: usize): void {
  const oc = 1.0 / (CELL * tol);
  if (y0 == y1 || x0 == x1) {
    // Horizontal or vertical, as most drawn lines are: lineCell's numbers without its square root
    // and divisions. Its unit direction is exactly (1, ±0) or (±0, 1) (sqrt(d * d) is |d|), so
    // the slope is ±0 (cell 0 at 0 from its border) and the offset is y0 or -x0 (up to the
    // sign of a zero offset, which floors to the same cell).
    lnAx = y0 == y1 ? 0 : 1;
    const fo = (y0 == y1 ? y0 : -x0) * oc;
    const flO = Math.floor(fo);
    lnKs = 0; lnRs = 0; lnKo = <i64>flO; lnRo = fo - flO;
  } else lineCell(x0, y0, x1, y1, oc);
  const ks = lnKs, ko = lnKo;
  const ds = side(lnRs, 0.1), dO = side(lnRo, EDGE);
  const h0 = cellHash(lnAx, ks, ko);
  const h1 = ds != 0 ? cellHash(lnAx, ks + ds, ko) : 0;
  const h2 = dO != 0 ? cellHash(lnAx, ks, ko + dO) : 0;
  const h3 = ds != 0 && dO != 0 ? cellHash(lnAx, ks + ds, ko + dO) : 0;
  fOwn(h0);
  if (h1 != 0) fProbe(h1);
  if (h2 != 0) fProbe(h2);
  if (h3 != 0) fProbe(h3);
  // kept for lineCarriers, which then needs no cell arithmetic (hashes are never 0)
  store<i64>(cells, h0); store<i64>(cells, h1, 8); store<i64>(cells, h2, 16); store<i64>(cells, h3, 24);
}

/**
 * Carrier of every candidate line, in grp, and its interval along it (key to hiArr); the
 * candidates in segment order in cand[0..nCand).
 * A neighbour cell that holds no line holds no carrier either (a carrier lives in its first
 * line's cell), so the filter spares its probe.
 */
function lineCarriers(): i32 {
  // the filter, from the lines as measured (a tight loop over the list: no branch on the kind
  // between one filter write and the next)
  fInit(nLines);
  lineCells = rawI32(8 * nLines);
  for (let i = 0; i < nLines; i++) {
    const s = getI(lineList, i);
    ovNoteLine(getF(sX, s), getF(sY, s), getF(eX, s), getF(eY, s), lineCells + (<usize>i << 5));
  }
  rgInit(n);
  nCand = 0;
  for (let i = 0; i < nLines; i++) {
    const s = getI(lineList, i);
    if (getI(flag, s) != 0) continue;
    const cells = lineCells + (<usize>i << 5);
    const h0 = load<i64>(cells), h1 = load<i64>(cells, 8), h2 = load<i64>(cells, 16), h3 = load<i64>(cells, 24);
    const in1 = h1 != 0 && fHolds(h1), in2 = h2 != 0 && fHolds(h2), in3 = h3 != 0 && fHolds(h3);
    if (!fBusyOwn(h0) && !in1 && !in2 && !in3) continue;
    let c = findLineCarrier(s, h0);
    if (c < 0 && in1) c = findLineCarrier(s, h1);
    if (c < 0 && in2) c = findLineCarrier(s, h2);
    if (c < 0 && in3) c = findLineCarrier(s, h3);
    if (c < 0) {
      lineFrame(getF(sX, s), getF(sY, s), getF(eX, s), getF(eY, s));
      c = rgAdd(h0, lnUx, lnUy, lnOff);
    }
    setI(grp, s, c);
    // the line's interval along its carrier, while the carrier's record is at hand
    const t1 = crA(c) * getF(sX, s) + crB(c) * getF(sY, s), t2 = crA(c) * getF(eX, s) + crB(c) * getF(eY, s);
    setF(key, s, Math.min(t1, t2)); setF(hiArr, s, Math.max(t1, t2));
    setI(cand, nCand++, s);
  }
  return crCount;
}

// ---- arcs ----
// @ts-ignore: decorator
@inline function arcCx(s: i32): f64 { return load<f64>(input + (<usize>(getI(rec, s) + 1) << 3)); }
// @ts-ignore: decorator
@inline function arcCy(s: i32): f64 { return load<f64>(input + (<usize>(getI(rec, s) + 2) << 3)); }
// @ts-ignore: decorator
@inline function arcR(s: i32): f64 { return Math.abs(load<f64>(input + (<usize>(getI(rec, s) + 3) << 3))); }
// @ts-ignore: decorator
@inline function arcA0(s: i32): f64 { return load<f64>(input + (<usize>(getI(rec, s) + 4) << 3)); }
function arcSw(s: i32): f64 {
  let sw = load<f64>(input + (<usize>(getI(rec, s) + 5) << 3));
  return sw > TWO_PI ? TWO_PI : sw < -TWO_PI ? -TWO_PI : sw;
}

function findCircle(x: f64, y: f64, r: f64, h: i64): i32 {
  let c = rgFirst(h);
  while (c != 0) {
    const id = c - 1;
    const dx = crA(id) - x, dy = crB(id) - y;
    if (dx * dx + dy * dy <= tol * tol && Math.abs(crC(id) - r) <= tol) return id;
    c = crNext(id);
  }
  return -1;
}

/** Mark the cell of a circle (centre x, y, radius r), and the cells it probes. */
function ovNoteArc(x: f64, y: f64, r: f64, cell: usize): void {
  const q = 1.0 / (CELL * tol);
  const f0 = x * q, f1 = y * q, f2 = r * q;
  const l0 = Math.floor(f0), l1 = Math.floor(f1), l2 = Math.floor(f2);
  const k0 = <i64>l0, k1 = <i64>l1, k2 = <i64>l2;
  const d0 = side(f0 - l0, EDGE), d1 = side(f1 - l1, EDGE), d2 = side(f2 - l2, EDGE);
  const h0 = cellHash(k0, k1, k2);
  fOwn(h0);
  // kept for arcCircles: the cell, or 0 when the arc probes neighbours (then it is recomputed)
  store<i64>(cell, (d0 | d1 | d2) == 0 ? h0 : 0);
  if ((d0 | d1 | d2) == 0) return;
  for (let i = 1; i < 8; i++) {
    if ((i & 1) != 0 && d0 == 0 || (i & 2) != 0 && d1 == 0 || (i & 4) != 0 && d2 == 0) continue;
    fProbe(cellHash(k0 + ((i & 1) != 0 ? d0 : 0), k1 + ((i & 2) != 0 ? d1 : 0), k2 + ((i & 4) != 0 ? d2 : 0)));
  }
}

/** True if the circle's cell holds another arc or is probed, or a cell it probes holds an arc. */
function arcCandidate(k0: i64, k1: i64, k2: i64, d0: i64, d1: i64, d2: i64): bool {
  if (fBusyOwn(cellHash(k0, k1, k2))) return true;
  if ((d0 | d1 | d2) == 0) return false;
  for (let i = 1; i < 8; i++) {
    if ((i & 1) != 0 && d0 == 0 || (i & 2) != 0 && d1 == 0 || (i & 4) != 0 && d2 == 0) continue;
    if (fHolds(cellHash(k0 + ((i & 1) != 0 ? d0 : 0), k1 + ((i & 2) != 0 ? d1 : 0), k2 + ((i & 4) != 0 ? d2 : 0)))) return true;
  }
  return false;
}

/** Circle of every candidate arc, in grp; the candidates in segment order in cand[0..nCand). */
function arcCircles(): i32 {
  const q = 1.0 / (CELL * tol);
  fInit(nArcs);
  arcCells = rawI32(2 * nArcs);
  for (let i = 0; i < nArcs; i++) {
    const s = getI(arcList, i);
    ovNoteArc(arcCx(s), arcCy(s), arcR(s), arcCells + (<usize>i << 3));
  }
  rgInit(n);
  nCand = 0;
  for (let a = 0; a < nArcs; a++) {
    const s = getI(arcList, a);
    if (getI(flag, s) != 0) continue;
    // an arc alone in its cell and near no border of it is no candidate (most are not)
    const own = load<i64>(arcCells + (<usize>a << 3));
    if (own != 0 && !fBusyOwn(own)) continue;
    const x = arcCx(s), y = arcCy(s), r = arcR(s);
    const f0 = x * q, f1 = y * q, f2 = r * q;
    const l0 = Math.floor(f0), l1 = Math.floor(f1), l2 = Math.floor(f2);
    const k0 = <i64>l0, k1 = <i64>l1, k2 = <i64>l2;
    const d0 = side(f0 - l0, EDGE), d1 = side(f1 - l1, EDGE), d2 = side(f2 - l2, EDGE);
    if (!arcCandidate(k0, k1, k2, d0, d1, d2)) continue;
    let c = findCircle(x, y, r, cellHash(k0, k1, k2));
    for (let i = 1; i < 8 && c < 0; i++) {
      if ((i & 1) != 0 && d0 == 0 || (i & 2) != 0 && d1 == 0 || (i & 4) != 0 && d2 == 0) continue;
      const h = cellHash(k0 + ((i & 1) != 0 ? d0 : 0), k1 + ((i & 2) != 0 ? d1 : 0), k2 + ((i & 4) != 0 ? d2 : 0));
      if (fHolds(h)) c = findCircle(x, y, r, h); // no arc's cell, no circle
    }
    if (c < 0) c = rgAdd(cellHash(k0, k1, k2), x, y, r);
    setI(grp, s, c);
    setI(cand, nCand++, s);
  }
  return crCount;
}

// ---- ellipses ----
// frames of the listed ellipses (FRAME_SIZE f64 each, in list order)
let ellFrames: usize = 0;

// @ts-ignore: decorator
@inline function frameOf(i: i32): usize { return ellFrames + (<usize>(i * FRAME_SIZE) << 3); }
// @ts-ignore: decorator
@inline function fr(f: usize, k: i32): f64 { return load<f64>(f + (<usize>k << 3)); }

/** The ellipse of listed ellipse i among the carriers of the cell with hash h (a carrier keeps
 *  its first ellipse's list index in c); the match is 1 + carrier, negated when its major axis
 *  points the other way (its arcs' parameters then shift by pi), or 0. */
function findEllipse(i: i32, h: i64): i32 {
  const f = frameOf(i);
  let c = rgFirst(h);
  while (c != 0) {
    const id = c - 1;
    const g = frameOf(<i32>crC(id));
    const dx = fr(g, F_CX) - fr(f, F_CX), dy = fr(g, F_CY) - fr(f, F_CY);
    if (dx * dx + dy * dy <= tol * tol && Math.abs(fr(g, F_MINOR) - fr(f, F_MINOR)) <= tol) {
      const ax = fr(g, F_UX) - fr(f, F_UX), ay = fr(g, F_UY) - fr(f, F_UY);
      if (ax * ax + ay * ay <= tol * tol) return id + 1;
      // a major axis near the x axis may have been turned the other way
      const bx = fr(g, F_UX) + fr(f, F_UX), by = fr(g, F_UY) + fr(f, F_UY);
      if (bx * bx + by * by <= tol * tol) return -(id + 1);
    }
    c = crNext(id);
  }
  return 0;
}

/** Ellipse of every candidate elliptical arc, in grp; its interval in the ellipse's frame in
 *  key (start) and hiArr (sweep); the candidates in segment order in cand[0..nCand). */
function ellipseCarriers(): i32 {
  const q = 1.0 / (CELL * tol);
  ellFrames = rawF64(nElls * FRAME_SIZE);
  fInit(nElls);
  const cells = rawI32(2 * nElls);
  for (let i = 0; i < nElls; i++) {
    const s = getI(ellList, i), f = frameOf(i);
    ellipseFrame(getI(rec, s), f);
    ovNoteArc(fr(f, F_CX), fr(f, F_CY), fr(f, F_MAJOR), cells + (<usize>i << 3));
  }
  rgInit(nElls);
  nCand = 0;
  for (let i = 0; i < nElls; i++) {
    const s = getI(ellList, i);
    if (getI(flag, s) != 0) continue;
    const own = load<i64>(cells + (<usize>i << 3));
    if (own != 0 && !fBusyOwn(own)) continue;
    const f = frameOf(i);
    const f0 = fr(f, F_CX) * q, f1 = fr(f, F_CY) * q, f2 = fr(f, F_MAJOR) * q;
    const l0 = Math.floor(f0), l1 = Math.floor(f1), l2 = Math.floor(f2);
    const k0 = <i64>l0, k1 = <i64>l1, k2 = <i64>l2;
    const d0 = side(f0 - l0, EDGE), d1 = side(f1 - l1, EDGE), d2 = side(f2 - l2, EDGE);
    if (!arcCandidate(k0, k1, k2, d0, d1, d2)) continue;
    let m = findEllipse(i, cellHash(k0, k1, k2));
    for (let j = 1; j < 8 && m == 0; j++) {
      if ((j & 1) != 0 && d0 == 0 || (j & 2) != 0 && d1 == 0 || (j & 4) != 0 && d2 == 0) continue;
      const h = cellHash(k0 + ((j & 1) != 0 ? d0 : 0), k1 + ((j & 2) != 0 ? d1 : 0), k2 + ((j & 4) != 0 ? d2 : 0));
      if (fHolds(h)) m = findEllipse(i, h);
    }
    if (m == 0) m = rgAdd(cellHash(k0, k1, k2), fr(f, F_CX), fr(f, F_CY), <f64>i) + 1;
    setI(grp, s, (m > 0 ? m : -m) - 1);
    setF(key, s, norm(fr(f, F_START) + (m < 0 ? Math.PI : 0)));
    setF(hiArr, s, fr(f, F_SWEEP));
    setI(cand, nCand++, s);
  }
  return crCount;
}

// ---- sorting ----
// @ts-ignore: decorator
@inline function less(a: i32, b: i32): bool {
  return getF(key, a) < getF(key, b);
}

/** Stable merge sort of a run of segment indices by key. */
function sortRun(idx: usize, tmp: usize, m: i32): void {
  for (let width = 1; width < m; width <<= 1) {
    for (let lo = 0; lo < m; lo += 2 * width) {
      const mid = min(lo + width, m), hi = min(lo + 2 * width, m);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (less(getI(idx, j), getI(idx, i))) setI(tmp, k++, getI(idx, j++));
        else setI(tmp, k++, getI(idx, i++));
      }
      while (i < mid) setI(tmp, k++, getI(idx, i++));
      while (j < hi) setI(tmp, k++, getI(idx, j++));
    }
    for (let k = 0; k < m; k++) setI(idx, k, getI(tmp, k));
  }
}

/** Sort breakpoints bpT/bpN[0..m) by t. */
function sortBreaks(m: i32): void {
  for (let width = 1; width < m; width <<= 1) {
    for (let lo = 0; lo < m; lo += 2 * width) {
      const mid = min(lo + width, m), hi = min(lo + 2 * width, m);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (getF(bpT, j) < getF(bpT, i)) { setF(bpT2, k, getF(bpT, j)); setI(bpN2, k++, getI(bpN, j++)); }
        else { setF(bpT2, k, getF(bpT, i)); setI(bpN2, k++, getI(bpN, i++)); }
      }
      while (i < mid) { setF(bpT2, k, getF(bpT, i)); setI(bpN2, k++, getI(bpN, i++)); }
      while (j < hi) { setF(bpT2, k, getF(bpT, j)); setI(bpN2, k++, getI(bpN, j++)); }
    }
    for (let k = 0; k < m; k++) { setF(bpT, k, getF(bpT2, k)); setI(bpN, k, getI(bpN2, k)); }
  }
}

/**
 * Members of groups with at least two, sorted by (group, key) into idx: a counting sort by group,
 * then each group by key (insertion sort for the few members most groups have). Returns the count.
 */
function collect(idx: usize, tmp: usize, groups: i32): i32 {
  const start = allocI32(groups + 1);
  for (let i = 0; i < nCand; i++) { const g = getI(grp, getI(cand, i)); setI(start, g + 1, getI(start, g + 1) + 1); }
  // only groups of two or more take places
  let m = 0;
  for (let g = 0; g < groups; g++) {
    const c = getI(start, g + 1);
    setI(start, g + 1, m);
    if (c > 1) m += c;
  }
  if (m == 0) return 0;
  const single = allocI32(groups); // 1 for groups of one (no place)
  for (let g = 0; g < groups; g++) {
    const next = g + 1 < groups ? getI(start, g + 2) : m;
    if (next == getI(start, g + 1)) setI(single, g, 1);
  }
  // start[g + 1] is where group g begins
  for (let i = 0; i < nCand; i++) {
    const s = getI(cand, i), g = getI(grp, s);
    if (getI(single, g) != 0) continue;
    const p = getI(start, g + 1);
    setI(idx, p, s);
    setI(start, g + 1, p + 1);
  }
  // now start[g + 1] is where group g ends; sort each run by key
  let lo = 0;
  for (let g = 0; g < groups; g++) {
    if (getI(single, g) != 0) continue;
    const hi = getI(start, g + 1);
    if (hi - lo <= 16) {
      for (let i = lo + 1; i < hi; i++) {
        const v = getI(idx, i), kv = getF(key, v);
        let j = i - 1;
        while (j >= lo && getF(key, getI(idx, j)) > kv) { setI(idx, j + 1, getI(idx, j)); j--; }
        setI(idx, j + 1, v);
      }
    } else sortRun(idx + (<usize>lo << 2), tmp, hi - lo);
    lo = hi;
  }
  return m;
}

function ensureRecords(m: i32): void {
  // at most two pieces per member end, ten f64 per record
  recBuf = rawF64(2 * m * 10 + 10); recUsed = 0;
  ovPieceRec = rawI32(2 * m + 2); ovPieceA = rawI32(2 * m + 2); ovPieceB = rawI32(2 * m + 2);
  bpT = rawF64(2 * m + 2); bpN = rawI32(2 * m + 2); bpT2 = rawF64(2 * m + 2); bpN2 = rawI32(2 * m + 2);
}

function emitLine(a: i32, b: i32): void {
  const p = recBuf + (<usize>recUsed << 3);
  store<f64>(p, <f64>KIND_LINE);
  store<f64>(p, getF(nodeX, a), 8); store<f64>(p, getF(nodeY, a), 16);
  store<f64>(p, getF(nodeX, b), 24); store<f64>(p, getF(nodeY, b), 32);
  addPiece(p, a, b);
  recUsed += 5;
}

function emitArc(cx: f64, cy: f64, r: f64, a0: f64, sw: f64, a: i32, b: i32): void {
  const p = recBuf + (<usize>recUsed << 3);
  store<f64>(p, <f64>KIND_ARC);
  store<f64>(p, cx, 8); store<f64>(p, cy, 16); store<f64>(p, r, 24); store<f64>(p, a0, 32); store<f64>(p, sw, 40);
  store<f64>(p, getF(nodeX, a), 48); store<f64>(p, getF(nodeY, a), 56);
  store<f64>(p, getF(nodeX, b), 64); store<f64>(p, getF(nodeY, b), 72);
  addPiece(p, a, b);
  recUsed += 10;
}

function addPiece(p: usize, a: i32, b: i32): void {
  setI(ovPieceRec, ovPieces, <i32>((p - input) >> 3));
  setI(ovPieceA, ovPieces, a); setI(ovPieceB, ovPieces, b);
  ovPieces++;
}

function memberNodes(idx: usize, k0: i32, k1: i32, d: i32): void {
  for (let k = k0; k < k1; k++) {
    const s = getI(idx, k);
    const a = getI(nodeA, s), b = getI(nodeB, s);
    setI(memDeg, a, getI(memDeg, a) + d);
    setI(memDeg, b, getI(memDeg, b) + d);
  }
}

// @ts-ignore: decorator
@inline function attached(node: i32): bool {
  return getI(aliveDeg, node) > getI(memDeg, node);
}

/** A merged line interval idx[k0..k1) (sorted by lo) from lo to hi on carrier c. */
function emitLineUnion(idx: usize, k0: i32, k1: i32, c: i32, lo: f64, hi: f64): i32 {
  const ux = crA(c), uy = crB(c);
  let sum = 0.0;
  memberNodes(idx, k0, k1, 1);
  let m = 0;
  for (let k = k0; k < k1; k++) {
    const s = getI(idx, k);
    sum += getF(len, s);
    setI(flag, s, FLAG_DUPLICATE);
    for (let e = 0; e < 2; e++) {
      const nd = e == 0 ? getI(nodeA, s) : getI(nodeB, s);
      const t = ux * getF(nodeX, nd) + uy * getF(nodeY, nd);
      if (attached(nd) || t <= lo + tol || t >= hi - tol) { setF(bpT, m, t); setI(bpN, m, nd); m++; }
    }
  }
  memberNodes(idx, k0, k1, -1);
  sortBreaks(m);
  let prev = getI(bpN, 0), prevT = getF(bpT, 0);
  for (let k = 1; k < m; k++) {
    const nd = getI(bpN, k), t = getF(bpT, k);
    if (nd == prev || t - prevT <= tol) continue;
    emitLine(prev, nd);
    prev = nd; prevT = t;
  }
  ovRemovedLength += sum - (hi - lo);
  return k1 - k0 - 1;
}

function mergeLines(): i32 {
  const groups = lineCarriers();
  if (groups == 0) return 0;
  const idx = rawI32(n), tmp = rawI32(n);
  const m = collect(idx, tmp, groups);
  if (m == 0) return 0;
  ensureRecords(m);
  let count = 0;
  let k0 = 0;
  while (k0 < m) {
    const s0 = getI(idx, k0), g = getI(grp, s0);
    const lo = getF(key, s0);
    let hi = getF(hiArr, s0);
    let k1 = k0 + 1;
    while (k1 < m) {
      const s = getI(idx, k1);
      if (getI(grp, s) != g || !(getF(key, s) < hi - tol)) break;
      hi = Math.max(hi, getF(hiArr, s));
      k1++;
    }
    if (k1 - k0 > 1) count += emitLineUnion(idx, k0, k1, g, lo, hi);
    k0 = k1;
  }
  return count;
}

// @ts-ignore: decorator
@inline function norm(a: f64): f64 { return a - TWO_PI * Math.floor(a / TWO_PI); }

/** Ccw start angle in [0, 2pi) and positive sweep of arc s; its ccw start and end nodes. */
function ccwStart(s: i32): f64 { const sw = arcSw(s); return norm(sw >= 0 ? arcA0(s) : arcA0(s) + sw); }

// the closed curve whose members mergeRing merges: a circle (centre, radius) or an ellipse
// (ringFrame: its frame; members' intervals in key and hiArr)
let ringEll: bool = false, ringFrame: usize = 0;
let ringCx: f64 = 0, ringCy: f64 = 0, ringR: f64 = 0;

/** Counter-clockwise sweep of member s of the ring. */
// @ts-ignore: decorator
@inline function memberSweep(s: i32): f64 { return ringEll ? getF(hiArr, s) : Math.abs(arcSw(s)); }

/** Parameter (angle, or the ellipse's) of node nd on the ring. */
function ringParam(nd: i32): f64 {
  const x = getF(nodeX, nd), y = getF(nodeY, nd);
  return ringEll ? frameParam(ringFrame, x, y) : Math.atan2(y - ringCy, x - ringCx);
}

/** Emit the ring's piece from parameter a sweeping sw, between nodes p and q; its length. */
function emitRing(a: f64, sw: f64, p: i32, q: i32): f64 {
  if (!ringEll) {
    emitArc(ringCx, ringCy, ringR, a, sw, p, q);
    return ringR * sw;
  }
  const f = ringFrame;
  const rp = recBuf + (<usize>recUsed << 3);
  store<f64>(rp, <f64>KIND_ELLIPSE);
  store<f64>(rp, fr(f, F_CX), 8); store<f64>(rp, fr(f, F_CY), 16);
  store<f64>(rp, fr(f, F_UX), 24); store<f64>(rp, fr(f, F_UY), 32); store<f64>(rp, fr(f, F_VX), 40); store<f64>(rp, fr(f, F_VY), 48);
  store<f64>(rp, a, 56); store<f64>(rp, a + sw, 64);
  addPiece(rp, p, q);
  recUsed += 9;
  return ellipseArcLength(fr(f, F_UX), fr(f, F_UY), fr(f, F_VX), fr(f, F_VY), a, a + sw);
}

/** One circle's or ellipse's members idx[k0..k1) sorted by ccw start: merge if any two overlap. */
function mergeRing(idx: usize, k0: i32, k1: i32): i32 {
  // a parameter step of `at` moves a point at most tol along the curve
  const at = tol / (ringEll ? fr(ringFrame, F_MAJOR) : ringR);
  // linear sweep, then the wrap between the last interval and the first
  let overlap = false;
  let hi = -Infinity;
  let full = false;
  for (let k = k0; k < k1; k++) {
    const s = getI(idx, k);
    const a = getF(key, s), b = a + memberSweep(s);
    if (b - a >= TWO_PI - at) full = true;
    if (a < hi - at) overlap = true;
    hi = Math.max(hi, b);
  }
  const first = getF(key, getI(idx, k0));
  if (hi - TWO_PI > first + at) overlap = true;
  if (!overlap) return 0;
  // the union's intervals: sweep again from the start of the interval that holds no wrap
  // (begin after the largest gap); angles are taken relative to that start
  let base = first, gapBest = -1.0;
  {
    let h = -Infinity;
    for (let k = k0; k < k1; k++) {
      const s = getI(idx, k);
      const a = getF(key, s);
      if (h > -Infinity && a - h > gapBest) { gapBest = a - h; base = a; }
      h = Math.max(h, a + memberSweep(s));
    }
    if (first + TWO_PI - h > gapBest) { gapBest = first + TWO_PI - h; base = first; }
  }
  if (gapBest <= at) full = true;
  let sum = 0.0;
  memberNodes(idx, k0, k1, 1);
  let m = 0;
  for (let k = k0; k < k1; k++) {
    const s = getI(idx, k);
    sum += getF(len, s);
    setI(flag, s, FLAG_DUPLICATE);
    for (let e = 0; e < 2; e++) {
      const nd = e == 0 ? getI(nodeA, s) : getI(nodeB, s);
      const t = norm(ringParam(nd) - base + 1e-12) - 1e-12;
      // interval ends (an end not inside another member) always break; others if attached
      setF(bpT, m, t); setI(bpN, m, nd); m++;
    }
  }
  sortBreaks(m);
  // keep a breakpoint if attached, or if it borders a gap of the union
  let total = 0.0;
  let prev = -1, prevT = 0.0, firstNode = -1, firstT = 0.0;
  for (let k = 0; k < m; k++) {
    const nd = getI(bpN, k), t = getF(bpT, k);
    const need = attached(nd) || !covered(idx, k0, k1, base, t, at);
    if (!need) continue;
    if (prev < 0) { prev = nd; prevT = t; firstNode = nd; firstT = t; continue; }
    if (nd == prev || t - prevT <= at) continue;
    if (covered(idx, k0, k1, base, 0.5 * (prevT + t), 0)) total += emitRing(base + prevT, t - prevT, prev, nd);
    prev = nd; prevT = t;
  }
  if (firstNode < 0) { firstNode = getI(bpN, 0); firstT = getF(bpT, 0); prev = firstNode; prevT = firstT; }
  // closing piece round to the first breakpoint (the whole circle when there is only one)
  const endT = firstT + TWO_PI;
  if (endT - prevT > at && covered(idx, k0, k1, base, norm(0.5 * (prevT + endT)), 0)) {
    total += emitRing(base + prevT, endT - prevT, prev, firstNode);
  }
  memberNodes(idx, k0, k1, -1);
  ovRemovedLength += sum - total;
  return k1 - k0 - 1;
}

/** True if relative angle t (from base) lies strictly inside some member, by more than margin. */
function covered(idx: usize, k0: i32, k1: i32, base: f64, t: f64, margin: f64): bool {
  for (let k = k0; k < k1; k++) {
    const s = getI(idx, k);
    const sw = memberSweep(s);
    const a = norm(getF(key, s) - base);
    let d = norm(t - a);
    if (sw >= TWO_PI - 1e-12) return true;
    if (d > margin && d < sw - margin) return true;
    if (margin == 0 && d <= sw && d >= 0) return true;
  }
  return false;
}

function mergeArcs(): i32 {
  const groups = arcCircles();
  if (groups == 0) return 0;
  for (let i = 0; i < nCand; i++) { const s = getI(cand, i); setF(key, s, ccwStart(s)); }
  const idx = rawI32(n), tmp = rawI32(n);
  const m = collect(idx, tmp, groups);
  if (m == 0) return 0;
  growRecords(m);
  ringEll = false;
  let count = 0;
  let k0 = 0;
  while (k0 < m) {
    const g = getI(grp, getI(idx, k0));
    let k1 = k0 + 1;
    while (k1 < m && getI(grp, getI(idx, k1)) == g) k1++;
    ringCx = crA(g); ringCy = crB(g); ringR = crC(g);
    count += mergeRing(idx, k0, k1);
    k0 = k1;
  }
  return count;
}

function mergeEllipses(): i32 {
  if (nElls < 2) return 0;
  const groups = ellipseCarriers();
  if (groups == 0) return 0;
  const idx = rawI32(n), tmp = rawI32(n);
  const m = collect(idx, tmp, groups);
  if (m == 0) return 0;
  growRecords(m);
  ringEll = true;
  let count = 0;
  let k0 = 0;
  while (k0 < m) {
    const g = getI(grp, getI(idx, k0));
    let k1 = k0 + 1;
    while (k1 < m && getI(grp, getI(idx, k1)) == g) k1++;
    ringFrame = frameOf(<i32>crC(g));
    count += mergeRing(idx, k0, k1);
    k0 = k1;
  }
  return count;
}

/** Room for the pieces of m more members, the pieces made so far carried over. */
function growRecords(m: i32): void {
  const keepPieces = ovPieces, keepRec = ovPieceRec, keepA = ovPieceA, keepB = ovPieceB, keepBuf = recBuf, keepUsed = recUsed;
  ensureRecords(m + keepPieces);
  for (let k = 0; k < keepPieces; k++) {
    setI(ovPieceRec, k, getI(keepRec, k)); setI(ovPieceA, k, getI(keepA, k)); setI(ovPieceB, k, getI(keepB, k));
  }
  if (keepUsed > 0) {
    memory.copy(recBuf, keepBuf, <usize>keepUsed << 3);
    const shift = <i32>((recBuf - keepBuf) >> 3);
    for (let k = 0; k < keepPieces; k++) setI(ovPieceRec, k, getI(ovPieceRec, k) + shift);
  }
  recUsed = keepUsed;
}

/**
 * Merge overlapping lines, arcs and elliptical arcs (after exact duplicates were flagged). Members of a union are
 * flagged duplicate; the pieces to add are in ovPieces/ovPieceRec/ovPieceA/ovPieceB. Returns
 * the number of segments no longer cut (members less one per union).
 */
export function mergeOverlaps(liveDegrees: usize): i32 {
  ovPieces = 0; ovRemovedLength = 0; recUsed = 0;
  ovPieceRec = 0; ovPieceA = 0; ovPieceB = 0;
  memDeg = allocI32(nNodes);
  if (liveDegrees != 0) aliveDeg = liveDegrees; // the caller's count over the same live segments
  else {
    aliveDeg = allocI32(nNodes);
    for (let s = 0; s < n; s++) {
      if (getI(flag, s) != 0) continue;
      const a = getI(nodeA, s), b = getI(nodeB, s);
      setI(aliveDeg, a, getI(aliveDeg, a) + 1);
      setI(aliveDeg, b, getI(aliveDeg, b) + 1);
    }
  }
  grp = rawI32(n); key = rawF64(n); hiArr = rawF64(n); cand = rawI32(n);
  return mergeLines() + mergeArcs() + mergeEllipses();
}
