// Duplicates: geometry drawn more than once is cut once. Exact duplicates (same end nodes, length
// and box) are flagged here, looked for only at nodes whose degree is not 2, where every
// duplicate shows; overlapping collinear lines and arcs on one circle are merged in overlaps.ts,
// whose synthetic pieces are appended to the segment table here. DUPLICATE_GEOMETRY reports the
// count and the length not cut.

import { KIND_ARC, KIND_ELLIPSE, KIND_LINE, KIND_SPLINE } from "./status";
import { bindEllipse, bindSpline, evX, evY, evalCurve, splineKnot } from "./curves";
import { allocI32, arenaAllocRaw, getF, getI, rawI32, setI } from "./memory";
import { FLAG_DEGENERATE, FLAG_DUPLICATE, TWO_PI, allocSegments, input, segCap, bMaxX, bMaxY, bMinX, bMinY, eX, eY, inp, mX, mY, nSeg, nodeA, nodeB, sX, sY, segArea, segFlag, segKind, segLen, segRec } from "./segments";
import { dupLength } from "./result";
import { measureArc, measureEllipse, measureLine } from "./measure";
import { mix64, nNodes, pow2AtLeast } from "./nodes";

// Degrees of the nodes before duplicates are removed (a loop adds 2). In a clean drawing every
// node has degree 2; duplicates and lines lying on lines always leave a node of another degree
// (or form a two-segment loop, handled after chaining), so the costly searches below only look
// at segments touching such nodes.
let degree: usize = 0;

/**
 * Drop the segments that collapsed to a point (both ends on one node, no longer than twice the
 * tolerance: longer ones are closed loops such as circles) as degenerate, and count the degrees
 * of the nodes over the rest, in one pass. Returns how many were dropped.
 */
export function countDegrees(tol: f64): i32 {
  degree = allocI32(nNodes);
  let dropped = 0;
  for (let s = 0; s < nSeg; s++) {
    if (getI(segFlag, s) != 0) continue;
    const a = getI(nodeA, s), b = getI(nodeB, s);
    if (a == b && getF(segLen, s) <= 2 * tol) {
      setI(segFlag, s, FLAG_DEGENERATE);
      dropped++;
      continue;
    }
    setI(degree, a, getI(degree, a) + 1);
    setI(degree, b, getI(degree, b) + 1);
  }
  return dropped;
}

/** The node degrees countDegrees counted (valid while no segment is flagged since). */
export function nodeDegrees(): usize { return degree; }

// @ts-ignore: decorator
@inline function irregular(s: i32): bool {
  return getI(degree, getI(nodeA, s)) != 2 || getI(degree, getI(nodeB, s)) != 2;
}

// Segments joining the same two nodes with the same length and bounding box are the
// same geometry (whatever their direction). Closed single curves (circles) are keyed by the
// centre of their box instead of their seam, so a circle drawn twice from other start angles is
// caught as well.

/** Same length and bounding box within tol: with the same end nodes, the same geometry (for
 *  lines and arcs; an elliptical arc or spline must also pass through the other's points). */
export function sameShape(o: i32, s: i32, tol: f64): bool {
  return Math.abs(getF(segLen, o) - getF(segLen, s)) <= tol &&
    Math.abs(getF(bMinX, o) - getF(bMinX, s)) <= tol && Math.abs(getF(bMinY, o) - getF(bMinY, s)) <= tol &&
    Math.abs(getF(bMaxX, o) - getF(bMaxX, s)) <= tol && Math.abs(getF(bMaxY, o) - getF(bMaxY, s)) <= tol &&
    (getI(segKind, o) <= KIND_ARC && getI(segKind, s) <= KIND_ARC || sameCurve(o, s, tol));
}

// A curve's point at a fraction of its parameter range (any kind), into ptX, ptY.
let ptX: f64 = 0, ptY: f64 = 0;
let curveSeg: i32 = -1, cvT0: f64 = 0, cvT1: f64 = 0;

/** Bind segment s for pointAt. */
function bindSeg(s: i32): void {
  curveSeg = s;
  const kind = getI(segKind, s), r = getI(segRec, s);
  if (kind == KIND_ELLIPSE) {
    bindEllipse(inp(r + 1), inp(r + 2), inp(r + 3), inp(r + 4), inp(r + 5), inp(r + 6));
    cvT0 = inp(r + 7); cvT1 = min(inp(r + 8), cvT0 + TWO_PI);
  } else if (kind == KIND_SPLINE) {
    const dg = <i32>inp(r + 1), nc = <i32>inp(r + 2), nk = <i32>inp(r + 3);
    const knots = input + (<usize>(r + 4) << 3);
    bindSpline(dg, nc, knots, knots + (<usize>nk << 3));
    cvT0 = splineKnot(dg); cvT1 = splineKnot(nc);
  } else if (kind == KIND_ARC) {
    cvT0 = inp(r + 4); cvT1 = cvT0 + max(-TWO_PI, min(TWO_PI, inp(r + 5)));
  }
}

function pointAt(f: f64): void {
  const s = curveSeg, kind = getI(segKind, s);
  if (kind == KIND_LINE) {
    ptX = getF(sX, s) + f * (getF(eX, s) - getF(sX, s)); ptY = getF(sY, s) + f * (getF(eY, s) - getF(sY, s));
  } else if (kind == KIND_ARC) {
    const r = getI(segRec, s), rad = Math.abs(inp(r + 3)), a = cvT0 + f * (cvT1 - cvT0);
    ptX = inp(r + 1) + rad * Math.cos(a); ptY = inp(r + 2) + rad * Math.sin(a);
  } else {
    evalCurve(cvT0 + f * (cvT1 - cvT0));
    ptX = evX; ptY = evY;
  }
}

/** Distance from (x, y) to the bound segment: the nearest of 32 samples, refined by golden
 *  section between its neighbours. */
function distToBound(x: f64, y: f64): f64 {
  let best = 0, bestD = Infinity;
  for (let i = 0; i <= 32; i++) {
    pointAt(<f64>i / 32.0);
    const d = (ptX - x) * (ptX - x) + (ptY - y) * (ptY - y);
    if (d < bestD) { bestD = d; best = i; }
  }
  let a = <f64>max(0, best - 1) / 32.0, b = <f64>min(32, best + 1) / 32.0;
  const g = 0.6180339887498949;
  for (let k = 0; k < 40; k++) {
    const m1 = b - g * (b - a), m2 = a + g * (b - a);
    pointAt(m1); const d1 = (ptX - x) * (ptX - x) + (ptY - y) * (ptY - y);
    pointAt(m2); const d2 = (ptX - x) * (ptX - x) + (ptY - y) * (ptY - y);
    if (d1 <= bestD) bestD = d1;
    if (d2 <= bestD) bestD = d2;
    if (d1 < d2) b = m2; else a = m1;
  }
  return Math.sqrt(bestD);
}

/** True if points of s spread along it lie within tol of o (both curves then agree: a spline
 *  and its exact reverse do; an S curve and its mirror through its chord's middle, of the same
 *  length and box, do not). */
function sameCurve(o: i32, s: i32, tol: f64): bool {
  for (let i = 1; i < 6; i++) {
    bindSeg(s);
    pointAt(<f64>i / 6.0);
    const x = ptX, y = ptY;
    bindSeg(o);
    if (distToBound(x, y) > tol) return false;
  }
  return true;
}

export function markDuplicates(tol: f64): i32 {
  const n = nSeg;
  const cap = pow2AtLeast(2 * n);
  // a slot's keys are read only once its head is set, a segment's next only once it is listed
  const kA = arenaAllocRaw(<usize>cap << 3), kB = arenaAllocRaw(<usize>cap << 3), head = allocI32(cap);
  const next = rawI32(n);
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

// Overlaps (collinear lines, arcs on one circle) are merged into their union in overlaps.ts.

/**
 * Append `count` synthetic pieces (overlaps.ts, junctions.ts) to the segment table: their records
 * live in the arena (pieceRec holds their offset from the input, so inp() reads them like drawn
 * records), pieceA/pieceB their end nodes. The tables were sized for the most segments the input
 * could hold, so there is mostly room; otherwise they grow with some to spare.
 */
export function appendPieces(count: i32, pieceRec: usize, pieceA: usize, pieceB: usize): void {
  const n0 = nSeg, n1 = nSeg + count;
  if (n1 > segCap) {
    const oKind = segKind, oRec = segRec, oFlag = segFlag, osX = sX, osY = sY, oeX = eX, oeY = eY, omX = mX, omY = mY;
    const oLen = segLen, oArea = segArea, obx = bMinX, oby = bMinY, oBx = bMaxX, oBy = bMaxY, oA = nodeA, oB = nodeB;
    allocSegments(n1 + (n1 >> 3) + 64);
    memory.copy(segKind, oKind, <usize>n0 << 2); memory.copy(segRec, oRec, <usize>n0 << 2);
    memory.copy(segFlag, oFlag, <usize>n0 << 2); memory.copy(nodeA, oA, <usize>n0 << 2); memory.copy(nodeB, oB, <usize>n0 << 2);
    memory.copy(sX, osX, <usize>n0 << 3); memory.copy(sY, osY, <usize>n0 << 3);
    memory.copy(eX, oeX, <usize>n0 << 3); memory.copy(eY, oeY, <usize>n0 << 3);
    memory.copy(mX, omX, <usize>n0 << 3); memory.copy(mY, omY, <usize>n0 << 3);
    memory.copy(segLen, oLen, <usize>n0 << 3); memory.copy(segArea, oArea, <usize>n0 << 3);
    memory.copy(bMinX, obx, <usize>n0 << 3); memory.copy(bMinY, oby, <usize>n0 << 3);
    memory.copy(bMaxX, oBx, <usize>n0 << 3); memory.copy(bMaxY, oBy, <usize>n0 << 3);
  }
  for (let k = 0; k < count; k++) {
    const s = n0 + k, r = getI(pieceRec, k);
    const kind = <i32>inp(r);
    setI(segKind, s, kind); setI(segRec, s, r); setI(segFlag, s, 0);
    if (kind == KIND_LINE) measureLine(s, r); else if (kind == KIND_ARC) measureArc(s, r); else measureEllipse(s, r);
    setI(nodeA, s, getI(pieceA, k)); setI(nodeB, s, getI(pieceB, k));
  }
  nSeg = n1;
}
