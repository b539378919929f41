// Nodes: endpoints closer than the gap tolerance become one node, so chaining is a walk over a
// graph and every healed gap is counted (and up to MAX_GAP_LOCATIONS located) on the way.
// Endpoint hashing on a grid of cell size 8*tol. A point within tol of p lies in p's cell
// or, when p is within tol of a cell border, in the neighbour across it: mostly one cell is
// searched. Hash slots are interleaved (key x, key y, head) so a probe touches one cache line.

import { allocF64, arenaAlloc, getF, getI, rawF64, rawI32, setF, setI } from "./memory";
import { eX, eY, nSeg, nodeA, nodeB, sX, sY, segFlag } from "./segments";
import { H_GAPS, H_GAP_LOCATIONS, H_MAX_GAP, hdr, outGaps } from "./result";

/** Merges closer than this (mm) are float noise, not gaps worth reporting. */
const GAP_EPS: f64 = 5e-5;
/** At most this many healed gap locations are reported (the count is always exact). */
const MAX_GAP_LOCATIONS: i32 = 256;
export let nNodes: i32 = 0;
export let nodeX: usize = 0, nodeY: usize = 0, nodeNext: usize = 0;
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
@inline export function mix64(h: u64): u64 {
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

export function pow2AtLeast(v: i32): i32 {
  let c = 16;
  while (c < v) c <<= 1;
  return c;
}

export function buildNodes(tol: f64): void {
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
