// Nodes: endpoints closer than the gap tolerance become one node, so chaining is a walk over a
// graph and every healed gap is counted (and up to MAX_GAP_LOCATIONS located) on the way.
// Endpoint hashing on a grid of cell size 8*tol. A point within tol of p lies in p's cell
// or, when p is within tol of a cell border, in the neighbour across it: mostly one cell is
// searched. A hash slot is 4 bytes (the head of the cell's node list and a few bits of the
// hash), so the table is small enough to stay mostly in cache; a bit filter answers most
// probes of empty neighbour cells.

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
let cellInv: f64 = 0;
// A cell's key is the low 32 bits of both cell indices. Two far-apart cells whose indices agree
// in those bits share a list, which is harmless: every candidate node is checked by distance.

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

// @ts-ignore: decorator
@inline function nodeCell(k: i32): i64 {
  return cellKey(<i64>Math.floor(getF(nodeX, k) * cellInv), <i64>Math.floor(getF(nodeY, k) * cellInv));
}

/** Slot of the cell with key `key` and hash `h`, or -(slot+1) of the empty slot where it would
 *  go. A slot (4 bytes, so the table stays small) holds the head of the cell's node list above
 *  TAG_BITS bits of the hash; a tag match is confirmed by the head node's cell, which that node
 *  is read for anyway. Node numbers stay far below 2^27: memory holds fewer segments. */
function findCell(key: i64, h: u64): i32 {
  const tag = <u32>(h >> 59);
  let slot = <i32>(h & <u64>(htCap - 1));
  while (true) {
    const v = load<u32>(ht + (<usize>slot << 2));
    if (v == 0) return -(slot + 1);
    if ((v & TAG_MASK) == tag && nodeCell(<i32>(v >> TAG_BITS) - 1) == key) return slot;
    slot = (slot + 1) & (htCap - 1);
  }
}

const TAG_BITS: u32 = 5, TAG_MASK: u32 = 31;

// A bit per hashed cell, set when the cell gets a node: most neighbour cells a point near a
// border looks into are empty, and the bit (in a table that stays in cache) says so without a
// probe of the big table. A hash collision only costs the probe.
let fBits: usize = 0, fShift: u64 = 64;

// @ts-ignore: decorator
@inline function filterHas(h: u64): bool {
  const c = <usize>(h >> fShift);
  return (load<u8>(fBits + (c >> 3)) & (<u32>1 << <u32>(c & 7))) != 0;
}

// @ts-ignore: decorator
@inline function filterSet(h: u64): void {
  const c = <usize>(h >> fShift), p = fBits + (c >> 3);
  store<u8>(p, load<u8>(p) | (<u32>1 << <u32>(c & 7)));
}

let bestNode: i32 = -1;
let bestD2: f64 = 0;

function searchSlot(slot: i32, x: f64, y: f64): void {
  let nd = <i32>(load<u32>(ht + (<usize>slot << 2)) >> TAG_BITS);
  while (nd != 0) {
    const k = nd - 1;
    const dx = getF(nodeX, k) - x, dy = getF(nodeY, k) - y;
    const d2 = dx * dx + dy * dy;
    if (d2 <= bestD2) { bestD2 = d2; bestNode = k; }
    nd = getI(nodeNext, k);
  }
}

function searchNeighbour(kx: i64, ky: i64, x: f64, y: f64): void {
  const key = cellKey(kx, ky);
  const h = mix64(<u64>key);
  if (!filterHas(h)) return;
  const slot = findCell(key, h);
  if (slot >= 0) searchSlot(slot, x, y);
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
  const key = cellKey(kx, ky);
  const h = mix64(<u64>key);
  let slot = findCell(key, h);
  if (slot >= 0) searchSlot(slot, x, y);
  if (bestD2 > 0) {
    if (ox != 0) searchNeighbour(kx + ox, ky, x, y);
    if (oy != 0) searchNeighbour(kx, ky + oy, x, y);
    if (ox != 0 && oy != 0) searchNeighbour(kx + ox, ky + oy, x, y);
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
  // a new node, listed first in its cell (the searches above changed nothing, so the slot holds)
  const k = nNodes++;
  setF(nodeX, k, x); setF(nodeY, k, y);
  const tag = <u32>(h >> 59);
  if (slot < 0) {
    slot = -slot - 1;
    filterSet(h);
    setI(nodeNext, k, 0);
  } else setI(nodeNext, k, <i32>(load<u32>(ht + (<usize>slot << 2)) >> TAG_BITS));
  store<u32>(ht + (<usize>slot << 2), (<u32>(k + 1) << TAG_BITS) | tag);
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
  ht = arenaAlloc(<usize>htCap << 2);
  // 4 filter bits a slot: a neighbour probe of an empty cell is mostly answered by the filter
  let bits: u64 = 10;
  while ((<u64>1 << bits) < <u64>htCap * 4) bits++;
  fBits = arenaAlloc(<usize>1 << <usize>(bits - 3));
  fShift = 64 - bits;
  outGaps = allocF64(MAX_GAP_LOCATIONS * 3);
  const inv = 1.0 / (8.0 * tol);
  cellInv = inv;
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
