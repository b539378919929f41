// Chaining: walk the node graph into contours, each with its length, signed area and box. Where
// three or more segments meet, outlines.ts first takes the outer boundary of that piece of the
// drawing as its outline. Paths then start at odd-degree nodes (open chain ends, branch points);
// what remains has even degree everywhere and comes apart into closed loops. An open walk that
// passes a node twice leaves the loop between as a closed contour. A two-segment loop of one
// shape drawn twice is a duplicate found here; an open path across a closed contour (a shared edge
// cut once) makes the outline the larger loop (adoptOpenPaths), so areas are the union's.

import { allocI32, getF, getI, rawF64, rawI32, setF, setI } from "./memory";
import { FLAG_DUPLICATE, bMaxX, bMaxY, bMinX, bMinY, eX, eY, nSeg, nodeA, nodeB, sX, sY, segArea, segFlag, segLen } from "./segments";
import { C_STRIDE, H_CONTOURS, H_ORDER_LENGTH, dupLength, hdr, outContours, outOrder } from "./result";
import { nNodes, nodeX, nodeY } from "./nodes";
import { sameShape } from "./duplicates";
import { outlineLoop, outlines } from "./outlines";

export let nContours: i32 = 0;
let orderLen: i32 = 0;
export let walkTol: f64 = 0;
export let dupAfterChain: i32 = 0;
/** Contours 0 .. nOutlines - 1 are outlines (outlines.ts), made before the walks. */
let nOutlines: i32 = 0;
export let adjStart: usize = 0, adj: usize = 0, used: usize = 0, deg: usize = 0;
let adjPos: usize = 0;

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
    if (trackDeg) unlink(e);
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
  writeContour(base, closed, len, area, minX, minY, maxX, maxY, first, start);
  nContours++;
  // an open walk through a junction may have gone round a loop and on (a lead line ending on a
  // rectangle's side): the loop is a closed contour of its own
  if (!closed && orderLen - first > 1) splitLoops(c, first, start);
}

function writeContour(base: i32, closed: bool, len: f64, area: f64, minX: f64, minY: f64, maxX: f64, maxY: f64, first: i32, start: i32): void {
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
}

/** With branch points, deg[] counts each node's segments not walked yet (unlink). */
let trackDeg: bool = false;

// @ts-ignore: decorator
@inline function unlink(e: i32): void {
  const a = getI(nodeA, e), b = getI(nodeB, e);
  setI(deg, a, getI(deg, a) - 1); setI(deg, b, getI(deg, b) - 1);
}

// per node: the stamp of the walk that last reached it, and its place on that walk's stack
let seenWalk: usize = 0, seenAt: usize = 0, loopStack: usize = 0, loopBuf: usize = 0;
/** Loops peelLoops found (in loopBuf, each its length and entries); the rest in loopStack. */
export let peeled: i32 = 0, peelRest: i32 = 0;

/**
 * Split the walk src[0..m) (order entries) from node start into the loops between two visits of
 * a node and the rest: the entries go on a stack, and reaching a node that is still on it pops
 * the loop since then. `stamp` is unique to the call. A closed walk comes apart into loops only.
 */
export function peelLoops(src: usize, m: i32, start: i32, stamp: i32): void {
  if (seenWalk == 0) {
    seenWalk = allocI32(nNodes); seenAt = rawI32(nNodes);
    const n = getI(adjStart, nNodes); // at least the live segments, each walked once
    loopStack = rawI32(n + 1); loopBuf = rawI32(2 * n + 2); // a loop's length and its entries
  }
  setI(seenWalk, start, stamp); setI(seenAt, start, 0);
  let top = 0, loops = 0, kept = 0;
  for (let k = 0; k < m; k++) {
    const o = getI(src, k);
    setI(loopStack, top++, o);
    const nd = entryTo(o);
    if (getI(seenWalk, nd) == stamp) {
      const h = getI(seenAt, nd);
      if (h < top && (h == 0 ? start : entryTo(getI(loopStack, h - 1))) == nd) {
        // the loop stack[h..top): kept in loopBuf as its length and entries
        setI(loopBuf, kept++, top - h);
        for (let j = h; j < top; j++) setI(loopBuf, kept++, getI(loopStack, j));
        loops++;
        top = h;
        continue;
      }
    }
    setI(seenWalk, nd, stamp); setI(seenAt, nd, top);
  }
  peeled = loops; peelRest = top;
}

/** Append the loops peelLoops found as closed contours. An outline (outlines.ts) marks its
 *  segments walked and leaves out a segment passed there and back (a line sticking out). */
export function emitPeeled(outline: bool): void {
  let p = 0;
  for (let l = 0; l < peeled; l++) {
    const m = getI(loopBuf, p);
    const buf = loopBuf + (<usize>(p + 1) << 2);
    if (outline && !outlineLoop(buf, m)) { p += m + 1; continue; }
    const nc = nContours++;
    setF(outContours, nc * C_STRIDE + 4, 0);
    setContour(nc, buf, m, true);
    if (outline) for (let k = 0; k < m; k++) { const e = getI(buf, k) >> 1; setI(used, e, 1); unlink(e); }
    p += m + 1;
  }
}

/**
 * Contour c, the open walk order[first..orderLen) from node start, passes some node twice (it
 * went round a loop at a junction and on, as a lead line ending on a rectangle's side): each
 * loop becomes a closed contour and the rest stays the open contour c.
 */
function splitLoops(c: i32, first: i32, start: i32): void {
  peelLoops(outOrder + (<usize>first << 2), orderLen - first, start, c + 1);
  if (peeled == 0) return;
  orderLen = first;
  setContour(c, loopStack, peelRest, false);
  emitPeeled(false);
}

export function chain(): void {
  const n = nSeg, nn = nNodes;
  adjStart = allocI32(nn + 1); adjPos = rawI32(nn + 1); used = allocI32(n); // adjPos: set below
  deg = allocI32(nn); // degrees without the duplicates (a loop adds 2)
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
  let branches = 0;
  for (let k = 0; k < nn; k++) {
    setI(adjStart, k + 1, getI(adjStart, k + 1) + getI(adjStart, k));
    if (getI(deg, k) > 2) branches++;
  }
  adj = rawI32(getI(adjStart, nn)); // every place is filled below
  for (let k = 0; k < nn; k++) setI(adjPos, k, getI(adjStart, k));
  for (let s = 0; s < n; s++) {
    if (getI(segFlag, s) != 0) continue;
    const a = getI(nodeA, s), b = getI(nodeB, s);
    let p = getI(adjPos, a); setI(adj, p, s); setI(adjPos, a, p + 1);
    if (b != a) { p = getI(adjPos, b); setI(adj, p, s); setI(adjPos, b, p + 1); }
  }
  for (let k = 0; k < nn; k++) setI(adjPos, k, getI(adjStart, k));
  // walk() writes every field of the contours it makes and every order entry: no clearing
  // (the contour table is sized for one contour per segment, megabytes never read)
  outContours = rawF64(alive * C_STRIDE);
  outOrder = rawI32(alive);
  nContours = 0; orderLen = 0;
  seenWalk = 0;
  // where three or more segments meet, the outer boundary of that piece of the drawing is its
  // outline (outlines.ts); the walks take what is left
  trackDeg = branches > 0;
  if (branches > 0) outlines(alive);
  nOutlines = nContours;
  // odd degree first
  for (let k = 0; k < nn; k++) {
    if ((getI(deg, k) & 1) == 1) {
      // from a branch point only while its unwalked degree is odd: a walk from an odd node ends
      // at another, so the open paths are as few as the odd nodes allow
      while (getI(adjPos, k) < getI(adjStart, k + 1) && (!trackDeg || (getI(deg, k) & 1) == 1)) {
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
@inline export function entryFrom(o: i32): i32 { const e = o >> 1; return (o & 1) != 0 ? getI(nodeB, e) : getI(nodeA, e); }
// @ts-ignore: decorator
@inline export function entryTo(o: i32): i32 { const e = o >> 1; return (o & 1) != 0 ? getI(nodeA, e) : getI(nodeB, e); }

/** Signed area of the closed loop of order entries buf[0..m), healed gaps bridged by chords. */
export function loopArea(buf: usize, m: i32): f64 {
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
export function setContour(c: i32, buf: usize, m: i32, closed: bool): void {
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
  // an outline (outlines.ts) is the outer boundary already: no loop through it is larger
  for (let c = 0; c < nOutlines; c++) setI(done, c, 1);
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
