// Outlines: where three or more segments meet (T-junctions, shared edges, shapes touching at a
// corner), walks alone could cut a drawing's outline into pieces of several contours (a frame
// with title-block lines ending on it). Each connected piece of the node graph that holds such a
// node has its outer boundary traced as a planar face: at each node the next segment is the first
// clockwise from the one arrived by, in the order of their tangents there. The trace starts on
// the leftmost segment, goes round clockwise (its signed area is negative; a drawing without area,
// such as a T of lines, has no outline), and comes apart at the nodes it passes twice into closed
// loops: the outlines. A segment it passes there and back (a lead line sticking out) is left out.
// The walks in chain.ts then take the rest: edges shared with the outline, lines across, loops
// inside.

import { KIND_ARC, KIND_ELLIPSE, KIND_LINE } from "./status";
import { allocI32, getF, getI, rawF64, rawI32, setF, setI } from "./memory";
import { TWO_PI, bMinX, eX, eY, inp, input, mX, mY, nSeg, nodeA, nodeB, sX, sY, segKind, segRec } from "./segments";
import { bindEllipse, bindSpline, evDX, evDY, evalCurve, splineKnot } from "./curves";
import { nNodes } from "./nodes";
import { adj, adjStart, deg, emitPeeled, entryFrom, entryTo, loopArea, peelLoops, peelRest, peeled, walkTol } from "./chain";

// sorted outgoing half-edges (segment * 2 + reversed) at the nodes of degree 3 and more:
// brList[brOff[v] ..+ deg[v]) counter-clockwise by tangent; heIdx: a half-edge's place there
let brOff: usize = 0, brList: usize = 0, heIdx: usize = 0;
let angP: usize = 0, angS: usize = 0;
let trace: usize = 0, traceCap: i32 = 0;

/** Tangent angle of half-edge h leaving its tail node, and (in tanS) the angle of the chord to
 *  the segment's middle, which tells apart segments leaving along the same tangent. */
let tanS: f64 = 0;
function tangent(h: i32): f64 {
  const s = h >> 1, rev = (h & 1) != 0;
  const px = rev ? getF(eX, s) : getF(sX, s), py = rev ? getF(eY, s) : getF(sY, s);
  const kind = getI(segKind, s), r = getI(segRec, s);
  let dx = 0.0, dy = 0.0;
  if (kind == KIND_LINE) {
    dx = getF(eX, s) - getF(sX, s); dy = getF(eY, s) - getF(sY, s);
    if (rev) { dx = -dx; dy = -dy; }
    const a = Math.atan2(dy, dx);
    tanS = a;
    return a;
  }
  tanS = Math.atan2(getF(mY, s) - py, getF(mX, s) - px);
  if (kind == KIND_ARC) {
    let sw = inp(r + 5);
    if (sw > TWO_PI) sw = TWO_PI;
    if (sw < -TWO_PI) sw = -TWO_PI;
    const q = rev ? inp(r + 4) + sw : inp(r + 4);
    const g = (sw >= 0) != rev ? 1.0 : -1.0;
    dx = -g * Math.sin(q); dy = g * Math.cos(q);
  } else {
    if (kind == KIND_ELLIPSE) {
      bindEllipse(inp(r + 1), inp(r + 2), inp(r + 3), inp(r + 4), inp(r + 5), inp(r + 6));
      let t0 = inp(r + 7), t1 = inp(r + 8);
      if (t1 - t0 > TWO_PI) t1 = t0 + TWO_PI;
      evalCurve(rev ? t1 : t0);
    } else {
      const dg = <i32>inp(r + 1), nc = <i32>inp(r + 2), nk = <i32>inp(r + 3);
      const knots = input + (<usize>(r + 4) << 3);
      bindSpline(dg, nc, knots, knots + (<usize>nk << 3));
      evalCurve(rev ? splineKnot(nc) : splineKnot(dg));
    }
    dx = rev ? -evDX : evDX; dy = rev ? -evDY : evDY;
    if (!(dx * dx + dy * dy > 1e-24)) return tanS; // a cusp at the end: the chord decides
  }
  return Math.atan2(dy, dx);
}

// @ts-ignore: decorator
@inline function wrapPi(a: f64): f64 { return a - TWO_PI * Math.floor((a + Math.PI) / TWO_PI); }

/** True if list entry i comes after entry j counter-clockwise. */
function after(i: i32, j: i32): bool {
  const pi = getF(angP, i), pj = getF(angP, j);
  if (Math.abs(pi - pj) > 1e-9) return pi > pj;
  return wrapPi(getF(angS, i) - pi) > wrapPi(getF(angS, j) - pj);
}

function swap(i: i32, j: i32): void {
  const h = getI(brList, i), p = getF(angP, i), q = getF(angS, i);
  setI(brList, i, getI(brList, j)); setF(angP, i, getF(angP, j)); setF(angS, i, getF(angS, j));
  setI(brList, j, h); setF(angP, j, p); setF(angS, j, q);
}

/** Heap sort of brList[off..off+d) by after(): for the rare node where very many segments meet. */
function heapSortNode(off: i32, d: i32): void {
  for (let start = (d >> 1) - 1; start >= 0; start--) siftDown(off, start, d);
  for (let end = d - 1; end > 0; end--) { swap(off, off + end); siftDown(off, 0, end); }
}

function siftDown(off: i32, i: i32, n: i32): void {
  while (true) {
    let c = 2 * i + 1;
    if (c >= n) return;
    if (c + 1 < n && after(off + c + 1, off + c)) c++;
    if (!after(off + c, off + i)) return;
    swap(off + i, off + c);
    i = c;
  }
}

/** Sort brList[off..off+d) (with its angles) counter-clockwise: insertion sort, degrees are small. */
function sortNode(off: i32, d: i32): void {
  if (d > 32) { heapSortNode(off, d); return; }
  for (let i = off + 1; i < off + d; i++) {
    const h = getI(brList, i), p = getF(angP, i), q = getF(angS, i);
    let j = i - 1;
    while (j >= off) {
      const pj = getF(angP, j);
      const after = Math.abs(pj - p) > 1e-9 ? pj > p : wrapPi(getF(angS, j) - pj) > wrapPi(q - p);
      if (!after) break;
      setI(brList, j + 1, getI(brList, j)); setF(angP, j + 1, pj); setF(angS, j + 1, getF(angS, j));
      j--;
    }
    setI(brList, j + 1, h); setF(angP, j + 1, p); setF(angS, j + 1, q);
  }
}

/** The next half-edge of the face on the left of half-edge h. */
function next(h: i32): i32 {
  const v = entryTo(h), r = h ^ 1;
  const d = getI(deg, v);
  if (d >= 3) {
    const off = getI(brOff, v);
    return getI(brList, off + (getI(heIdx, r) + d - 1) % d);
  }
  if (d == 1) return r;
  const p = getI(adjStart, v);
  if (getI(adjStart, v + 1) - p == 1) return h; // a loop alone at its node (a circle)
  let o = getI(adj, p);
  if (o == (h >> 1)) o = getI(adj, p + 1);
  return getI(nodeA, o) == v ? o * 2 : o * 2 + 1;
}

/** Trace the face on the left of h0 into trace[]; its length, or -1 if it runs away. */
function traceFace(h0: i32, limit: i32): i32 {
  let h = h0, m = 0;
  do {
    if (m >= limit) return -1;
    setI(trace, m++, h);
    h = next(h);
  } while (h != h0);
  return m;
}

/** Of the half-edges leaving node v, the first clockwise from west (v leftmost: that one has
 *  the outside on its left). */
function leftmostStart(v: i32): i32 {
  let best = -1, bestA = -Infinity, bestS = 0.0;
  for (let p = getI(adjStart, v); p < getI(adjStart, v + 1); p++) {
    const s = getI(adj, p);
    for (let e = 0; e < 2; e++) {
      if ((e == 0 ? getI(nodeA, s) : getI(nodeB, s)) != v) continue;
      const h = s * 2 + e;
      const a = tangent(h), sa = wrapPi(tanS - a);
      if (a > bestA + 1e-9 || (Math.abs(a - bestA) <= 1e-9 && sa > bestS)) { best = h; bestA = a; bestS = sa; }
    }
  }
  return best;
}

let twice: usize = 0;

/** True if a loop of the outer trace is an outline: no segment of it is passed both ways. */
export function outlineLoop(buf: usize, m: i32): bool {
  for (let k = 0; k < m; k++) if (getI(twice, getI(buf, k) >> 1) > 1) return false;
  return true;
}

/**
 * Find and emit the outlines of every connected piece of the graph holding a node of degree 3
 * or more (chain.ts counted `alive` live segments and built the adjacency and degrees).
 */
export function outlines(alive: i32): void {
  const nn = nNodes;
  let total = 0;
  for (let v = 0; v < nn; v++) { const d = getI(deg, v); if (d > 2) total += d; }
  brOff = rawI32(nn); brList = rawI32(total); angP = rawF64(total); angS = rawF64(total);
  heIdx = rawI32(2 * nSeg);
  let off = 0;
  for (let v = 0; v < nn; v++) {
    const d = getI(deg, v);
    if (d <= 2) continue;
    setI(brOff, v, off);
    let k = off;
    for (let p = getI(adjStart, v); p < getI(adjStart, v + 1); p++) {
      const s = getI(adj, p);
      for (let e = 0; e < 2; e++) {
        if ((e == 0 ? getI(nodeA, s) : getI(nodeB, s)) != v) continue;
        const h = s * 2 + e;
        setI(brList, k, h); setF(angP, k, tangent(h)); setF(angS, k, tanS);
        k++;
      }
    }
    sortNode(off, d);
    for (let i = 0; i < d; i++) setI(heIdx, getI(brList, off + i), i);
    off += d;
  }
  // connected pieces, from each branch node not yet reached
  const mark = allocI32(nn), queue = rawI32(nn);
  traceCap = 2 * alive + 2;
  trace = rawI32(traceCap);
  twice = rawI32(nSeg);
  let piece = 0;
  const minArea = walkTol * walkTol;
  for (let v0 = 0; v0 < nn; v0++) {
    if (getI(deg, v0) <= 2 || getI(mark, v0) != 0) continue;
    piece++;
    // breadth-first over the piece: its segment reaching furthest left
    let head = 0, tail = 0, left = -1, leftX = Infinity;
    setI(queue, tail++, v0); setI(mark, v0, piece);
    while (head < tail) {
      const v = getI(queue, head++);
      for (let p = getI(adjStart, v); p < getI(adjStart, v + 1); p++) {
        const s = getI(adj, p);
        if (getF(bMinX, s) < leftX) { leftX = getF(bMinX, s); left = s; }
        const w = getI(nodeA, s) == v ? getI(nodeB, s) : getI(nodeA, s);
        if (getI(mark, w) == 0) { setI(mark, w, piece); setI(queue, tail++, w); }
      }
    }
    // the outside touches that segment at its leftmost point: an end (then the node's segment
    // first clockwise from west) or a point inside it (an arc's bulge: one of its two sides)
    let h0 = left * 2;
    if (getF(sX, left) <= leftX) h0 = leftmostStart(getI(nodeA, left));
    else if (getF(eX, left) <= leftX) h0 = leftmostStart(getI(nodeB, left));
    let m = traceFace(h0, traceCap);
    if (m < 0 || !(loopArea(trace, m) < -minArea)) {
      m = traceFace(h0 ^ 1, traceCap);
      if (m < 0 || !(loopArea(trace, m) < -minArea)) continue; // no area: no outline
    }
    // segments the trace passes both ways: there and back (a line sticking out), or, where
    // lines cross without a node, on both sides of the trace; no outline loop takes them
    for (let k = 0; k < m; k++) setI(twice, getI(trace, k) >> 1, 0);
    for (let k = 0; k < m; k++) { const s = getI(trace, k) >> 1; setI(twice, s, getI(twice, s) + 1); }
    peelLoops(trace, m, entryFrom(getI(trace, 0)), -piece);
    if (peelRest == 0 && peeled > 0) emitPeeled(true);
  }
}
